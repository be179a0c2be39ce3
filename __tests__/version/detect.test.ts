import { describe, expect, it } from 'vitest';
import { detectAirflowVersion, findCandidates, versionSourceKind, VERSION_FILE_PATTERNS } from '../../src/version/detect.js';

describe('detectAirflowVersion', () => {
  it.each([
    ['Dockerfile', 'FROM apache/airflow:2.10.4\n', '2.10.4', 1],
    ['Dockerfile', '# base\nFROM apache/airflow:2.10.4-python3.11 AS base\n', '2.10.4', 2],
    ['docker/Dockerfile.prod', 'FROM --platform=linux/amd64 apache/airflow:slim-2.9.3\n', '2.9.3', 1],
    ['airflow.Dockerfile', 'FROM docker.io/apache/airflow:slim-2.9.3-python3.10@sha256:abc\n', '2.9.3', 1],
    ['Dockerfile', 'ARG AIRFLOW_VERSION=2.8.4\nFROM apache/airflow:${AIRFLOW_VERSION}-python3.11\n', '2.8.4', 2],
    ['requirements.txt', 'pandas==2.0\napache-airflow==2.10.4\n', '2.10.4', 2],
    ['requirements-dev.txt', 'apache-airflow[postgres,celery] == 2.7.3  # pinned\n', '2.7.3', 1],
    ['constraints.txt', 'apache_airflow==3.0.2\n', '3.0.2', 1],
    ['pyproject.toml', '[project]\ndependencies = [\n  "apache-airflow[postgres]==3.1.0",\n]\n', '3.1.0', 3],
    ['pyproject.toml', '[tool.poetry.dependencies]\napache-airflow = { version = "==2.9.1", extras = ["postgres"] }\n', '2.9.1', 2],
    ['docker-compose.yaml', 'x-airflow-common:\n  image: ${AIRFLOW_IMAGE_NAME:-apache/airflow:3.0.2}\n', '3.0.2', 2],
    ['deploy/compose.yml', 'services:\n  web:\n    image: "apache/airflow:2.10.5-python3.12"\n', '2.10.5', 3],
    ['.env', 'AIRFLOW_IMAGE_NAME=apache/airflow:2.11.0\n', '2.11.0', 1],
    ['helm/values.yaml', 'defaultAirflowTag: "2.10.4"\nairflowVersion: 2.10.4\n', '2.10.4', 1],
  ])('reads %s', (path, text, version, line) => {
    const detected = detectAirflowVersion([{ path, text }]);
    expect(detected).toMatchObject({ version, file: path, line });
    expect(detected?.reason).toMatch(new RegExp(`^detected from ${path.replace(/[.$]/g, '\\$&')}:${line} \\(`));
  });

  it('says where the version came from in one sentence', () => {
    const detected = detectAirflowVersion([{ path: 'Dockerfile', text: 'FROM apache/airflow:2.10.4\n' }]);
    expect(detected?.reason).toBe('detected from Dockerfile:1 (FROM apache/airflow:2.10.4)');
  });

  it.each([
    ['Dockerfile', 'FROM apache/airflow:latest\n'],
    ['Dockerfile', 'FROM apache/airflow:2.10\n'],
    ['Dockerfile', 'FROM python:3.11\nRUN pip install apache-airflow==2.10.4\n'],
    ['requirements.txt', 'apache-airflow>=2.8\napache-airflow-providers-postgres==5.10.0\n'],
    ['requirements.txt', '# apache-airflow==2.10.4\n'],
    ['README.md', 'FROM apache/airflow:2.10.4\n'],
    ['docker-compose.yaml', 'services:\n  db:\n    image: postgres:16\n'],
  ])('finds nothing in %s: %j', (path, text) => {
    expect(detectAirflowVersion([{ path, text }])).toBeUndefined();
  });

  it('prefers the Dockerfile over Python pins and explains the rule', () => {
    const detected = detectAirflowVersion([
      { path: 'requirements.txt', text: 'apache-airflow==2.9.3\n' },
      { path: 'Dockerfile', text: 'FROM apache/airflow:2.10.4\n' },
    ]);
    expect(detected?.version).toBe('2.10.4');
    expect(detected?.reason).toBe(
      'detected from Dockerfile:1 (FROM apache/airflow:2.10.4); other files name 2.9.3 at requirements.txt:1, ' +
        'and Dockerfile FROM lines take precedence, then the version named most often, then the newest',
    );
    expect(detected?.candidates.map((c) => `${c.file}:${c.line} ${c.kind} ${c.version}`)).toEqual([
      'Dockerfile:1 dockerfile 2.10.4',
      'requirements.txt:1 requirements 2.9.3',
    ]);
  });

  it('lets a .env image name override the compose default', () => {
    const detected = detectAirflowVersion([
      { path: 'docker-compose.yaml', text: 'x:\n  image: ${AIRFLOW_IMAGE_NAME:-apache/airflow:2.9.3}\n' },
      { path: '.env', text: 'AIRFLOW_IMAGE_NAME=apache/airflow:2.10.5\n' },
    ]);
    expect(detected).toMatchObject({ version: '2.10.5', file: '.env', line: 1 });
  });

  it('among files of the same kind picks the most common version, then the newest, whatever the order', () => {
    const files = [
      { path: 'a/Dockerfile', text: 'FROM apache/airflow:2.9.3\n' },
      { path: 'b/Dockerfile', text: 'FROM apache/airflow:2.10.4\n' },
      { path: 'c/Dockerfile', text: 'FROM apache/airflow:2.9.3\n' },
    ];
    expect(detectAirflowVersion(files)?.version).toBe('2.9.3');
    expect(detectAirflowVersion(files.slice(0, 2))).toMatchObject({ version: '2.10.4', file: 'b/Dockerfile' });
    expect(detectAirflowVersion(files.slice(0, 2).reverse())).toMatchObject({ version: '2.10.4', file: 'b/Dockerfile' });
    expect(detectAirflowVersion(files.slice(0, 2))?.reason).toContain('the version named most often wins, then the newest');
  });
});

describe('file patterns', () => {
  it('reads exactly the kinds of files its patterns gather', () => {
    expect(VERSION_FILE_PATTERNS).toContain('**/Dockerfile');
    expect(versionSourceKind('deploy/docker-compose.override.yml')).toBe('compose');
    expect(versionSourceKind('chart/values-prod.yaml')).toBe('helm');
    expect(versionSourceKind('src/main.py')).toBeUndefined();
    expect(findCandidates({ path: 'notes.txt', text: 'apache-airflow==2.10.4' })).toEqual([]);
  });
});
