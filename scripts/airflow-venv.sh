#!/usr/bin/env bash
# Installs a real Airflow release into a cached virtualenv and prints the venv's path.
# Usage: scripts/airflow-venv.sh VERSION
# Cache: ${AIRFLOW_PREFLIGHT_CACHE:-$HOME/.cache/airflow-preflight}/venvs/VERSION (outside the repository).
set -euo pipefail
version="${1:?usage: airflow-venv.sh VERSION}"
cache="${AIRFLOW_PREFLIGHT_CACHE:-$HOME/.cache/airflow-preflight}"
venv="$cache/venvs/$version"
python="${AIRFLOW_PREFLIGHT_PYTHON:-python3}"
if [ -x "$venv/bin/airflow" ] && [ -f "$venv/.complete" ]; then
  echo "$venv"
  exit 0
fi
mkdir -p "$cache/venvs" "$cache/pip"
lock="$cache/venvs/.$version.lock"
exec 9>"$lock"
flock 9
if [ -x "$venv/bin/airflow" ] && [ -f "$venv/.complete" ]; then
  echo "$venv"
  exit 0
fi
rm -rf "$venv"
echo "installing apache-airflow[postgres]==$version into $venv" >&2
"$python" -m venv "$venv" >&2
"$venv/bin/pip" install --quiet --upgrade pip >&2
PIP_CACHE_DIR="$cache/pip" "$venv/bin/pip" install --progress-bar off "apache-airflow[postgres]==$version" >&2
touch "$venv/.complete"
echo "$venv"
