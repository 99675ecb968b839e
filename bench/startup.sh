#!/usr/bin/env bash
# Start-up, memory and size of the release binary with the whole guide embedded (every locale):
#
# 1. start-up: per start (bench/startup.py), the time from spawning `paso serve` to its first
#    200 for `GET /en/` (retried every 0.5 ms), the last moment a page was still sent
#    uncompressed to a client that accepts gzip, and the CPU time (user + system) the process has
#    used once it stops using CPU (every variant made, the cache written): the work of one start
# 2. memory: VmRSS then, and VmHWM (peak) and VmRSS after every page of every locale (every file
#    of the static export) has been requested once without and once with `gzip, br`
#    For the built-in guide (baked into the binary), and for a folder's guide at its first start
#    (empty cache folder) and a cached one, on two cores and on one (`taskset -c 0`), STARTS (5)
#    starts each, medians; BASE=path/to/paso adds an older binary to the same run
# 3. binary size: the release binary (the release profile strips it) and after `strip` again
#
# A measurement, not a test. Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

STARTS=${STARTS:-5}
need_debs curl binutils
cargo build --release --locked --quiet
bin=target/release/paso
tmp=$(mktemp -d)

# The export's files, as Paso's addresses (`a/index.html` → `a/`; its marker file is no page).
$bin build --out "$tmp/site" >/dev/null
(cd "$tmp/site" && find . -type f ! -name .paso-export | sed 's|^\./||; s|/index\.html$|/|' | sort) >"$tmp/paths"
pages=$(wc -l <"$tmp/paths")

# 1.–2. Start-up, CPU to steady state, memory: bench/startup.py per start, STARTS starts per
# row, each row on two cores and on one (`taskset -c 0`):
#   built-in   `paso serve` as it comes, an empty cache folder: the guide baked into the binary
#   folder     `--content DIR --content-only` with a copy of the guide that differs by one byte
#              (what an organization's own guide or a new bundle costs): its first start (an
#              empty cache folder), then a start with the cache that one wrote
# BASE=path/to/older/paso adds its built-in start (its default cache) to the same run,
# interleaved start by start.
org="$tmp/org"
mkdir -p "$org"
cp -r content locales static "$org/"
first_md=$(find "$org/content/en" -name '*.md' | sort | head -n 1)
echo >>"$first_md"
runs="$tmp/runs.tsv"
: >"$runs"
one() { # label binary cpus cache [serve args]
  local label=$1 binary=$2 cpus=$3 cache=$4
  shift 4
  python3 bench/startup.py "$binary" "$cpus" "$cache" "$tmp/paths" "$@" | sed "s|^|$label\t|" >>"$runs"
}
for i in $(seq 1 "$STARTS"); do
  for cpus in 0,1 0; do
    if [ -n "${BASE:-}" ]; then one "base $cpus" "$BASE" "$cpus" -; fi
    rm -rf "$tmp/cache"
    one "builtin $cpus" "$bin" "$cpus" "$tmp/cache"
    rm -rf "$tmp/cache"
    one "first $cpus" "$bin" "$cpus" "$tmp/cache" --content "$org" --content-only
    one "cached $cpus" "$bin" "$cpus" "$tmp/cache" --content "$org" --content-only
  done
done
cp "$runs" target/bench-startup.tsv
summary=$(python3 - "$runs" <<'EOF'
import json, statistics, sys
rows = {}
for line in open(sys.argv[1]):
    label, data = line.rstrip("\n").split("\t")
    rows.setdefault(label, []).append(json.loads(data))
names = {"base": "before: built-in guide", "builtin": "built-in guide (baked)",
         "first": "folder, first start (empty cache)", "cached": "folder, cached start"}
print("| start | cores | n | first 200 ms | last uncompressed to gzip ms | CPU s to steady | RSS idle MiB | peak RSS MiB | RSS after MiB | of it heap / binary MiB |")
print("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
for label, rs in rows.items():
    kind, cpus = label.split()
    med = lambda k: statistics.median(r[k] for r in rs)
    print(f"| {names[kind]} | {len(cpus.split(','))} | {len(rs)} | {med('first_ms'):.1f} | {med('gzip_ms'):.0f} | "
          f"{med('steady_s'):.2f} | {med('rss_idle_kb')/1024:.1f} | {med('hwm_kb')/1024:.1f} | {med('rss_kb')/1024:.1f} | "
          + (f"{med('anon_kb')/1024:.1f} / {med('file_kb')/1024:.1f} |" if all('anon_kb' in r for r in rs) else "– |"))
EOF
)

# 3. Size.
size=$(stat -c %s "$bin")
strip -o "$tmp/paso.stripped" "$bin"
size_stripped=$(stat -c %s "$tmp/paso.stripped")

mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
mib() { awk -v b="$1" 'BEGIN { printf "%.2f", b / 1048576 }'; }
yes_no() { awk -v v="$1" -v t="$2" 'BEGIN { print (v <= t ? "yes" : "no") }'; }

echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(uname -r); Paso $(git rev-parse --short HEAD)"
echo "Pages: $pages (every file of the export), each requested without and with \`gzip, br\` before the peak RSS is read. Medians; raw runs in target/bench-startup.tsv."
echo
echo "$summary"
echo
echo "| measure | value | target | met |"
echo "|---|--:|--:|:-:|"
echo "| binary, release profile (strip = true) | $(mib "$size") MiB ($size bytes) | ≤ 10 MB | $(yes_no "$size" 10000000) |"
echo "| binary after \`strip\` | $(mib "$size_stripped") MiB ($size_stripped bytes) | | |"
