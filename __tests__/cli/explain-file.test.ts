import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const CFG = '__tests__/fixtures/repos/official-compose/config/airflow.cfg';

describe('explain on one file', () => {
  it('accepts a file, and by default lists only what differs from the release defaults', () => {
    const short = runCli(['explain', CFG, '--airflow-version', '3.1.8']);
    expect(short.status).toBe(0);
    expect(short.stderr).not.toContain('no airflow.cfg found');
    expect(short.stdout).toContain('[database] sql_alchemy_conn');
    expect(short.stdout).toMatch(/\(\d+ more set to the release's default value; --all shows them\)/);
    const all = runCli(['explain', CFG, '--airflow-version', '3.1.8', '--all']);
    expect(all.stdout.split('\n').length).toBeGreaterThan(short.stdout.split('\n').length * 5);
    expect(all.stdout).not.toContain('--all shows them');
  });

  it('explains a Helm values file named on its own as values', () => {
    const run = runCli(['explain', '__tests__/fixtures/repos/helm-umbrella/deploy/airflow-values.yaml', '--airflow-version', '2.9.3']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('scheduler (');
    expect(run.stdout).toMatch(/\[webserver\] expose_config +True/);
    // The fernet key comes from the Kubernetes secret fernetKeySecretName names: unknown here, not empty.
    expect(run.stdout).toMatch(/\[core\] fernet_key +\(unknown here: it is read from the Kubernetes s/);
  });
});
