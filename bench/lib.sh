# Helpers shared by the bench/ scripts (sourced, not run). Everything here talks to 127.0.0.1
# only, and every process a script starts is stopped when it exits.

# Installs Debian packages that are missing (the scripts run on a fresh machine too).
need_debs() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  ((${#missing[@]})) || return 0
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  echo "== installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# A TCP port on 127.0.0.1 that nothing listens on now.
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# Processes this script started; stopped on exit, one by one, by their id.
BENCH_PIDS=()
bench_cleanup() {
  for pid in "${BENCH_PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${BENCH_PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
}
trap bench_cleanup EXIT

# Waits (at most ~10 s) until URL answers with a 2xx/3xx/4xx; extra arguments go to curl.
wait_http() {
  local url=$1
  shift
  for _ in $(seq 1 1000); do
    if curl -s -o /dev/null --max-time 1 "$@" "$url"; then return 0; fi
    sleep 0.01
  done
  echo "no answer from $url" >&2
  return 1
}

# CPU time (user + system, in clock ticks) a process has used so far, all threads included.
cpu_ticks() {
  awk '{ print $14 + $15 }' "/proc/$1/stat"
}
CLK_TCK=$(getconf CLK_TCK)

# Waits (at most ~60 s) until Paso answers URL with `Content-Encoding: br`: it compresses in a
# background thread after it starts answering. Reads curl's output into a variable first (a
# `curl | grep -q` pipe fails at random under pipefail when grep exits before curl is done).
wait_brotli() {
  local headers
  for _ in $(seq 1 600); do
    headers=$(curl -s -I -H 'Accept-Encoding: br' "$1" || true)
    if grep -qi '^content-encoding: br' <<<"$headers"; then return 0; fi
    sleep 0.1
  done
  echo "Paso never served brotli at $1" >&2
  return 1
}

# Waits (at most 2 minutes) until a process stops using CPU: Paso compresses every page in a
# background thread after it starts answering, and a measurement taken meanwhile would count
# that work as serving.
wait_idle() {
  local prev=-1 now
  for _ in $(seq 1 240); do
    now=$(cpu_ticks "$1")
    [ "$now" = "$prev" ] && return 0
    prev=$now
    sleep 0.5
  done
  echo "process $1 is still busy after 2 minutes" >&2
  return 1
}

# Peak resident set of a process, in kB.
vm_hwm_kb() {
  awk '/^VmHWM:/ { print $2 }' "/proc/$1/status"
}
vm_rss_kb() {
  awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"
}

# The median of the numbers on standard input.
median() {
  sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}
