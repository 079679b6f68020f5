#!/usr/bin/env bash
# A single-host Ceph cluster with two RADOS Gateways on 127.0.0.1, for end-to-end tests.
#
#   ceph.sh install            apt-get the Ceph packages (scripts/ci/install-local-aws.sh)
#   ceph.sh start  [NAME]      start (or find running) cluster NAME; print its env file
#   ceph.sh env    [NAME]      print the env file of a running cluster NAME
#   ceph.sh stop   [NAME]      kill everything cluster NAME started and remove its folder
#
# NAME defaults to "default"; each NAME is its own cluster (own fsid, ports and folder), so
# parallel test files can each have one. All state lives in one folder,
# $LOCAL_AWS_DIR/ceph-NAME ($LOCAL_AWS_DIR defaults to the repository's .tmp/local-aws).
# With LOCAL_AWS_OWNER_PID set, a watchdog stops the cluster once that process has gone.
#
# The env file (KEY=value lines, sourceable) gives:
#   CEPH_ENDPOINT        http://127.0.0.1:PORT  gateway "a": S3, IAM, STS (rgw s3 auth use sts = true)
#   CEPH_ENDPOINT_PLAIN  http://127.0.0.1:PORT  gateway "b": S3 and IAM without STS, so a bad key or
#                        signature answers InvalidAccessKeyId / SignatureDoesNotMatch, and it takes the
#                        client IP from X-Forwarded-For (tests can play any aws:SourceIp)
#   CEPH_ACCESS_KEY_ID / CEPH_SECRET_ACCESS_KEY / CEPH_ADMIN_UID   an admin user with IAM caps
#   CEPH_CONF CEPH_DIR CEPH_NAME CEPH_REGION CEPH_START_SECONDS
# Settings that make it start in seconds: see /work/shared/local-aws.md (auth none + crc modes,
# memstore, pool size 1, paxos propose interval, RGW pools created up front).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
cmd=${1:-}
name=${2:-default}
case "$name" in *[!A-Za-z0-9_-]*|'') echo "ceph.sh: bad NAME '$name' (letters, digits, _ and - only)" >&2; exit 2 ;; esac
base=${LOCAL_AWS_DIR:-$repo/.tmp/local-aws}
dir=$base/ceph-$name
conf=$dir/ceph.conf
envfile=$dir/ceph.env
timeout_s=${CEPH_START_TIMEOUT:-90}

log() { echo "ceph.sh[$name]: $*" >&2; }
now_ms() { date +%s%3N; }

free_port() {
  python3 - <<'PY'
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
PY
}

random_string() { # length, alphabet (tr class)
  local out=""
  while [ "${#out}" -lt "$1" ]; do
    out+=$(head -c 256 /dev/urandom | LC_ALL=C tr -dc "$2" || true)
  done
  printf '%s' "${out:0:$1}"
}

