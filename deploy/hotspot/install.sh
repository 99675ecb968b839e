#!/usr/bin/env bash
# Turns a Raspberry Pi (Raspberry Pi OS Bookworm, NetworkManager) into a Paso hotspot box: an
# open Wi-Fi network named by the organization; every name answers with the Pi's address
# (dnsmasq, started by NetworkManager for the shared connection); DHCP option 114; Paso at
# boot on port 80 with --captive, so joining the Wi-Fi opens the guide; http://paso.lan/.
#
#   sudo deploy/hotspot/install.sh --ssid "Casa Esperanza guide" [--kiosk] [--dry-run]
#
# --dry-run prints every change (files with their full text, commands) and changes nothing.
# Undo everything with deploy/hotspot/uninstall.sh.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
deploy="$(dirname "$here")"
ssid="Paso guide"
name="paso.lan"
iface="wlan0"
kiosk="false"
binary=""
dry=0
# Shared-mode address NetworkManager gives the Pi on the hotspot.
address="10.42.0.1"

usage() {
  sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
  cat <<USAGE
Options:
  --ssid NAME      Wi-Fi network name (1-32 bytes; default "$ssid")
  --name HOST      the short name readers type (default $name)
  --iface IFACE    Wi-Fi interface (default $iface)
  --kiosk          also run Paso in kiosk mode (a screen in the waiting room)
  --binary FILE    install this paso binary to /usr/local/bin/paso first
  --dry-run        print every change, change nothing
USAGE
}

while (($#)); do
  case "$1" in
    --ssid) ssid="${2:?--ssid needs a name}"; shift 2 ;;
    --name) name="${2:?--name needs a host name}"; shift 2 ;;
    --iface) iface="${2:?--iface needs an interface}"; shift 2 ;;
    --kiosk) kiosk="true"; shift ;;
    --binary) binary="${2:?--binary needs a file}"; shift 2 ;;
    --dry-run) dry=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

fail() { echo "error: $*" >&2; exit 1; }
((${#ssid} >= 1 && ${#ssid} <= 32)) || fail "--ssid must be 1 to 32 characters"
case "$ssid" in *[\"\\]*) fail "--ssid may not contain \" or \\" ;; esac
[[ "$ssid" =~ [[:cntrl:]] ]] && fail "--ssid may not contain control characters"
[[ "$name" =~ ^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$ ]] || fail "--name must be a host name such as paso.lan"
[[ "$iface" =~ ^[A-Za-z0-9_.-]+$ ]] || fail "--iface must be an interface name such as wlan0"

# Every change goes through these three, so --dry-run shows all of them.
run() {
  if ((dry)); then printf '+'; printf ' %q' "$@"; printf '\n'; else "$@"; fi
}
# put FILE MODE < text
put() {
  local text
  text="$(cat)"
  if ((dry)); then
    printf '+ write %s (mode %s):\n%s\n' "$1" "$2" "$text" | sed '2,$s/^/    /'
  else
    install -d -m 755 "$(dirname "$1")"
    printf '%s\n' "$text" > "$1.paso-tmp"
    chmod "$2" "$1.paso-tmp"
    mv "$1.paso-tmp" "$1"
  fi
}
fill() {
  # systemd treats % as a specifier: double it in the unit drop-in.
  local unit_ssid="${ssid//%/%%}"
  sed -e "s|@ADDRESS@|$address|g" -e "s|@NAME@|$name|g" -e "s|@KIOSK@|$kiosk|g" \
    -e "s|@SSID@|${unit_ssid//|/\\|}|g" "$1"
}

if ((!dry)); then
  [ "$(id -u)" = 0 ] || fail "run as root (sudo), or add --dry-run to see the changes"
  command -v nmcli >/dev/null || fail "nmcli not found: this needs NetworkManager (Raspberry Pi OS Bookworm)"
  command -v dnsmasq >/dev/null || [ -x /usr/sbin/dnsmasq ] || fail "dnsmasq not found: sudo apt install dnsmasq-base"
fi
if [ -n "$binary" ]; then
  run install -m 755 "$binary" /usr/local/bin/paso
elif ((!dry)) && [ ! -x /usr/local/bin/paso ]; then
  fail "/usr/local/bin/paso is missing: pass --binary path/to/paso"
fi

put /etc/systemd/system/paso.service 644 < "$deploy/paso.service"
if [ -e /etc/paso/paso.env ]; then
  echo "keeping /etc/paso/paso.env (the organization's settings)"
else
  put /etc/paso/paso.env 644 < "$deploy/paso.env"
fi
put /etc/systemd/system/paso.service.d/hotspot.conf 644 < <(fill "$here/paso-hotspot.conf")
put /etc/NetworkManager/dnsmasq-shared.d/paso.conf 644 < <(fill "$here/dnsmasq-paso.conf")

# The open hotspot. ipv4.method shared: NetworkManager hands out addresses with its own dnsmasq,
# which reads the file above.
if ((!dry)) && nmcli -t -f NAME connection show | grep -qx paso-hotspot; then
  run nmcli connection delete paso-hotspot
fi
run nmcli connection add type wifi ifname "$iface" con-name paso-hotspot autoconnect yes \
  ssid "$ssid" 802-11-wireless.mode ap 802-11-wireless.band bg \
  ipv4.method shared ipv4.addresses "$address/24" ipv6.method disabled \
  connection.autoconnect-priority 100
run systemctl daemon-reload
run systemctl enable paso.service
run systemctl restart paso.service
run nmcli connection up paso-hotspot

echo "done: join the Wi-Fi \"$ssid\"; the guide opens by itself, or at http://$name/"
echo "undo: sudo $here/uninstall.sh"
