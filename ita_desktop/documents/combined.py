"""Documents filed together, as offices file them, in one file:

- "analysis-measures": the analysis report of the assessment the measures of fiscal year N
  answer, with the measures table appended on its own landscape pages (its title block heads
  them) and the page numbers going on;
- "memo-measures-attached": the memo sending the measures, then its attachments: that analysis
  report (its own cover, numbered from 1 again) and the measures, numbered on;
- "memo-results-attached": the memo sending the results report, then the report.

Each part is the separate document's own content (memo, analysis_report, measures_report and
results_report ``.document``), one content.Section each, so the combined document prints as one
PDF (pdf_render) or saves as one .docx with a section per part (docx_render); the separate
documents stay as they are. ``context`` is loaded as for the measures (fiscal year N).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ita_desktop.documents import analysis_report, measures_report, memo, results_report
from ita_desktop.documents import content as c
from ita_desktop.documents.context import DocumentContext
from ita_desktop.documents.options import DocumentError, DocumentOptions, RenderReport

PARTS = {
    "analysis-measures": ("analysis", "measures"),
    "memo-measures-attached": ("memo-measures", "analysis", "measures"),
    "memo-results-attached": ("memo-results", "results"),
}
"""The documents each combined kind holds, in order."""
_MODULES = {"analysis": analysis_report, "measures": measures_report, "results": results_report,
            "memo-measures": memo, "memo-results": memo}
CONTINUED = ("measures",)
"""Parts whose page numbers go on from the part before (the measures appended to the analysis)."""


def _section(kind: str, context: DocumentContext, options: DocumentOptions, first: bool,
             warnings: list[str]) -> c.Section:
    """The one section of part ``kind``'s own document, numbered on when it is appended."""
    sub = replace(context, kind=kind, warnings=[])
    if kind == "analysis" and context.analysis is None:
        raise DocumentError(f"ไม่มีผลการประเมินก่อนปีงบประมาณ {context.fiscal_year} "
                            "จึงพิมพ์รายงานการวิเคราะห์ไม่ได้")
    (section,) = _MODULES[kind].document(sub, options, warnings).sections
    return replace(section, restart_numbers=first or kind not in CONTINUED)


def title(context: DocumentContext) -> str:
    """The file's title: the memo's subject, else the report's."""
    kinds = PARTS[context.kind]
    if kinds[0].startswith("memo-"):
        return memo.memo_fields(replace(context, kind=kinds[0]))["subject"]
    year = context.assessment_year or context.fiscal_year
    return (f"{analysis_report.TITLE} ประจำปีงบประมาณ พ.ศ. {year} และ{measures_report.TITLE} "
            f"ประจำปีงบประมาณ พ.ศ. {context.fiscal_year}")


def document(context: DocumentContext, options: DocumentOptions,
             warnings: list[str] | None = None) -> c.Document:
    """The combined document ``context.kind`` (a PARTS key): a section per part, in order;
    what the parts find (the memo's missing emblem …) is appended to ``warnings``.

    Raises DocumentError (no assessment to analyse, bad columns or grouping).
    """
    warnings = [] if warnings is None else warnings
    sections = tuple(_section(kind, context, options, n == 0, warnings)
                     for n, kind in enumerate(PARTS[context.kind]))
    return c.Document(sections=sections, title=options.digits(title(context)),
                      author=context.office, thai_digits=options.thai_digits)


def render(context: DocumentContext, out: Path, options: DocumentOptions) -> RenderReport:
    """Write the combined document ``context.kind`` (a PARTS key) to the PDF ``out``.

    Raises DocumentError (no assessment to analyse, bad columns or grouping, unwritable path).
    """
    from ita_desktop.documents.pdf_render import render_pdf

    warnings: list[str] = []
    report = render_pdf(document(context, options, warnings), out, options)
    report.warnings.extend(warnings)
    return report
