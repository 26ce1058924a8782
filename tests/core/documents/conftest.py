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


def bare_jpeg(width: int, height: int, colour=(120, 180, 230)) -> bytes:
    """A JPEG without its JFIF header (as some scanners write them): the print engine reads it,
    python-docx does not."""
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (width, height), colour)
    ImageDraw.Draw(image).line((0, 0, width, height), fill=(0, 0, 0), width=5)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG")
    data = buffer.getvalue()
    assert data[2:4] == b"\xff\xe0"  # APP0, the JFIF segment
    return data[:2] + data[4 + int.from_bytes(data[4:6], "big"):]


@pytest.fixture(scope="session")
def pictures_path(example_path, tmp_path_factory) -> Path:
    """The example office with an emblem and, for 2568, two report pictures: a wide JPEG
    (without its JFIF header) with a caption and a tall PNG without one."""
    import io

    from PIL import Image, ImageDraw

    from ita_desktop.storage import profile, report_images

    path = tmp_path_factory.mktemp("pictures") / "ภาพ ตัวอย่าง.db"
    shutil.copyfile(example_path, path)
    store = open_database(path)
    try:
        emblem = Image.new("RGBA", (300, 340), (0, 0, 0, 0))
        ImageDraw.Draw(emblem).ellipse((10, 10, 290, 330), fill=(170, 30, 30, 255))
        buffer = io.BytesIO()
        emblem.save(buffer, "PNG")
        profile.set_emblem(store, data=buffer.getvalue(), mime="image/png")
        report_images.add_image(store, fiscal_year=2568, data=bare_jpeg(1600, 900),
                                mime="image/jpeg",
                                caption="การประชุมชี้แจงผลการประเมิน ITA แก่บุคลากร")
        tall = Image.new("RGB", (500, 700), (230, 200, 120))
        buffer = io.BytesIO()
        tall.save(buffer, "PNG")
        report_images.add_image(store, fiscal_year=2568, data=buffer.getvalue(),
                                mime="image/png")
    finally:
        store.close()
    return path
