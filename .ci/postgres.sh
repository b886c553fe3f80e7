# Throwaway PostgreSQL cluster for the tests (sourced by .ci/run; usable by hand:
#   source .ci/postgres.sh && ballast_pg_start   ...   ballast_pg_stop).
# Trust auth on 127.0.0.1 and its own port, fsync off: a scratch server, never a real one.
# Runs as root (CI) and drops to the `postgres` user for the server.

BALLAST_PG_PORT="${BALLAST_PG_PORT:-54329}"
BALLAST_PG_DIR="${TMPDIR:-/tmp}/ballast-pg-$BALLAST_PG_PORT"

ballast_pg_bin() {
    local v
    v=$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -1)
    [ -n "$v" ] && echo "/usr/lib/postgresql/$v/bin"
}

ballast_pg_install() {
    if ! dpkg -s postgresql-15 >/dev/null 2>&1 && ! dpkg -s postgresql >/dev/null 2>&1; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null
    fi
}

ballast_pg_stop() {
    local bin
    bin=$(ballast_pg_bin) || return 0
    if [ -f "$BALLAST_PG_DIR/data/postmaster.pid" ]; then
        su postgres -c "$bin/pg_ctl -D $BALLAST_PG_DIR/data -m fast -w stop" >/dev/null 2>&1 || true
    fi
    rm -rf "$BALLAST_PG_DIR"
}

# Starts the cluster, creates database `ballast_test` and exports BALLAST_TEST_POSTGRES_URL.
ballast_pg_start() {
    local bin
    ballast_pg_install
    bin=$(ballast_pg_bin) || { echo "postgresql binaries not found" >&2; return 1; }
    ballast_pg_stop    # a cluster left behind by an interrupted run
    mkdir -p "$BALLAST_PG_DIR" && chown postgres "$BALLAST_PG_DIR"
    su postgres -c "$bin/initdb -D $BALLAST_PG_DIR/data -A trust -U postgres --no-sync" >/dev/null
    su postgres -c "$bin/pg_ctl -D $BALLAST_PG_DIR/data -l $BALLAST_PG_DIR/log -w start \
        -o '-p $BALLAST_PG_PORT -k $BALLAST_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200'" >/dev/null \
        || { cat "$BALLAST_PG_DIR/log" >&2; return 1; }
    su postgres -c "$bin/createdb -h 127.0.0.1 -p $BALLAST_PG_PORT -U postgres ballast_test"
    export BALLAST_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$BALLAST_PG_PORT/ballast_test"
}
