"""Draw the program icon: resources/icons/ita-desktop.png (256 px) and ita-desktop.ico (16–256 px).

    .venv/bin/python packaging/make_icons.py        (needs PySide6 and Pillow, both in .venv)

The design: a rounded navy square (the colour of government letterheads) with "ITA" in white
Sarabun Bold over a gold band; from 48 px up the band carries the Thai word คุณธรรม ("integrity")
in the same bundled Sarabun, so the Thai is drawn with a Thai font on every machine. Sizes of 32 px
and below are drawn without the Thai word (it would not be legible) and with heavier letters.
Run again after changing the design; the files are committed.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
)

from ita_desktop import paths  # noqa: E402

OUT = paths.RESOURCES / "icons"
SIZES = [16, 24, 32, 48, 64, 128, 256]
NAVY_TOP, NAVY_BOTTOM = QColor("#1d4a9c"), QColor("#0f2a5e")
GOLD, WHITE = QColor("#f0b92c"), QColor("#ffffff")
THAI_WORD = "\u0e04\u0e38\u0e13\u0e18\u0e23\u0e23\u0e21"  # คุณธรรม, integrity


def sarabun_bold() -> str:
    font_id = QFontDatabase.addApplicationFont(str(paths.FONTS / "Sarabun-Bold.ttf"))
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        raise SystemExit(f"cannot load {paths.FONTS / 'Sarabun-Bold.ttf'}")
    return families[0]


def fit_text(painter: QPainter, family: str, text: str, box: QRectF) -> None:
    """Draw ``text`` centred in ``box`` at the largest pixel size that fits it."""
    font = QFont(family)
    font.setWeight(QFont.Weight.Bold)
    size = box.height()
    while size > 4:
        font.setPixelSize(int(size))
        painter.setFont(font)
        bounds = painter.fontMetrics().tightBoundingRect(text)
        if bounds.width() <= box.width() and bounds.height() <= box.height():
            break
        size -= 0.5
    bounds = painter.fontMetrics().tightBoundingRect(text)
    x = box.center().x() - bounds.width() / 2 - bounds.left()
    y = box.center().y() - bounds.height() / 2 - bounds.top()
    painter.drawText(int(round(x)), int(round(y)), text)


def draw(size: int, family: str) -> QImage:
    """The icon at ``size`` × ``size`` pixels, transparent outside the rounded square."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    s = float(size)
    margin = 0 if size <= 32 else s * 0.04
    square = QRectF(margin, margin, s - 2 * margin, s - 2 * margin)
    outline = QPainterPath()
    outline.addRoundedRect(square, s * 0.18, s * 0.18)
    gradient = QLinearGradient(square.topLeft(), square.bottomLeft())
    gradient.setColorAt(0, NAVY_TOP)
    gradient.setColorAt(1, NAVY_BOTTOM)
    painter.fillPath(outline, gradient)
    painter.setClipPath(outline)
    small = size <= 32
    band_top = square.top() + square.height() * (0.74 if small else 0.64)
    band = QRectF(square.left(), band_top, square.width(), square.bottom() - band_top)
    painter.fillRect(band, GOLD)
    painter.setPen(WHITE)
    pad = square.width() * (0.08 if small else 0.12)
    letters = QRectF(square.left() + pad, square.top() + square.height() * 0.12,
                     square.width() - 2 * pad, band_top - square.top() - square.height() * 0.22)
    fit_text(painter, family, "ITA", letters)
    if not small:
        painter.setPen(NAVY_BOTTOM)
        word = band.adjusted(pad, band.height() * 0.14, -pad, -band.height() * 0.14)
        fit_text(painter, family, THAI_WORD, word)
    painter.end()
    return image


def to_pillow(image: QImage) -> Image.Image:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts need it
    family = sarabun_bold()
    OUT.mkdir(parents=True, exist_ok=True)
    images = {size: to_pillow(draw(size, family)) for size in SIZES}
    images[256].save(OUT / "ita-desktop.png")
    largest = images[256]
    largest.save(OUT / "ita-desktop.ico", format="ICO", sizes=[(s, s) for s in SIZES],
                 append_images=[images[s] for s in SIZES if s != 256])
    for name in ("ita-desktop.png", "ita-desktop.ico"):
        print(f"{OUT / name}  {(OUT / name).stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
