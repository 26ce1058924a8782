"""Fixtures for the print-engine tests: the bundled font, rendering flowables to a real PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate

from ita_desktop.printing import canvas_kwargs, use_bundled_font


@pytest.fixture(autouse=True)
def bundled_font():
    """Every test starts and ends with the bundled Sarabun as the active font."""
    use_bundled_font()
    yield
    use_bundled_font()


@pytest.fixture
def render(tmp_path):
    """``render(story, pagesize=A4, name="out.pdf", **margins) -> Path`` builds a real PDF
    (margins: left 3 cm, right 2 cm, top/bottom 2 cm unless given)."""

    def _render(story, pagesize=A4, name="out.pdf", **kw) -> Path:
        path = tmp_path / name
        margins = {"leftMargin": 3 * cm, "rightMargin": 2 * cm, "topMargin": 2 * cm,
                   "bottomMargin": 2 * cm} | kw
        doc = SimpleDocTemplate(str(path), pagesize=pagesize, **margins, **canvas_kwargs())
        doc.build(list(story))
        return path

    return _render
