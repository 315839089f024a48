#!/usr/bin/env bash
# Runs the server API suite once against a real PostgreSQL 15: a throw-away cluster in /tmp on a
# free loopback port, removed afterwards. Each test file creates and drops its own database.
# Usage: scripts/pg-test.sh [extra vitest arguments]
set -euo pipefail

PGBIN="${PGBIN:-/usr/lib/postgresql/15/bin}"
cd "$(dirname "$0")/.."

dir="$(mktemp -d /tmp/hilfewerk-pg.XXXXXX)"
port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"

als_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
}

aufraeumen() {
  als_postgres "$PGBIN/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap aufraeumen EXIT

chown postgres "$dir" 2>/dev/null || true
als_postgres "$PGBIN/initdb" -D "$dir/data" -A trust -U postgres >/dev/null
als_postgres "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
  -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null

echo "PostgreSQL 15 auf 127.0.0.1:$port (temporär in $dir)"
DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres" \
  npx vitest run packages/server "$@"
