"""Shared by the import tests (test_merge*.py): the two files, ours (the example) and theirs
(another office's, changed in every kind of record), and helpers that read a file back."""

from __future__ import annotations

import hashlib
from pathlib import Path

from ita_desktop import workbook
from ita_desktop.demo import build_demo
from ita_desktop.framework import load_framework
from ita_desktop.storage import (
    analysis_texts,
    assessments,
    followups,
    measures,
    memos,
    merge,
    open_database,
    profile,
    readiness,
    report_images,
)
from ita_desktop.storage.merge_read import read_store

TABLE_OF = {"unit": "units", "assessment": "assessments", "score": "scores",
            "analysis_text": "analysis_texts", "readiness": "oit_readiness", "memo": "memos",
            "measure": "measures", "followup": "followups", "evidence": "evidence",
            "report_image": "report_images"}
FIRST = "มาตรการจัดทำคู่มือขั้นตอนและระยะเวลาการให้บริการ"
THIRD = "กิจกรรมตรวจสอบการยืมและใช้ทรัพย์สินของทางราชการ"
NEW = "โครงการอบรมคุณธรรมจริยธรรมพนักงาน"
OTHER_OFFICE = "เทศบาลตำบลหนองบัวงาม"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def counts(path: Path) -> dict[str, int]:
    with open_database(path, read_only=True) as store:
        return {table: store.db[table].count for table in (*TABLE_OF.values(), "frameworks",
                                                           "organisation")}


def dump(path: Path) -> list[str]:
    with open_database(path, read_only=True) as store:
        return list(store.db.conn.iterdump())


def records(path: Path):
    with open_database(path, read_only=True) as store:
        return read_store(store).records


def measure_id(store, year: int, title: str) -> int:
    return next(m["id"] for m in measures.list_measures(store, fiscal_year=year)
                if m["title"] == title)


def followup_id(store, year: int, title: str, period: str) -> int:
    return next(f["id"] for f in followups.list_followups(store, fiscal_year=year)
                if f["measure_title"] == title and f["period"] == period)


def build_theirs(path: Path) -> Path:
    """Another office's file at ``path``: the example, then one change of every kind of
    record."""
    build_demo(path)
    with open_database(path) as store:
        profile.save_profile(store, name=OTHER_OFFICE, office_type="เทศบาลตำบล")
        assessments.set_scores(store, fiscal_year=2568, scores={"i1": "90.5", "e9": "70"})
        assessments.set_official(store, fiscal_year=2566, rating="A", rank=1,
                                 rank_of="เทศบาลตำบล")
        changed = load_framework(2567).document | {"title": "กรอบที่หน่วยงานแก้ไข"}
        assessments.replace_framework(store, fiscal_year=2567, document=changed)
        workbook.start_assessment(store, fiscal_year=2569, framework=load_framework(2568))
        workbook.enter_scores(store, fiscal_year=2569, pairs=[("1", "95"), ("9", "80")])
        analysis_texts.edit_text(store, fiscal_year=2568, scope="issue", key="2", field="cause",
                                 text="สาเหตุตามที่เทศบาลวิเคราะห์")
        first = measure_id(store, 2569, FIRST)
        measures.update_measure(store, first, steps="๑. ขั้นตอนของเทศบาล")
        followups.set_followup(store, measure_id=first, period="Q3", status="in_progress",
                               results="ดำเนินการไตรมาส ๓")
        evidence = followups.list_followups(store, fiscal_year=2569)[0]["evidence"][0]
        followups.update_evidence(store, evidence_id=evidence["id"], title=evidence["title"],
                                  date=evidence["date"], url="https://www.nongbua.go.th/manual")
        third = measure_id(store, 2569, THIRD)
        followups.set_followup(store, measure_id=third, period="Q1", status="done",
                               results="ออกแนวปฏิบัติและประกาศแล้ว")
        followups.add_evidence(store, followup_id=followup_id(store, 2569, THIRD, "Q2"),
                               title="รายงานการสุ่มตรวจครั้งที่ ๑", date="2026-02-10")
        new = measures.add_measure(store, fiscal_year=2569, title=NEW, kind="โครงการ",
                                   units=["กองสวัสดิการสังคม"], links={"indicator": ["5"]})
        report = followups.set_followup(store, measure_id=new, period="Q1", status="done",
                                        results="อบรมแล้ว ๔๐ คน")
        followups.add_evidence(store, followup_id=report, title="ภาพการอบรม", date="2025-12-01")
        unit = measures.add_unit(store, "กองสวัสดิการสังคม")
        readiness.set_readiness(store, fiscal_year=2569, item_code="o10", status="published",
                                url="https://www.nongbua.go.th/eservice", unit_id=unit)
        memos.save_memo(store, fiscal_year=2569, kind="measures", subject="ขออนุมัติมาตรการของเทศบาล")
        report_images.add_image(store, fiscal_year=2568, data=png(3), mime="image/png",
                                caption="ผลการประเมินภาพรวมจากระบบ ITAS")
    return path



def png(seed: int) -> bytes:
    """A small PNG whose bytes differ with ``seed``."""
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (20 + seed, 10), (seed * 20 % 255, 90, 160)).save(out, "PNG")
    return out.getvalue()


def plan_of(ours: Path, theirs: Path) -> merge.ImportPlan:
    with open_database(ours) as store:
        return merge.plan_import(store, theirs)


def by_id(plan) -> dict[str, merge.PlanEntry]:
    return {entry.id: entry for entry in plan.entries}
