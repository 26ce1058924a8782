"""Tables: shaped cells, repeated header, a 5,000-character cell split over pages intact."""

from __future__ import annotations

from pathlib import Path

import pytest
from printing_helpers import embedded_fonts, needs_poppler, page_count, poppler
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm

from ita_desktop.printing import ThaiStyle, comparable, thai_table

EXAMPLE = Path("/work/shared/examples/memo-and-measures-phochai-2568.txt")
SOURCE = (
    "สำนักงาน ป.ป.ช. ได้เผยแพร่ประกาศผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ เพื่อให้หน่วยงาน"
    "ภาครัฐทั่วประเทศนำไปใช้ประกอบการปรับปรุงพัฒนาการบริหารงานภาครัฐให้เป็นไปตามหลักธรรมาภิบาล "
    "ผู้รับบริการมีความเห็นว่าช่องทางการเผยแพร่ข้อมูลเข้าถึงได้ยาก ที่น้ำปี่ปั้นฝั่งป่ากตัญญู ฐุ ฎุ ญู "
    "ดังนั้น หน่วยงานควรมีการเผยแพร่และประชาสัมพันธ์ข้อมูลข่าวสารผ่านช่องทางที่หลากหลาย "
)
BIG = (SOURCE * 30)[:5000].rstrip()
MARGIN = 2 * cm
COLS = [3 * cm, 8 * cm, 6 * cm]


def column_text(path: Path, page: int, x: float, width: float, height: float) -> str:
    """pdftotext of one column's box on one page (points, from the top-left)."""
    return poppler("pdftotext", "-f", str(page), "-l", str(page), "-x", str(int(x)), "-y", "0",
                   "-W", str(int(width)), "-H", str(int(height)), str(path), "-")


@needs_poppler
def test_five_thousand_character_cell_splits_over_pages_intact(render):
    rows = [["ลำดับ", "รายละเอียด", "ผู้รับผิดชอบ"], ["๑.", BIG, "ทุกส่วนราชการ"], ["๒.", "สั้น", "กองคลัง"]]
    table = thai_table(rows, COLS)
    pagesize = landscape(A4)
    path = render([table], pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN)
    pages = page_count(path)
    assert pages >= 3
    x = MARGIN + 6 + COLS[0] + 2  # frame padding, first column, inside the second column
    pieces = []
    for page in range(1, pages + 1):
        text = column_text(path, page, x, COLS[1] - 4, pagesize[1])
        assert text.lstrip().startswith("รายละเอียด"), f"no header on page {page}"
        pieces.append(text.lstrip()[len("รายละเอียด"):])
    got = comparable("".join(pieces))
    assert got.startswith(comparable(BIG))
    assert got == comparable(BIG + "สั้น")
    assert not [f for f in embedded_fonts(path) if "Sarabun" not in f]


@needs_poppler
@pytest.mark.skipif(not EXAMPLE.is_file(), reason="shared examples not present")
def test_measures_table_from_the_example_builds(render):
    """Real cells (dashed steps, very long rows) on landscape A4: no LayoutError."""
    lines = [ln for ln in EXAMPLE.read_text(encoding="utf-8").splitlines() if "\t" in ln]
    rows = [ln.replace('<ul style="list-style-type: none">', "").replace("<p>", "")
            .replace("</p>", "").replace(" - ", "\n- ").split("\t") for ln in lines]
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    pagesize = landscape(A4)
    avail = pagesize[0] - 2 * MARGIN - 12
    table = thai_table(rows, [avail / width] * width, style=ThaiStyle(size=14))
    path = render([table], pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN)
    assert page_count(path) >= 2


def test_row_length_is_checked():
    with pytest.raises(ValueError):
        thai_table([["a", "b"], ["c"]], [100, 100])


def test_cells_are_flowables_never_strings():
    table = thai_table([["หัว", None], ["- ข้อ\n- ข้อ", "ข้อความ"]], [100, 100])
    for row in table._cellvalues:
        for value in row:
            assert isinstance(value, list)
    assert table.repeatRows == 1 and table.splitInRow == 1
