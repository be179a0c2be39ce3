/**
 * Executors that run one task at a time in the scheduler's own process. Whether the target release still
 * has them is a knowledge fact (`executors.coreExecutors`); these names are how users write them.
 */
export const NO_PARALLELISM_EXECUTORS: readonly string[] = ['SequentialExecutor', 'DebugExecutor'];
