"""Large office files for the scale tests and bench/bench_scale.py.

``build_large(path, years=30, measures=2000, followups=10000)`` writes an ITA Desktop file with
``years`` assessed fiscal years ending at 2568 (indicator-level scores; years without a shipped
framework use a copy of 2567's with its year changed), the measures spread evenly over the plan
years after each assessment, up to five follow-up reports per measure (Q1–Q4, FY) with evidence on
every fourth report, and OIT readiness for the last year. Everything goes in through the storage
layer (one transaction per area), so the file obeys every rule a real one does.
"""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from ita_desktop import workbook
from ita_desktop.framework import available_fiscal_years, framework_from_document, load_framework
from ita_desktop.storage import assessments, followups, measures, open_database, profile, readiness
from ita_desktop.storage.followups import PERIODS

UNITS = ("สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา", "กองสาธารณสุข", "หน่วยตรวจสอบภายใน")
STEPS = "๑. ประชุมชี้แจงผู้เกี่ยวข้อง\n๒. ดำเนินการตามแผน\n๓. เผยแพร่ผลบนเว็บไซต์\n- ติดตามทุกไตรมาส"


def _framework(year: int):
    if year in available_fiscal_years():
        return load_framework(year)
    document = dict(load_framework(2567).document)
    document["fiscal_year"] = year
    return framework_from_document(document, origin=f"scale copy for {year}")


def build_large(path: Path | str, *, years: int = 30, measures_total: int = 2000,
                followups_total: int = 10000, seed: int = 2568) -> Path:
    """Write the large file at ``path`` (which must not exist) and return it."""
    rng = random.Random(seed)
    path = Path(path)
    store = open_database(path, create=True)
    try:
        profile.save_profile(store, name=f"เทศบาลตำบลทดสอบขนาด {measures_total}",
                             unit_name="สำนักปลัด", reporter_name="นางทดสอบ ระบบ",
                             reporter_position="นักวิเคราะห์นโยบายและแผน")
        assessed = list(range(2569 - years, 2569))
        with store.atomic():
            for year in assessed:
                workbook.start_assessment(store, fiscal_year=year, framework=_framework(year))
                scores = {str(n): f"{rng.uniform(60, 100):.2f}" for n in range(1, 11)}
                workbook.enter_scores(store, fiscal_year=year, pairs=scores.items())
        plan = [year + 1 for year in assessed]
        ids: list[tuple[int, int]] = []
        with store.atomic():
            for n in range(measures_total):
                year = plan[n * len(plan) // measures_total]
                ce = year - 543
                ids.append((year, measures.add_measure(
                    store, fiscal_year=year, title=f"มาตรการที่ {n + 1} ส่งเสริมความโปร่งใส",
                    analysis="ผลการประเมินตัวชี้วัดนี้ยังต่ำกว่าเป้าหมาย", steps=STEPS,
                    units=[UNITS[n % len(UNITS)]], start_date=date(ce - 1, 10, 1),
                    end_date=date(ce, 9, 30),
                    links={"indicator": [str(n % 10 + 1)], "issue": [str(n % 7 + 1)]})))
        with store.atomic():
            made = 0
            for round_ in range(len(PERIODS)):
                for _year, measure_id in ids:
                    if made >= followups_total:
                        break
                    report = followups.set_followup(
                        store, measure_id=measure_id, period=PERIODS[round_],
                        status=("done", "in_progress", "not_started")[made % 3],
                        results=f"ดำเนินการรอบที่ {round_ + 1} แล้ว", outcome="ผู้รับบริการพึงพอใจ")
                    if made % 4 == 0:
                        followups.add_evidence(store, followup_id=report,
                                               title=f"รายงานผลครั้งที่ {made + 1}",
                                               url="https://www.example.go.th/ita")
                    made += 1
        framework = workbook.framework_of(store, assessed[-1])
        with store.atomic():
            for item in framework.items:
                if item.code.startswith("o"):
                    readiness.set_readiness(store, fiscal_year=plan[-1], item_code=item.code,
                                            status=rng.choice(("published", "missing")))
        assert len(assessments.list_fiscal_years(store)) == years
    finally:
        store.close()
    return path
