#!/usr/bin/env bash
# Install what building, running and testing Briefing needs on Debian/Ubuntu:
# system packages through apt (only the missing ones), and tauri-driver for the
# desktop end-to-end tests. Safe to run again.
set -euo pipefail

packages=(
  # build the desktop app (Tauri 2 on WebKitGTK)
  build-essential pkg-config curl wget file libssl-dev libwebkit2gtk-4.1-dev libxdo-dev
  libayatana-appindicator3-dev librsvg2-dev
  # run and test it headless, and look at PDFs
  webkit2gtk-driver xvfb xauth poppler-utils qpdf imagemagick xdotool
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if ! command -v cargo >/dev/null 2>&1; then
  echo "setup: Rust is missing; install it from https://rustup.rs and run this again" >&2
  exit 1
fi

if ! command -v tauri-driver >/dev/null 2>&1; then
  echo "setup: installing tauri-driver"
  cargo install tauri-driver --version '^2' --locked
fi
