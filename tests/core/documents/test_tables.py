"""The tables of the measures and results documents (documents.tables): a row split between
pages leaves no lone line on either page, continued pieces say "(ต่อ)", measures linked to an
indicator only are filed under that indicator's issue."""

from __future__ import annotations

from ita_desktop.documents.tables import (
    CONTINUED,
    _min_piece,
    footed_table,
    indicator_issue,
)
from ita_desktop.framework import load_framework

from .conftest import pdftotext


def test_a_split_row_keeps_three_lines_on_each_page():
    text = "\n".join(f"บรรทัดที่ {n} ของขั้นตอนการดำเนินการ" for n in range(1, 41))
    least = _min_piece()
    splits = 0
    for height in range(80, 900, 9):
        table = footed_table([["ขั้นตอน", "ผู้รับผิดชอบ"], [text, "สำนักปลัด"]], [400, 200])
        table.wrap(600, 1e9)
        pieces = table.split(600, height)
        if len(pieces) < 2:
            continue
        splits += 1
        for piece in pieces:
            piece.wrap(600, 1e9)
        first, rest = pieces[0], pieces[1]
        assert sum(first._rowHeights) <= height + 0.01
        assert first._rowHeights[1] >= least and rest._rowHeights[1] >= least, height
        assert not getattr(first, "_continued", False) and rest._continued
    assert splits > 20


def test_continued_pages_say_so(example_store, tmp_path):
    from ita_desktop.documents import render
    from ita_desktop.storage import measures

    long = "\n".join(f"{n}. ตรวจสอบทะเบียนคุมการให้บริการครั้งที่ {n} และรายงานผู้บริหาร"
                     for n in range(1, 80))
    first = measures.list_measures(example_store, fiscal_year=2569)[0]
    measures.update_measure(example_store, first["id"], steps=long)
    out = tmp_path / "m.pdf"
    report = render("measures", example_store, fiscal_year=2569, out=out)
    pages = pdftotext(out, layout=True).split("\f")[:-1]
    assert report.pages >= 3
    assert CONTINUED not in pages[0]
    assert all(CONTINUED in page for page in pages[1:])


def test_each_indicator_has_the_issue_holding_most_of_its_items():
    fw = load_framework(2567)
    assert {n: indicator_issue(fw, n) for n in range(1, 11)} == {
        1: "1", 2: "5", 3: "6", 4: "4", 5: "7", 6: "2", 7: "3", 8: "2", 9: "3", 10: "7"}
    assert indicator_issue(fw, "x") is None
