#!/usr/bin/env bash
# Cross-builds a static Paso for 64-bit ARM (Raspberry Pi 3/4/5, Android phones under Termux)
# and proves it runs: `--version` and one real request, under qemu-user on this machine.
#
#   scripts/build-aarch64.sh            # → target/aarch64-unknown-linux-musl/release/paso
#
# Needs: rustup (adds the target), Debian's qemu-user (installed when missing). The binary is
# linked by rust-lld against the musl C library that ships with the Rust target, so no cross
# C toolchain is needed.
set -euo pipefail
cd "$(dirname "$0")/.."
target=aarch64-unknown-linux-musl
rustup target list --installed | grep -qx "$target" || rustup target add "$target"
if ! command -v qemu-aarch64 >/dev/null && ! command -v qemu-aarch64-static >/dev/null; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq qemu-user
fi
qemu=$(command -v qemu-aarch64 || command -v qemu-aarch64-static)

CARGO_TARGET_AARCH64_UNKNOWN_LINUX_MUSL_LINKER=rust-lld \
  cargo build --release --locked --target "$target"
bin="target/$target/release/paso"
echo "built $bin ($(stat -c %s "$bin") bytes)"
file "$bin" 2>/dev/null || true

"$qemu" "$bin" --version
port=$((20000 + RANDOM % 20000))
"$qemu" "$bin" serve --addr "127.0.0.1:$port" >/tmp/paso-aarch64.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  if code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/en/"); then
    [ "$code" = 200 ] && break
  fi
  sleep 0.2
done
[ "${code:-}" = 200 ] || { echo "smoke request failed (HTTP ${code:-none})"; cat /tmp/paso-aarch64.log; exit 1; }
echo "smoke request under qemu-aarch64: HTTP $code"
