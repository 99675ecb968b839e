#!/usr/bin/env bash
# Compilation benchmark: `paso build` against `mdbook build` on the same large synthetic content
# (6 locales × 40 articles of 600–2,500 words with tables and links, written by the shared
# generator in both layouts), and `paso build` on the real shipped guide. Timed with hyperfine;
# prints a Markdown table with the ratio. A measurement, not a test.
#
#   bench/build.sh                     RUNS=10 by default
#   GEN=path/to/gen-content.py RUNS=5 bench/build.sh
#
# For Paso, the generated content gets a `content/site.toml` listing its locales and the
# repository's own `locales/` (UI strings) and `static/`, and is built with --content-only.
# mdBook builds one book per locale (its layout has no multilingual books), so its command is a
# shell loop over the six books: one hyperfine command each side. mdBook keeps the defaults the
# generator writes in book.toml (HTML renderer, search index, print page).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

RUNS=${RUNS:-10}
GEN=${GEN:-../shared/bench/gen-content.py}
LOCALES=(en es fr ht pt-BR ar)

need_debs hyperfine
command -v mdbook >/dev/null || cargo install mdbook --locked
cargo build --release --locked --quiet
bin=$PWD/target/release/paso
tmp=$(mktemp -d)
gen=$tmp/gen

list=$(IFS=,; echo "${LOCALES[*]}")
python3 "$GEN" --out "$gen" --locales "$list" >/dev/null
cp -r locales static "$gen/"
quoted=$(printf '"%s", ' "${LOCALES[@]}")
cat >"$gen/content/site.toml" <<EOF
publisher = "bench"
corrections = "bench"
content_version = "bench"
source_locale = "en"
locales = [${quoted%, }]
EOF
words=$(python3 -c 'import json,sys; m=json.load(open(sys.argv[1])); print(m["words"]["total"])' "$gen/manifest.json")
articles=$(find "$gen/content" -name '*.md' | wc -l)

# Paso must accept the generated content as it is (warnings are fine: the generator writes no
# translation records and few sources, which Paso warns about).
if ! $bin check --content-only --content "$gen" >"$tmp/check.txt" 2>&1; then
  grep ': error: ' "$tmp/check.txt" | head -n 20 >&2
  echo "Paso rejects the generated content (errors above)" >&2
  exit 1
fi
warnings=$(tail -n 1 "$tmp/check.txt")

mdbook_all="for l in ${LOCALES[*]}; do mdbook build -d $tmp/out-mdbook/\$l $gen/mdbook/\$l >/dev/null 2>&1 || exit 1; done"
hyperfine --warmup 1 --runs "$RUNS" --export-json "$tmp/build.json" \
  -n "paso build (synthetic)" "$bin build --content-only --content $gen --out $tmp/out-paso --force" \
  -n "mdbook build ×${#LOCALES[@]} (synthetic)" "$mdbook_all" \
  -n "paso build (shipped guide)" "$bin build --out $tmp/out-real --force" >&2

pages_paso=$(find "$tmp/out-paso" -name '*.html' | wc -l)
pages_mdbook=$(find "$tmp/out-mdbook" -name '*.html' | wc -l)
echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(uname -r)"
echo "$(mdbook --version), hyperfine $(hyperfine --version | cut -d' ' -f2), Paso $(git rev-parse --short HEAD)"
echo "Synthetic content: ${#LOCALES[@]} locales, $articles articles, $words words; paso check: $warnings"
echo "Output: paso $pages_paso HTML files, mdBook $pages_mdbook HTML files"
echo
python3 - "$tmp/build.json" <<'EOF'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
print("| command | mean | σ | min | runs |")
print("|---|--:|--:|--:|--:|")
for name, x in r.items():
    print(f"| {name} | {x['mean']*1000:.0f} ms | {x['stddev']*1000:.0f} ms | {x['min']*1000:.0f} ms | {len(x['times'])} |")
paso = next(x for n, x in r.items() if n.startswith("paso build (synthetic"))
mdb = next(x for n, x in r.items() if n.startswith("mdbook"))
real = next(x for n, x in r.items() if n.startswith("paso build (shipped"))
ratio = mdb["mean"] / paso["mean"]
print()
print(f"Paso is {ratio:.1f}× faster than mdBook on the same content (target ≥ 3×: {'met' if ratio >= 3 else 'missed'}); "
      f"the shipped guide builds in {real['mean']*1000:.0f} ms (target < 1 s: {'met' if real['mean'] < 1 else 'missed'}).")
EOF
