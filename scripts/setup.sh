#!/usr/bin/env bash
# Set up LandDesk on a fresh Debian/Ubuntu machine: system libraries, a virtualenv on a Python whose
# sqlite3 can load extensions, and the package. Safe to run again; it only adds what is missing.
#   bash scripts/setup.sh          # to run LandDesk
#   bash scripts/setup.sh --dev    # to run the tests and checks as well
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
[ "${1:-}" = "--dev" ] && extras="[dev]"

# mod_spatialite; Debian's Python with venv; the libraries Qt needs for a window or offscreen rendering.
packages=(libsqlite3-mod-spatialite python3 python3-venv libgl1 libegl1 libfontconfig1 libglib2.0-0 libdbus-1-3
          libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
          libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xkb1 fonts-dejavu-core)
source scripts/apt-missing.sh
install_missing "${packages[@]}"

# The virtualenv must sit on a Python whose sqlite3 can load extensions. Debian's /usr/bin/python3 can;
# pyenv and some other builds cannot (no enable_load_extension), so they are not used here.
python=/usr/bin/python3
if ! "$python" -c "import sqlite3; sqlite3.connect(':memory:').enable_load_extension(True)" 2>/dev/null; then
  echo "error: $python cannot load SQLite extensions; LandDesk needs one that can (see README)." >&2
  exit 1
fi
if [ -x .venv/bin/python ] && ! .venv/bin/python -c "import sqlite3; sqlite3.Connection.enable_load_extension" 2>/dev/null; then
  echo "The existing .venv cannot load SQLite extensions; making a new one."
  rm -rf .venv
fi
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".${extras}"
.venv/bin/python scripts/translations.py release > /dev/null     # the kk/ru interface (.qm from the .ts sources)
if [ -n "$extras" ]; then
  # the registry's PostGIS tests: a local throwaway cluster; its URL is where tests/registry looks for it
  bash scripts/postgres.sh > .venv/landdesk-test-pg
fi
echo "LandDesk is set up in $(pwd)/.venv"
