"""Every document prints the figures the NACC published, typed in as ทต.โพธิ์ชัย published its
2567 results (../shared/examples/memo-and-measures-phochai-2568.txt): official only, computed
only, both differing, and a rating the rules cannot settle, read back with pdftotext."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from ita_desktop import workbook
from ita_desktop.documents import DocumentOptions, prepare, render
from ita_desktop.numbers import to_thai_digits
from ita_desktop.storage import assessments, measures, open_database, profile

from .conftest import pdftotext, squash

INDICATORS = {"1": "100", "2": "100", "3": "100", "4": "100", "5": "100",
              "6": "97.34", "7": "98.12", "8": "96.16", "9": "100", "10": "100"}
TOOLS = {"IIT": "100", "EIT": "97.21", "OIT": "100"}
DOCUMENTS = (("analysis", 2567), ("memo-measures", 2568), ("measures", 2568))


@pytest.fixture
def phochai(tmp_path):
    store = open_database(tmp_path / "โพธิ์ชัย.db", create=True)
    profile.save_profile(store, name="เทศบาลตำบลโพธิ์ชัย", district="เมืองหนองคาย",
                         province="หนองคาย", unit_name="หน่วยตรวจสอบภายใน")
    workbook.start_assessment(store, fiscal_year=2567)
    assessments.set_official(store, fiscal_year=2567, rank=137, rank_of="เทศบาลตำบล")
    measures.add_measure(store, fiscal_year=2568, title="มาตรการจัดทำคู่มือการปฏิบัติงาน",
                         start_date=date(2024, 10, 1), end_date=date(2025, 9, 30),
                         links={"indicator": ["6"]})
    yield store
    store.close()


def texts(store, tmp_path) -> dict[str, str]:
    out = {}
    for kind, year in DOCUMENTS:
        path = tmp_path / f"{kind}.pdf"
        render(kind, store, fiscal_year=year, out=path)
        out[kind] = squash(pdftotext(path))
    return out


def thai(text: str) -> str:
    return squash(to_thai_digits(text))


def assert_indicators(flat: str, scores: dict[str, str]) -> None:
    for number, score in scores.items():
        value = f"{Decimal(score):.2f}"
        assert thai(f"{number} ") in flat and thai(value) in flat, (number, value)


def test_official_figures_only(phochai, tmp_path):
    official = {**INDICATORS, **TOOLS, "TOTAL": "99.16"}
    assessments.set_scores(phochai, fiscal_year=2567, official=True, scores=official)
    assessments.set_official(phochai, fiscal_year=2567, rating="ผ่านดีเยี่ยม", rank=137,
                             rank_of="เทศบาลตำบล")
    printed = texts(phochai, tmp_path)
    for kind, flat in printed.items():
        assert thai("99.16") in flat, kind
        assert "ผ่านดีเยี่ยม" in flat, kind
    assert_indicators(printed["analysis"], INDICATORS)
    assert thai("ลำดับที่ 137 ของหน่วยงานประเภทเทศบาลตำบล") in printed["analysis"]


def test_computed_only_leaves_the_open_rating_blank(phochai, tmp_path):
    workbook.enter_scores(phochai, fiscal_year=2567, pairs=INDICATORS.items())
    printed = texts(phochai, tmp_path)
    for kind, flat in printed.items():
        assert thai("99.16") in flat, kind
        # ผ่านดีเยี่ยม or ผ่านดี depending on EIT part 1 and 2: no level is printed as the result
        assert "ผ่านดีเยี่ยม" not in flat.replace(squash("ผ่านดีเยี่ยม คะแนนรวม ≥"), "")
    analysis = printed["analysis"]
    assert_indicators(analysis, INDICATORS)
    assert "." * 30 in analysis  # the blank where the rating goes
    assert "อยู่ในระดับ" not in printed["memo-measures"]
    context = prepare("analysis", phochai, fiscal_year=2567, options=DocumentOptions())
    assert any("EIT1, EIT2" in w and "ผลที่ สำนักงาน ป.ป.ช. ประกาศ" in w
               for w in context.warnings)


def test_entered_parts_settle_the_rating(phochai, tmp_path):
    workbook.enter_scores(phochai, fiscal_year=2567,
                          pairs={**INDICATORS, "EIT1": "96.50", "EIT2": "97.91"}.items())
    printed = texts(phochai, tmp_path)
    for kind, flat in printed.items():
        assert "ผ่านดีเยี่ยม" in flat, kind


def test_published_figures_win_where_they_differ(phochai, tmp_path):
    workbook.enter_scores(phochai, fiscal_year=2567, pairs=INDICATORS.items())
    assessments.set_scores(phochai, fiscal_year=2567, official=True,
                           scores={"TOTAL": "99.20", "7": "98.50", "EIT": "97.33"})
    assessments.set_official(phochai, fiscal_year=2567, rating="ผ่านดีเยี่ยม", rank=137,
                             rank_of="เทศบาลตำบล")
    printed = texts(phochai, tmp_path)
    for kind, flat in printed.items():
        assert thai("99.20") in flat and thai("99.16") not in flat, kind
        assert "ผ่านดีเยี่ยม" in flat, kind
    analysis = printed["analysis"]
    assert thai("98.50") in analysis and thai("98.12") not in analysis
    assert thai("97.33") in analysis
    context = prepare("analysis", phochai, fiscal_year=2567, options=DocumentOptions())
    notes = " ".join(context.warnings)
    assert "คะแนนรวม ที่คำนวณจากคะแนนที่กรอกได้ 99.16 แต่ สำนักงาน ป.ป.ช. ประกาศ 99.20" in notes
    assert "ตัวชี้วัดที่ 7 ที่คำนวณจากคะแนนที่กรอกได้ 98.12" in notes


def test_published_indicator_wins_over_its_items(example_store, tmp_path):
    # 2568 of the example has item scores: indicator 1 computes to 91.84 from i1–i3
    assert f"{workbook.result_of(example_store, 2568).indicators[1]:.2f}" == "91.84"
    assessments.set_scores(example_store, fiscal_year=2568, official=True, scores={"1": "90.05"})
    path = tmp_path / "analysis.pdf"
    render("analysis", example_store, fiscal_year=2568, out=path)
    flat = squash(pdftotext(path))
    assert thai("90.05") in flat and thai("91.84") not in flat
    assert "i1" in flat  # the items are still analysed (codes keep Arabic digits)
