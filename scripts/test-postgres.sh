#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the store tests (ctest fixture): initdb in a temp folder,
# pg_ctl on a loopback port, trust login for user postgres; `stop` removes it again.
#   test-postgres.sh start BINDIR STATEFILE PORT
#   test-postgres.sh stop  BINDIR STATEFILE
set -euo pipefail
action=$1 bin=$2 state=$3 port=${4:-}

# initdb and postgres refuse to run as root: run them as an unprivileged user then.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        local user=postgres
        id -u "$user" >/dev/null 2>&1 || user=nobody
        runuser -u "$user" -- "$@"
    else
        "$@"
    fi
}

stop() {
    [ -f "$state" ] || return 0
    local data
    data=$(cat "$state")
    if [ -d "$data/pgdata" ]; then
        as_owner "$bin/pg_ctl" -D "$data/pgdata" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$data" "$state"
}

# The server programs look for themselves from the current folder, which their user may not enter.
cd /

case "$action" in
start)
    stop
    data=$(mktemp -d /tmp/pmc-test-postgres.XXXXXX)
    echo "$data" > "$state"
    if [ "$(id -u)" -eq 0 ]; then
        owner=postgres
        id -u "$owner" >/dev/null 2>&1 || owner=nobody
        chown "$owner" "$data"
    fi
    as_owner "$bin/initdb" -D "$data/pgdata" -U postgres -A trust -E UTF8 --locale=C >"$data/initdb.log" 2>&1 \
        || { cat "$data/initdb.log"; exit 1; }
    if ! as_owner "$bin/pg_ctl" -D "$data/pgdata" -l "$data/server.log" -w -t 60 start \
        -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$data -c fsync=off" >/dev/null; then
        cat "$data/server.log"
        exit 1
    fi
    echo "PostgreSQL test cluster on 127.0.0.1:$port ($data)"
    ;;
stop)
    stop
    ;;
*)
    echo "usage: $0 start|stop BINDIR STATEFILE [PORT]" >&2
    exit 2
    ;;
esac
