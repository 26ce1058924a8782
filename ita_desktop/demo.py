"""The example database: a fictional sub-district office with three years of results.

``ita demo PATH`` writes it; the app opens a copy of it on first run. Everything here is invented
(the office, the people, the scores); it exists so every screen and document has something to show.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from ita_desktop import workbook
from ita_desktop.storage import (
    analysis_texts,
    assessments,
    followups,
    measures,
    memos,
    open_database,
    profile,
    readiness,
)

PROFILE = {
    "name": "องค์การบริหารส่วนตำบลดอนแก้วทอง",
    "office_type": "องค์การบริหารส่วนตำบล",
    "district": "บ้านไผ่งาม",
    "province": "สุวรรณบุรี",
    "address": "หมู่ที่ ๓ ตำบลดอนแก้วทอง อำเภอบ้านไผ่งาม จังหวัดสุวรรณบุรี ๔๕๑๗๐",
    "phone": "๐๔๓ ๕๕๖ ๗๘๙",
    "unit_name": "สำนักปลัด องค์การบริหารส่วนตำบลดอนแก้วทอง",
    "doc_prefix": "สบ ๗๒๔๐๑",
    "chief_name": "นายสมศักดิ์ ใจดีงาม",
    "chief_position": "นายกองค์การบริหารส่วนตำบลดอนแก้วทอง",
    "deputy_name": "นางสาวพรทิพย์ มั่นคงดี",
    "deputy_position": "ปลัดองค์การบริหารส่วนตำบลดอนแก้วทอง",
    "reporter_name": "นางวันเพ็ญ สุขประเสริฐ",
    "reporter_position": "นักวิเคราะห์นโยบายและแผนชำนาญการ",
}

# Indicator-level results as an office would copy them from ITAS (invented figures).
INDICATORS_2566 = {"1": "91.25", "2": "88.40", "3": "90.12", "4": "84.77", "5": "86.30",
                   "6": "83.55", "7": "80.21", "8": "78.64", "9": "72.50", "10": "66.67"}
INDICATORS_2567 = {"1": "94.10", "2": "92.36", "3": "93.80", "4": "88.15", "5": "90.02",
                   "6": "88.47", "7": "86.93", "8": "84.11", "9": "85.00", "10": "78.57"}
# 2568 item level: mostly good, a few weak items to analyse.
WEAK_ITEMS_2568 = {
    "i1": "86.42", "i2": "89.10", "i3": "100", "i4": "92.33", "i5": "95.12", "i6": "90.48",
    "i7": "93.75", "i8": "97.20", "i9": "100", "i10": "81.36", "i11": "88.90", "i12": "79.45",
    "i13": "94.60", "i14": "91.07", "i15": "87.82",
    "e1": "82.14", "e2": "90.33", "e3": "100", "e4": "88.76", "e5": "86.05", "e6": "91.40",
    "e7": "78.92", "e8": "84.37", "e9": "65.20",
}
OIT_2568 = {"o1": "100", "o3": "100", "o4": "100", "o8": "100", "o9": "50", "o10": "0",
            "o11": "100", "o12": "100", "o13": "100", "o14": "100", "o15": "100", "o16": "100",
            "o17": "100", "o18": "100", "o19": "50", "o20": "100", "o21": "100", "o22": "100",
            "o23": "100", "o24": "0"}

UNITS = ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา ศาสนาและวัฒนธรรม", "หน่วยตรวจสอบภายใน"]

MEASURES_2569 = [
    dict(title="มาตรการจัดทำคู่มือขั้นตอนและระยะเวลาการให้บริการ", kind="มาตรการ",
         analysis="ข้อ i1 และ e1 ต่ำกว่า 85 คะแนน ผู้รับบริการไม่ทราบขั้นตอนและระยะเวลาที่ชัดเจน",
         steps="๑. รวบรวมงานบริการทุกประเภทของแต่ละกอง\n๒. จัดทำแผนผังขั้นตอนและระยะเวลา\n"
               "๓. ติดประกาศ ณ จุดบริการและเผยแพร่บนเว็บไซต์ (o8, o9)\n๔. ทบทวนทุกไตรมาส",
         target="ทุกงานบริการมีคู่มือเผยแพร่", units=["สำนักปลัด", "กองคลัง"],
         start=date(2025, 10, 1), end=date(2026, 3, 31),
         links={"indicator": ["1", "6"], "issue": ["1"], "item": ["i1", "e1", "o8", "o9"]}),
    dict(title="โครงการพัฒนาระบบบริการออนไลน์ (E-Service)", kind="โครงการ",
         analysis="ข้อ e9 ได้ 65.20 คะแนน ประชาชนส่วนใหญ่ยังไม่เคยใช้บริการออนไลน์",
         steps="- เปิดแบบคำร้องออนไลน์อย่างน้อย ๓ งานบริการ\n- ประชาสัมพันธ์ผ่านหอกระจายข่าวและเพจ\n"
               "- จัดเจ้าหน้าที่ช่วยผู้สูงอายุกรอกคำร้อง",
         target="ผู้ใช้บริการออนไลน์ไม่น้อยกว่า ๑๐๐ ราย", units=["สำนักปลัด"],
         start=date(2025, 11, 1), end=date(2026, 9, 30),
         links={"indicator": ["8"], "issue": ["2"], "item": ["e9", "o10"]}),
    dict(title="กิจกรรมตรวจสอบการยืมและใช้ทรัพย์สินของทางราชการ", kind="กิจกรรม",
         analysis="ข้อ i10 และ i12 ต่ำกว่าตัวชี้วัดอื่น การยืมคืนพัสดุยังไม่มีทะเบียนที่ตรวจสอบได้",
         steps="๑. ออกแนวปฏิบัติการยืมพัสดุ\n๒. จัดทำทะเบียนยืม-คืน\n๓. สุ่มตรวจทุกไตรมาสและรายงานผู้บริหาร",
         target="มีรายงานผลการตรวจสอบ ๔ ครั้ง", units=["กองคลัง", "หน่วยตรวจสอบภายใน"],
         start=date(2025, 10, 1), end=date(2026, 9, 30),
         links={"indicator": ["4"], "issue": ["4"], "item": ["i10", "i12"]}),
    dict(title="มาตรการเผยแพร่รายงานผลการจัดการความเสี่ยงการทุจริต", kind="มาตรการ",
         analysis="ข้อ o24 ยังไม่มีรายงานผลการดำเนินการเพื่อจัดการความเสี่ยงประจำปี",
         steps="๑. ติดตามผลตามแผนบริหารความเสี่ยง\n๒. จัดทำรายงานเสนอผู้บริหาร\n๓. เผยแพร่บนเว็บไซต์",
         target="รายงานเผยแพร่ภายในเดือนกันยายน", units=["หน่วยตรวจสอบภายใน"],
         start=date(2026, 4, 1), end=date(2026, 9, 15),
         links={"indicator": ["10"], "issue": ["7"], "item": ["o23", "o24"]}),
    dict(title="กิจกรรมเปิดโอกาสให้ประชาชนมีส่วนร่วมปรับปรุงการให้บริการ", kind="กิจกรรม",
         analysis="ข้อ e7 ได้ 78.92 คะแนน ประชาชนยังมีส่วนร่วมน้อย",
         steps="- จัดเวทีประชาคมรับฟังความคิดเห็นปีละ ๒ ครั้ง\n- เปิดช่องทางแสดงความคิดเห็นบนเว็บไซต์\n"
               "- สรุปข้อเสนอและแจ้งผลการปรับปรุงให้ประชาชนทราบ",
         target="มีสรุปผลการรับฟังความคิดเห็น ๒ ครั้ง", units=["สำนักปลัด", "กองช่าง"],
         start=date(2025, 12, 1), end=date(2026, 6, 30),
         links={"indicator": ["8"], "issue": ["2"], "item": ["e7", "e8", "o20"]}),
]

FOLLOWUPS = [  # (measure index, period, status, results, evidence)
    (0, "Q1", "done", "จัดทำแผนผังขั้นตอนการให้บริการครบ ๑๒ งาน",
     [("ประกาศขั้นตอนและระยะเวลาการให้บริการ", date(2025, 12, 15),
       "https://www.donkaeothong.go.th/manual")]),
    (0, "Q2", "done", "เผยแพร่คู่มือบนเว็บไซต์และติดประกาศ ณ จุดบริการ", []),
    (1, "Q1", "in_progress", "เปิดแบบคำร้องออนไลน์แล้ว ๒ งาน", []),
    (2, "Q1", "done", "ออกแนวปฏิบัติการยืมพัสดุแล้ว",
     [("คำสั่งแนวปฏิบัติการยืมพัสดุ", date(2025, 11, 20), None)]),
    (2, "Q2", "in_progress", "สุ่มตรวจครั้งที่ ๑ แล้ว", []),
    (4, "Q2", "not_started", "", []),
]


def build_demo(path: str | Path, *, overwrite: bool = False) -> Path:
    """Write the example database to ``path`` and return it.

    Raises FileExistsError when the file exists and ``overwrite`` is False.
    """
    path = Path(path)
    if path.exists():
        if not overwrite:
            raise FileExistsError(f"{path} มีอยู่แล้ว")
        path.unlink()
    store = open_database(path, create=True)
    try:
        _fill(store)
    finally:
        store.close()
    return path


def _fill(store) -> None:
    profile.save_profile(store, **PROFILE)
    for year, scores in ((2566, INDICATORS_2566), (2567, INDICATORS_2567),
                         (2568, WEAK_ITEMS_2568 | OIT_2568)):
        workbook.start_assessment(store, fiscal_year=year)
        workbook.enter_scores(store, fiscal_year=year, pairs=scores.items())
        result = workbook.result_of(store, year)
        official = {"TOTAL": result.total} | dict(result.counted_tools)
        assessments.set_scores(store, fiscal_year=year, official=True,
                               scores={k: round(v, 2) for k, v in official.items()})
        assessments.set_official(store, fiscal_year=year, rating=result.rating,
                                 rank={2566: 3120, 2567: 2011, 2568: 1487}[year],
                                 rank_of="องค์การบริหารส่วนตำบล")
        workbook.redraft(store, fiscal_year=year)
    analysis_texts.edit_text(
        store, fiscal_year=2568, scope="issue", key="2", field="cause",
        text="ประชาชนในพื้นที่ส่วนใหญ่เป็นผู้สูงอายุ ไม่คุ้นเคยกับการยื่นคำร้องออนไลน์ "
             "และ อบต. ยังเปิดบริการออนไลน์ได้เพียงงานเดียว")

    unit_ids = {name: measures.add_unit(store, name=name) for name in UNITS}
    ids = []
    for spec in MEASURES_2569:
        ids.append(measures.add_measure(
            store, fiscal_year=2569, title=spec["title"], kind=spec["kind"],
            analysis=spec["analysis"], steps=spec["steps"], target=spec["target"],
            start_date=spec["start"], end_date=spec["end"], units=spec["units"],
            links=spec["links"]))
    measures.add_measure(store, fiscal_year=2568, title="มาตรการประกาศเจตนารมณ์ No Gift Policy",
                         kind="มาตรการ", steps="๑. ผู้บริหารประกาศเจตนารมณ์\n๒. เผยแพร่บนเว็บไซต์",
                         units=["สำนักปลัด"], start_date=date(2024, 10, 1),
                         end_date=date(2024, 12, 31), links={"item": ["o21"]})
    for index, period, status, results, evidence in FOLLOWUPS:
        followup_id = followups.set_followup(
            store, measure_id=ids[index], period=period, status=status, results=results,
            outcome="ผู้รับบริการทราบขั้นตอนชัดเจนขึ้น" if status == "done" else "",
            suggestions="ควรทบทวนทุกปีงบประมาณ" if status == "done" else "")
        for title, when, url in evidence:
            followups.add_evidence(store, followup_id=followup_id, title=title, date=when, url=url)

    framework = workbook.framework_of(store, 2568)
    for item in framework.items:
        if not item.code.startswith("o"):
            continue
        value = Decimal(OIT_2568.get(item.code, "0"))
        status = "published" if value == 100 else "needs_update" if value > 0 else "missing"
        readiness.set_readiness(
            store, fiscal_year=2569, item_code=item.code, status=status,
            url=f"https://www.donkaeothong.go.th/ita/{item.code}" if status != "missing" else None,
            unit_id=unit_ids["สำนักปลัด"], due_date=date(2026, 4, 30) if status != "published"
            else None, note="" if status == "published" else "ต้องปรับปรุงก่อนการประเมินรอบใหม่")

    for kind, subject in (("measures", "ขออนุมัติมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน "
                                       "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙"),
                          ("results", "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส "
                                      "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙")):
        memos.save_memo(store, fiscal_year=2569, kind=kind,
                        number=f"{PROFILE['doc_prefix']}/{'๐๑๒' if kind == 'measures' else '๐๘๘'}",
                        date=date(2025, 10, 20) if kind == "measures" else date(2026, 9, 25),
                        subject=subject, to_whom=PROFILE["chief_position"],
                        signer_name=PROFILE["reporter_name"],
                        signer_position=PROFILE["reporter_position"])
