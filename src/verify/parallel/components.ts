import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { delimiter, dirname } from 'node:path';
import { releaseAtLeast } from '../env.js';
import { PROBE_MARKER_VARIABLE } from './reaper.js';

/** One long-running Airflow command the probe starts (`airflow scheduler`…). */
export interface ProbeComponent {
  name: string;
  args: string[];
}

export interface ProbeEnvOptions {
  dagsFolder: string;
  /** TMPDIR for Airflow's processes: what they leave there when killed goes with the probe's directory. */
  tmpDir: string;
  airflowVersion: string;
  /** Port of the 3.x API server that serves the Execution API to the tasks. */
  apiPort: number;
  /** Marks every process of this probe (see ProbeReaper). */
  marker: string;
  /** The `airflow` program: executors that start each task as `airflow tasks run …` look it up on PATH. */
  airflowCommand: string;
}

/**
 * What the configured executor needs running to execute a task. Airflow 2 parses DAGs inside the
 * scheduler; Airflow 3 needs a DAG processor to parse them and an API server, because 3.x tasks talk
 * to the metastore only through its Execution API. No triggerer: the probe's tasks never defer.
 */
export function probeComponents(airflowVersion: string, apiPort: number): ProbeComponent[] {
  // The task logs stay in the temporary AIRFLOW_HOME; no log server is needed to read them.
  const scheduler = { name: 'scheduler', args: ['scheduler', ...(releaseAtLeast(airflowVersion, '2.2') ? ['--skip-serve-logs'] : [])] };
  if (!releaseAtLeast(airflowVersion, '3.0')) return [scheduler];
  const apps = releaseAtLeast(airflowVersion, '3.1') ? ['--apps', 'execution'] : [];
  return [
    { name: 'api-server', args: ['api-server', ...apps, '--host', '127.0.0.1', '--port', String(apiPort), '--workers', '1'] },
    { name: 'dag-processor', args: ['dag-processor'] },
    scheduler,
  ];
}

/**
 * The probe's additions to verify's Airflow environment. Nothing here changes how many tasks may run
 * at once (executor, parallelism, pools, per-DAG limits stay the cfg's): it points Airflow at the
 * probe's DAGs folder and ports, turns off what would reach outside the machine (remote logging,
 * metrics, traces) or slow the start (example DAGs), and gives the 3.x components one shared secret.
 */
export function probeEnv(base: NodeJS.ProcessEnv, options: ProbeEnvOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...base,
    [PROBE_MARKER_VARIABLE]: options.marker,
    PATH: [dirname(options.airflowCommand), base.PATH ?? ''].filter((p) => p !== '').join(delimiter),
    TMPDIR: options.tmpDir,
    AIRFLOW__CORE__DAGS_FOLDER: options.dagsFolder,
    AIRFLOW__CORE__LOAD_EXAMPLES: 'False',
    AIRFLOW__CORE__HOSTNAME_CALLABLE: 'airflow.utils.net.getfqdn',
    AIRFLOW__SCHEDULER__USE_JOB_SCHEDULE: 'True',
    AIRFLOW__SCHEDULER__STANDALONE_DAG_PROCESSOR: 'False',
    AIRFLOW__SCHEDULER__ENABLE_HEALTH_CHECK: 'False',
    AIRFLOW__LOGGING__REMOTE_LOGGING: 'False',
    AIRFLOW__METRICS__STATSD_ON: 'False',
    AIRFLOW__METRICS__OTEL_ON: 'False',
    AIRFLOW__TRACES__OTEL_ON: 'False',
  };
  if (releaseAtLeast(options.airflowVersion, '3.0')) {
    Object.assign(env, {
      AIRFLOW__CORE__EXECUTION_API_SERVER_URL: `http://127.0.0.1:${options.apiPort}/execution/`,
      // The scheduler signs each task's token and the API server checks it: both need the same secret.
      AIRFLOW__API_AUTH__JWT_SECRET: randomBytes(64).toString('base64url'),
      AIRFLOW__API_AUTH__JWT_PRIVATE_KEY_PATH: '',
      AIRFLOW__DAG_PROCESSOR__DAG_BUNDLE_CONFIG_LIST: JSON.stringify([
        { name: 'dags-folder', classpath: 'airflow.dag_processing.bundles.local.LocalDagBundle', kwargs: {} },
      ]),
    });
  }
  return env;
}

/** A port nothing listens on right now (the kernel picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Whether the 3.x Execution API answers its health check. */
export async function executionApiHealthy(apiPort: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${apiPort}/execution/health`, { signal: AbortSignal.timeout(1_000) });
    return response.ok;
  } catch {
    return false;
  }
}
