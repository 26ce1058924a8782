"""``ita render``: every document of the example database, and the refusals."""

from __future__ import annotations

import pytest

from ita_desktop.cli import main

from .conftest import pdffonts, pdftotext, squash

KIND_YEAR_TEXT = [
    ("memo-measures", "2569", "บันทึกข้อความ"),
    ("memo-results", "2569", "บันทึกข้อความ"),
    ("analysis", "2568", "ตัวชี้วัดที่"),
    ("measures", "2569", "โครงการพัฒนาระบบบริการออนไลน์"),
    ("results", "2569", "กิจกรรมตรวจสอบการยืมและใช้ทรัพย์สินของทางราชการ"),
    ("analysis-measures", "2569", "โครงการพัฒนาระบบบริการออนไลน์"),
    ("memo-measures-attached", "2569", "รายงานการวิเคราะห์ผลการประเมิน"),
    ("memo-results-attached", "2569", "กิจกรรมตรวจสอบการยืมและใช้ทรัพย์สินของทางราชการ"),
]


@pytest.mark.parametrize(("kind", "year", "text"), KIND_YEAR_TEXT)
def test_render_each_document(capsys, example_path, tmp_path, kind, year, text):
    out = tmp_path / f"{kind}.pdf"
    code = main(["render", kind, "--db", str(example_path), "--fiscal-year", year,
                 "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    extracted = pdftotext(out)
    assert squash(text) in squash(extracted)
    assert "ดอนแก้วทอง" in extracted
    assert all(font.split("+")[-1].startswith("Sarabun") for font in pdffonts(out))


def test_arabic_digits_option(capsys, example_path, tmp_path):
    out = tmp_path / "m.pdf"
    assert main(["render", "measures", "--db", str(example_path), "--fiscal-year", "2569",
                 "--out", str(out), "--arabic-digits"]) == 0
    text = pdftotext(out)
    assert "2569" in text and "๒๕๖๙" not in text


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [(["analysis", "--fiscal-year", "2550"], "2550"),
     (["measures", "--fiscal-year", "2570"], "ยังไม่มีมาตรการ"),
     (["results", "--fiscal-year", "2570"], "ยังไม่มีมาตรการ"),
     (["memo-measures", "--fiscal-year", "2550"], "2550")],
)
def test_refusals_exit_non_zero_with_a_message(capsys, example_path, tmp_path, argv, fragment):
    out = tmp_path / "x.pdf"
    code = main(["render", argv[0], "--db", str(example_path), *argv[1:], "--out", str(out)])
    assert code == 1
    assert fragment in capsys.readouterr().err
    assert not out.exists()


def test_unwritable_path(capsys, example_path, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code = main(["render", "analysis", "--db", str(example_path), "--fiscal-year", "2568",
                 "--out", str(blocker / "sub" / "a.pdf")])
    assert code == 1
    assert "a.pdf" in capsys.readouterr().err


def test_allow_empty_prints_a_notice(capsys, example_path, tmp_path):
    out = tmp_path / "empty.pdf"
    code = main(["render", "measures", "--db", str(example_path), "--fiscal-year", "2570",
                 "--out", str(out), "--allow-empty"])
    assert code == 0
    assert "ไม่มีมาตรการ" in squash(pdftotext(out))


def test_font_option(capsys, example_path, tmp_path):
    from ita_desktop.paths import FONTS
    from ita_desktop.printing import use_bundled_font

    out = tmp_path / "memo.pdf"
    try:
        code = main(["render", "memo-measures", "--db", str(example_path), "--fiscal-year",
                     "2569", "--out", str(out), "--font", str(FONTS / "Sarabun-Italic.ttf")])
        assert code == 0
        assert any("Italic" in font for font in pdffonts(out))
        code = main(["render", "memo-measures", "--db", str(example_path), "--fiscal-year",
                     "2569", "--out", str(out), "--font", str(tmp_path / "missing.ttf")])
        assert code == 1 and "missing.ttf" in capsys.readouterr().err
    finally:
        use_bundled_font()


def _run(capsys, example_path, out, *argv):
    code = main(["render", *argv, "--db", str(example_path), "--out", str(out)])
    return code, capsys.readouterr().err


def test_columns_apply_to_the_results_report(capsys, example_path, tmp_path):
    out = tmp_path / "r.pdf"
    code, err = _run(capsys, example_path, out, "results", "--fiscal-year", "2569",
                     "--columns", "measure,results")
    assert code == 0, err
    text = squash(pdftotext(out))
    assert "ผลการดำเนินการ" in text and "มาตรการ/โครงการ/กิจกรรม" in text
    assert "ผลลัพธ์หรือความสำเร็จ" not in text and "วิธีการดำเนินการ" not in text


@pytest.mark.parametrize(("argv", "fragment"), [
    (["analysis", "--fiscal-year", "2568", "--columns", "measure"], "--columns"),
    (["memo-measures", "--fiscal-year", "2569", "--group-by", "issue"], "--group-by"),
    (["analysis", "--fiscal-year", "2568", "--allow-empty"], "--allow-empty"),
    (["results", "--fiscal-year", "2569", "--columns", "steps,analysis"], "analysis"),
    (["measures", "--fiscal-year", "2569", "--columns", "outcome"], "outcome"),
    (["results", "--fiscal-year", "2569", "--group-by", "indicator"], "--group-by indicator"),
])
def test_an_option_a_document_does_not_use_is_refused(capsys, example_path, tmp_path, argv,
                                                      fragment):
    out = tmp_path / "x.pdf"
    code, err = _run(capsys, example_path, out, *argv)
    assert code == 1 and fragment in err
    assert not out.exists()


def test_help_lists_the_combined_documents(capsys):
    with pytest.raises(SystemExit):
        main(["render", "--help"])
    out = capsys.readouterr().out
    for kind in ("analysis-measures", "memo-measures-attached", "memo-results-attached"):
        assert kind in out


def test_printing_a_memo_loads_neither_charts_nor_plugins(example_path, tmp_path):
    """A fresh ``ita render memo-measures`` imports no ReportLab graphics (the memo has no chart)
    and does not scan the installed packages for sqlite-utils plugins: both only slowed the
    first document after start-up."""
    import subprocess
    import sys

    code = ("import sys; from ita_desktop.cli import main; "
            f"code = main(['render', 'memo-measures', '--db', {str(example_path)!r}, "
            f"'--fiscal-year', '2569', '--out', {str(tmp_path / 'm.pdf')!r}]); "
            "print(code, sorted(m for m in sys.modules if m.startswith('reportlab.graphics') "
            "or m == 'importlib.metadata'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[-2] == "0 []"
