"""The Thai print engine: fonts, shaping, line breaking, flowables, tables, dates, charts.

Everything drawn is shaped with HarfBuzz, broken at word boundaries (nlpo3's newmm with the break
dictionary; never inside a keep-whole word or, inside ``breakwords.office_words``, the office's
names) and extractable as the original text (see docs/thai-printing.md). The dictionary is loaded
when text is first laid out; call :func:`warm_up` (or :func:`warm_up_in_background`) early to pay
its 0.1–0.2 s then.
Sizes are TH SarabunPSK points (:func:`pt` converts for the active font); lengths are points.
"""

from ita_desktop.printing.celltext import cell_flowables, parse_cell_text
from ita_desktop.printing.drawing import draw_text, text_width
from ita_desktop.printing.extract import comparable, pdftotext
from ita_desktop.printing.fonts import (
    FontError,
    FontSpec,
    active_font,
    canvas_kwargs,
    font_metrics,
    pt,
    use_bundled_font,
    use_font,
)
from ita_desktop.printing.paragraph import Span, ThaiParagraph, ThaiStyle
from ita_desktop.printing.shaping import shape
from ita_desktop.printing.table import thai_table
from ita_desktop.printing.thaidate import (
    arabic_digits,
    digits,
    fiscal_year,
    format_number,
    thai_date,
    thai_digits,
)
from ita_desktop.thainlp import warm_up, warm_up_in_background, word_tokenize

_CHARTS = frozenset({"ThaiDrawing", "indicator_chart", "tool_chart", "years_chart"})


def warm_up_engine() -> float:
    """Pay now what the first printed document would: pythainlp.util (digits, dates), the break
    dictionary's load into nlpo3, the bundled fonts' registration and a first shaped, broken and
    drawn paragraph (into memory). Returns the seconds it took (about 0.2–0.3 s once; later calls
    cost a few ms). Thread-safe: the window runs it on a background thread after it shows.
    """
    import io
    import time

    from reportlab.pdfgen.canvas import Canvas

    from ita_desktop.thainlp import util

    start = time.perf_counter()
    util()
    warm_up()
    para = ThaiParagraph("การประเมินคุณธรรมและความโปร่งใส ๒๕๖๘ (ITA)",
                         ThaiStyle(alignment="distributed"))
    para.wrap(100, 1000)
    para.drawOn(Canvas(io.BytesIO(), **canvas_kwargs()), 0, 0)
    return time.perf_counter() - start


def __getattr__(name: str):
    """The charts, imported on first use: ReportLab's graphics cost some 20 ms at start-up and a
    memo or the measures table has none."""
    if name in _CHARTS:
        from ita_desktop.printing import charts

        return getattr(charts, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "FontError",
    "FontSpec",
    "Span",
    "ThaiDrawing",
    "ThaiParagraph",
    "ThaiStyle",
    "active_font",
    "arabic_digits",
    "canvas_kwargs",
    "cell_flowables",
    "comparable",
    "digits",
    "draw_text",
    "fiscal_year",
    "font_metrics",
    "format_number",
    "indicator_chart",
    "parse_cell_text",
    "pdftotext",
    "pt",
    "shape",
    "text_width",
    "thai_date",
    "thai_digits",
    "thai_table",
    "tool_chart",
    "use_bundled_font",
    "use_font",
    "warm_up",
    "warm_up_engine",
    "warm_up_in_background",
    "word_tokenize",
    "years_chart",
]
