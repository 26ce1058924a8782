"""The organisation profile: the office's names and signers, and the emblem used on memos.

One row (id = 1) carried inside the file, so a copied file prints the same documents anywhere.
"""

from __future__ import annotations

from typing import Any

from ita_desktop.storage import validation
from ita_desktop.storage.database import Store, now_iso
from ita_desktop.storage.errors import InvalidRecordError

PROFILE_FIELDS: tuple[str, ...] = (
    "name",  # ชื่อหน่วยงาน e.g. "เทศบาลตำบลโพธิ์ชัย"
    "office_type",  # e.g. "เทศบาลตำบล", "องค์การบริหารส่วนตำบล"
    "district",
    "province",
    "address",
    "phone",
    "unit_name",  # ส่วนราชการ on memos, e.g. "สำนักปลัด"
    "doc_prefix",  # ที่ on memos, e.g. "นค ๕๓๗๑๑"
    "chief_name",
    "chief_position",
    "deputy_name",
    "deputy_position",
    "reporter_name",
    "reporter_position",
)
"""Text fields of the profile; each defaults to ''."""

EMBLEM_TYPES: dict[str, tuple[bytes, ...]] = {
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/jpeg": (b"\xff\xd8\xff",),
}
"""Accepted emblem image types and the leading bytes each must start with."""

MAX_EMBLEM_BYTES = 5 * 1024 * 1024


def get_profile(store: Store) -> dict[str, Any]:
    """The profile as a dict: every PROFILE_FIELDS key (str, '' when never set), plus
    ``emblem`` (bytes | None), ``emblem_mime`` (str | None) and ``updated_at`` (ISO | None)."""
    rows = list(store.db.query("SELECT * FROM organisation WHERE id = 1"))
    profile: dict[str, Any] = dict.fromkeys(PROFILE_FIELDS, "")
    profile.update(emblem=None, emblem_mime=None, updated_at=None)
    if rows:
        row = rows[0]
        profile.update({key: row[key] for key in profile})
    return profile


def save_profile(store: Store, **fields: str) -> None:
    """Set some text fields (names from PROFILE_FIELDS; others keep their value).

    Values are stripped of surrounding whitespace; None stores ''. Raises InvalidRecordError for an
    unknown field name or a non-text value; nothing is written then.
    """
    unknown = sorted(set(fields) - set(PROFILE_FIELDS))
    if unknown:
        raise InvalidRecordError(f"ไม่รู้จักช่องข้อมูลหน่วยงาน: {', '.join(unknown)}")
    values = {key: validation.text(value, label=key) for key, value in fields.items()}
    _upsert(store, {**values, "updated_at": now_iso()})


MAX_EMBLEM_PIXELS = 4_000_000
"""Width × height an emblem may have (2,000 × 2,000): printed 1.5 cm high it needs ~350 px, and a
scan of tens of megapixels would cost hundreds of MB to print."""


def emblem_size(data: bytes) -> tuple[int, int]:
    """(width, height) in pixels of PNG/JPEG bytes, read from the image header (nothing is
    decoded). Raises InvalidRecordError when the bytes are not a readable image."""
    import io

    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(bytes(data))) as image:
            width, height = image.size
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise InvalidRecordError("ไฟล์ตราสัญลักษณ์เสียหายหรือไม่ใช่ภาพ") from exc
    if width <= 0 or height <= 0:
        raise InvalidRecordError("ไฟล์ตราสัญลักษณ์เสียหายหรือไม่ใช่ภาพ")
    return width, height


def check_emblem_size(width: int, height: int) -> None:
    """Refuse (InvalidRecordError) an image of more than MAX_EMBLEM_PIXELS."""
    if width * height > MAX_EMBLEM_PIXELS:
        raise InvalidRecordError(
            f"ภาพตราสัญลักษณ์ใหญ่เกินไป ({width:,} × {height:,} จุด) ต้องไม่เกิน 2,000 × 2,000 จุด "
            "(พิมพ์สูง 1.5 ซม. ใช้เพียงประมาณ 350 จุด) กรุณาย่อภาพก่อน")


def set_emblem(store: Store, *, data: bytes, mime: str) -> None:
    """Store the emblem image (PNG or JPEG bytes, up to 5 MB and MAX_EMBLEM_PIXELS; printed
    1.5 cm high on memos).

    Raises InvalidRecordError for another type, empty or oversized data, bytes that do not
    start like the declared type or are not a readable image, or too many pixels.
    """
    validation.choice(mime, EMBLEM_TYPES, label="ชนิดไฟล์ตราสัญลักษณ์")
    if not isinstance(data, bytes | bytearray) or not data:
        raise InvalidRecordError("ไฟล์ตราสัญลักษณ์ว่างเปล่า")
    if len(data) > MAX_EMBLEM_BYTES:
        raise InvalidRecordError(
            f"ไฟล์ตราสัญลักษณ์ใหญ่เกินไป ({len(data) / 1048576:.1f} MB) ต้องไม่เกิน 5 MB"
        )
    if not bytes(data).startswith(EMBLEM_TYPES[mime]):
        raise InvalidRecordError(f"ไฟล์ตราสัญลักษณ์ไม่ใช่ภาพชนิด {mime} ตามที่ระบุ")
    check_emblem_size(*emblem_size(data))
    _upsert(store, {"emblem": bytes(data), "emblem_mime": mime, "updated_at": now_iso()})


def clear_emblem(store: Store) -> None:
    """Remove the emblem image (no error when there is none)."""
    _upsert(store, {"emblem": None, "emblem_mime": None, "updated_at": now_iso()})


def _upsert(store: Store, values: dict[str, Any]) -> None:
    columns = ", ".join(values)
    placeholders = ", ".join("?" for _ in values)
    updates = ", ".join(f"{key} = excluded.{key}" for key in values)
    with store.atomic() as db:
        db.execute(
            f"INSERT INTO organisation (id, {columns}) VALUES (1, {placeholders}) "
            f"ON CONFLICT (id) DO UPDATE SET {updates}",
            list(values.values()),
        )
