#!/usr/bin/env bash
# Regenerate docs/brief-page1.png: the showcase article's brief as PDF, page 1 as PNG.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cargo run --quiet --bin briefing -- generate tests/fixtures/summit-talks.txt --date 2025-08-20 \
  --generated-at 2025-08-20T12:00:00Z -o "$out/brief.pdf"
pdftoppm -png -r 80 -f 1 -l 1 "$out/brief.pdf" "$out/page"
cp "$out"/page-1.png docs/brief-page1.png
echo "wrote docs/brief-page1.png"
