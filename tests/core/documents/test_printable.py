"""What the print engine cannot draw is replaced visibly and reported; nothing else changes."""

from __future__ import annotations

import subprocess

from ita_desktop.documents import render
from ita_desktop.printing.printable import (
    REPLACEMENT,
    collect_unprintable,
    printable,
    unprintable_warning,
)
from ita_desktop.storage import measures


def test_thai_latin_digits_and_marks_are_kept():
    text = "น้ำที่ปี่ ฐุ ญู Line, Facebook ๑๒๓ 94.95 – • “ok”\nบรรทัดใหม่"
    assert printable(text) == text


def test_unprintable_characters_are_replaced_and_recorded():
    with collect_unprintable() as found:
        out = printable("ก😀ข\x07ค שלום")
    assert out == f"ก{REPLACEMENT}ข{REPLACEMENT}ค {REPLACEMENT * 4}"
    assert found.counts() == {"😀": 1, "\x07": 1, "ש": 1, "ל": 1, "ו": 1, "ם": 1}


def test_invisible_format_characters_go_and_spaces_stay_spaces():
    assert printable("ก\u200bข\u200dค\ufeffง\u202eจ\u00adฉ") == "กขคงจฉ"
    assert printable("ก\tข\u3000ค\u2028ง\r\nจ\rฉ") == "ก ข ค\nง\nจ\nฉ"
    assert printable("❤\ufe0f") == REPLACEMENT  # the selector goes with its emoji


def test_a_text_laid_out_twice_counts_once_and_the_warning_lists_it():
    with collect_unprintable() as found:
        for _ in range(3):
            printable("ผลงาน 🙏🙏")
    assert found.counts() == {"🙏": 2}
    warning = unprintable_warning(found.counts())
    assert "🙏 (U+1F64F) ×2" in warning and REPLACEMENT in warning
    assert unprintable_warning(found.counts() - found.counts()) is None


def test_a_document_with_emoji_and_control_characters_prints_and_warns(example_store, tmp_path):
    first = measures.list_measures(example_store, fiscal_year=2569)[0]
    measures.update_measure(example_store, first["id"], title="มาตรการ 😀 ทดสอบ\x07จบ")
    out = tmp_path / "m.pdf"
    report = render("measures", example_store, fiscal_year=2569, out=out)
    assert report.unprintable == {"😀": 1, "\x07": 1}
    assert any("😀 (U+1F600)" in w and "U+0007" in w for w in report.warnings)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert f"มาตรการ {REPLACEMENT} ทดสอบ{REPLACEMENT}จบ" in text
