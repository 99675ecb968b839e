#!/usr/bin/env bash
# Runs every test Paso has, on a fresh Debian machine or a developer's: formatting, lints, unit
# and integration tests, a check of the shipped content, and the real-browser suite (headless
# Debian Chromium, axe-core, the Nu HTML Checker). Installs what it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v cargo >/dev/null || { echo "cargo is missing: install Rust from https://rustup.rs" >&2; exit 1; }
# Debian packages the suite needs: a C compiler for build scripts, Chromium for the browser
# tests (never a browser download), pdftotext to read a printed page, Java for the HTML
# checker, Node for the browser harness, fonts so screenshots show Arabic and Chinese.
need=()
command -v cc >/dev/null || need+=(build-essential)
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v pdftotext >/dev/null || need+=(poppler-utils)
command -v java >/dev/null || need+=(default-jre-headless)
command -v node >/dev/null || need+=(nodejs)
command -v npm >/dev/null || need+=(npm)
# The hotspot tests (issue 16): a real dnsmasq on loopback, curl for the probes, shellcheck for
# the installer, systemd-analyze for the units.
# dnsmasq-base: the program only, no DNS service started on this machine.
[ -x /usr/sbin/dnsmasq ] || need+=(dnsmasq-base)
[ -x /usr/bin/curl ] || need+=(curl)
[ -x /usr/bin/shellcheck ] || need+=(shellcheck)
[ -x /usr/bin/systemd-analyze ] || need+=(systemd)
for font in fonts-noto-cjk fonts-noto-core; do
  dpkg -s "$font" >/dev/null 2>&1 || need+=("$font")
done
if ((${#need[@]})); then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  echo "== installing ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt clippy

echo "== cargo fmt --check"
cargo fmt --check
echo "== cargo clippy --all-targets -- -D warnings"
cargo clippy --all-targets --locked -- -D warnings
echo "== cargo test"
cargo test --locked
echo "== paso check (shipped content)"
cargo run --locked --quiet -- check >/dev/null
echo "== browser tests (headless Chromium)"
cargo build --locked --quiet
(cd tests/browser && npm ci --no-audit --no-fund --loglevel=error && npm test)
