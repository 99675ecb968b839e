#!/usr/bin/env bash
# Undoes deploy/hotspot/install.sh: removes the hotspot connection, the dnsmasq settings, the
# service's hotspot drop-in, and (with --all) the Paso service itself. The organization's
# settings and content in /etc/paso and the counts in /var/lib/paso are kept unless --purge.
#
#   sudo deploy/hotspot/uninstall.sh [--all] [--purge] [--dry-run]
set -euo pipefail

all=0
purge=0
dry=0
while (($#)); do
  case "$1" in
    --all) all=1; shift ;;
    --purge) all=1; purge=1; shift ;;
    --dry-run) dry=1; shift ;;
    -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

run() {
  if ((dry)); then printf '+'; printf ' %q' "$@"; printf '\n'; else "$@"; fi
}
# Runs a command whose failure only means "already gone".
try() {
  if ((dry)); then printf '+'; printf ' %q' "$@"; printf '\n'; else "$@" 2>/dev/null || true; fi
}

if ((!dry)) && [ "$(id -u)" != 0 ]; then
  echo "error: run as root (sudo), or add --dry-run to see the changes" >&2
  exit 1
fi

try nmcli connection down paso-hotspot
try nmcli connection delete paso-hotspot
run rm -f /etc/NetworkManager/dnsmasq-shared.d/paso.conf
run rm -f /etc/systemd/system/paso.service.d/hotspot.conf
try rmdir /etc/systemd/system/paso.service.d
if ((all)); then
  try systemctl disable --now paso.service
  run rm -f /etc/systemd/system/paso.service
fi
run systemctl daemon-reload
if ((!all)); then
  try systemctl restart paso.service
fi
if ((purge)); then
  run rm -rf /etc/paso /var/lib/paso /var/lib/private/paso
fi
if ((all)); then
  echo "done: the hotspot is removed and Paso no longer starts at boot"
else
  echo "done: the hotspot is removed; Paso keeps running on its usual address"
fi
