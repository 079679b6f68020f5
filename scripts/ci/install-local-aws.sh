#!/usr/bin/env bash
# Installs the real AWS-shaped servers the end-to-end tests run on loopback:
#   - Ceph's RADOS Gateway (Debian's ceph 16.2: ceph-mon, ceph-osd, radosgw, ceph-common);
#   - moto server, which must already be importable by python3 (the machine image ships moto 5.x;
#     PyPI is not reachable here, so the only fallback is Debian's python3-moto for /usr/bin/python3).
# Idempotent: skips apt-get when radosgw and the ceph tools are already on PATH.
# Needs root (or passwordless sudo) for apt-get. Usage: bash scripts/ci/install-local-aws.sh
set -euo pipefail

SUDO=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
    echo "install-local-aws: not root and no sudo: cannot apt-get install" >&2; exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
apt_updated=0
apt_update_once() {
  if [ "$apt_updated" = 0 ]; then $SUDO apt-get update -q; apt_updated=1; fi
}

need_ceph=0
for bin in ceph-mon ceph-osd radosgw radosgw-admin ceph ceph-authtool monmaptool; do
  command -v "$bin" >/dev/null 2>&1 || { need_ceph=1; break; }
done
# Debian puts ceph-mon/ceph-osd in /usr/bin; check /usr/sbin too in case PATH lacks it.
if [ "$need_ceph" = 1 ]; then
  started=$(date +%s)
  apt_update_once
  $SUDO apt-get install -y -q --no-install-recommends ceph-mon ceph-osd radosgw ceph-common
  echo "install-local-aws: ceph installed in $(( $(date +%s) - started )) s"
else
  echo "install-local-aws: ceph already installed"
fi
radosgw --version

if python3 -c 'import moto, moto.server' >/dev/null 2>&1; then
  echo "install-local-aws: moto $(python3 -c 'import moto; print(moto.__version__)') importable by $(command -v python3)"
elif [ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import moto, moto.server' >/dev/null 2>&1; then
  echo "install-local-aws: moto importable by /usr/bin/python3"
else
  echo "install-local-aws: moto not importable by python3; trying Debian's python3-moto" >&2
  apt_update_once
  $SUDO apt-get install -y -q --no-install-recommends python3-moto python3-flask python3-flask-cors
  /usr/bin/python3 -c 'import moto, moto.server; print("install-local-aws: moto", moto.__version__, "from Debian")'
fi
