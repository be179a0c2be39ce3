// The facts the deployment rules (APF103, APF116, APF150, APF151, APF160-162, APF170) read, as the
// generator found them by running each release's own code.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';

describe('deployment facts in the knowledge data', () => {
  it('has the Execution API default on localhost on 3.x, derived from [api] base_url, and none on 2.x', async () => {
    const three = await loadKnowledge('3.1.8');
    expect(three.executionApi).toEqual({
      defaultServerUrl: 'http://localhost:8080/execution/',
      serverUrlForBaseUrl: {
        'https://airflow.example.com/prefix': 'https://airflow.example.com/prefix/execution/',
        '/prefix': 'http://localhost:8080/prefix/execution/',
      },
    });
    expect((await loadKnowledge('2.10.5')).executionApi).toBeNull();
  });

  it('knows which provider ships each distributed executor, which extras install it, and its options', async () => {
    for (const version of ['2.10.5', '3.1.8']) {
      const providers = (await loadKnowledge(version)).executorProviders ?? {};
      const celery = providers['apache-airflow-providers-celery'];
      expect(celery?.executors).toContain('CeleryExecutor');
      expect(celery?.extras).toContain('celery');
      expect(celery?.sections['celery']?.options['result_backend']).toMatchObject({ default: null, sensitive: true });
      expect(Object.keys(celery?.sections['celery_broker_transport_options']?.options ?? {})).toContain('visibility_timeout');
      expect(celery?.celery).toMatchObject({ resultBackendKeptAsWritten: true, visibilityTimeoutSchemes: ['redis', 'rediss', 'sentinel', 'sqs'] });
      expect(providers['apache-airflow-providers-cncf-kubernetes']?.executors).toContain('KubernetesExecutor');
    }
  });

  it('knows what remote logging needs, and that 3.x reads delete_local_logs only for it', async () => {
    const three = (await loadKnowledge('3.1.8')).remoteLogging;
    expect(three?.refusesWithoutTarget).toBe(true);
    expect(three?.folderPrefixes).toContain('s3://');
    expect(three?.hostOptions).toEqual([{ section: 'elasticsearch', option: 'host' }, { section: 'opensearch', option: 'host' }]);
    expect(three?.optionsReadOnlyWhenRemote).toContainEqual({ section: 'logging', option: 'delete_local_logs' });
    expect((await loadKnowledge('2.10.5')).remoteLogging?.optionsReadOnlyWhenRemote).not.toContainEqual({ section: 'logging', option: 'delete_local_logs' });
  });

  it('knows where the UI is mounted for a base URL: 2.x refuses a trailing slash, 3.x does not', async () => {
    const two = (await loadKnowledge('2.10.5')).baseUrl;
    expect(two).toMatchObject({ section: 'webserver', option: 'base_url' });
    expect(two?.rootPathFor['https://airflow.example.com/prefix/']).toBeNull();
    const three = (await loadKnowledge('3.1.8')).baseUrl;
    expect(three).toMatchObject({ section: 'api', option: 'base_url' });
    expect(three?.rootPathFor['https://airflow.example.com/prefix/']).toBe('/prefix/');
    expect(three?.rootPathFor['airflow.example.com/prefix']).toBe('airflow.example.com/prefix/');
  });
});
