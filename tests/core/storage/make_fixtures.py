"""Write the fixture database of the current schema: fixtures/schema-v<SCHEMA_VERSION>.db.

Run it once when a schema step is added, and commit the file it writes:

    .venv/bin/python tests/core/storage/make_fixtures.py

A fixture stands for a released schema, so an existing one is never rewritten (``--force`` rewrites
the current version's, before it is released). ``populate()`` puts a row in every table; the
fixture tests check that each released fixture opens, migrates and still holds these rows.
"""

from __future__ import annotations

import argparse
import json
import struct
import sys
import tempfile
import zlib
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from ita_desktop.storage import (  # noqa: E402
    SCHEMA_VERSION,
    Store,
    analysis_texts,
    assessments,
    followups,
    measures,
    memos,
    open_database,
    profile,
    readiness,
    report_images,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FRAMEWORK_2567 = ROOT / "resources" / "frameworks" / "2567.json"
OFFICE_NAME = "เทศบาลตำบลตัวอย่าง"
MEASURE_TITLE = "มาตรการเผยแพร่คู่มือการปฏิบัติงานและขั้นตอนระยะเวลาการให้บริการ"


def tiny_png() -> bytes:
    """A valid 1×1 white PNG (stands in for the Garuda emblem)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\xff\xff")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def populate(store: Store) -> None:
    """One or more rows in every table, through the public API."""
    profile.save_profile(
        store,
        name=OFFICE_NAME,
        office_type="เทศบาลตำบล",
        district="เมือง",
        province="หนองคาย",
        unit_name="สำนักปลัด",
        doc_prefix="นค ๕๓๗๑๑",
        chief_name="นายสมชาย ใจดี",
        chief_position="นายกเทศมนตรีตำบลตัวอย่าง",
    )
    profile.set_emblem(store, data=tiny_png(), mime="image/png")
    document = json.loads(FRAMEWORK_2567.read_text(encoding="utf-8"))
    framework_id = assessments.store_framework(store, document=document, source="2567.json")
    assessments.create_assessment(store, fiscal_year=2567, framework_id=framework_id)
    assessments.set_scores(
        store,
        fiscal_year=2567,
        scores={"IIT": Decimal("100"), "EIT": Decimal("97.2067"), "OIT": Decimal("100")},
    )
    assessments.set_scores(
        store, fiscal_year=2567, scores={"TOTAL": Decimal("99.16")}, official=True
    )
    assessments.set_official(
        store, fiscal_year=2567, rating="ผ่านดีเยี่ยม", rank=3, rank_of="เทศบาลตำบล"
    )
    analysis_texts.save_draft(
        store, fiscal_year=2567, drafts={("overall", "", "summary"): "ผลการประเมินอยู่ในระดับผ่านดีเยี่ยม"}
    )
    report_images.add_image(  # from schema 2
        store, fiscal_year=2567, data=tiny_png(), mime="image/png",
        caption="ผลการประเมินภาพรวมจากระบบ ITAS"
    )
    measure_id = measures.add_measure(
        store,
        fiscal_year=2568,
        title=MEASURE_TITLE,
        start_date="2024-10-01",
        end_date="2025-09-30",
        units=["สำนักปลัด", "กองคลัง"],
        links={"indicator": ["1"], "issue": ["1"], "item": ["i1", "o10"]},
    )
    followup_id = followups.set_followup(
        store, measure_id=measure_id, period="Q2", status="in_progress", results="จัดทำคู่มือแล้ว"
    )
    followups.add_evidence(
        store,
        followup_id=followup_id,
        title="ประกาศ ลงวันที่ ๕ มกราคม ๒๕๖๘",
        date="2025-01-05",
        url="https://www.example.go.th/ita/o10",
    )
    unit_id = measures.add_unit(store, "สำนักปลัด")
    readiness.set_readiness(
        store,
        fiscal_year=2568,
        item_code="o10",
        status="published",
        url="https://www.example.go.th/ita/o10",
        unit_id=unit_id,
        due_date="2025-03-31",
    )
    memos.save_memo(
        store,
        fiscal_year=2568,
        kind="measures",
        number="นค ๕๓๗๑๑/๐๐๕",
        date="2025-01-16",
        subject="รายงานมาตรการส่งเสริมคุณธรรมและความโปร่งใส",
        extra={"deputy_comment": True},
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rewrite the current version's file")
    args = parser.parse_args(argv)
    target = FIXTURES / f"schema-v{SCHEMA_VERSION}.db"
    if target.exists() and not args.force:
        print(f"{target} exists; released fixtures are never rewritten (--force to override)")
        return 1
    FIXTURES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder) / "fixture.db"
        store = open_database(scratch, create=True)
        populate(store)
        store.db.execute("VACUUM")
        store.close()
        target.write_bytes(scratch.read_bytes())
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
