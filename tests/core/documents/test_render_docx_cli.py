"""``ita render … --format docx``: the kinds built as content are written as Word files, the
others are refused with a message."""

from __future__ import annotations

import docx
import pytest

from ita_desktop.cli import main

from .conftest import squash


@pytest.mark.parametrize(("kind", "args", "text"), [
    ("memo-measures", ["--format", "docx"], "บันทึกข้อความ"),
    ("memo-results", [], "รายงานผลการดำเนินการตามมาตรการ"),
    ("measures", ["--arabic-digits"], "ประจำปีงบประมาณพ.ศ.2569"),
])
def test_render_as_word(capsys, example_path, tmp_path, kind, args, text):
    out = tmp_path / "เอกสาร word" / f"{kind}.docx"
    assert main(["render", kind, "--db", str(example_path), "--fiscal-year", "2569",
                 "--out", str(out), *args]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    word = docx.Document(str(out))
    cells = [c.text for t in word.tables for r in t.rows for c in r.cells]
    body = squash("".join(p.text for p in word.paragraphs) + "".join(cells))
    assert squash(text) in body and "ดอนแก้วทอง" in body


def test_kinds_not_in_word_yet_are_refused(capsys, example_path, tmp_path):
    code = main(["render", "results", "--db", str(example_path), "--fiscal-year", "2569",
                 "--out", str(tmp_path / "r.docx")])
    assert code != 0
    assert "Word" in capsys.readouterr().err
    assert not (tmp_path / "r.docx").exists()
