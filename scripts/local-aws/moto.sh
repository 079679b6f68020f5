#!/usr/bin/env bash
# moto server on a free 127.0.0.1 port, for end-to-end tests that need AWS's own response shapes
# (S3, S3 Control, IAM, STS, KMS, EC2, Organizations). Not a judge of authorization: see
# /work/shared/local-aws.md.
#
#   moto.sh install            check moto is importable (scripts/ci/install-local-aws.sh)
#   moto.sh start  [NAME]      start (or find running) server NAME; print its env file
#   moto.sh env    [NAME]      print the env file of a running server NAME
#   moto.sh stop   [NAME]      kill the server NAME started and remove its folder
#
# NAME defaults to "default"; all state lives in $LOCAL_AWS_DIR/moto-NAME ($LOCAL_AWS_DIR
# defaults to the repository's .tmp/local-aws). With LOCAL_AWS_OWNER_PID set, a watchdog stops
# the server once that process has gone.
#
# The env file (KEY=value lines, sourceable) gives MOTO_ENDPOINT (http://127.0.0.1:PORT),
# MOTO_ACCESS_KEY_ID, MOTO_SECRET_ACCESS_KEY, MOTO_ACCOUNT_ID, MOTO_REGION, MOTO_PID, MOTO_DIR,
# MOTO_NAME, MOTO_START_SECONDS.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
cmd=${1:-}
name=${2:-default}
case "$name" in *[!A-Za-z0-9_-]*|'') echo "moto.sh: bad NAME '$name' (letters, digits, _ and - only)" >&2; exit 2 ;; esac
base=${LOCAL_AWS_DIR:-$repo/.tmp/local-aws}
dir=$base/moto-$name
envfile=$dir/moto.env
pidfile=$dir/moto.pid
timeout_s=${MOTO_START_TIMEOUT:-60}

log() { echo "moto.sh[$name]: $*" >&2; }
now_ms() { date +%s%3N; }

find_python() { # a python with moto (a cheap look-up: importing moto.server takes ~0.5 s)
  local py
  for py in ${MOTO_PYTHON:-} python3 /usr/bin/python3; do
    if command -v "$py" >/dev/null 2>&1 && "$py" -c 'import importlib.util as u, sys; sys.exit(u.find_spec("moto") is None)' >/dev/null 2>&1; then
      command -v "$py"; return 0
    fi
  done
  return 1
}

free_port() {
  python3 - <<'PY'
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
PY
}

# The server's pid, if it is alive and is this folder's moto server (pid reuse guard).
server_pid() {
  local pid
  [ -f "$pidfile" ] || return 1
  pid=$(cat "$pidfile" 2>/dev/null || true)
  case "$pid" in ''|*[!0-9]*) return 1 ;; esac
  [ -r "/proc/$pid/cmdline" ] || return 1
  grep -q '^State:.*Z' "/proc/$pid/status" 2>/dev/null && return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q 'moto.server' || return 1
  echo "$pid"
}

