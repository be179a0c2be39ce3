/** A problem with what the user asked for (a missing file, a bad flag value): one line, exit 2. */
export class UsageError extends Error {}
