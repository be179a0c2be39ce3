/** The Airflow version the checks are made for, and why that one. */
export interface TargetVersion {
  /** The version asked for or detected, e.g. `2.10` or `2.10.4`. */
  requested: string;
  /** The generated knowledge release used for it, e.g. `2.10.5`. */
  knowledgeVersion: string;
  /** How the version was chosen: `input`, `detected`, `fallback`. */
  how: 'input' | 'detected' | 'fallback';
  /** One sentence for the output, e.g. "detected from Dockerfile:1 (FROM apache/airflow:2.10.4)". */
  reason: string;
  /** Set when the knowledge release differs from the requested one. */
  notice?: string | undefined;
}

/** Where a repository file pins an Airflow version. */
export type VersionSourceKind = 'dockerfile' | 'compose' | 'helm' | 'env' | 'requirements' | 'pyproject';

/** One place in the repository that names an Airflow version. */
export interface VersionCandidate {
  /** The version as pinned, e.g. `2.10.4` (image suffixes such as `-python3.11` removed). */
  version: string;
  /** The file path as given to the detector. */
  file: string;
  /** 1-based line. */
  line: number;
  kind: VersionSourceKind;
  /** The text that names it, e.g. `FROM apache/airflow:2.10.4-python3.11`. */
  evidence: string;
}

/** The version detected from the repository's files, and every candidate that was considered. */
export interface DetectedVersion {
  version: string;
  file: string;
  line: number;
  /** One sentence, e.g. "detected from Dockerfile:1 (FROM apache/airflow:2.10.4)". */
  reason: string;
  candidates: VersionCandidate[];
}
