"""Shared fixtures for document tests: the example database, and PDF inspection helpers."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from ita_desktop.demo import build_demo
from ita_desktop.storage import open_database


@pytest.fixture(scope="session")
def example_path(tmp_path_factory) -> Path:
    return build_demo(tmp_path_factory.mktemp("example") / "example.db")


@pytest.fixture
def example_store(example_path, tmp_path):
    """A writable copy of the example database (tests may edit it)."""
    copy = tmp_path / "example.db"
    shutil.copyfile(example_path, copy)
    store = open_database(copy)
    yield store
    store.close()


def pdftotext(path: Path, *, layout: bool = False) -> str:
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def pdffonts(path: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split()[0] for line in out.splitlines()[2:] if line.strip()]


def squash(text: str) -> str:
    """Text with all white space removed, for comparing extracted Thai with what was printed."""
    return "".join(text.split())
