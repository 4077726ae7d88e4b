#!/usr/bin/env bash
# Memory of the running app: the PSS (proportional set size, from /proc/PID/smaps_rollup) of
# the app process and every process it started (WebKit's web and network processes), summed.
# Usage, from the repository root, on an X display (e.g. under `xvfb-run -a`):
#   bash src-tauri/scripts/measure-memory.sh [APP_BINARY] [SECONDS_TO_SETTLE]
# With xdotool installed, it also loads the sample and generates a brief before measuring
# again (coordinates are for the default 1280×800 window at the screen's top left).
set -euo pipefail
bin=${1:-target/release/briefing-app}
settle=${2:-4}
[ -n "${DISPLAY:-}" ] || { echo "no DISPLAY: run under xvfb-run -a" >&2; exit 1; }
home=$(mktemp -d)
XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data "$bin" >/dev/null 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -rf "$home"' EXIT

tree() { echo "$1"; for c in $(pgrep -P "$1" || true); do tree "$c"; done; }
measure() {
  local total=0 pid kb name
  for pid in $(tree "$app"); do
    kb=$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)
    name=$(cat "/proc/$pid/comm" 2>/dev/null || echo "?")
    printf '  %-22s pid %-7s %7d kB\n' "$name" "$pid" "$kb"
    total=$((total + kb))
  done
  printf '  %-22s %19d kB (%d MB)\n' "total" "$total" $((total / 1024))
}

sleep "$settle"
echo "window open, idle:"
measure
if command -v xdotool >/dev/null 2>&1; then
  xdotool mousemove 742 327 click 1   # Try the sample
  sleep 1
  xdotool mousemove 424 50 click 1    # Generate
  sleep 2
  echo "after loading the sample and generating:"
  measure
fi
