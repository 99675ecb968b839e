#!/usr/bin/env bash
# Signed bundles (issue 12), release build, the shipped guide (every locale):
#
# 1. size: the bundle file (`paso bundle`, brotli-compressed tar + manifest + signature) next to
#    the raw content/, locales/ and static/ it carries
# 2. verify: `paso verify` pinned to one core (`taskset -c $SERVER_CPU`), RUNS runs: the
#    in-process time (read, decompress, hash every file, check the signature; printed with -v)
#    and the whole command's wall time (process start included); medians
# 3. swap: `paso serve --bundle DIR` pinned to one core serves version N; a newer bundle is
#    moved into DIR and a client on the other core (`taskset -c $CLIENT_CPU`) polls `GET /en/`
#    every 10 ms until the page shows the new version: drop-in to first new-version response
#    (includes the watcher's 500 ms debounce, verifying every bundle in the folder, compiling the
#    guide, the swap), each once the previous site's background compression is done. SWAPS
#    swaps in a row on one server; median and max
#
# A measurement, not a test. Prints a Markdown table. Talks to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

RUNS=${RUNS:-9}
SWAPS=${SWAPS:-5}
SERVER_CPU=${SERVER_CPU:-0}
CLIENT_CPU=${CLIENT_CPU:-1}
need_debs curl
cargo build --release --locked --quiet
bin=$PWD/target/release/paso
tmp=$(mktemp -d)
trap 'bench_cleanup; rm -rf "$tmp"' EXIT

now_ms() { date +%s%3N; }

$bin keygen --no-password --out "$tmp/k" >/dev/null
base=$(sed -n 's/^content_version = "\(.*\)"/\1/p' content/site.toml)

# A content folder over the built-in guide that only raises the version to $1.
version_dir() {
  mkdir -p "$tmp/v-$1/content"
  sed "s/^content_version = .*/content_version = \"$1\"/" content/site.toml >"$tmp/v-$1/content/site.toml"
  echo "$tmp/v-$1"
}

# 1. Size.
$bin bundle --key "$tmp/k.key" --out "$tmp/guide-$base.paso" >/dev/null
bundle_bytes=$(stat -c %s "$tmp/guide-$base.paso")
raw_bytes=$(find content locales static -type f ! -name '.*' -printf '%s\n' | awk '{ s += $1 } END { print s }')
files=$(find content locales static -type f ! -name '.*' | wc -l)

# 2. Verify.
inproc=()
wall=()
for _ in $(seq 1 "$RUNS"); do
  t0=$(now_ms)
  out=$(taskset -c "$SERVER_CPU" $bin -v verify "$tmp/guide-$base.paso" --trust "$tmp/k.pub" 2>&1)
  t1=$(now_ms)
  wall+=($((t1 - t0)))
  # "verified in 41.2ms" (Rust's Duration Debug: ms or µs or s)
  inproc+=("$(sed -n 's/.*verified in \([0-9.]*\)\(ms\|µs\|s\)$/\1 \2/p' <<<"$out" |
    awk '{ if ($2 == "s") print $1 * 1000; else if ($2 == "µs") print $1 / 1000; else print $1 }')")
done
verify_ms=$(printf '%s\n' "${inproc[@]}" | median)
verify_wall=$(printf '%s\n' "${wall[@]}" | median)

# 3. Swap.
mkdir -p "$tmp/dir" "$tmp/cache"
cp "$tmp/guide-$base.paso" "$tmp/dir/"
port=$(free_port)
taskset -c "$SERVER_CPU" $bin serve --addr "127.0.0.1:$port" --bundle "$tmp/dir" --trust "$tmp/k.pub" \
  --cache-dir "$tmp/cache" >"$tmp/serve.log" 2>&1 &
server=$!
BENCH_PIDS+=("$server")
wait_http "http://127.0.0.1:$port/en/"
swaps=()
for i in $(seq 1 "$SWAPS"); do
  v="2099.1.$i"
  $bin bundle --content "$(version_dir "$v")" --key "$tmp/k.key" --out "$tmp/guide-$v.paso" >/dev/null
  # The served site's background compression (gzip, then brotli q11 for every file, seconds of
  # CPU on the one core) is done: the swap is measured on an idle server.
  wait_idle "$server"
  cp "$tmp/guide-$v.paso" "$tmp/.incoming"
  t0=$(now_ms)
  mv "$tmp/.incoming" "$tmp/dir/guide-$v.paso" # one rename: the file appears whole
  until taskset -c "$CLIENT_CPU" curl -s "http://127.0.0.1:$port/en/" | grep -q "$v"; do
    sleep 0.01
    if (($(now_ms) - t0 > 30000)); then
      echo "version $v not served after 30 s; log:" >&2
      cat "$tmp/serve.log" >&2
      exit 1
    fi
  done
  swaps+=($(($(now_ms) - t0)))
done
swap_median=$(printf '%s\n' "${swaps[@]}" | median)
swap_max=$(printf '%s\n' "${swaps[@]}" | sort -n | tail -n 1)

echo "| measure | result |"
echo "|---|--:|"
echo "| shipped guide as a bundle (version $base, $files files) | $bundle_bytes bytes ($((bundle_bytes / 1024)) KiB) |"
echo "| the same files, uncompressed | $raw_bytes bytes ($((raw_bytes / 1024)) KiB) |"
echo "| verify, in process (read + decompress + hash every file + signature), median of $RUNS | $verify_ms ms |"
echo "| \`paso verify\`, whole command, median of $RUNS | $verify_wall ms |"
echo "| swap: drop-in to first new-version response, median of $SWAPS (all: ${swaps[*]}) | $swap_median ms (max $swap_max ms) |"
