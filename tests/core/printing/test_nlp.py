"""pythainlp is loaded lazily, warmed on request, and keeps out of the user's home folder."""

from __future__ import annotations

import os
import subprocess
import sys

from ita_desktop.printing import warm_up, word_tokenize


def test_importing_the_engine_does_not_import_pythainlp():
    code = "import sys, ita_desktop.printing; print('pythainlp' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_tokenizing_creates_no_pythainlp_data_in_home(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHAINLP")}
    env |= {"HOME": str(home), "USERPROFILE": str(home), "TMPDIR": str(tmp_path)}
    code = ("from ita_desktop.printing import word_tokenize, warm_up; warm_up(); "
            "print('|'.join(word_tokenize('ทดสอบการตัดคำ')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         check=True, cwd=os.getcwd())
    assert out.stdout.strip() == "ทดสอบ|การ|ตัด|คำ"
    assert not (home / "pythainlp-data").exists()


def test_warm_up_and_tokens_join_back():
    assert warm_up() >= 0
    text = "สำนักงาน ป.ป.ช. ได้เผยแพร่  ประกาศ\u00a0ITA"
    assert "".join(word_tokenize(text)) == text
    assert word_tokenize("") == []
