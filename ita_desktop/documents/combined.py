"""Documents filed together, as offices file them, in one PDF:

- "analysis-measures": the analysis report of the assessment the measures of fiscal year N
  answer, with the measures table appended on its own landscape pages (its title block heads
  them) and the page numbers going on;
- "memo-measures-attached": the memo sending the measures, then its attachments: that analysis
  report (its own cover, numbered from 1 again) and the measures, numbered on;
- "memo-results-attached": the memo sending the results report, then the report.

Each part is the separate document's own content (memo.blocks and measures_report.blocks, drawn
by pdf_render) or flowables (analysis_report.story, results_report.story), laid out by
base.build_parts; the separate documents stay as they are. ``context`` is loaded as for the
measures (fiscal year N). PDF only.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ita_desktop.documents import analysis_report, measures_report, memo, pdf_render, results_report
from ita_desktop.documents import content as c
from ita_desktop.documents.base import (
    LANDSCAPE,
    PORTRAIT,
    DocumentError,
    DocumentOptions,
    Page,
    Part,
    RenderReport,
    build_parts,
)
from ita_desktop.documents.context import DocumentContext

PARTS = {
    "analysis-measures": ("analysis", "measures"),
    "memo-measures-attached": ("memo-measures", "analysis", "measures"),
    "memo-results-attached": ("memo-results", "results"),
}
"""The documents each combined kind holds, in order."""


def _part(kind: str, context: DocumentContext, options: DocumentOptions, first: bool,
          warnings: list[str]) -> Part:
    sub = replace(context, kind=kind, warnings=[])
    if kind == "analysis":
        if context.analysis is None:
            raise DocumentError(f"ไม่มีผลการประเมินก่อนปีงบประมาณ {context.fiscal_year} "
                                "จึงพิมพ์รายงานการวิเคราะห์ไม่ได้")
        return Part(analysis_report.story(sub, options), PORTRAIT)
    if kind == "measures":
        story = pdf_render.flowables(measures_report.blocks(sub, options),
                                     c.LANDSCAPE.frame_width)
        return Part(story, LANDSCAPE, restart_numbers=first)
    if kind == "results":
        return Part(results_report.story(sub, options), LANDSCAPE, restart_numbers=True)
    fields = memo.memo_fields(sub)
    story = pdf_render.flowables(memo.blocks(sub, fields, options, warnings),
                                 memo.MEMO_PAGE.frame_width)
    return Part(story, _page(memo.MEMO_PAGE))


def _page(page: c.Page) -> Page:
    return Page(size=(page.width, page.height), left=page.left, right=page.right, top=page.top,
                bottom=page.bottom)


def title(context: DocumentContext) -> str:
    """The PDF's title: the memo's subject, else the report's."""
    kinds = PARTS[context.kind]
    if kinds[0].startswith("memo-"):
        return memo.memo_fields(replace(context, kind=kinds[0]))["subject"]
    year = context.assessment_year or context.fiscal_year
    return (f"{analysis_report.TITLE} ประจำปีงบประมาณ พ.ศ. {year} และ{measures_report.TITLE} "
            f"ประจำปีงบประมาณ พ.ศ. {context.fiscal_year}")


def render(context: DocumentContext, out: Path, options: DocumentOptions) -> RenderReport:
    """Write the combined document ``context.kind`` (a PARTS key) to ``out``.

    Raises DocumentError (no assessment to analyse, bad columns or grouping, unwritable path).
    """
    warnings: list[str] = []
    parts = [_part(kind, context, options, n == 0, warnings)
             for n, kind in enumerate(PARTS[context.kind])]
    report = build_parts(out, parts, options, title=options.digits(title(context)),
                         author=context.office)
    report.warnings.extend(warnings)
    return report