# An HTTP answer (any status) from 127.0.0.1:PORT.
http_ok() {
  local line=""
  { exec 3<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 1
  printf 'GET /moto-api/ HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3 || { exec 3>&-; return 1; }
  IFS= read -r -t 5 line <&3 || true
  exec 3>&- 3<&-
  case "$line" in HTTP/*) return 0 ;; *) return 1 ;; esac
}

is_running() {
  [ -f "$envfile" ] || return 1
  server_pid >/dev/null || return 1
  # shellcheck disable=SC1090
  (. "$envfile" && http_ok "${MOTO_ENDPOINT#http://127.0.0.1:}")
}

do_stop() {
  [ -d "$dir" ] || return 0
  local t0 pid wpid i
  t0=$(now_ms)
  if [ -f "$dir/watchdog.pid" ]; then
    wpid=$(cat "$dir/watchdog.pid" 2>/dev/null || true)
    case "$wpid" in ''|*[!0-9]*) ;; *) [ "$wpid" = "$$" ] || kill -TERM "$wpid" 2>/dev/null || true ;; esac
  fi
  if pid=$(server_pid); then
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 30); do server_pid >/dev/null || break; sleep 0.1; done
    if server_pid >/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
  fi
  rm -rf "$dir"
  rm -f "$base/.moto-$name.lock"
  rmdir "$base" 2>/dev/null || true
  log "stopped in $(( $(now_ms) - t0 )) ms"
}

do_start() {
  local py
  py=$(find_python) || { log "moto is not importable by python3: run scripts/ci/install-local-aws.sh"; exit 3; }
  mkdir -p "$base"
  # One start at a time per NAME (the server is started with fd 9 closed so it does not hold the lock).
  exec 9>"$base/.moto-$name.lock"
  flock -w "$timeout_s" 9 || { log "another start of '$name' holds the lock"; exit 1; }
  if is_running; then
    log "already running"
    cat "$envfile"
    return 0
  fi
  do_stop 2>/dev/null

  local t0 port pid deadline elapsed
  t0=$(now_ms)
  trap 'rc=$?; if [ $rc -ne 0 ]; then log "start failed (exit $rc); log:"; tail -n 20 "$dir/moto.log" >&2 2>/dev/null || true; do_stop; fi' EXIT
  trap 'exit 130' INT TERM
  mkdir -p "$dir"
  port=$(free_port)
  # A session of its own (setsid) so the caller's process group and terminal signals leave it be.
  # AWS_* variables of the caller must not leak into the server (moto reads some of them).
  env -u AWS_PROFILE -u AWS_ENDPOINT_URL MOTO_PORT="$port" \
    setsid "$py" -m moto.server -H 127.0.0.1 -p "$port" </dev/null >"$dir/moto.log" 2>&1 9>&- &
  pid=$!
  echo "$pid" >"$pidfile"
  deadline=$(( $(date +%s) + timeout_s ))
  until http_ok "$port"; do
    if ! kill -0 "$pid" 2>/dev/null; then log "moto server exited"; exit 1; fi
    if [ "$(date +%s)" -ge "$deadline" ]; then log "timed out waiting for moto on port $port"; exit 1; fi
    sleep 0.05
  done
  elapsed=$(( $(now_ms) - t0 ))
  cat >"$envfile.tmp" <<EOF
MOTO_NAME=$name
MOTO_DIR=$dir
MOTO_PID=$pid
MOTO_ENDPOINT=http://127.0.0.1:$port
MOTO_REGION=us-east-1
MOTO_ACCOUNT_ID=123456789012
MOTO_ACCESS_KEY_ID=testing
MOTO_SECRET_ACCESS_KEY=testing
MOTO_START_SECONDS=$(printf '%d.%03d' $(( elapsed / 1000 )) $(( elapsed % 1000 )))
EOF
  mv "$envfile.tmp" "$envfile"
  local owner=${LOCAL_AWS_OWNER_PID:-}
  case "$owner" in
    ''|*[!0-9]*) ;;
    *)
      setsid bash -c '
        owner=$1; script=$2; n=$3
        while kill -0 "$owner" 2>/dev/null; do sleep 2; done
        exec bash "$script" stop "$n"
      ' moto-watchdog "$owner" "$here/moto.sh" "$name" </dev/null >/dev/null 2>&1 9>&- &
      echo $! >"$dir/watchdog.pid"
      ;;
  esac
  trap - EXIT INT TERM
  log "started in ${elapsed} ms"
  cat "$envfile"
}

case "$cmd" in
  install) exec bash "$repo/scripts/ci/install-local-aws.sh" ;;
  start) do_start ;;
  stop) do_stop ;;
  env)
    if is_running; then cat "$envfile"; else log "not running"; exit 1; fi
    ;;
  *) echo "usage: $0 install|start|stop|env [NAME]" >&2; exit 2 ;;
esac
