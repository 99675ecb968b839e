#!/usr/bin/env bash
# Search against a peer: builds the static export, indexes its article pages with Pagefind (the
# npm package `pagefind`, whose platform package ships the binary; installed by `npm install`
# in bench/, nothing else downloaded), asks both the reader questions of
# tests/search-queries.json (Pagefind in headless Chromium, Paso's offline script under node,
# both on the export) and prints the two tables side by side: P@1, MRR, misses per locale.
# Needs node and Debian's chromium (/usr/bin/chromium). Usage: bench/search-peer.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/.."
source bench/lib.sh
need_debs chromium
command -v node >/dev/null && command -v npm >/dev/null || { echo "search-peer: needs node and npm" >&2; exit 1; }

if [ ! -x bench/node_modules/.bin/pagefind ] || [ ! -d bench/node_modules/playwright-core ]; then
  (cd bench && npm install --no-audit --no-fund --silent)
fi

cargo build --release -q
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"; bench_cleanup' EXIT
out="$tmp/site"
target/release/paso build --out "$out" >/dev/null

# Only the article pages, and only their main content (not the menu, footer or topic lists).
slugs=$(cd content/en && ls ./*.md | sed 's|^\./||; s|\.md$||' | paste -sd, -)
bench/node_modules/.bin/pagefind --site "$out" --glob "*/{$slugs}/index.html" \
  --root-selector main --quiet >/dev/null

node bench/search-peer.mjs "$out"
