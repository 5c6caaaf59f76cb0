#!/usr/bin/env bash
# Installs what the test suite needs from Debian when it is absent: Chromium, the CJK fonts
# (Chinese renders as boxes without them) and the PostgreSQL 15 server. Idempotent.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
# grep reads fc-list to the end: with `-q` it would stop early, fc-list would die of SIGPIPE and,
# under pipefail, the fonts would count as missing on every run.
fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null || missing+=(fonts-noto-cjk)
[ -x /usr/lib/postgresql/15/bin/postgres ] || missing+=(postgresql-15)

if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
echo "[ensure-system] installing: ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" fontconfig >/dev/null
# Debian's postgresql package starts a cluster of its own; the tests use their own throwaway one.
if [[ " ${missing[*]} " == *" postgresql-15 "* ]]; then
  $SUDO pg_ctlcluster 15 main stop 2>/dev/null || true
fi
fc-cache -f >/dev/null 2>&1 || true
