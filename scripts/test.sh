#!/usr/bin/env bash
# Set up and run every test: formatting, lints, the engine's unit, integration and golden
# tests, and the desktop app's end-to-end tests in a real window under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PATH"

cargo fmt --all -- --check
cargo clippy --workspace --all-targets --locked -- -D warnings
xvfb-run -a -s "-screen 0 1280x800x24" cargo test --workspace --locked
