#!/usr/bin/env bash
# Start a throwaway PostgreSQL + PostGIS cluster on 127.0.0.1 for the registry's PostGIS tests, installing
# the Debian packages if missing. Prints the URL to export as LANDDESK_TEST_PG. Safe to run again.
#   export LANDDESK_TEST_PG=$(bash scripts/postgres.sh)
set -euo pipefail
port=${LANDDESK_PG_PORT:-55432}
dir=${LANDDESK_PG_DIR:-/tmp/landdesk-pg}
packages=(postgresql postgresql-15-postgis-3)
source "$(dirname "$0")/apt-missing.sh"
install_missing "${packages[@]}"
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_owner=()
if [ "$(id -u)" -eq 0 ]; then as_owner=(runuser -u postgres --); fi   # PostgreSQL refuses to run as root
if ! "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
  rm -rf "$dir"
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
  "${as_owner[@]}" "$bin/initdb" -D "$dir/data" -A trust -U landdesk -E UTF8 >/dev/null
  "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w start \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" >/dev/null
fi
echo "postgresql://landdesk@127.0.0.1:$port/postgres"
