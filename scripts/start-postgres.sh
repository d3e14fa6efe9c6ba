#!/usr/bin/env bash
# Starts a local PostgreSQL server for the store tests and prints its SQLAlchemy URL on the last line.
# Installs Debian's postgresql when it is missing. The tests read the URL from $DATELINE_TEST_PG.
set -euo pipefail
SUDO=""
AS_POSTGRES="runuser -u postgres --"
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "need root (or sudo) to start postgresql" >&2; exit 1; }
  SUDO="sudo"
  AS_POSTGRES="sudo -u postgres"
fi
if ! command -v pg_lsclusters >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q >&2
  $SUDO apt-get install -y -q --no-install-recommends postgresql >&2
fi
read -r version cluster _ < <(pg_lsclusters --no-header | head -n 1)
$SUDO pg_ctlcluster "$version" "$cluster" start 2>/dev/null || true
port=$(pg_lsclusters --no-header | awk 'NR==1 {print $3}')
role=$(id -un)
$AS_POSTGRES psql -q -p "$port" -tc "SELECT 1 FROM pg_roles WHERE rolname='$role'" | grep -q 1 \
  || $AS_POSTGRES createuser -p "$port" --superuser "$role"
psql -q -p "$port" -d postgres -tc "SELECT 1 FROM pg_database WHERE datname='dateline_test'" | grep -q 1 \
  || createdb -p "$port" dateline_test
echo "postgresql+psycopg://$role@/dateline_test?host=/var/run/postgresql&port=$port"
