#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 on 127.0.0.1 as an unprivileged user (the server refuses root),
# data in a temp folder. Prints `export TEST_PG_URL=…; export PG_TEST_DIR=…` for eval.
#   start: eval "$(scripts/pg-test-server.sh start)"     stop: scripts/pg-test-server.sh stop "$PG_TEST_DIR"
set -euo pipefail
PGBIN=/usr/lib/postgresql/15/bin
PGUSER_OS=lingyan-pg

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u "$PGUSER_OS" -- "$@"; else "$@"; fi
}

case "${1:-}" in
start)
  if [ "$(id -u)" -eq 0 ] && ! id "$PGUSER_OS" >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin "$PGUSER_OS"
  fi
  dir=$(mktemp -d /tmp/lingyan-pg.XXXXXX)
  chmod 755 "$dir"
  [ "$(id -u)" -eq 0 ] && chown "$PGUSER_OS" "$dir"
  port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  as_pg "$PGBIN/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
  as_pg "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=on -c max_connections=200" start >/dev/null
  echo "export TEST_PG_URL=postgres://postgres@127.0.0.1:$port/postgres; export PG_TEST_DIR=$dir"
  ;;
stop)
  dir="${2:?usage: stop DIR}"
  [ -d "$dir/data" ] && as_pg "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  ;;
*)
  echo "usage: $0 start | stop DIR" >&2
  exit 2
  ;;
esac
