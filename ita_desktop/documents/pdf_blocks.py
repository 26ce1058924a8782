"""The memo's own flowables for the PDF: the title line with the emblem, header rows of labelled
fields with dotted leaders, dotted lines to write on and tick boxes (content.MemoTitle,
MemoFields, DottedLines, TickBoxes). ReportLab has nothing like them: each is a small Flowable
drawn with the Thai shaper. Sizes are TH SarabunPSK points, lengths points.
"""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable

from ita_desktop.printing import ThaiParagraph, ThaiStyle, active_font, draw_text, text_width


def dots(canv, x0: float, x1: float, y: float) -> None:
    """A dotted line (round dots 0.7 pt every 2.4 pt) from x0 to x1 at y."""
    if x1 - x0 < 3:
        return
    canv.saveState()
    canv.setLineWidth(0.7)
    canv.setLineCap(1)
    canv.setDash([0, 2.4])
    canv.line(x0, y, x1, y)
    canv.restoreState()


def metrics(size_psk: float) -> tuple[float, float, float]:
    """(real size, line height, baseline distance from the line top) in points."""
    spec = active_font()
    size = spec.pt(size_psk)
    height = spec.line_height(size)
    return size, height, height * spec.baseline_ratio()


class TitleBlock(Flowable):
    """The emblem (exactly ``emblem_height`` high, width by aspect) at the left and the title
    centred, bold, ``size`` PSK points."""

    def __init__(self, title: str, emblem: ImageReader | None, *, emblem_height: float = 1.5 * cm,
                 size: float = 29) -> None:
        super().__init__()
        self.title, self.emblem, self.emblem_height = title, emblem, emblem_height
        self.size, self.line, self.ascent = metrics(size)

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        self.width = availWidth
        self.height = self.emblem_height + 0.1 * cm if self.emblem else self.line
        return self.width, self.height

    def draw(self) -> None:
        if self.emblem:
            w, h = self.emblem.getSize()
            eh = self.emblem_height
            self.canv.drawImage(self.emblem, 0, self.height - eh, width=eh * w / h, height=eh,
                                mask="auto")
            baseline = self.height - eh + 0.3 * cm
        else:
            baseline = self.height - self.ascent
        draw_text(self.canv, self.width / 2, baseline, self.title, self.size, bold=True,
                  align="centre")


