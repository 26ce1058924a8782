#!/bin/sh
# Refresh the Thai translation source from the code, then compile every .ts here to .qm.
#   resources/i18n/update.sh            (from anywhere; uses the project's .venv when present)
# After running: fill new or changed <translation> entries of ita_desktop_th.ts (pyside6-linguist,
# or by hand), run again, and commit the .ts and .qm together. tests/ui/test_i18n.py checks that
# every string has a finished translation and that the .qm matches the .ts.
# qtbase_th.ts (our Thai for Qt's own dialogs) is written by hand; lupdate never touches it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin="$root/.venv/bin"
[ -x "$bin/pyside6-lupdate" ] || bin=$(dirname "$(command -v pyside6-lupdate)")
cd "$root"
"$bin/pyside6-lupdate" $(find ui -name '*.py' | sort) \
    -ts resources/i18n/ita_desktop_th.ts -target-language th_TH -no-obsolete -locations relative
for ts in resources/i18n/*.ts; do
    "$bin/pyside6-lrelease" "$ts" -qm "${ts%.ts}.qm"
done
