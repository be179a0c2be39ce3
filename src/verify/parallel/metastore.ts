import pg from 'pg';
import { maskUrlPasswords } from '../../secrets.js';
import { PROBE_DAG_ID } from './probe-dag.js';
import type { ProbeTask } from './types.js';

/** The probe's view of the throwaway metastore: one connection, held while it waits for the run. */
export class ProbeMetastore {
  private constructor(private readonly client: pg.Client) {}

  static async connect(libpqUrl: string): Promise<ProbeMetastore> {
    const client = new pg.Client({ connectionString: libpqUrl, connectionTimeoutMillis: 15_000 });
    // A connection the server drops (the database is being removed) must not crash verify.
    client.on('error', () => {});
    try {
      await client.connect();
    } catch (error) {
      await client.end().catch(() => {});
      throw new Error(`connecting to the metastore failed: ${maskUrlPasswords((error as Error).message)}`);
    }
    return new ProbeMetastore(client);
  }

  /** Whether a DAG processor has parsed the probe DAG and stored it (the scheduler runs only serialized DAGs). */
  async probeDagStored(): Promise<boolean> {
    const result = await this.client.query('SELECT 1 FROM serialized_dag WHERE dag_id = $1', [PROBE_DAG_ID]);
    const dag = await this.client.query('SELECT 1 FROM dag WHERE dag_id = $1', [PROBE_DAG_ID]);
    return (result.rowCount ?? 0) > 0 && (dag.rowCount ?? 0) > 0;
  }

  /** What `airflow dags unpause` does; with `@once` the scheduler then creates the one run. */
  async unpauseProbeDag(): Promise<void> {
    await this.client.query('UPDATE dag SET is_paused = false WHERE dag_id = $1', [PROBE_DAG_ID]);
  }

  /** The probe run's state (`queued`, `running`, `success`, `failed`), undefined before the scheduler created it. */
  async runState(): Promise<string | undefined> {
    const result = await this.client.query<{ state: string | null }>('SELECT state FROM dag_run WHERE dag_id = $1 ORDER BY id LIMIT 1', [PROBE_DAG_ID]);
    return result.rows[0]?.state ?? undefined;
  }

  async tasks(): Promise<ProbeTask[]> {
    const result = await this.client.query<{ task_id: string; state: string | null; start_date: Date | null; end_date: Date | null }>(
      'SELECT task_id, state, start_date, end_date FROM task_instance WHERE dag_id = $1 ORDER BY task_id',
      [PROBE_DAG_ID],
    );
    return result.rows.map((row) => ({
      taskId: row.task_id,
      state: row.state ?? 'none',
      start: row.start_date?.toISOString(),
      end: row.end_date?.toISOString(),
    }));
  }

  /** Slots of the pool tasks use by default; the migration created it from `[core] default_pool_task_slot_count`. */
  async defaultPoolSlots(): Promise<number | undefined> {
    const result = await this.client.query<{ slots: number | null }>("SELECT slots FROM slot_pool WHERE pool = 'default_pool'");
    return result.rows[0]?.slots ?? undefined;
  }

  async close(): Promise<void> {
    await this.client.end().catch(() => {});
  }
}
