// The release a plan is for, for the CLI and the action alike: an installed `airflow`, or a release
// installed into the cached virtualenvs. Failures become PlanError (one line for the user).
import { installAirflow, resolveAirflowCommand, type AirflowInstallation, type InstallLog } from '../verify/airflow.js';
import { VerifyError } from '../verify/providers/types.js';
import { PlanError } from './errors.js';

export type PlanTarget = { airflowCommand: string } | { installAirflow: string };

export async function resolvePlanTarget(target: PlanTarget, io: InstallLog): Promise<AirflowInstallation> {
  try {
    if ('airflowCommand' in target) return await resolveAirflowCommand(target.airflowCommand);
    return await installAirflow(target.installAirflow, io);
  } catch (error) {
    if (error instanceof VerifyError) throw new PlanError(error.message);
    throw error;
  }
}
