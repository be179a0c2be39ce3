import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);

// src/verify/parallel/probe-dag.ts
var PROBE_DAG_ID = "airflow_preflight_parallel_probe";
var PROBE_TASK_COUNT = 4;
var PROBE_SLEEP_SECONDS = 4;
var PROBE_DAG_FILE = "airflow_preflight_parallel_probe.py";
var PROBE_DAG_SOURCE = `# Written by airflow-preflight verify --prove-parallel; removed when it ends.
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

export {
  PROBE_DAG_ID,
  PROBE_TASK_COUNT,
  PROBE_DAG_FILE,
  PROBE_DAG_SOURCE
};
