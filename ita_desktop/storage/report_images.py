"""Pictures in a year's analysis report (ภาพ ๑, ๒ …: screenshots of the NACC's results page, as
offices paste them): PNG or JPEG bytes with a caption, in order, stored in the file with the
assessment (deleted with it), so a copied file prints the same report.

Each is checked when added like the emblem (storage.profile): a declared type its bytes start
with, at most MAX_IMAGE_BYTES and MAX_IMAGE_PIXELS, readable by Pillow. A picture in a file
edited by another tool that fails these is left out of the report with a warning.
"""

from __future__ import annotations

import io
from typing import Any

from ita_desktop.storage import validation
from ita_desktop.storage.database import Store
from ita_desktop.storage.errors import InvalidRecordError
from ita_desktop.storage.profile import EMBLEM_TYPES

IMAGE_TYPES = EMBLEM_TYPES
MAX_IMAGE_BYTES = 8 * 1024 * 1024
MAX_IMAGE_PIXELS = 12_000_000
"""Width × height a picture may have (a 4,000 × 3,000 screenshot): printed 16 cm wide it needs
about 1,300 pixels across; more only costs memory when printing (4 bytes a pixel)."""
MAX_IMAGES = 12
"""Pictures per year's report."""


def image_size(data: bytes) -> tuple[int, int]:
    """(width, height) in pixels of PNG/JPEG bytes, from the header (nothing is decoded).
    Raises InvalidRecordError when the bytes are not a readable image."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(bytes(data))) as image:
            width, height = image.size
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise InvalidRecordError("ไฟล์ภาพเสียหายหรือไม่ใช่ภาพ") from exc
    if width <= 0 or height <= 0:
        raise InvalidRecordError("ไฟล์ภาพเสียหายหรือไม่ใช่ภาพ")
    return width, height


def check_image(data: bytes, mime: str) -> tuple[int, int]:
    """Refuse (InvalidRecordError, Thai) what add_image refuses; returns (width, height)."""
    validation.choice(mime, IMAGE_TYPES, label="ชนิดไฟล์ภาพ")
    if not isinstance(data, bytes | bytearray) or not data:
        raise InvalidRecordError("ไฟล์ภาพว่างเปล่า")
    if len(data) > MAX_IMAGE_BYTES:
        raise InvalidRecordError(f"ไฟล์ภาพใหญ่เกินไป ({len(data) / 1048576:.1f} MB) ต้องไม่เกิน 8 MB")
    if not bytes(data).startswith(IMAGE_TYPES[mime]):
        raise InvalidRecordError(f"ไฟล์ภาพไม่ใช่ภาพชนิด {mime} ตามที่ระบุ")
    width, height = image_size(data)
    if width * height > MAX_IMAGE_PIXELS:
        raise InvalidRecordError(
            f"ภาพใหญ่เกินไป ({width:,} × {height:,} จุด) ต้องไม่เกิน 12 ล้านจุด "
            "(เช่น 4,000 × 3,000) กรุณาย่อภาพก่อน")
    return width, height


def list_images(store: Store, *, fiscal_year: int, data: bool = True) -> list[dict[str, Any]]:
    """The year's pictures in order: dicts id, fiscal_year, position, caption, mime and (when
    ``data``) the bytes."""
    columns = "id, fiscal_year, position, caption, mime" + (", data" if data else "")
    return list(store.db.query(
        f"SELECT {columns} FROM report_images WHERE fiscal_year = ? ORDER BY position, id",
        [fiscal_year]))


def add_image(store: Store, *, fiscal_year: int, data: bytes, mime: str,
              caption: str = "", position: int | None = None) -> int:
    """Add a picture (at ``position``, default last; later ones move down); returns its id.

    Raises InvalidRecordError (see check_image; a year with MAX_IMAGES already; a bad caption)
    or RecordNotFoundError (no assessment for the year); nothing is written then.
    """
    check_image(data, mime)
    caption = validation.text(caption, label="คำบรรยายภาพ")
    with store.atomic() as db:
        _require(store, fiscal_year)
        count = db.execute("SELECT count(*) FROM report_images WHERE fiscal_year = ?",
                           [fiscal_year]).fetchone()[0]
        if count >= MAX_IMAGES:
            raise InvalidRecordError(f"รายงานหนึ่งปีมีภาพได้ไม่เกิน {MAX_IMAGES} ภาพ")
        at = count if position is None else max(0, min(int(position), count))
        db.execute("UPDATE report_images SET position = position + 1 "
                   "WHERE fiscal_year = ? AND position >= ?", [fiscal_year, at])
        cursor = db.execute(
            "INSERT INTO report_images (fiscal_year, position, caption, data, mime) "
            "VALUES (?, ?, ?, ?, ?)", [fiscal_year, at, caption, bytes(data), mime])
        return int(cursor.lastrowid)


def image_record(store: Store, image_id: int) -> dict[str, Any]:
    """The whole row of a picture (what restore_image puts back). Raises RecordNotFoundError."""
    return validation.one_row(store, "SELECT * FROM report_images WHERE id = ?", [image_id],
                              missing=f"ไม่พบภาพหมายเลข {image_id}")


def set_caption(store: Store, image_id: int, caption: str) -> None:
    """Change a picture's caption. Raises RecordNotFoundError, InvalidRecordError."""
    caption = validation.text(caption, label="คำบรรยายภาพ")
    with store.atomic() as db:
        image_record(store, image_id)
        db.execute("UPDATE report_images SET caption = ? WHERE id = ?", [caption, image_id])


