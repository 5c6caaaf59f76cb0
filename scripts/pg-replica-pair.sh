#!/usr/bin/env bash
# A throwaway PostgreSQL 15 primary and its streaming replica on 127.0.0.1 (pg_basebackup -R), run
# as an unprivileged user like pg-test-server.sh (the server refuses root), data in a temp folder.
# The read-replica test (src/server/db/readReplica.test.ts) drives it:
#   start                → prints `PRIMARY_PORT=… REPLICA_PORT=… PAIR_DIR=…`
#   stop-replica DIR     → stops the replica only (the test's "replica down")
#   start-replica DIR    → starts it again
#   stop DIR             → stops both and removes the folder
set -euo pipefail
PGBIN=/usr/lib/postgresql/15/bin
PGUSER_OS=lingyan-pg

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u "$PGUSER_OS" -- "$@"; else "$@"; fi
}
free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}
# Throwaway data: no fsync and no sync after initdb or the base backup (seconds on a busy disk).
start_server() { # DIR NAME PORT
  as_pg "$PGBIN/pg_ctl" -D "$1/$2" -l "$1/$2.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -c port=$3 -c unix_socket_directories=$1 -c max_connections=50 -c fsync=off" start >/dev/null
}

case "${1:-}" in
start)
  if [ "$(id -u)" -eq 0 ] && ! id "$PGUSER_OS" >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin "$PGUSER_OS"
  fi
  dir=$(mktemp -d /tmp/lingyan-pg-pair.XXXXXX)
  chmod 755 "$dir"
  [ "$(id -u)" -eq 0 ] && chown "$PGUSER_OS" "$dir"
  primary_port=$(free_port)
  replica_port=$(free_port)
  while [ "$replica_port" = "$primary_port" ]; do replica_port=$(free_port); done
  # initdb's pg_hba.conf trusts replication connections from 127.0.0.1; wal_level is `replica` by default.
  as_pg "$PGBIN/initdb" -D "$dir/primary" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1
  start_server "$dir" primary "$primary_port"
  # -R writes standby.signal and primary_conninfo: the copy starts as a hot standby streaming from the primary.
  as_pg "$PGBIN/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U postgres -D "$dir/replica" -R -X stream --no-sync >"$dir/basebackup.log" 2>&1
  echo "$replica_port" >"$dir/replica.port"
  start_server "$dir" replica "$replica_port"
  echo "PRIMARY_PORT=$primary_port REPLICA_PORT=$replica_port PAIR_DIR=$dir"
  ;;
stop-replica)
  dir="${2:?usage: stop-replica DIR}"
  as_pg "$PGBIN/pg_ctl" -D "$dir/replica" -m fast -w stop >/dev/null
  ;;
start-replica)
  dir="${2:?usage: start-replica DIR}"
  start_server "$dir" replica "$(cat "$dir/replica.port")"
  ;;
stop)
  dir="${2:?usage: stop DIR}"
  for server in replica primary; do
    [ -f "$dir/$server/postmaster.pid" ] && as_pg "$PGBIN/pg_ctl" -D "$dir/$server" -m fast -w stop >/dev/null 2>&1 || true
  done
  rm -rf "$dir"
  ;;
*)
  echo "usage: $0 start | stop-replica DIR | start-replica DIR | stop DIR" >&2
  exit 2
  ;;
esac