# Pids of the daemons this cluster started (their pid files sit in $dir/run).
cluster_pids() {
  local f pid
  for f in "$dir"/run/*.pid; do
    [ -f "$f" ] || continue
    pid=$(cat "$f" 2>/dev/null || true)
    case "$pid" in ''|*[!0-9]*) continue ;; esac
    # Only a process whose command line names this cluster's conf counts (pid reuse guard).
    if [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$conf"; then
      echo "$pid"
    fi
  done
}

# Any process that runs with this cluster's conf (daemons whose pid file was not written yet).
conf_pids() {
  local p comm
  for p in /proc/[0-9]*; do
    comm=$(cat "$p/comm" 2>/dev/null || true)
    case "$comm" in ceph-mon|ceph-osd|radosgw|radosgw-admin) ;; *) continue ;; esac
    if tr '\0' ' ' <"$p/cmdline" 2>/dev/null | grep -qF -- "-c $conf"; then echo "${p#/proc/}"; fi
  done
}

kill_cluster() {
  # The cluster is throwaway (memstore: its data lives in the OSD's memory), so SIGKILL at once:
  # a memstore OSD takes seconds to shut down on SIGTERM.
  local pids p i alive
  pids=$( { cluster_pids; conf_pids; } | sort -u | grep -vx "$$" || true)
  [ -n "$pids" ] || return 0
  for p in $pids; do kill -KILL "$p" 2>/dev/null || true; done
  for i in $(seq 1 50); do
    alive=""
    for p in $pids; do
      if [ -e "/proc/$p" ] && ! grep -q '^State:.*Z' "/proc/$p/status" 2>/dev/null; then alive+=" $p"; fi
    done
    [ -n "$alive" ] || return 0
    sleep 0.1
  done
  log "still alive after SIGKILL:$alive"
}

stop_watchdog() {
  local f=$dir/run/watchdog.pid pid
  [ -f "$f" ] || return 0
  pid=$(cat "$f" 2>/dev/null || true)
  case "$pid" in ''|*[!0-9]*) return 0 ;; esac
  if [ "$pid" != "$$" ] && [ "$pid" != "$PPID" ]; then kill -TERM "$pid" 2>/dev/null || true; fi
}

do_stop() {
  [ -d "$dir" ] || return 0
  local t0; t0=$(now_ms)
  stop_watchdog
  kill_cluster
  rm -rf "$dir"
  rm -f "$base/.ceph-$name.lock"
  rmdir "$base" 2>/dev/null || true
  log "stopped in $(( $(now_ms) - t0 )) ms"
}

is_running() {
  [ -f "$envfile" ] || return 1
  local n; n=$(cluster_pids | wc -l)
  [ "$n" -ge 4 ] || return 1 # mon, osd, two gateways
  # shellcheck disable=SC1090
  (. "$envfile" && http_ok "${CEPH_ENDPOINT#http://127.0.0.1:}" && http_ok "${CEPH_ENDPOINT_PLAIN#http://127.0.0.1:}")
}

# An HTTP answer (any status) from 127.0.0.1:PORT.
http_ok() {
  local line=""
  { exec 3<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 1
  printf 'GET / HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3 || { exec 3>&-; return 1; }
  IFS= read -r -t 5 line <&3 || true
  exec 3>&- 3<&-
  case "$line" in HTTP/*) return 0 ;; *) return 1 ;; esac
}

# Every CLI call is bounded: without a manager some commands (pg stat) would wait forever.
ceph_cli() { timeout -k 2 20 ceph -c "$conf" --connect-timeout 10 "$@"; }
rgw_admin() { timeout -k 2 60 radosgw-admin -c "$conf" "$@"; }

wait_for() { # description, seconds, command...
  local what=$1 secs=$2; shift 2
  local deadline=$(( $(date +%s) + secs ))
  until "$@" >/dev/null 2>&1; do
    if [ "$(date +%s)" -ge "$deadline" ]; then log "timed out waiting for $what"; return 1; fi
    sleep 0.1
  done
}

osd_up() { ceph_cli osd dump 2>/dev/null | grep -q '^osd.0 up'; }
write_conf() {
  local mon_port=$1 port_a=$2 port_b=$3 fsid=$4 sts_key=$5
  cat >"$conf" <<EOF
[global]
fsid = $fsid
mon host = [v2:127.0.0.1:$mon_port]
mon initial members = a
public addr = 127.0.0.1
cluster addr = 127.0.0.1
ms bind ipv6 = false
ms bind ipv4 = true
ms bind msgr1 = false
auth cluster required = none
auth service required = none
auth client required = none
auth supported = none
ms mon client mode = crc
ms mon service mode = crc
ms mon cluster mode = crc
ms client mode = crc
ms service mode = crc
ms cluster mode = crc
run dir = $dir/run
pid file = $dir/run/\$name.pid
# No admin sockets: nothing here uses them, and a deep checkout could pass the 107-byte limit of a
# unix socket path.
admin socket =
log file = $dir/log/\$name.log
log to stderr = false
err to stderr = true
log max recent = 100
crash dir = $dir/crash
exporter sock dir = $dir/run
osd pool default size = 1
osd pool default min size = 1
osd pool default pg num = 8
osd pool default pgp num = 8
osd pool default pg autoscale mode = off
mon allow pool size one = true
mon allow pool delete = true
mon warn on pool no redundancy = false
osd crush chooseleaf type = 0
paxos propose interval = 0.01
mon data avail warn = 1
mon data avail crit = 0
mon max pg per osd = 1000

[mon]
mon data = $dir/mon/\$name
mon cluster log file = $dir/log/cluster.log

[osd]
osd data = $dir/osd/\$name
osd objectstore = memstore
memstore device bytes = 2147483648
osd crush update on start = true
osd crush initial weight = 1
osd op num threads per shard = 1
osd op num shards = 2

[client]
log file = $dir/log/client.log

[client.rgw.a]
log file = $dir/log/\$name.log
rgw data = $dir/rgw/\$name
rgw frontends = beast endpoint=127.0.0.1:$port_a
rgw enable apis = s3, s3website, admin, sts, iam
rgw sts key = $sts_key
rgw s3 auth use sts = true
rgw thread pool size = 64
rgw enable usage log = false
rgw enable ops log = false

[client.rgw.b]
log file = $dir/log/\$name.log
rgw data = $dir/rgw/\$name
rgw frontends = beast endpoint=127.0.0.1:$port_b
rgw enable apis = s3, s3website, admin, sts, iam
rgw sts key = $sts_key
rgw s3 auth use sts = false
rgw remote addr param = HTTP_X_FORWARDED_FOR
rgw thread pool size = 64
rgw enable usage log = false
rgw enable ops log = false
EOF
}

start_watchdog() {
  local owner=$1
  case "$owner" in ''|*[!0-9]*) return 0 ;; esac
  # A detached loop: once the owner process is gone, stop this cluster.
  setsid bash -c '
    owner=$1; script=$2; cname=$3
    while kill -0 "$owner" 2>/dev/null; do sleep 2; done
    exec bash "$script" stop "$cname"
  ' ceph-watchdog "$owner" "$here/ceph.sh" "$name" </dev/null >/dev/null 2>&1 9>&- &
  echo $! >"$dir/run/watchdog.pid"
}

do_start() {
  for bin in ceph-mon ceph-osd radosgw radosgw-admin ceph monmaptool ceph-authtool python3; do
    command -v "$bin" >/dev/null 2>&1 || { log "'$bin' not found: run scripts/ci/install-local-aws.sh"; exit 3; }
  done
  mkdir -p "$base"
  # One start at a time per NAME; a second caller waits and then finds the cluster running.
  # (Every daemon is started with fd 9 closed, or it would hold this lock for its lifetime.)
  exec 9>"$base/.ceph-$name.lock"
  flock -w "$timeout_s" 9 || { log "another start of '$name' holds the lock"; exit 1; }

  if is_running; then
    log "already running"
    cat "$envfile"
    return 0
  fi
  do_stop 2>/dev/null # leftovers of a half-dead cluster

  local t0; t0=$(now_ms)
  trap 'rc=$?; if [ $rc -ne 0 ]; then log "start failed (exit $rc); logs:"; tail -n 20 "$dir"/log/*.log >&2 2>/dev/null || true; do_stop; fi' EXIT
  trap 'exit 130' INT TERM
  mkdir -p "$dir"/{run,log,mon,osd,rgw,crash}

  local mon_port port_a port_b fsid osd_uuid sts_key access secret
  mon_port=$(free_port); port_a=$(free_port); port_b=$(free_port)
  while [ "$port_a" = "$mon_port" ]; do port_a=$(free_port); done
  while [ "$port_b" = "$mon_port" ] || [ "$port_b" = "$port_a" ]; do port_b=$(free_port); done
  fsid=$(uuidgen 2>/dev/null || cat /proc/sys/kernel/random/uuid)
  osd_uuid=$(uuidgen 2>/dev/null || cat /proc/sys/kernel/random/uuid)
  sts_key=$(random_string 16 'a-zA-Z0-9')
  access=$(random_string 20 'A-Z0-9')
  secret=$(random_string 40 'a-zA-Z0-9')
  write_conf "$mon_port" "$port_a" "$port_b" "$fsid" "$sts_key"

  # Monitor.
  monmaptool --create --fsid "$fsid" --addv a "[v2:127.0.0.1:$mon_port]" "$dir/monmap" >/dev/null
  ceph-authtool --create-keyring "$dir/mon.keyring" --gen-key -n mon. --cap mon 'allow *' >/dev/null
  ceph-mon -c "$conf" --mkfs -i a --monmap "$dir/monmap" --keyring "$dir/mon.keyring" >/dev/null
  ceph-mon -c "$conf" -i a 9>&-
  wait_for "the monitor" 30 ceph_cli mon stat

  # One memstore OSD (data in memory); create the RGW pools while it starts.
  local osd_id; osd_id=$(ceph_cli osd new "$osd_uuid")
  [ "$osd_id" = 0 ] || { log "unexpected osd id '$osd_id'"; exit 1; }
  mkdir -p "$dir/osd/osd.0"
  ceph-osd -c "$conf" -i 0 --mkfs --osd-uuid "$osd_uuid" >"$dir/log/osd-mkfs.log" 2>&1
  ceph-osd -c "$conf" -i 0 9>&-
  local pools=(.rgw.root default.rgw.log default.rgw.control default.rgw.meta
    default.rgw.buckets.index default.rgw.buckets.data default.rgw.buckets.non-ec)
  {
    for p in "${pools[@]}"; do echo "osd pool create $p 8 8"; done
    for p in "${pools[@]}"; do echo "osd pool application enable $p rgw"; done
  } | ceph_cli >"$dir/log/pools.log" 2>&1
  wait_for "the OSD" 60 osd_up

  # Two gateways.
  radosgw -c "$conf" -n client.rgw.a 9>&-
  radosgw -c "$conf" -n client.rgw.b 9>&-
  wait_for "gateway a on port $port_a" 60 http_ok "$port_a"
  wait_for "gateway b on port $port_b" 60 http_ok "$port_b"

  # Admin user, allowed the admin ops API and the IAM API.
  rgw_admin user create --uid=admin --display-name="local-aws admin" \
    --access-key="$access" --secret-key="$secret" >/dev/null
  rgw_admin caps add --uid=admin \
    --caps="users=*;buckets=*;metadata=*;usage=*;zone=*;user-policy=*;roles=*;oidc-provider=*" >/dev/null

  local elapsed; elapsed=$(( $(now_ms) - t0 ))
  cat >"$envfile.tmp" <<EOF
CEPH_NAME=$name
CEPH_DIR=$dir
CEPH_CONF=$conf
CEPH_ENDPOINT=http://127.0.0.1:$port_a
CEPH_ENDPOINT_PLAIN=http://127.0.0.1:$port_b
CEPH_MON_PORT=$mon_port
CEPH_REGION=us-east-1
CEPH_ADMIN_UID=admin
CEPH_ACCESS_KEY_ID=$access
CEPH_SECRET_ACCESS_KEY=$secret
CEPH_START_SECONDS=$(printf '%d.%03d' $(( elapsed / 1000 )) $(( elapsed % 1000 )))
EOF
  mv "$envfile.tmp" "$envfile"
  start_watchdog "${LOCAL_AWS_OWNER_PID:-}"
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
