#!/usr/bin/env bash
# Rebuild-to-reload time of `paso preview` on the shipped guide: a copy of content/, locales/
# and static/ in a temp folder, a release binary, a reader on the reload stream, and N saves of
# an article. Reports the time from each save to the reload event (what an open page waits
# for), and the rebuild times the preview prints. Target: under 300 ms.
#   bench/preview.sh [N]   (default 10; needs a release build: cargo build --release)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
N=${1:-10}
BIN=${PASO_BIN:-target/release/paso}
[ -x "$BIN" ] || { echo "build first: cargo build --release" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'bench_cleanup; rm -rf "$WORK"' EXIT
cp -r content locales static "$WORK/"
PORT=$(free_port)
"$BIN" preview --content "$WORK" --content-only --addr "127.0.0.1:$PORT" >"$WORK/preview.log" 2>&1 &
BENCH_PIDS+=($!)
wait_http "http://127.0.0.1:$PORT/en/"
python3 - "$PORT" "$WORK/content/en/leaving-by-land.md" "$N" <<'PY'
import socket, statistics, sys, time
port, path, n = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
s = socket.create_connection(("127.0.0.1", port))
s.sendall(b"GET /__paso/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
buf = b""
def wait_data(k):
    global buf
    want = b"data: %d\n" % k
    s.settimeout(10)
    while want not in buf:
        chunk = s.recv(65536)
        if not chunk:
            raise SystemExit("event stream closed")
        buf += chunk
wait_data(1)
original = open(path, encoding="utf-8").read()
times = []
for i in range(n):
    time.sleep(0.3)
    t0 = time.perf_counter()
    with open(path, "w", encoding="utf-8") as f:
        f.write(original.replace("## In short", "## In short" + " " * 0, 1) + "\nEdit %d.\n" % i)
    wait_data(i + 2)
    times.append((time.perf_counter() - t0) * 1000)
times.sort()
print("save -> reload event, ms: median %.0f, min %.0f, max %.0f (n=%d; includes the %d ms debounce)"
      % (statistics.median(times), times[0], times[-1], n, 50))
PY
grep -o 'rebuilt in [0-9]* ms' "$WORK/preview.log" | awk '{print $3}' | sort -n |
  awk '{a[NR]=$1} END {printf "rebuild (read + check + render + swap), ms: median %d, min %d, max %d\n", a[int((NR+1)/2)], a[1], a[NR]}'
