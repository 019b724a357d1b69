#!/usr/bin/env bash
# Builds the npm package's WebAssembly: pkg/ (wasm-pack --target web output),
# loaded by the hand-written index.js at the repository root.
#
# Installs only what is missing, and reuses what is there:
#   - the wasm32-unknown-unknown Rust target (rustup),
#   - wasm-pack (cargo install),
#   - wasm-bindgen-cli at the exact version Cargo.toml pins (cargo install),
#   - the npm devDependencies: binaryen's wasm-opt, esbuild (npm ci).
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf 'build-wasm: %s\n' "$*" >&2; }
export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "installing the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! command -v wasm-pack >/dev/null 2>&1; then
  log "installing wasm-pack (cargo install, several minutes)"
  cargo install wasm-pack --locked || cargo install wasm-pack
fi

# wasm-pack uses a wasm-bindgen on PATH when its version matches the pinned one;
# otherwise it would try a download (which fails here) and then build it itself.
bindgen_version=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
if [ -z "$bindgen_version" ]; then
  log "Cargo.toml must pin wasm-bindgen with \"=x.y.z\""
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $bindgen_version" ]; then
  log "installing wasm-bindgen-cli $bindgen_version (cargo install, several minutes)"
  cargo install wasm-bindgen-cli --version "$bindgen_version" --locked \
    || cargo install wasm-bindgen-cli --version "$bindgen_version"
fi

# npm ls fails when a dependency in package.json is missing from node_modules.
if [ ! -x node_modules/.bin/wasm-opt ] || ! npm ls --depth=0 >/dev/null 2>&1; then
  log "installing npm devDependencies (binaryen's wasm-opt, esbuild for the bundler test)"
  npm ci --no-audit --no-fund || npm install --no-audit --no-fund
fi

log "wasm-pack build"
PATH="$PWD/node_modules/.bin:$PATH" wasm-pack build . \
  --release --target web --out-dir pkg --out-name chaff --no-typescript --no-pack \
  -- --no-default-features

ls -l pkg/chaff_bg.wasm >&2
