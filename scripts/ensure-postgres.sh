#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers at 127.0.0.1:5432 (user postgres, trust auth) for the
# integration tests: leaves a running one alone, else starts the machine's cluster, else installs
# Debian's postgresql package and starts it.
set -euo pipefail
host=127.0.0.1
port=5432
answers() { pg_isready -q -h "$host" -p "$port" 2>/dev/null || (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; }
if answers; then exit 0; fi
if ! command -v pg_ctlcluster >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "ensure-postgres: no PostgreSQL installed; installing Debian's postgresql package" >&2
  if [ "$(id -u)" -ne 0 ]; then echo "ensure-postgres: need root to install postgresql" >&2; exit 1; fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1 || true)
if [ -n "$version" ]; then
  conf="/etc/postgresql/$version/main"
  # Trust auth on loopback for the test user, as the development machines have it.
  if ! grep -q 'apf-test-trust' "$conf/pg_hba.conf" 2>/dev/null; then
    sed -i '1i host all all 127.0.0.1/32 trust # apf-test-trust\nhost all all ::1/128 trust # apf-test-trust\nlocal all all trust # apf-test-trust' "$conf/pg_hba.conf"
  fi
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
fi
for _ in $(seq 1 30); do
  if answers; then exit 0; fi
  sleep 1
done
echo "ensure-postgres: PostgreSQL does not answer at $host:$port" >&2
exit 1
