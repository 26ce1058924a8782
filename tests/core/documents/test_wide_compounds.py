"""The example office's responsible unit, หน่วยตรวจสอบภายใน, in the narrow ผู้รับผิดชอบ column of
the measures table and of the results report, read back with pdftotext: it breaks between its
words (หน่วย / ตรวจสอบ / ภายใน), never inside ภายใน."""

from __future__ import annotations

import shutil

import pytest

from ita_desktop.documents import render
from ita_desktop.storage import open_database

from .conftest import pdftotext

UNIT = "หน่วยตรวจสอบภายใน"
AS_PRINTED = [[UNIT], ["หน่วย", "ตรวจสอบภายใน"], ["หน่วย", "ตรวจสอบ", "ภายใน"]]
"""The ways the unit may come out in a cell, one list item a line."""


def unit_cells(lines: list[str]) -> list[list[str]]:
    """The lines each printed unit takes: from a line starting it to the line that ends it."""
    out = []
    for n, line in enumerate(lines):
        before = lines[n - 1] if n else ""
        if line and UNIT.startswith(line) and not (before and UNIT.startswith(before)):
            cell, joined = [], ""
            for piece in lines[n:]:
                if not piece or not UNIT.startswith(joined + piece):
                    break
                cell.append(piece)
                joined += piece
            if joined == UNIT:
                out.append(cell)
    return out


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
@pytest.mark.parametrize("kind", ["measures", "results"])
def test_the_unit_breaks_between_its_words_in_a_narrow_column(example_path, tmp_path, kind):
    store = open_database(example_path)
    try:
        render(kind, store, fiscal_year=2569, out=tmp_path / f"{kind}.pdf")
    finally:
        store.close()
    lines = [line.strip() for line in pdftotext(tmp_path / f"{kind}.pdf").splitlines()]
    cells = unit_cells(lines)
    assert len(cells) >= 2, "the example's measures are no longer the internal audit unit's"
    assert all(cell in AS_PRINTED for cell in cells), cells
    # the column is narrower than the unit: this is the case the test is about
    assert ["หน่วย", "ตรวจสอบ", "ภายใน"] in cells, cells
    for line, nxt in zip(lines, lines[1:], strict=False):
        assert not (line.endswith("ภาย") and nxt.startswith("ใน")), (line, nxt)
        assert not (line.endswith("ภายใ") and nxt.startswith("น")), (line, nxt)
