#!/usr/bin/env bash
# Set up what Briefing needs (scripts/setup.sh) and start the desktop app.
# The first build takes a few minutes; later starts are quick.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PATH"
exec cargo run --release -p briefing-app -- "$@"
