"""The office's documents, built from the database and printed with the Thai print engine.

``render(kind, store, fiscal_year=…, out=…)`` with kind in KINDS: "memo-measures" (memo sending
the analysis and the measures for approval), "memo-results" (memo sending the results report),
"analysis" (analysis report), "measures" (the measures table, landscape), "results" (results
report, landscape). Drafted text comes from the analysis; the office's edited texts win.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path

from ita_desktop.documents.options import (
    GROUPS,
    KINDS,
    MEASURE_COLUMNS,
    DocumentError,
    DocumentOptions,
    EmptyDocumentError,
    RenderReport,
)

_MODULES = {
    "memo-measures": "ita_desktop.documents.memo",
    "memo-results": "ita_desktop.documents.memo",
    "analysis": "ita_desktop.documents.analysis_report",
    "measures": "ita_desktop.documents.measures_report",
    "results": "ita_desktop.documents.results_report",
}


def render(kind: str, store, *, fiscal_year: int, out: str | Path,
           options: DocumentOptions | None = None) -> RenderReport:
    """Render one document to a PDF file at ``out``.

    Raises DocumentError (unknown kind, no data for the year, unwritable path),
    EmptyDocumentError (no measures, unless ``options.allow_empty``).
    """
    from ita_desktop.documents.context import load_context

    if kind not in KINDS:
        raise DocumentError(f"ไม่รู้จักเอกสาร “{kind}” (มี: {', '.join(KINDS)})")
    options = options or DocumentOptions()
    context = load_context(store, kind=kind, fiscal_year=fiscal_year, options=options)
    module = import_module(_MODULES[kind])
    report = module.render(context, Path(out), options)
    report.warnings[:0] = context.warnings
    return report


__all__ = ["GROUPS", "KINDS", "MEASURE_COLUMNS", "DocumentError", "DocumentOptions",
           "EmptyDocumentError", "RenderReport", "render"]
