"""The one place that knows where bundled resources live.

``build.spec`` puts ``resources/`` beside the packages, so frozen and source runs share this path:
in the installed program PyInstaller gives this module a ``__file__`` in
``<folder>/_internal/ita_desktop/``, and build.spec puts the resources in ``<folder>/_internal/resources``
(the self-check of packaging/smoke_test.py prints it), so no ``sys._MEIPASS`` branch is needed.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
FRAMEWORKS = RESOURCES / "frameworks"
GUIDANCE = RESOURCES / "guidance"
FONTS = RESOURCES / "fonts"
I18N = RESOURCES / "i18n"
HELP = RESOURCES / "help"
WORDLISTS = RESOURCES / "wordlists"


def resource(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource("frameworks", "2567.json")``."""
    return RESOURCES.joinpath(*parts)
