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
