#!/usr/bin/env bash
# Runs each fuzz target in fuzz/ with cargo fuzz (libFuzzer) for a number of seconds, one after
# the other, and prints a table of runs, executions and findings. Not a test: a campaign.
#
#   bench/fuzz.sh [SECONDS] [TARGET...]      default: 600 s each, targets compile fluent request bundle
#
# Targets (see fuzz/src/lib.rs):
#   compile  arbitrary bytes as one article (front matter + Markdown) → paso::compile
#   fluent   arbitrary bytes as locales/es/main.ftl → paso::compile
#   request  method, path, Accept-Language, Accept-Encoding, If-None-Match, Host → the router,
#            plus routes::decode_path and negotiate::{language, coding}
#   bundle   first byte 0: a whole .paso file; 1: the tar archive inside one (compressed by the
#            target); 2: a manifest, signed by the target with a throwaway key and packed with
#            two files → paso::source::bundle::open (limits, paths, links, signature, hashes)
#
# Seeds come from the shipped content and UI strings; the corpus grows in fuzz/corpus/<target>
# (not committed). A crash, panic or hang (-timeout) leaves its input in fuzz/artifacts/<target>/:
# replay it with `cargo +nightly fuzz run <target> <file>`, fix the engine, and add the input to
# tests/it/regressions.rs. Builds with debug assertions, so integer overflow counts as a crash.
# No sanitizer by default (Paso's only `unsafe` is two pointer-free glibc allocator calls in
# src/memory.rs, which the targets do not reach; without AddressSanitizer the targets run about
# 3× more inputs per second); FUZZ_SANITIZER=address bench/fuzz.sh turns it on.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-600}
shift || true
san=${FUZZ_SANITIZER:-none}
targets=("$@")
((${#targets[@]})) || targets=(compile fluent request bundle)

# cargo fuzz needs a nightly toolchain (for -Zsanitizer) and the cargo-fuzz subcommand.
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked

seed() {
  local target=$1 dir=fuzz/corpus/$1
  mkdir -p "$dir"
  case $target in
    compile)
      for f in content/en/*.md tests/fixtures/*/content/*/*.md; do
        cp "$f" "$dir/seed-$(echo "$f" | tr / _)"
      done ;;
    fluent)
      for f in locales/*/main.ftl tests/fixtures/*/locales/*/*.ftl; do
        [ -f "$f" ] && cp "$f" "$dir/seed-$(echo "$f" | tr / _)"
      done ;;
    request)
      # First byte: method (0 GET, 1 HEAD, 2 POST); then lines: path, Accept-Language,
      # Accept-Encoding, If-None-Match, Host.
      printf '\x00/en/photo-opt-out/\nes-MX,es;q=0.9\ngzip, br\n\nlocalhost' >"$dir/seed-article"
      printf '\x00/\nzh-TW;q=0.8,ar;q=0.9\n*;q=0.1, br;q=0\n' >"$dir/seed-root"
      printf '\x01/static/%%2e%%2e/x\n\nidentity\nW/"abc", *\n' >"$dir/seed-traversal"
      printf '\x00/ar/qr/url.svg\nar\ngzip;q=1.0\n' >"$dir/seed-qr"
      printf '\x02/es\n\n\n' >"$dir/seed-post" ;;
    bundle)
      # Mode 1: small tar archives; mode 2: a manifest for the target's two files.
      local t
      t=$(mktemp -d)
      mkdir -p "$t/content/en" "$t/static"
      printf 'alpha' >"$t/content/en/a.md"
      printf 'body{}' >"$t/static/s.css"
      { printf '\x01'; tar -C "$t" --format=ustar -cf - content/en/a.md static/s.css; } >"$dir/seed-tar"
      { printf '\x01'; tar -C "$t" --format=gnu -cf - content; } >"$dir/seed-tar-dirs"
      rm -rf "$t"
      printf '\x02{\n  "format": 1,\n  "publisher": "Fuzz",\n  "content_version": "1.0",\n  "created": "2030-01-01T00:00:00Z",\n  "paso_version": "0.1.0",\n  "files": {\n    "content/en/a.md": {\n      "size": 5,\n      "sha256": "%s"\n    },\n    "static/s.css": {\n      "size": 6,\n      "sha256": "%s"\n    }\n  }\n}\n' \
        "$(printf alpha | sha256sum | cut -d' ' -f1)" "$(printf 'body{}' | sha256sum | cut -d' ' -f1)" >"$dir/seed-manifest"
      printf '\x00' >"$dir/seed-empty" ;;
  esac
}

findings() { if [ -d "fuzz/artifacts/$1" ]; then find "fuzz/artifacts/$1" -type f | wc -l; else echo 0; fi; }

logs=target/fuzz-logs
mkdir -p "$logs"
for t in "${targets[@]}"; do
  (cd fuzz && cargo +nightly fuzz build --debug-assertions -s "$san" "$t" 2>&1 | tail -n 1)
done
printf '\n%-9s %8s %12s %10s %s\n' target seconds execs exec/s findings
status=0
for t in "${targets[@]}"; do
  seed "$t"
  max_len=65536
  [ "$t" = request ] && max_len=4096
  log=$logs/$t.log
  before=$(findings "$t")
  # -timeout: an input that takes longer than 10 s is a hang; -rss_limit_mb: one that needs
  # more than 2 GB is a memory bomb. Both are findings.
  (cd fuzz && cargo +nightly fuzz run --debug-assertions -s "$san" "$t" "corpus/$t" -- \
      -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=$max_len \
      -print_final_stats=1) >"$log" 2>&1 || status=1
  after=$(findings "$t")
  runs=$(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -n 1 | grep -oE '[0-9]+' | head -n 1)
  took=$(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -n 1 | grep -oE '[0-9]+' | tail -n 1)
  if [ -z "$runs" ]; then
    runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo "?")
    took=$(grep -oE 'stat::slowest_unit_time_sec' "$log" >/dev/null && echo "<$secs" || echo "?")
  fi
  rate=$(grep -oE 'stat::average_exec_per_sec: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo "?")
  printf '%-9s %8s %12s %10s %s\n' "$t" "$took" "$runs" "$rate" "$((after - before)) new (log: $log)"
done
if ((status)); then
  echo "a target stopped early: see the logs and fuzz/artifacts/" >&2
fi
exit $status
