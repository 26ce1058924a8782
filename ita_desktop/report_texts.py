"""The office's own texts of the analysis report, drafted from the data: the preface (คำนำ), the
limitations (ข้อจำกัด) and the recommendations per tool or tool part (ข้อเสนอแนะ).

In every real report these are the office's words, so the program only offers drafts: they are
stored with the other analysis texts (storage.analysis_texts, keys below) and the office edits
them in the analysis screen; its text wins when printing. A preface or limitations the office
wrote last year start the next year's draft, with the years moved on (``carried``). Drafts use
Arabic digits like every draft; documents convert them when printing. Plain text, no ReportLab.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ita_desktop.analysis import Analysis, IndicatorAnalysis
from ita_desktop.framework import Framework
from ita_desktop.guidance import GuidanceLibrary
from ita_desktop.numbers import format_score, round2, to_thai_digits

TextKey = tuple[str, str, str]
PREFACE: TextKey = ("overall", "preface", "text")
LIMITATIONS: TextKey = ("overall", "limitations", "text")
RECOMMENDATIONS = "recommendations"
CARRIED: tuple[TextKey, ...] = (PREFACE, LIMITATIONS)
"""Texts a new year starts from when the office wrote them the year before."""

NACC = "สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.)"
ITA = ("การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
       "(Integrity and Transparency Assessment: ITA)")
PART_ROLES = {
    "EIT1": "ซึ่งสะท้อนความเห็นของผู้รับบริการที่ตอบแบบวัดด้วยตนเอง",
    "EIT2": "ซึ่งสะท้อนความเห็นของผู้รับบริการที่ผู้ประเมินสอบถามและจัดเก็บข้อมูล",
}


def recommendation_key(code: str) -> TextKey:
    """The stored address of the recommendation for a tool or part code ("IIT", "EIT1")."""
    return ("overall", RECOMMENDATIONS, code)


def recommendation_codes(framework: Framework) -> tuple[str, ...]:
    """The tools and tool parts recommendations are written for, in order: as the rating checks
    them (framework.rated_codes: IIT, EIT1, EIT2, OIT from 2567; IIT, EIT, OIT before)."""
    return framework.rated_codes


def code_title(framework: Framework, code: str) -> str:
    """ "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)", "EIT ส่วนที่ 1 … (EIT1)"."""
    for tool in framework.tools:
        if tool.code == code:
            return f"{tool.title} ({code})"
        for part in tool.parts:
            if part.code == code:
                return f"{part.title} ({code})"
    return code


def drafts(analysis: Analysis, framework: Framework, guidance: GuidanceLibrary,
           profile: Mapping[str, Any]) -> dict[TextKey, str]:
    """Every draft of this module, keyed as stored."""
    texts = {PREFACE: preface_draft(analysis, framework, profile),
             LIMITATIONS: limitations_draft(analysis, framework)}
    for code in recommendation_codes(framework):
        texts[recommendation_key(code)] = recommendation_draft(analysis, framework, guidance, code)
    return texts


def preface_draft(analysis: Analysis, framework: Framework, profile: Mapping[str, Any]) -> str:
    """Two paragraphs: what the report is for and what it holds (the levels it analyses are
    the ones with scores), and what the office hopes it brings."""
    office = (profile.get("name") or "").strip() or "หน่วยงาน"
    year = analysis.fiscal_year
    levels = "ภาพรวม รายเครื่องมือ รายตัวชี้วัด"
    levels += " และรายข้อคำถาม" if analysis.result.items else " และตามประเด็นการวิเคราะห์"
    first = (f"{office} ได้รับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
             f"(Integrity and Transparency Assessment: ITA) ประจำปีงบประมาณ พ.ศ. {year} จาก{NACC} "
             f"รายงานฉบับนี้รวบรวมผลการประเมินของหน่วยงานใน{levels} พิจารณาว่าเรื่องใดเป็นจุดแข็งที่ควร"
             "รักษาไว้ เรื่องใดยังต้องพัฒนา พร้อมสาเหตุและแนวทางการยกระดับ เพื่อใช้จัดทำมาตรการส่งเสริม"
             f"คุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {year + 1}")
    second = ("หน่วยงานหวังว่ารายงานนี้จะช่วยให้ผู้บริหารและบุคลากรเห็นภาพผลการประเมินตรงกัน "
              "และร่วมกันปรับปรุงการปฏิบัติงานให้โปร่งใส ตรวจสอบได้ "
              "และเป็นที่ไว้วางใจของประชาชนในพื้นที่ยิ่งขึ้น")
    return f"{first}\n\n{second}"


def limitations_draft(analysis: Analysis, framework: Framework) -> str:
    """Numbered limitations that hold for every office, and a tool that was not scored."""
    lines = ["คะแนน IIT และ EIT มาจากการรับรู้ของผู้ตอบแบบวัดในช่วงเวลาที่ทำการประเมิน สาเหตุและแนวทาง"
             "ที่ระบุในรายงานนี้เป็นการวิเคราะห์ของหน่วยงานจากคะแนน ไม่ใช่คำตอบโดยตรงของผู้ตอบแต่ละราย",
             "คะแนน OIT สะท้อนข้อมูลบนเว็บไซต์ของหน่วยงาน ณ ช่วงเวลาที่ตรวจ ข้อมูลที่ปรับปรุงหลังจากนั้น"
             "จะเห็นผลในการประเมินรอบถัดไป"]
    tools = {t.code for t in framework.tools}
    missing = [c for c in analysis.result.not_scored if c in tools]
    if missing:
        rule = ("คะแนนรวมจึงคิดจากเครื่องมือที่มีคะแนนตามสัดส่วนน้ำหนัก" if framework.missing_tool == "reweight"
                else "จึงไม่มีคะแนนรวม")
        lines.append(f"ปีนี้ {', '.join(missing)} ไม่มีผลคะแนน (เช่น จำนวนผู้ตอบไม่ถึงเกณฑ์ขั้นต่ำ) {rule}")
    return "\n".join(f"{n}. {line}" for n, line in enumerate(lines, start=1))


def _weak(indicators: list[IndicatorAnalysis], excellent) -> list[IndicatorAnalysis]:
    scored = [i for i in indicators if i.score is not None]
    return sorted((i for i in scored if round2(i.score) < excellent), key=lambda i: i.score)


def recommendation_draft(analysis: Analysis, framework: Framework, guidance: GuidanceLibrary,
                         code: str) -> str:
    """The recommendation for one tool or part: its score when known, the indicators of the
    tool below the excellent line with their lowest items and what the guidance library
    advises for the weakest, or how to keep the level when none is below it."""
    result = analysis.result
    whole = framework.part_of(code) or framework.tool(code)
    indicators = [i for i in analysis.indicators if i.tool == whole.code]
    excellent = framework.threshold("excellent")
    sentences = []
    value = result.tools.get(code)
    role = PART_ROLES.get(code, "")
    if value is not None:
        sentences.append(f"{code} ได้ {format_score(value)} คะแนน{(' ' + role) if role else ''}")
    elif role:
        sentences.append(f"{code} {role}")
    weak = _weak(indicators, excellent)
    if weak:
        named = " ".join(f"ตัวชี้วัดที่ {i.number} {i.title} ({format_score(i.score)})" for i in weak)
        sentences.append(f"ควรให้ความสำคัญกับ{named}")
        lowest = weak[0]
        items = [e for e in lowest.lowest_items if e.score is not None
                 and round2(e.score) < excellent]
        if items:
            sentences.append("โดยเฉพาะข้อ " + ", ".join(
                f"{e.code} ({format_score(e.score)})" for e in items))
        advice = (guidance.for_item(items[0].code) if items else None) or \
            guidance.for_indicator(lowest.number)
        if advice and advice.guideline:
            sentences.append(advice.guideline.strip())
    else:
        scored = [i for i in indicators if i.score is not None]
        if scored:
            low = min(scored, key=lambda i: i.score)
            advice = guidance.for_indicator(low.number)
            keep = advice.keep if advice and advice.keep else (
                "รักษามาตรฐานการดำเนินงานเดิมและติดตามผลอย่างต่อเนื่อง")
            sentences.append(f"ทุกตัวชี้วัดของ {whole.code} อยู่ในระดับดีเยี่ยมแล้ว {keep}")
    return " ".join(s.strip() for s in sentences if s.strip())


def shift_years(text: str, from_year: int, to_year: int) -> str:
    """``text`` written for assessment year ``from_year`` made to read for ``to_year``: that year
    and the next (the measures' year) move on by the difference, in Arabic and Thai digits;
    other numbers are left alone."""
    delta = to_year - from_year
    if not delta:
        return text
    for year in sorted((from_year, from_year + 1), reverse=delta > 0):
        for old, new in ((str(year), str(year + delta)),
                         (to_thai_digits(str(year)), to_thai_digits(str(year + delta)))):
            text = re.sub(rf"(?<![0-9๐-๙]){old}(?![0-9๐-๙])", new, text)
    return text


def carried(previous: Mapping[TextKey, Mapping[str, Any]], *, from_year: int,
            to_year: int) -> dict[TextKey, str]:
    """The CARRIED texts the office edited in ``from_year`` (``previous``: analysis_texts rows
    of that year), moved on to ``to_year``: the drafts ``to_year`` starts from."""
    out = {}
    for key in CARRIED:
        row = previous.get(key)
        if row and row.get("edited") and str(row.get("text") or "").strip():
            out[key] = shift_years(str(row["text"]), from_year, to_year)
    return out
