#!/usr/bin/env bash
# Start (or reuse) a private PostgreSQL cluster for the store tests and print
#   export RASD_TEST_PG=postgresql://rasd@127.0.0.1:PORT/postgres
# Use: eval "$(scripts/pg-test-server.sh)"; stop: scripts/pg-test-server.sh stop
# Installs Debian's postgresql if missing (as root). Idempotent: a running
# cluster in the same directory is reused. initdb refuses root, so as root the
# cluster runs as the `postgres` user.
set -euo pipefail
PORT="${RASD_PG_PORT:-54329}"
DIR="${RASD_PG_DIR:-/tmp/rasd-pg-$PORT}"

bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
BIN="$(bindir)"
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "pg-test-server: PostgreSQL is not installed and this is not root" >&2; exit 1
    fi
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
    BIN="$(bindir)"
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "${1:-}" = "stop" ]; then
    [ -f "$DIR/postmaster.pid" ] && as_owner "$BIN/pg_ctl" -D "$DIR" -m fast stop >&2
    exit 0
fi

if [ ! -f "$DIR/PG_VERSION" ]; then
    mkdir -p "$DIR"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$DIR"
    chmod 700 "$DIR"
    as_owner "$BIN/initdb" -D "$DIR" -U rasd --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
if ! as_owner "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
    as_owner "$BIN/pg_ctl" -D "$DIR" -w -l "$DIR/server.log" \
        -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
fi
echo "export RASD_TEST_PG=postgresql://rasd@127.0.0.1:$PORT/postgres"
