"""Everything a document needs from the database, gathered once.

Years: the analysis report is about an assessment year (``fiscal_year`` = the ITA year). The
measures, the results report and both memos are about the measures' fiscal year N; the analysis
they build on is the latest stored assessment before N (usually N − 1), or N itself when only
that exists.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ita_desktop import workbook
from ita_desktop.analysis import Analysis
from ita_desktop.documents.options import (
    MEMO_OF,
    DocumentError,
    DocumentOptions,
    EmptyDocumentError,
)
from ita_desktop.framework import Framework, FrameworkError
from ita_desktop.numbers import format_score
from ita_desktop.scoring import NO_TOTAL, code_label, open_rating_text
from ita_desktop.storage import (
    Store,
    assessments,
    followups,
    measures,
    memos,
    profile,
    readiness,
    report_images,
)
from ita_desktop.storage.errors import InvalidRecordError


@dataclass
class DocumentContext:
    """Plain data for one document. ``texts`` maps (scope, key, field) to the office's text or the
    current draft; ``followups`` maps measure id to its follow-up records (with evidence). ``memo`` is the
    stored memo of a memo kind, ``previous_memo`` the same kind's memo of the latest earlier year.
    ``history`` is (fiscal year, total score 0–100 or None = no total) for every stored assessment
    year up to ``assessment_year``, oldest first (the analysis report's chart of change).
    ``images`` are the analysis report's pictures (storage.report_images rows with their bytes,
    in order; a picture that fails the checks is left out with a warning)."""

    kind: str
    fiscal_year: int
    profile: dict[str, Any]
    assessment_year: int | None = None
    framework: Framework | None = None
    analysis: Analysis | None = None
    texts: dict[tuple[str, str, str], str] = field(default_factory=dict)
    measures: list[dict[str, Any]] = field(default_factory=list)
    followups: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    readiness: list[dict[str, Any]] = field(default_factory=list)
    memo: dict[str, Any] | None = None
    previous_memo: dict[str, Any] | None = None
    history: list[tuple[int, Decimal | None]] = field(default_factory=list)
    assessment: dict[str, Any] = field(default_factory=dict)
    images: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def office(self) -> str:
        return self.profile.get("name") or "หน่วยงาน"


def load_context(store: Store, *, kind: str, fiscal_year: int,
                 options: DocumentOptions) -> DocumentContext:
    """Gather the data of ``kind`` for ``fiscal_year``.

    Raises DocumentError when the file has nothing for that year, EmptyDocumentError when a
    measures-based document has no measures (unless ``options.allow_empty``).
    """
    years = assessments.list_fiscal_years(store)
    context = DocumentContext(kind=kind, fiscal_year=fiscal_year, profile=profile.get_profile(store))
    if kind == "analysis":
        if fiscal_year not in years:
            listed = ", ".join(map(str, years)) or "-"
            raise DocumentError(f"ไม่มีผลการประเมินปีงบประมาณ {fiscal_year} ในไฟล์นี้ (มี: {listed})")
        context.assessment_year = fiscal_year
    else:
        earlier = [y for y in years if y < fiscal_year]
        context.assessment_year = max(earlier) if earlier else (
            fiscal_year if fiscal_year in years else None)
        context.measures = measures.list_measures(store, fiscal_year=fiscal_year)
        if not context.measures and context.assessment_year is None:
            raise DocumentError(f"ไม่มีข้อมูลของปีงบประมาณ {fiscal_year} ในไฟล์นี้")
        if not context.measures and not options.allow_empty:
            raise EmptyDocumentError(f"ยังไม่มีมาตรการของปีงบประมาณ {fiscal_year}")
        by_measure: dict[int, list[dict[str, Any]]] = {}
        for record in followups.list_followups(store, fiscal_year=fiscal_year):
            by_measure.setdefault(record["measure_id"], []).append(record)
        context.followups = by_measure
        context.readiness = readiness.list_readiness(store, fiscal_year=fiscal_year)
        memo_kind = MEMO_OF.get(kind)
        if memo_kind:
            context.memo = memos.get_memo(store, fiscal_year=fiscal_year, kind=memo_kind)
            context.previous_memo = memos.previous_memo(store, fiscal_year=fiscal_year,
                                                        kind=memo_kind)
    if context.assessment_year is not None:
        context.framework = workbook.framework_of(store, context.assessment_year)
        context.analysis = workbook.analysis_of(store, context.assessment_year)
        context.texts = dict(workbook.texts_of(store, context.assessment_year,
                                               analysis=context.analysis))
        context.history = _history(store, years, context)
        context.assessment = assessments.get_assessment(store, context.assessment_year)
        context.warnings += figure_warnings(context)
        context.images = _images(store, context)
    elif kind != "analysis":
        context.warnings.append(f"ไม่มีผลการประเมินก่อนปีงบประมาณ {fiscal_year}: "
                                "เอกสารจะไม่มีส่วนที่อ้างถึงผลการประเมิน")
    return context


def _images(store: Store, context: DocumentContext) -> list[dict[str, Any]]:
    good = []
    for n, image in enumerate(report_images.list_images(
            store, fiscal_year=context.assessment_year), start=1):
        try:
            report_images.check_image(bytes(image["data"]), image["mime"])
        except InvalidRecordError as exc:
            context.warnings.append(f"ภาพที่ {n} ของรายงานการวิเคราะห์ "
                                    f"(“{image['caption'] or '-'}”) พิมพ์ไม่ได้: {exc}")
            continue
        good.append(image)
    return good


def figure_warnings(context: DocumentContext) -> list[str]:
    """What the office should know about the printed figures of the assessment year (Thai):
    each published figure the office's own scores compute differently (the document prints the
    published one), a rating the rules leave open (the document leaves it blank) and a framework
    not yet checked against the NACC's manual (said here, never on paper)."""
    analysis, year = context.analysis, context.assessment_year
    if analysis is None:
        return []
    notes = []
    for d in analysis.result.discrepancies:
        if d.kind != "official":
            continue
        computed = (d.computed if isinstance(d.computed, str) or d.computed is None
                    else format_score(d.computed))
        published = d.other if isinstance(d.other, str) else format_score(d.other)
        notes.append(f"ผลการประเมินปี {year}: {code_label(d.code)} ที่คำนวณจากคะแนนที่กรอกได้ "
                     f"{computed or 'คำนวณไม่ได้'} แต่ สำนักงาน ป.ป.ช. ประกาศ {published} "
                     "เอกสารพิมพ์ตามที่ประกาศ")
    outcome = analysis.result.rating_outcome
    if not outcome.known and outcome.status != NO_TOTAL:
        notes.append(f"ผลการประเมินปี {year}: {open_rating_text(outcome)} เอกสารจึงเว้นช่องระดับ"
                     "ผลการประเมินไว้ กรอกระดับที่ สำนักงาน ป.ป.ช. ประกาศ หรือคะแนน "
                     f"{', '.join(outcome.needs)} ได้ที่ ผลการประเมิน › ผลที่ สำนักงาน ป.ป.ช. ประกาศ")
    framework = context.framework
    if framework is not None and not framework.verified:
        notes.append(f"กรอบการประเมินปี {framework.fiscal_year} ในโปรแกรมยังไม่ได้ยืนยันกับคู่มือฉบับสมบูรณ์"
                     "ของ สำนักงาน ป.ป.ช. ตรวจข้อคำถาม น้ำหนัก และเกณฑ์ได้ที่ กรอบการประเมิน "
                     "(ข้อความนี้ไม่พิมพ์ในเอกสาร)")
    return notes


def _history(store: Store, years: list[int],
             context: DocumentContext) -> list[tuple[int, Decimal | None]]:
    """(year, total) for the stored years up to the assessment year; a year whose stored framework
    cannot be read is left out with a warning."""
    history: list[tuple[int, Decimal | None]] = []
    for year in years:
        if year > (context.assessment_year or 0):
            continue
        if year == context.assessment_year and context.analysis is not None:
            history.append((year, context.analysis.result.total))
            continue
        try:
            history.append((year, workbook.published_of(store, year).total))
        except FrameworkError as exc:
            context.warnings.append(f"ข้ามผลการประเมินปี {year} ในกราฟย้อนหลัง ({exc})")
    return history
