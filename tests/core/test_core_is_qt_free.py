"""The core (ita_desktop) must never import Qt or ui/: checked in a clean interpreter."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import ita_desktop

ROOT = Path(ita_desktop.__file__).resolve().parent


def all_core_modules() -> list[str]:
    return [m.name for m in pkgutil.walk_packages([str(ROOT)], prefix="ita_desktop.")]


def test_core_modules_are_found():
    modules = all_core_modules()
    assert "ita_desktop.scoring" in modules
    assert "ita_desktop.framework" in modules


def test_importing_every_core_module_loads_no_qt_and_no_ui():
    code = (
        "import importlib, sys\n"
        f"for name in {all_core_modules()!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui'))\n"
        "print('\\n'.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"core imported: {out.stdout}"
