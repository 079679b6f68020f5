#!/usr/bin/env bash
# Installs the real AWS-shaped servers the end-to-end tests run on loopback:
#   - Ceph's RADOS Gateway (Debian's ceph 16.2: ceph-mon, ceph-osd, radosgw, ceph-common);
#   - moto server, which must already be importable by python3: the machine image ships moto 5.2.1 in
#     its Python 3.11; PyPI is not reachable here and Debian bookworm has no python3-moto, so this
#     script can only check it and fail clearly when it is missing.
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
else
  echo "install-local-aws: moto is not importable by $(command -v python3 || echo 'python3 (not found)');" \
    "the machine image should ship it (pip show moto), and it cannot be installed from here" >&2
  exit 1
fi