class FieldRow(Flowable):
    """One header row of label/value cells, e.g. [("ที่", …, 0, .5), ("วันที่", …, .5, 1)] (x in
    fractions of the width). Labels bold, values wrapped at word boundaries with a hanging indent;
    a dotted line runs under each value line to the cell's right end. A value too long for the
    page (a pasted 20,000-character subject) splits between its lines onto the next page."""

    GAP = 0.2 * cm  # between label and value
    CELL_GAP = 0.3 * cm  # between a cell's dots and the next label

    def __init__(self, cells: list[tuple[str, str, float, float]], *, label_size: float = 20,
                 value_size: float = 16) -> None:
        super().__init__()
        self.cells = cells
        self.sizes = (label_size, value_size)
        self.label = metrics(label_size)
        self.value = metrics(value_size)
        self.laid: list[tuple[str, float, float, float, list[str]]] = []
        self._fixed: tuple[float, list] | None = None  # (width, laid) of a split piece
        self._continued = False  # a piece after a split: no labels, no leading dots gap

    def wrap(self, availWidth, availHeight):  # noqa: N803
        self.width = availWidth
        if self._fixed is not None and self._fixed[0] == availWidth:
            self.laid = self._fixed[1]
        else:
            self.laid = []
            for n, (label, value, f0, f1) in enumerate(self.cells):
                x0 = f0 * availWidth
                x1 = f1 * availWidth - (self.CELL_GAP if n < len(self.cells) - 1 else 0)
                label_w = text_width(label, self.label[0], bold=True)
                vx = x0 + label_w + self.GAP
                lines = value_lines(value, x1 - vx, self.sizes[1]) if value.strip() else [""]
                self.laid.append((label, x0, vx, x1, lines))
        lines_max = max([1, *(len(cell[4]) for cell in self.laid)])
        self.height = self._first_height() + (lines_max - 1) * self.value[1]
        return self.width, self.height

    def _first_height(self) -> float:
        return self.value[1] if self._continued else self.label[1]

    def split(self, availWidth, availHeight):  # noqa: N803
        self.wrap(availWidth, availHeight)
        if self.height <= availHeight + 1e-6:
            return [self]
        fit = 1 + int((availHeight - self._first_height() + 1e-6) // self.value[1])
        if availHeight < self._first_height() or fit < 1:
            return []
        pieces = []
        for laid, continued in (([(lb, x0, vx, x1, lines[:fit]) for lb, x0, vx, x1, lines
                                  in self.laid], self._continued),
                                ([("", x0, vx, x1, lines[fit:]) for _lb, x0, vx, x1, lines
                                  in self.laid], True)):
            piece = FieldRow(self.cells, label_size=self.sizes[0], value_size=self.sizes[1])
            piece._fixed, piece._continued = (availWidth, laid), continued
            pieces.append(piece)
        return pieces

    def draw(self) -> None:
        canv = self.canv
        first = self.height - (self.value[2] if self._continued else self.label[2])
        drop = 0.22 * self.value[0]  # dots just under the baseline, clear of most lower vowels
        for label, x0, vx, x1, lines in self.laid:
            if label:
                draw_text(canv, x0, first, label, self.label[0], bold=True)
            for n, line in enumerate(lines):
                y = first - n * self.value[1]
                if line:
                    draw_text(canv, vx, y, line, self.value[0])
                leading_gap = n == 0 and not self._continued
                dots(canv, vx - self.GAP / 2 if leading_gap else vx, x1, y - drop)


def value_lines(text: str, width: float, size: float = 16) -> list[str]:
    """``text`` broken into lines of at most ``width`` points (``size`` PSK, word boundaries)."""
    p = ThaiParagraph(text, ThaiStyle(size=size))
    segments = p.getPlainText().split("\n")
    return [segments[line.segment][line.start:line.end].strip() for line in p.layout(width)]


class Dotted(Flowable):
    """``count`` dotted lines to write on (``size`` PSK line height each, 1.3 × for a pen)."""

    def __init__(self, count: int, width: float | None = None, centred: bool = False,
                 size: float = 16) -> None:
        super().__init__()
        self.count, self.fixed, self.centred = count, width, centred
        self.step = metrics(size)[1] * 1.3

    def wrap(self, availWidth, availHeight):  # noqa: N803
        self.width, self.height = availWidth, self.count * self.step
        return self.width, self.height

    def draw(self) -> None:
        w = min(self.fixed or self.width, self.width)
        x0 = (self.width - w) / 2 if self.centred else 0
        for n in range(self.count):
            dots(self.canv, x0, x0 + w, self.height - (n + 1) * self.step + 0.25 * self.step)


class TickBoxes(Flowable):
    """Empty boxes to tick, each followed by its label; Sarabun has no U+2610, so the boxes are
    drawn."""

    def __init__(self, labels: list[str], size: float = 16) -> None:
        super().__init__()
        self.labels = labels
        self.size, line, self.ascent = metrics(size)
        self.step = line * 1.3

    def wrap(self, availWidth, availHeight):  # noqa: N803
        self.width, self.height = availWidth, self.step
        return self.width, self.height

    def draw(self) -> None:
        box = 0.62 * self.size
        y = self.height - self.step + 0.25 * self.step + 0.15 * self.size
        x = 0.3 * cm
        self.canv.saveState()
        self.canv.setLineWidth(0.6)
        for label in self.labels:
            self.canv.rect(x, y, box, box)
            x += box + 0.2 * cm
            x += draw_text(self.canv, x, y, label, self.size) + 0.8 * cm
        self.canv.restoreState()
