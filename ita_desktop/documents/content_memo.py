"""The memo's own content blocks (documents.content names them too): the title line with the
emblem, rows of labelled fields with dotted leaders, dotted lines to write on and tick boxes.
Sizes are TH SarabunPSK points, lengths points (``CM`` = 1 cm). Nothing here imports ReportLab
or python-docx.
"""

from __future__ import annotations

from dataclasses import dataclass

CM = 72 / 2.54
"""One centimetre in points."""


@dataclass(frozen=True)
class MemoTitle:
    """The memo's first line: the emblem (``emblem`` image bytes, ``emblem_height`` points high,
    at the left margin; None prints none) and ``title`` centred, bold, ``size`` PSK points."""

    title: str = "บันทึกข้อความ"
    emblem: bytes | None = None
    emblem_height: float = 1.5 * CM
    size: float = 29.0


@dataclass(frozen=True)
class MemoField:
    """One labelled field of a memo header row: the bold label, then the value over a dotted
    line that runs to the field's right end; ``start`` and ``end`` are fractions of the width."""

    label: str
    value: str
    start: float = 0.0
    end: float = 1.0


@dataclass(frozen=True)
class MemoFields:
    """A row of memo header fields (ส่วนราชการ; ที่ + วันที่; เรื่อง): labels ``label_size``, values
    ``value_size`` PSK points; a long value wraps under itself and may split across pages."""

    fields: tuple[MemoField, ...]
    label_size: float = 20.0
    value_size: float = 16.0


@dataclass(frozen=True)
class DottedLines:
    """``count`` dotted lines to write on by hand, ``width`` points long (None: the full width),
    centred or at the left."""

    count: int
    width: float | None = None
    centred: bool = False
    size: float = 16.0


@dataclass(frozen=True)
class TickBoxes:
    """Empty boxes to tick, each followed by its label ("☐ อนุมัติ   ☐ ไม่อนุมัติ")."""

    labels: tuple[str, ...]
    size: float = 16.0
