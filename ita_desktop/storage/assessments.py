"""Assessments (one per fiscal year), the framework document each was entered against, and scores.

The whole framework JSON document is copied into the file (``frameworks``), deduplicated by the
SHA-256 of its canonical JSON, so a shared file keeps the rules its scores were entered against.
Scores are stored as exact decimal text (``"97.2067"``), never floats, and never rounded here.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from ita_desktop.numbers import ScoreError, parse_score
from ita_desktop.storage import validation
from ita_desktop.storage.database import Store, now_iso
from ita_desktop.storage.errors import InvalidRecordError


def canonical_json(document: Mapping[str, Any]) -> str:
    """The form a framework document is stored and hashed in: sorted keys, no spaces, UTF-8 text."""
    return json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def store_framework(store: Store, *, document: Mapping[str, Any], source: str) -> int:
    """Copy a framework document (the parsed JSON of resources/frameworks/<year>.json) into the
    file; returns its ``frameworks.id``. An identical document already stored returns its id.

    ``document["fiscal_year"]`` must be a Buddhist-era int. ``source`` says where it came from
    (file name, "bundled 2567", …). Raises InvalidRecordError for a non-dict, a missing/bad
    fiscal_year, or a value JSON cannot hold.
    """
    if not isinstance(document, Mapping):
        raise InvalidRecordError("เอกสารกรอบการประเมินต้องเป็น JSON object")
    year = validation.fiscal_year(document.get("fiscal_year"))
    try:
        content = canonical_json(document)
    except (TypeError, ValueError) as exc:
        raise InvalidRecordError(f"กรอบการประเมินปี {year} มีค่าที่บันทึกเป็น JSON ไม่ได้ ({exc})") from exc
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()
    with store.atomic() as db:
        row = db.execute("SELECT id FROM frameworks WHERE sha256 = ?", [digest]).fetchone()
        if row:
            return row[0]
        cursor = db.execute(
            "INSERT INTO frameworks (fiscal_year, content, sha256, source, copied_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [year, content, digest, validation.text(source, label="แหล่งที่มา"), now_iso()],
        )
        return int(cursor.lastrowid)


def framework_for(store: Store, fiscal_year: int) -> dict[str, Any]:
    """The framework document (parsed JSON dict) the assessment of ``fiscal_year`` uses.

    Raises RecordNotFoundError when there is no assessment for that year.
    """
    row = validation.one_row(
        store,
        "SELECT f.content FROM assessments a JOIN frameworks f ON f.id = a.framework_id "
        "WHERE a.fiscal_year = ?",
        [fiscal_year],
        missing=f"ยังไม่มีผลการประเมินปีงบประมาณ {fiscal_year}",
    )
    return json.loads(row["content"])


def replace_framework(store: Store, *, fiscal_year: int, document: Mapping[str, Any]) -> int:
    """Store ``document`` (as store_framework) and point the assessment of ``fiscal_year`` at it;
    returns the framework id. Scores are kept. The previous copy stays in the file.

    Raises RecordNotFoundError (no assessment) or InvalidRecordError (bad document).
    """
    with store.atomic() as db:
        _require(store, fiscal_year)
        framework_id = store_framework(store, document=document, source="แก้ไขโดยหน่วยงาน")
        db.execute(
            "UPDATE assessments SET framework_id = ?, updated_at = ? WHERE fiscal_year = ?",
            [framework_id, now_iso(), fiscal_year],
        )
    return framework_id


def create_assessment(store: Store, *, fiscal_year: int, framework_id: int) -> None:
    """Start the assessment of ``fiscal_year`` (BE) using a stored framework.

    Raises InvalidRecordError (bad year, or the year already exists) or RecordNotFoundError
    (unknown framework_id).
    """
    validation.fiscal_year(fiscal_year)
    validation.one_row(
        store,
        "SELECT id FROM frameworks WHERE id = ?",
        [framework_id],
        missing=f"ไม่พบกรอบการประเมินหมายเลข {framework_id}",
    )
    with store.atomic() as db:
        if db.execute("SELECT 1 FROM assessments WHERE fiscal_year = ?", [fiscal_year]).fetchone():
            raise InvalidRecordError(f"มีผลการประเมินปีงบประมาณ {fiscal_year} อยู่แล้ว")
        stamp = now_iso()
        db.execute(
            "INSERT INTO assessments (fiscal_year, framework_id, created_at, updated_at) "
            "VALUES (?, ?, ?, ?)",
            [fiscal_year, framework_id, stamp, stamp],
        )


def list_fiscal_years(store: Store) -> list[int]:
    """Fiscal years (BE) that have an assessment, oldest first."""
    return [row[0] for row in store.db.execute("SELECT fiscal_year FROM assessments ORDER BY 1")]


def get_assessment(store: Store, fiscal_year: int) -> dict[str, Any]:
    """The assessment row as a dict: fiscal_year, framework_id, framework_fiscal_year,
    official_rating, official_rank, official_rank_of, note, created_at, updated_at.

    Raises RecordNotFoundError when there is none.
    """
    return validation.one_row(
        store,
        "SELECT a.*, f.fiscal_year AS framework_fiscal_year FROM assessments a "
        "JOIN frameworks f ON f.id = a.framework_id WHERE a.fiscal_year = ?",
        [fiscal_year],
        missing=f"ยังไม่มีผลการประเมินปีงบประมาณ {fiscal_year}",
    )


def delete_assessment(store: Store, fiscal_year: int) -> None:
    """Delete the assessment with its scores and analysis texts (measures are kept).

    Raises RecordNotFoundError when there is none.
    """
    with store.atomic() as db:
        _require(store, fiscal_year)
        db.execute("DELETE FROM assessments WHERE fiscal_year = ?", [fiscal_year])


def set_scores(
    store: Store,
    *,
    fiscal_year: int,
    scores: Mapping[str, Decimal | int | str | None],
    official: bool = False,
) -> None:
    """Set scores (points 0–100) by code: item "i1", sub-indicator "9.1", indicator "1", tool
    "IIT"/"EIT"/"EIT1"/"EIT2"/"OIT" or "TOTAL". None deletes that code's score (not scored ≠ 0).

    ``official=True`` writes the figures published by the NACC instead of the office's own.
    Values keep full precision (``Decimal("97.2067")`` -> "97.2067"); Thai digits are accepted in
    text. Raises InvalidRecordError naming the code for a value outside 0–100 or not a number, and
    RecordNotFoundError when the year has no assessment; nothing is written then.
    """
    rows: list[tuple[str, str | None]] = []
    for code, value in scores.items():
        code = validation.text(code, label="รหัสคะแนน", required=True)
        if value is None:
            rows.append((code, None))
            continue
        try:
            number = parse_score(value, label=code)
        except ScoreError as exc:
            raise InvalidRecordError(str(exc)) from exc
        rows.append((code, format(abs(number) if number.is_zero() else number, "f")))
    flag = 1 if official else 0
    with store.atomic() as db:
        _require(store, fiscal_year)
        for code, text in rows:
            if text is None:
                db.execute(
                    "DELETE FROM scores WHERE fiscal_year = ? AND code = ? AND official = ?",
                    [fiscal_year, code, flag],
                )
            else:
                db.execute(
                    "INSERT INTO scores (fiscal_year, code, official, score) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (fiscal_year, code, official) DO UPDATE SET score = excluded.score",
                    [fiscal_year, code, flag, text],
                )
        _touch(db, fiscal_year)


def get_scores(store: Store, *, fiscal_year: int, official: bool = False) -> dict[str, Decimal]:
    """Scores of ``fiscal_year`` as {code: Decimal} (exactly as stored; codes with no score are
    absent). An unknown year gives {}."""
    return {
        code: Decimal(score)
        for code, score in store.db.execute(
            "SELECT code, score FROM scores WHERE fiscal_year = ? AND official = ? ORDER BY rowid",
            [fiscal_year, 1 if official else 0],
        )
    }


def set_official(
    store: Store,
    *,
    fiscal_year: int,
    rating: str | None = None,
    rank: int | None = None,
    rank_of: str | None = None,
) -> None:
    """Record the published result: ``rating`` (e.g. "ผ่านดีเยี่ยม" or "AA"), ``rank`` (1 = first)
    among ``rank_of`` (e.g. "เทศบาลตำบล"). All three are set; None clears a value.

    Raises InvalidRecordError for a rank that is not a whole number ≥ 1, RecordNotFoundError when
    the year has no assessment.
    """
    if rank is not None and (isinstance(rank, bool) or not isinstance(rank, int) or rank < 1):
        raise InvalidRecordError(f"ลำดับที่ “{rank}” ต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป")
    rating = validation.text(rating, label="ผลการประเมิน") or None
    rank_of = validation.text(rank_of, label="กลุ่มที่จัดลำดับ") or None
    with store.atomic() as db:
        _require(store, fiscal_year)
        db.execute(
            "UPDATE assessments SET official_rating = ?, official_rank = ?, official_rank_of = ? "
            "WHERE fiscal_year = ?",
            [rating, rank, rank_of, fiscal_year],
        )
        _touch(db, fiscal_year)


def set_note(store: Store, *, fiscal_year: int, note: str) -> None:
    """Replace the assessment's free-text note. Raises RecordNotFoundError for an unknown year."""
    note = validation.text(note, label="หมายเหตุ")
    with store.atomic() as db:
        _require(store, fiscal_year)
        db.execute("UPDATE assessments SET note = ? WHERE fiscal_year = ?", [note, fiscal_year])
        _touch(db, fiscal_year)


def _require(store: Store, fiscal_year: int) -> None:
    validation.one_row(
        store,
        "SELECT fiscal_year FROM assessments WHERE fiscal_year = ?",
        [fiscal_year],
        missing=f"ยังไม่มีผลการประเมินปีงบประมาณ {fiscal_year}",
    )


def _touch(db: Any, fiscal_year: int) -> None:
    db.execute(
        "UPDATE assessments SET updated_at = ? WHERE fiscal_year = ?", [now_iso(), fiscal_year]
    )
