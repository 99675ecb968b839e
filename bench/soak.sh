#!/usr/bin/env bash
# Soak: wrk keeps Paso saturated for DURATION seconds (default 600) on 127.0.0.1, cycling
# through every page of every locale with and without `Accept-Encoding: gzip, br`, while the
# server's resident memory is sampled every 10 s. Reports wrk's errors (socket errors and
# non-2xx/3xx answers: every requested page exists, so any is an error) and the RSS growth
# after warm-up (the first WARMUP seconds, default 60 or a tenth of a short run). Target: no
# errors, growth < 5%. A measurement, not a test.
#
#   bench/soak.sh              10 minutes
#   bench/soak.sh 60           a short check that the script works
#
# Settings (environment): CONNS (64), SERVER_CPU (0), CLIENT_CPU (1), WARMUP seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

DURATION=${1:-600}
CONNS=${CONNS:-64}
SERVER_CPU=${SERVER_CPU:-0}
CLIENT_CPU=${CLIENT_CPU:-1}
WARMUP=${WARMUP:-$((DURATION >= 600 ? 60 : DURATION / 10))}
SAMPLE=10

need_debs wrk curl
cargo build --release --locked --quiet
bin=target/release/paso
tmp=$(mktemp -d)

# The pages: every file of the static export, as Paso's addresses.
$bin build --out "$tmp/site" >/dev/null
(cd "$tmp/site" && find . -type f ! -name .paso-export | sed 's|^\./|/|; s|/index\.html$|/|' | sort) >"$tmp/paths"
pages=$(wc -l <"$tmp/paths")
{
  echo "local paths = {"
  sed 's|.*|  "&",|' "$tmp/paths"
  echo "}"
  cat <<'EOF'
local i = 0
local plain = {}
local compressed = { ["Accept-Encoding"] = "gzip, br" }
request = function()
  i = i + 1
  local headers = plain
  if i % 2 == 0 then headers = compressed end
  return wrk.format("GET", paths[math.floor(i / 2) % #paths + 1], headers)
end
EOF
} >"$tmp/cycle.lua"

port=$(free_port)
taskset -c "$SERVER_CPU" $bin serve --addr "127.0.0.1:$port" >"$tmp/paso.log" 2>&1 &
pid=$!
BENCH_PIDS+=("$pid")
wait_http "http://127.0.0.1:$port/en/"
wait_idle "$pid"

echo "== soak: ${DURATION}s, $CONNS connections, $pages pages × 2 encodings, RSS every ${SAMPLE}s, warm-up ${WARMUP}s" >&2
samples=$tmp/rss.tsv
echo -e "seconds\trss_kb" >"$samples"
echo -e "0\t$(vm_rss_kb "$pid")" >>"$samples"
taskset -c "$CLIENT_CPU" wrk -t1 -c"$CONNS" -d"${DURATION}s" --latency --timeout 5s -s "$tmp/cycle.lua" \
  "http://127.0.0.1:$port" >"$tmp/wrk.txt" &
wrk_pid=$!
BENCH_PIDS+=("$wrk_pid")
start=$(date +%s)
while kill -0 "$wrk_pid" 2>/dev/null; do
  sleep "$SAMPLE"
  kill -0 "$pid" 2>/dev/null || { echo "Paso died during the soak" >&2; exit 1; }
  echo -e "$(($(date +%s) - start))\t$(vm_rss_kb "$pid")" >>"$samples"
done
wait "$wrk_pid" || true
alive=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/en/")
hwm=$(vm_hwm_kb "$pid")
cp "$samples" target/bench-soak-rss.tsv
cp "$tmp/wrk.txt" target/bench-soak-wrk.txt

echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(uname -r); Paso $(git rev-parse --short HEAD)"
echo "wrk -t1 -c$CONNS -d${DURATION}s over $pages pages × 2 encodings; samples in target/bench-soak-rss.tsv, wrk output in target/bench-soak-wrk.txt"
echo
python3 - "$tmp/wrk.txt" "$samples" "$WARMUP" "$hwm" "$alive" <<'EOF'
import re, sys
wrk = open(sys.argv[1]).read()
warmup, hwm, alive = int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
rows = [l.split("\t") for l in open(sys.argv[2]).read().split("\n")[1:] if l]
samples = [(int(t), int(k)) for t, k in rows]
m = re.search(r"(\d+) requests in", wrk)
requests = int(m.group(1)) if m else 0
rps = re.search(r"Requests/sec:\s+([\d.]+)", wrk)
sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", wrk)
socket_errors = sum(map(int, sock.groups())) if sock else 0
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", wrk)
non2xx = int(non2xx.group(1)) if non2xx else 0
p99 = re.search(r"^\s+99%\s+(\S+)", wrk, re.M)
after = [k for t, k in samples if t >= warmup]
base = after[0] if after else samples[-1][1]
last = after[-1] if after else samples[-1][1]
peak = max(after) if after else last
growth = (last - base) / base * 100
peak_growth = (peak - base) / base * 100
print("| measure | value | target | met |")
print("|---|--:|--:|:-:|")
print(f"| requests | {requests} ({float(rps.group(1)) if rps else 0:.0f}/s, p99 {p99.group(1) if p99 else '?'}) | | |")
print(f"| socket errors | {socket_errors} | 0 | {'yes' if socket_errors == 0 else 'no'} |")
print(f"| non-2xx/3xx answers | {non2xx} | 0 | {'yes' if non2xx == 0 else 'no'} |")
print(f"| RSS at {samples[0][0]} s / after warm-up ({warmup} s) / end | {samples[0][1]/1024:.1f} / {base/1024:.1f} / {last/1024:.1f} MiB | | |")
print(f"| RSS growth after warm-up (end / highest sample) | {growth:+.1f}% / {peak_growth:+.1f}% | < 5% | {'yes' if max(growth, peak_growth) < 5 else 'no'} |")
print(f"| peak RSS (VmHWM) | {hwm/1024:.1f} MiB | | |")
print(f"| answers after the soak | {alive} | 200 | {'yes' if alive == '200' else 'no'} |")
print()
print("RSS samples (s: MiB): " + ", ".join(f"{t}: {k/1024:.1f}" for t, k in samples))
EOF
