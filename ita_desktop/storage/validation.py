"""Checks shared by the area modules; each failure is an InvalidRecordError with a Thai message
that names the value, raised before anything is written."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from ita_desktop.storage.database import Store
from ita_desktop.storage.errors import InvalidRecordError, RecordNotFoundError

MIN_FISCAL_YEAR = 2400  # Buddhist era; a CE year (e.g. 2024) is refused with a hint
MAX_FISCAL_YEAR = 2800
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def fiscal_year(value: Any) -> int:
    """A Buddhist-era fiscal year as int (2400–2800); refuses CE years with a hint."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidRecordError(f"ปีงบประมาณ “{value}” ต้องเป็นตัวเลข พ.ศ. เช่น 2568")
    if not MIN_FISCAL_YEAR <= value <= MAX_FISCAL_YEAR:
        hint = f" (หากเป็น ค.ศ. ให้ใช้ {value + 543})" if 1900 <= value <= 2300 else ""
        raise InvalidRecordError(f"ปีงบประมาณ {value} ไม่ใช่ปี พ.ศ. ที่ใช้ได้{hint}")
    return value


def text(value: Any, *, label: str, required: bool = False) -> str:
    """A str with surrounding whitespace removed; None -> ''; ``required`` refuses blank."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise InvalidRecordError(f"{label} “{value!r}” ต้องเป็นข้อความ")
    cleaned = value.strip()
    if required and not cleaned:
        raise InvalidRecordError(f"ยังไม่ได้กรอก{label}")
    return cleaned


def choice(value: Any, choices: Iterable[str], *, label: str) -> str:
    """``value`` if it is one of ``choices``, else an error listing them."""
    allowed = tuple(choices)
    if value not in allowed:
        raise InvalidRecordError(f"{label} “{value}” ไม่ถูกต้อง ต้องเป็นหนึ่งใน {', '.join(allowed)}")
    return value


def iso_date(value: Any, *, label: str) -> str | None:
    """A ``date`` or ``"yyyy-mm-dd"`` (Common Era) as ISO text; None or '' -> None.

    Refuses other formats, impossible dates ("2024-02-30") and Buddhist-era years (≥ 2400).
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        parsed = value
    elif isinstance(value, str) and _ISO.fullmatch(value.strip()):
        try:
            parsed = date.fromisoformat(value.strip())
        except ValueError as exc:
            raise InvalidRecordError(f"{label} “{value}” ไม่มีวันที่นี้ในปฏิทิน") from exc
    else:
        raise InvalidRecordError(
            f"{label} “{value}” ไม่ถูกต้อง ต้องอยู่ในรูปแบบ ปปปป-ดด-วว เป็นปี ค.ศ. เช่น 2024-10-01"
        )
    if parsed.year >= MIN_FISCAL_YEAR:
        raise InvalidRecordError(
            f"{label} “{parsed.isoformat()}” ดูเหมือนเป็นปี พ.ศ. ต้องใช้ปี ค.ศ. "
            f"(เช่น {parsed.year - 543}-{parsed.month:02d}-{parsed.day:02d})"
        )
    return parsed.isoformat()


def date_range(start: str | None, end: str | None) -> None:
    """Refuse an end date before the start date (both ISO text or None)."""
    if start and end and end < start:
        raise InvalidRecordError(f"วันสิ้นสุด {end} อยู่ก่อนวันเริ่มต้น {start} กรุณาตรวจสอบช่วงเวลา")


def url(value: Any, *, label: str = "ลิงก์") -> str | None:
    """An ``http://`` or ``https://`` address with a host; None or blank -> None."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidRecordError(f"{label} “{value!r}” ต้องเป็นข้อความ")
    cleaned = value.strip()
    if not cleaned:
        return None
    parts = urlsplit(cleaned)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or " " in cleaned:
        raise InvalidRecordError(
            f"{label} “{cleaned}” ไม่ถูกต้อง ต้องขึ้นต้นด้วย http:// หรือ https:// "
            "เช่น https://www.example.go.th/ita"
        )
    return cleaned


def one_row(store: Store, sql: str, params: Iterable[Any], *, missing: str) -> dict[str, Any]:
    """The single row ``sql`` returns as a dict; RecordNotFoundError(``missing``) if none."""
    rows = list(store.db.query(sql, list(params)))
    if not rows:
        raise RecordNotFoundError(missing, path=store.path)
    return rows[0]