def move_image(store: Store, image_id: int, *, to_position: int) -> None:
    """Move a picture to ``to_position`` (0 = first) among its year's. Raises
    RecordNotFoundError."""
    with store.atomic() as db:
        row = image_record(store, image_id)
        ids = [r["id"] for r in list_images(store, fiscal_year=row["fiscal_year"], data=False)]
        ids.remove(image_id)
        ids.insert(max(0, min(int(to_position), len(ids))), image_id)
        for position, other in enumerate(ids):
            db.execute("UPDATE report_images SET position = ? WHERE id = ?", [position, other])


def delete_image(store: Store, image_id: int) -> dict[str, Any]:
    """Delete a picture; returns its record (for undo). Raises RecordNotFoundError."""
    with store.atomic() as db:
        record = image_record(store, image_id)
        db.execute("DELETE FROM report_images WHERE id = ?", [image_id])
        _renumber(db, record["fiscal_year"])
    return record


def restore_image(store: Store, record: dict[str, Any]) -> int:
    """Put a deleted picture back with its id at its old position; returns the id. Raises
    InvalidRecordError when the id is taken, RecordNotFoundError when the year is gone."""
    with store.atomic() as db:
        _require(store, record["fiscal_year"])
        if db.execute("SELECT 1 FROM report_images WHERE id = ?", [record["id"]]).fetchone():
            raise InvalidRecordError(f"มีภาพหมายเลข {record['id']} อยู่แล้ว")
        db.execute("UPDATE report_images SET position = position + 1 "
                   "WHERE fiscal_year = ? AND position >= ?",
                   [record["fiscal_year"], record["position"]])
        db.execute("INSERT INTO report_images (id, fiscal_year, position, caption, data, mime) "
                   "VALUES (?, ?, ?, ?, ?, ?)",
                   [record[k] for k in ("id", "fiscal_year", "position", "caption", "data",
                                        "mime")])
        _renumber(db, record["fiscal_year"])
    return int(record["id"])


def _renumber(db: Any, fiscal_year: int) -> None:
    ids = [r[0] for r in db.execute("SELECT id FROM report_images WHERE fiscal_year = ? "
                                    "ORDER BY position, id", [fiscal_year])]
    for position, image_id in enumerate(ids):
        db.execute("UPDATE report_images SET position = ? WHERE id = ?", [position, image_id])


def _require(store: Store, fiscal_year: int) -> None:
    validation.one_row(store, "SELECT fiscal_year FROM assessments WHERE fiscal_year = ?",
                       [fiscal_year], missing=f"ยังไม่มีผลการประเมินปีงบประมาณ {fiscal_year}")
