#!/usr/bin/env bash
# Prints the sizes that matter on a phone: each locale's single-file copy (raw and gzipped),
# a typical article page, the stripped release binary. A measurement, not a test.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked --quiet
out=$(mktemp -d)/site
./target/release/paso build --out "$out" >/dev/null
printf '%-8s %14s %12s %16s %12s\n' locale single-file gzip article-page gzip
for dir in "$out"/*/; do
  loc=$(basename "$dir")
  [ -f "$dir/paso-$loc.html" ] || continue
  single="$dir/paso-$loc.html"
  page="$dir/photo-opt-out/index.html"
  printf '%-8s %14s %12s %16s %12s\n' "$loc" "$(stat -c %s "$single")" "$(gzip -9c "$single" | wc -c)" \
    "$(stat -c %s "$page")" "$(gzip -9c "$page" | wc -c)"
done
printf '\nrelease binary (stripped, all content embedded): %s bytes\n' "$(stat -c %s target/release/paso)"
printf 'static export: %s files, %s\n' "$(find "$out" -type f | wc -l)" "$(du -sh "$out" | cut -f1)"
