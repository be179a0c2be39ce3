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
# Pins for releases that a later, unpinned dependency broke (Airflow's own constraints files pin them;
# those are not reachable from every machine, so the few that matter are listed here).
pins=()
case "$version" in
  # Flask-Session 0.6 removed flask_session.sessions; `airflow db migrate` fails (apache/airflow#36895).
  2.7.*) pins+=("flask-session<0.6") ;;
esac
# The exact packages the committed knowledge data was generated from, when recorded for this Python.
pyver="$("$venv/bin/python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
constraints="$(dirname "$0")/knowledge/constraints/airflow-$version-py$pyver.txt"
if [ -f "$constraints" ]; then pins+=(-c "$constraints"); fi
PIP_CACHE_DIR="$cache/pip" "$venv/bin/pip" install --progress-bar off "apache-airflow[postgres]==$version" "${pins[@]}" >&2
touch "$venv/.complete"
echo "$venv"
