#!/usr/bin/env bash
# Build the one-folder LandDesk bundle on Linux and smoke-test it: bash packaging/build.sh
# Result: dist/landdesk-VERSION/landdesk (runs with no Python on the machine). Windows: docs/packaging.md.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || bash scripts/setup.sh
.venv/bin/pip install --quiet -e ".[build]"
.venv/bin/python scripts/translations.py release          # the .qm files the bundle carries
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller build_installer.spec
bundle=$(ls -d dist/landdesk-*/ | sort -V | tail -n 1)
.venv/bin/python packaging/smoke.py "${bundle}"
name=$(basename "${bundle}")
tar -C dist -czf "dist/${name}-linux-$(uname -m).tar.gz" "${name}"       # what is shipped to an akimat's Linux PC
echo "Bundle: ${bundle} ($(du -sh "${bundle}" | cut -f1)); archive: dist/${name}-linux-$(uname -m).tar.gz" \
     "($(du -sh "dist/${name}-linux-$(uname -m).tar.gz" | cut -f1))"
