"""Reads one option the way Airflow's own code reads it, with the airflow.cfg in $AIRFLOW_HOME.

argv: section option method (get, getint, getboolean, getfloat). stdout: one JSON object,
{"value": ...} with what Airflow got, or {"error": "..."} when importing Airflow (start-up validation)
or the read itself raised.
"""
import json
import os
import sys


def main() -> None:
    section, option, method = sys.argv[1:4]
    out = os.fdopen(os.dup(1), "w")
    os.dup2(2, 1)  # Airflow may log to stdout; keep it for the JSON
    try:
        from airflow.configuration import conf

        value = getattr(conf, method)(section, option)
        result = {"value": value if isinstance(value, (str, int, float, bool)) or value is None else str(value)}
    except Exception as error:  # noqa: BLE001 - any failure is what the user would see
        result = {"error": f"{type(error).__name__}: {error}"}
    json.dump(result, out)
    out.close()


if __name__ == "__main__":
    main()
