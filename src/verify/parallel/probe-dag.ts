/** The DAG the probe runs; its id is what the metastore queries look for. */
export const PROBE_DAG_ID = 'airflow_preflight_parallel_probe';
export const PROBE_TASK_COUNT = 4;
/** Long enough that tasks started together overlap even on a loaded runner, short enough for the 60 s budget. */
export const PROBE_SLEEP_SECONDS = 4;
export const PROBE_DAG_FILE = 'airflow_preflight_parallel_probe.py';

/**
 * Four independent tasks that each sleep, valid on Airflow 2.x and 3.x. It is paused at creation so
 * nothing runs before every component is ready; the probe unpauses it, and `@once` makes the
 * scheduler create exactly one run. Retries are off so a failing task ends the run at once, and no
 * `max_active_tasks` is set, so the configuration's own limits decide how many run together.
 */
export const PROBE_DAG_SOURCE = `# Written by airflow-preflight verify --prove-parallel; removed when it ends.
import time
from datetime import datetime

try:
    from airflow.sdk import DAG, task
except ImportError:  # Airflow 2
    from airflow import DAG
    from airflow.decorators import task

from airflow import __version__ as airflow_version

# \`schedule\` replaced \`schedule_interval\` in Airflow 2.4.
major, minor = (int(part) for part in airflow_version.split(".")[:2])
schedule_argument = "schedule" if (major, minor) >= (2, 4) else "schedule_interval"


def sleep_a_while():
    time.sleep(${PROBE_SLEEP_SECONDS})


with DAG(
    dag_id="${PROBE_DAG_ID}",
    start_date=datetime(2024, 1, 1),
    catchup=False,
    is_paused_upon_creation=True,
    default_args={"retries": 0},
    **{schedule_argument: "@once"},
):
    for index in range(${PROBE_TASK_COUNT}):
        task(task_id=f"sleep_{index}")(sleep_a_while)()
`;
