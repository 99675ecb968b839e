#!/usr/bin/env bash
# Start-up, memory and size of the release binary with the whole guide embedded (every locale):
#
# 1. start-up: time from spawning `paso serve` to its first successful response, median of
#    STARTS (10) starts; a Python loop spawns the process and retries a plain HTTP GET of the
#    English home page every 0.5 ms (finer than a loop of curl processes, whose own start-up
#    is several ms)
# 2. peak RSS: VmHWM of one `paso serve` after its background compression has finished and
#    every page of every locale (every file of the static export) has been requested once
#    without and once with `Accept-Encoding: gzip, br`
# 3. binary size: the release binary (the release profile strips it) and after `strip` again
#
# A measurement, not a test. Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

STARTS=${STARTS:-10}
need_debs curl binutils
cargo build --release --locked --quiet
bin=target/release/paso
tmp=$(mktemp -d)

# 1. Start-up.
startup_ms=$(python3 - "$bin" "$STARTS" <<'EOF'
import socket, statistics, subprocess, sys, time
binary, starts = sys.argv[1], int(sys.argv[2])

def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port

def ok(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1) as c:
            c.sendall(b"GET /en/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            return c.recv(12).startswith(b"HTTP/1.1 200")
    except OSError:
        return False

times = []
for _ in range(starts):
    port = free_port()
    t0 = time.monotonic()
    p = subprocess.Popen([binary, "serve", "--addr", f"127.0.0.1:{port}"],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while not ok(port):
        if time.monotonic() - t0 > 10 or p.poll() is not None:
            sys.exit("paso did not answer within 10 s")
        time.sleep(0.0005)
    times.append((time.monotonic() - t0) * 1000)
    p.terminate()
    p.wait()
print(" ".join(f"{t:.1f}" for t in times))
EOF
)
startup_median=$(echo "$startup_ms" | tr ' ' '\n' | median)

# 2. Peak RSS after every page once.
$bin build --out "$tmp/site" >/dev/null
port=$(free_port)
$bin serve --addr "127.0.0.1:$port" >/dev/null 2>&1 &
pid=$!
BENCH_PIDS+=("$pid")
wait_http "http://127.0.0.1:$port/en/"
wait_brotli "http://127.0.0.1:$port/en/photo-opt-out/"
wait_idle "$pid"
rss_idle=$(vm_rss_kb "$pid")
hwm_idle=$(vm_hwm_kb "$pid")
# Every file of the export, as Paso's addresses (`a/index.html` → `a/`; the export's marker
# file is not a page).
(cd "$tmp/site" && find . -type f ! -name .paso-export | sed 's|^\./||; s|/index\.html$|/|' | sort) >"$tmp/paths"
pages=$(wc -l <"$tmp/paths")
for enc in "" "gzip, br"; do
  sed "s|^|url = \"http://127.0.0.1:$port/|; s|$|\"\noutput = \"/dev/null\"|" "$tmp/paths" >"$tmp/curl.cfg"
  curl -s -K "$tmp/curl.cfg" -H "Accept-Encoding: $enc" -w '%{http_code}\n' >"$tmp/codes"
  bad=$(grep -vc '^200$' "$tmp/codes" || true)
  [ "$bad" = 0 ] || { echo "$bad of $pages pages did not answer 200" >&2; exit 1; }
done
rss_after=$(vm_rss_kb "$pid")
hwm_after=$(vm_hwm_kb "$pid")

# 3. Size.
size=$(stat -c %s "$bin")
strip -o "$tmp/paso.stripped" "$bin"
size_stripped=$(stat -c %s "$tmp/paso.stripped")

mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
mib() { awk -v b="$1" 'BEGIN { printf "%.2f", b / 1048576 }'; }
yes_no() { awk -v v="$1" -v t="$2" 'BEGIN { print (v <= t ? "yes" : "no") }'; }

echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(uname -r); Paso $(git rev-parse --short HEAD)"
echo "Start-up runs (ms): $startup_ms"
echo
echo "| measure | value | target | met |"
echo "|---|--:|--:|:-:|"
echo "| start-up to first 200 (median of $STARTS) | $startup_median ms | ≤ 100 ms | $(yes_no "$startup_median" 100) |"
echo "| RSS once compressed, before any request | $(mb "$rss_idle") MiB (peak so far $(mb "$hwm_idle") MiB) | | |"
echo "| peak RSS (VmHWM) after $pages pages × 2 encodings | $(mb "$hwm_after") MiB (now $(mb "$rss_after") MiB) | ≤ 20 MB | $(yes_no "$(mb "$hwm_after")" 19.07) |"
echo "| binary, release profile (strip = true) | $(mib "$size") MiB ($size bytes) | ≤ 10 MB | $(yes_no "$size" 10000000) |"
echo "| binary after \`strip\` | $(mib "$size_stripped") MiB ($size_stripped bytes) | | |"
