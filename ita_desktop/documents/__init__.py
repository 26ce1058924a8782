"""The office's documents, built from the database and printed with the Thai print engine.

``render(kind, store, fiscal_year=…, out=…)`` with kind in KINDS: "memo-measures" (memo sending
the analysis and the measures for approval), "memo-results" (memo sending the results report),
"analysis" (analysis report), "measures" (the measures table, landscape), "results" (results
report, landscape); and, in one PDF each as offices file them, "analysis-measures" (the analysis
report with the measures appended), "memo-measures-attached" (the memo with the analysis report
and the measures) and "memo-results-attached" (the memo with the results report). Drafted text
comes from the analysis; the office's edited texts win.
``render`` is ``prepare`` (gather the data from the store: cheap, on the store's thread) then
``render_prepared`` (lay out the PDF: slow, may run on a worker thread). With ``format="docx"``
the same content is written as a Word file instead (the kinds in DOCX_KINDS; see
documents.content, pdf_render and docx_render).
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from ita_desktop.documents.options import (
    GROUPS,
    KINDS,
    MEASURE_COLUMNS,
    DocumentError,
    DocumentOptions,
    EmptyDocumentError,
    RenderReport,
)

if TYPE_CHECKING:
    from ita_desktop.documents.context import DocumentContext

FORMATS = ("pdf", "docx")
DOCX_KINDS = ("memo-measures", "memo-results", "measures")
"""The kinds built as documents.content, which can also be written as .docx."""

_MODULES = {
    "memo-measures": "ita_desktop.documents.memo",
    "memo-results": "ita_desktop.documents.memo",
    "analysis": "ita_desktop.documents.analysis_report",
    "measures": "ita_desktop.documents.measures_report",
    "results": "ita_desktop.documents.results_report",
    "analysis-measures": "ita_desktop.documents.combined",
    "memo-measures-attached": "ita_desktop.documents.combined",
    "memo-results-attached": "ita_desktop.documents.combined",
}


def prepare(kind: str, store, *, fiscal_year: int,
            options: DocumentOptions | None = None) -> DocumentContext:
    """Gather from ``store`` everything document ``kind`` of ``fiscal_year`` needs (the cheap
    step, a few ms; call it on the thread that owns the store). The returned context is plain
    data: it may be handed to another thread for :func:`render_prepared` and is not changed by it.
    No ReportLab is imported here.

    Raises DocumentError (unknown kind, no data for the year), EmptyDocumentError (no measures,
    unless ``options.allow_empty``).
    """
    from ita_desktop.documents.context import load_context

    if kind not in KINDS:
        raise DocumentError(f"ไม่รู้จักเอกสาร “{kind}” (มี: {', '.join(KINDS)})")
    return load_context(store, kind=kind, fiscal_year=fiscal_year,
                        options=options or DocumentOptions())


def render_prepared(context: DocumentContext, out: str | Path,
                    options: DocumentOptions | None = None, *, format: str = "pdf") -> RenderReport:
    """Lay out a prepared context into a PDF file at ``out``, or a Word file with ``format``
    "docx" (the slow step: ReportLab, shaping, line breaking; touches no store, so it may run on a
    worker thread). The report's warnings are the context's (data) followed by the layout's
    (e.g. no emblem) and, when some characters could not be printed (emoji, control characters …;
    see printing.printable), one listing them (also in ``report.unprintable``: char → count).
    A .docx report has ``pages`` 0 (Word lays out its pages).

    Raises DocumentError (bad columns or grouping, unwritable path, a kind not in DOCX_KINDS as
    docx, an unknown format).
    """
    from ita_desktop.printing.breakwords import office_words
    from ita_desktop.printing.printable import collect_unprintable, unprintable_warning

    options = options or DocumentOptions()
    if format not in FORMATS:
        raise DocumentError(f"ไม่รู้จักรูปแบบไฟล์ “{format}” (มี: {', '.join(FORMATS)})")
    if format == "docx" and context.kind not in DOCX_KINDS:
        raise DocumentError(f"“{context.kind}” ยังบันทึกเป็นไฟล์ Word ไม่ได้ "
                            f"(ได้: {', '.join(DOCX_KINDS)})")
    module = import_module(_MODULES[context.kind])
    with collect_unprintable() as unprintable, office_words(_office_names(context)):
        if format == "docx":
            from ita_desktop.documents.docx_render import render_docx

            warnings: list[str] = []
            report = render_docx(module.document(context, options, warnings), Path(out))
            report.warnings[:0] = warnings
        else:
            report = module.render(context, Path(out), options)
    report.warnings[:0] = list(context.warnings)
    warning = unprintable_warning(unprintable.counts())
    if warning:
        report.warnings.append(warning)
        report.unprintable = dict(unprintable.counts())
    return report


def _office_names(context: DocumentContext) -> list[str]:
    """The names lines never break inside: the profile's, the responsible units', the memo's."""
    from ita_desktop.printing.breakwords import office_names

    memo = context.memo or {}
    units = [unit for m in context.measures for unit in m.get("units") or ()]
    units += [row.get("unit_name") for row in context.readiness]
    return office_names(context.profile, people=[memo.get("signer_name")],
                        others=[*units, memo.get("signer_position"), memo.get("to_whom")])


def render(kind: str, store, *, fiscal_year: int, out: str | Path,
           options: DocumentOptions | None = None, format: str = "pdf") -> RenderReport:
    """Render one document to a PDF file (or, ``format`` "docx", a Word file) at ``out``:
    :func:`prepare` then :func:`render_prepared`.

    Raises DocumentError (unknown kind, no data for the year, unwritable path, a kind not in
    DOCX_KINDS as docx), EmptyDocumentError (no measures, unless ``options.allow_empty``).
    """
    options = options or DocumentOptions()
    return render_prepared(prepare(kind, store, fiscal_year=fiscal_year, options=options), out,
                           options, format=format)


__all__ = ["DOCX_KINDS", "FORMATS", "GROUPS", "KINDS", "MEASURE_COLUMNS", "DocumentError",
           "DocumentOptions", "EmptyDocumentError", "RenderReport", "prepare", "render",
           "render_prepared"]
