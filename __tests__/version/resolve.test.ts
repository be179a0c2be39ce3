import { describe, expect, it } from 'vitest';
import { knownVersions } from '../../src/knowledge/load.js';
import { compareVersions, InvalidVersionError, resolveTarget, versionAtLeast } from '../../src/version/resolve.js';
import type { DetectedVersion } from '../../src/version/types.js';

const KNOWN = ['2.7.3', '2.8.4', '2.10.5', '3.0.6', '3.1.8'];

function detected(version: string): DetectedVersion {
  return { version, file: 'Dockerfile', line: 1, reason: `detected from Dockerfile:1 (FROM apache/airflow:${version})`, candidates: [] };
}

describe('resolveTarget', () => {
  it.each([
    ['2.10.4', '2.10.5'],
    ['2.10', '2.10.5'],
    ['2.10.5', '2.10.5'],
    ['3.1.0rc1', '3.1.8'],
  ])('maps %s within a known minor to %s without a notice', (requested, knowledgeVersion) => {
    const target = resolveTarget(requested, undefined, KNOWN);
    expect(target).toEqual({ requested, knowledgeVersion, how: 'input', reason: `airflow-version is set to ${requested}` });
  });

  it.each([
    ['2.9.1', '2.8.4'],
    ['2.6', '2.7.3'],
    ['2.12', '2.10.5'],
    ['3.5.0', '3.1.8'],
    ['4.0', '3.1.8'],
    ['1.10.15', '2.7.3'],
  ])('maps %s without data to the nearest known %s with a notice', (requested, knowledgeVersion) => {
    const target = resolveTarget(requested, undefined, KNOWN);
    expect(target.knowledgeVersion).toBe(knowledgeVersion);
    const [major, minor] = requested.split('.');
    expect(target.notice).toBe(
      `No generated data for Airflow ${major}.${minor}; checking against ${knowledgeVersion}, the nearest known release.`,
    );
  });

  it('uses the detected version and its reason when none is given', () => {
    expect(resolveTarget(undefined, detected('2.10.4'), KNOWN)).toEqual({
      requested: '2.10.4',
      knowledgeVersion: '2.10.5',
      how: 'detected',
      reason: 'detected from Dockerfile:1 (FROM apache/airflow:2.10.4)',
    });
  });

  it('lets the given version win over the detected one, and says they differ', () => {
    const target = resolveTarget('3.1', detected('2.10.4'), KNOWN);
    expect(target.knowledgeVersion).toBe('3.1.8');
    expect(target.how).toBe('input');
    expect(target.notice).toBe('airflow-version 3.1 differs from Airflow 2.10.4 found at Dockerfile:1.');
  });

  it('falls back to the newest known release with a notice', () => {
    const target = resolveTarget(undefined, undefined, KNOWN);
    expect(target).toMatchObject({ knowledgeVersion: '3.1.8', how: 'fallback' });
    expect(target.notice).toBe(
      'No Airflow version was given or detected; checking against Airflow 3.1.8, the newest known release. Set airflow-version to check another.',
    );
  });

  it('treats an empty input as not given', () => {
    expect(resolveTarget('  ', undefined, KNOWN).how).toBe('fallback');
  });

  it.each(['latest', '2', '2.x', 'v2.10.4', '2.10.4.1'])('rejects %j with a one-line message', (input) => {
    expect(() => resolveTarget(input, undefined, KNOWN)).toThrow(InvalidVersionError);
    expect(() => resolveTarget(input, undefined, KNOWN)).toThrow(
      `Invalid Airflow version "${input}": expected a release like 2.10.4 or a minor like 2.10.`,
    );
  });

  it('defaults to the generated releases', () => {
    expect(resolveTarget('2.10', undefined).knowledgeVersion).toBe('2.10.5');
    expect(resolveTarget(undefined, undefined).knowledgeVersion).toBe(knownVersions().at(-1));
  });
});

describe('version comparison', () => {
  it('orders releases numerically, pre-releases first', () => {
    expect(['3.0.0', '2.10.5', '2.9.3', '3.0.0rc1', '2.10'].sort(compareVersions)).toEqual([
      '2.9.3',
      '2.10',
      '2.10.5',
      '3.0.0rc1',
      '3.0.0',
    ]);
  });

  it('answers versionAtLeast for rules', () => {
    expect(versionAtLeast('2.10.4', '2.7')).toBe(true);
    expect(versionAtLeast('2.9.3', '2.10')).toBe(false);
    expect(versionAtLeast('3.0.0', '3.0.0')).toBe(true);
    expect(() => versionAtLeast('next', '3.0')).toThrow('Invalid Airflow version "next"');
  });
});
