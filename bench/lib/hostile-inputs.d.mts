export interface HostileInput {
  /** File name → content. */
  files: Record<string, string | Buffer>;
  args: string[];
  status: 0 | 1 | 2;
  /** Text the output must contain. */
  expect: string;
}

export const HOSTILE_INPUTS: Record<string, HostileInput>;
