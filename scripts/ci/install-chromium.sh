#!/usr/bin/env bash
# Installs what the rendered-summary test needs (__tests__/report/render.test.ts): Debian's
# chromium, which playwright-core drives at /usr/bin/chromium, and a colour emoji font so the
# report's ⛔/✅ show in the screenshot as they do on GitHub. Debian only (Ubuntu's "chromium" is a
# snap stub): run CI in a Debian image such as node:24-bookworm. Needs root or sudo; a no-op when
# everything is there already.
set -euo pipefail

if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi 'Noto Color Emoji'; then
  echo "chromium and the emoji font are installed already: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
  exit 0
fi

. /etc/os-release 2>/dev/null || true
if [ "${ID:-}" != "debian" ]; then
  echo "install-chromium.sh installs Debian's chromium package; this system is '${ID:-unknown}'." >&2
  echo "Run CI in a Debian image (node:24-bookworm), or install a Chromium at /usr/bin/chromium yourself." >&2
  exit 1
fi

SUDO=''
if [ "$(id -u)" -ne 0 ]; then SUDO='sudo'; fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium fonts-noto-color-emoji fonts-liberation
/usr/bin/chromium --version
