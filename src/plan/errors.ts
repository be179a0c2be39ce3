/** A plan that could not be made (metastore unreachable, the target release failing): exit 2, one line. */
export class PlanError extends Error {}
