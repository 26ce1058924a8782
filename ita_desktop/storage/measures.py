"""Integrity measures (มาตรการส่งเสริมคุณธรรมและความโปร่งใส) of a fiscal year, and responsible units.

A measure belongs to the fiscal year it will be carried out in (BE), has a dense ``position``
0..n-1 within that year (the row order of the measures document), a list of responsible units in
order, and links to the indicators ("1".."10"), analysis issues ("1".."7") and items ("i1", "o34")
it answers. Dates are ISO ``yyyy-mm-dd`` in the Common Era.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from ita_desktop.storage import validation
from ita_desktop.storage.database import Store, now_iso
from ita_desktop.storage.errors import InvalidRecordError

KINDS = ("มาตรการ", "โครงการ", "กิจกรรม")
LINK_KINDS = ("indicator", "issue", "item")
EDITABLE_FIELDS = (
    "title", "kind", "analysis", "steps", "target", "start_date", "end_date", "units", "links",
)  # fmt: skip
_COLUMNS = ("title", "kind", "analysis", "steps", "target", "start_date", "end_date")


class UnitInUseError(InvalidRecordError):
    """A unit still responsible for measures was deleted without a replacement.

    ``measures`` lists them as dicts with id, fiscal_year and title.
    """

    def __init__(self, message: str, *, unit_id: int, measures: list[dict[str, Any]]):
        super().__init__(message)
        self.unit_id = unit_id
        self.measures = measures


# ---------------------------------------------------------------- responsible units


def list_units(store: Store) -> list[dict[str, Any]]:
    """All responsible units as [{"id": int, "name": str}], in the order they were added."""
    return list(store.db.query("SELECT id, name FROM units ORDER BY id"))


def add_unit(store: Store, name: str) -> int:
    """The id of the unit called ``name`` (trimmed), adding it when new.

    Raises InvalidRecordError for a blank name.
    """
    name = validation.text(name, label="ชื่อหน่วยงานผู้รับผิดชอบ", required=True)
    with store.atomic() as db:
        row = db.execute("SELECT id FROM units WHERE name = ?", [name]).fetchone()
        if row:
            return row[0]
        return int(db.execute("INSERT INTO units (name) VALUES (?)", [name]).lastrowid)


def rename_unit(store: Store, unit_id: int, *, name: str) -> None:
    """Rename a unit everywhere it is used. Raises InvalidRecordError for a blank name or one
    another unit has (delete that one with ``replace_with`` to merge), RecordNotFoundError."""
    name = validation.text(name, label="ชื่อหน่วยงานผู้รับผิดชอบ", required=True)
    with store.atomic() as db:
        _unit(store, unit_id)
        other = db.execute("SELECT id FROM units WHERE name = ? AND id <> ?", [name, unit_id])
        if other.fetchone():
            raise InvalidRecordError(f"มีหน่วยงานชื่อ “{name}” อยู่แล้ว")
        db.execute("UPDATE units SET name = ? WHERE id = ?", [name, unit_id])


def unit_usage(store: Store, unit_id: int) -> dict[str, list[dict[str, Any]]]:
    """Where a unit is used: {"measures": [{id, fiscal_year, title}], "readiness":
    [{fiscal_year, item_code}]}. Raises RecordNotFoundError for an unknown unit."""
    _unit(store, unit_id)
    return {
        "measures": list(
            store.db.query(
                "SELECT m.id, m.fiscal_year, m.title FROM measure_units mu "
                "JOIN measures m ON m.id = mu.measure_id WHERE mu.unit_id = ? "
                "ORDER BY m.fiscal_year, m.position",
                [unit_id],
            )
        ),
        "readiness": list(
            store.db.query(
                "SELECT fiscal_year, item_code FROM oit_readiness WHERE unit_id = ? "
                "ORDER BY fiscal_year, item_code",
                [unit_id],
            )
        ),
    }


def delete_unit(store: Store, unit_id: int, *, replace_with: int | None = None) -> None:
    """Delete a unit. With ``replace_with`` its measures and OIT items pass to that unit first.

    Raises UnitInUseError (naming the measures) when it is responsible for measures and no
    replacement is given; RecordNotFoundError for an unknown unit or replacement;
    InvalidRecordError when replacing a unit with itself. OIT items without a replacement simply
    lose their unit.
    """
    with store.atomic() as db:
        name = _unit(store, unit_id)["name"]
        measures = unit_usage(store, unit_id)["measures"]
        if replace_with is None and measures:
            shown = ", ".join(f"“{m['title']}” ({m['fiscal_year']})" for m in measures[:5])
            more = f" และอีก {len(measures) - 5} รายการ" if len(measures) > 5 else ""
            raise UnitInUseError(
                f"ลบหน่วยงาน “{name}” ไม่ได้ เพราะยังรับผิดชอบ {len(measures)} มาตรการ: "
                f"{shown}{more} กรุณาเลือกหน่วยงานที่จะรับผิดชอบแทน",
                unit_id=unit_id,
                measures=measures,
            )
        if replace_with is not None:
            if replace_with == unit_id:
                raise InvalidRecordError(f"หน่วยงาน “{name}” แทนตัวเองไม่ได้")
            _unit(store, replace_with)
            db.execute(
                "UPDATE measure_units SET unit_id = ? WHERE unit_id = ? AND measure_id NOT IN "
                "(SELECT measure_id FROM measure_units WHERE unit_id = ?)",
                [replace_with, unit_id, replace_with],
            )
            db.execute("DELETE FROM measure_units WHERE unit_id = ?", [unit_id])
            db.execute(
                "UPDATE oit_readiness SET unit_id = ? WHERE unit_id = ?", [replace_with, unit_id]
            )
        db.execute("DELETE FROM units WHERE id = ?", [unit_id])


# ---------------------------------------------------------------- measures


def list_measures(store: Store, *, fiscal_year: int) -> list[dict[str, Any]]:
    """Measures of ``fiscal_year`` in document order. Each dict has the columns (id, fiscal_year,
    position, title, kind, analysis, steps, target, start_date, end_date, created_at,
    updated_at), ``units`` (names in order), ``unit_ids`` and ``links`` ({"indicator": [...],
    "issue": [...], "item": [...]}, codes as text in the order given)."""
    return _load(store, "m.fiscal_year = ?", [fiscal_year])


def measure_ids(store: Store, *, fiscal_year: int) -> list[int]:
    """The ids of ``fiscal_year``'s measures in document order (list_measures' order, ids only:
    one indexed read, for telling a reorder apart without loading the measures)."""
    return _order(store.db, fiscal_year)


def count_measures(store: Store, *, fiscal_year: int) -> int:
    """How many measures ``fiscal_year`` has."""
    row = store.db.execute("SELECT count(*) FROM measures WHERE fiscal_year = ?", [fiscal_year])
    return int(row.fetchone()[0])


def get_measure(store: Store, measure_id: int) -> dict[str, Any]:
    """One measure, shaped as in list_measures. Raises RecordNotFoundError."""
    found = _load(store, "m.id = ?", [measure_id])
    if not found:
        _measure(store, measure_id)  # raises RecordNotFoundError
    return found[0]


def _load(store: Store, where: str, params: list[Any]) -> list[dict[str, Any]]:
    rows = list(store.db.query(
        f"SELECT * FROM measures m WHERE {where} ORDER BY position, id", params))
    by_id = {row["id"]: row for row in rows}
    for row in rows:
        row.update(units=[], unit_ids=[], links={kind: [] for kind in LINK_KINDS})
    for measure_id, unit_id, name in store.db.execute(
        "SELECT mu.measure_id, u.id, u.name FROM measure_units mu JOIN units u ON u.id = "
        f"mu.unit_id JOIN measures m ON m.id = mu.measure_id WHERE {where} "
        "ORDER BY mu.measure_id, mu.position",
        params,
    ):
        by_id[measure_id]["units"].append(name)
        by_id[measure_id]["unit_ids"].append(unit_id)
    for measure_id, kind, code in store.db.execute(
        "SELECT ml.measure_id, ml.link_kind, ml.code FROM measure_links ml JOIN measures m "
        f"ON m.id = ml.measure_id WHERE {where} ORDER BY ml.rowid",
        params,
    ):
        by_id[measure_id]["links"][kind].append(code)
    return rows


def add_measure(
    store: Store,
    *,
    fiscal_year: int,
    title: str,
    kind: str = "มาตรการ",
    analysis: str = "",
    steps: str = "",
    target: str = "",
    start_date: date | str | None = None,
    end_date: date | str | None = None,
    units: Iterable[int | str] = (),
    links: Mapping[str, Iterable[str | int]] | None = None,
    position: int | None = None,
) -> int:
    """Add a measure and return its id; ``position`` None appends, else inserts there (0 = first).

    ``units`` are unit ids or names (a new name adds the unit). ``links`` maps "indicator" /
    "issue" / "item" to codes. Raises InvalidRecordError (blank title, end before start, unknown
    kind, a date not ``yyyy-mm-dd`` CE, unknown link kind) or RecordNotFoundError (unit id);
    nothing is written then.
    """
    validation.fiscal_year(fiscal_year)
    values = _clean(
        dict(title=title, kind=kind, analysis=analysis, steps=steps, target=target,
             start_date=start_date, end_date=end_date)
    )  # fmt: skip
    pairs = _links(links or {})
    with store.atomic() as db:
        ids = _unit_ids(store, units)
        count = db.execute("SELECT count(*) FROM measures WHERE fiscal_year = ?", [fiscal_year])
        stamp = now_iso()
        measure_id = int(
            db.execute(
                f"INSERT INTO measures (fiscal_year, position, {', '.join(_COLUMNS)}, created_at, "
                f"updated_at) VALUES (?, ?, {', '.join('?' for _ in _COLUMNS)}, ?, ?)",
                [fiscal_year, count.fetchone()[0], *(values[c] for c in _COLUMNS), stamp, stamp],
            ).lastrowid
        )
        _set_units(db, measure_id, ids)
        _set_links(db, measure_id, pairs)
        if position is not None:
            move_measure(store, measure_id, to_position=position)
    return measure_id


def update_measure(store: Store, measure_id: int, **fields: Any) -> None:
    """Change some fields (names from EDITABLE_FIELDS; ``units`` and ``links`` replace the whole
    list/mapping). Raises as add_measure, and InvalidRecordError for an unknown field."""
    unknown = sorted(set(fields) - set(EDITABLE_FIELDS))
    if unknown:
        raise InvalidRecordError(f"ไม่รู้จักช่องข้อมูลมาตรการ: {', '.join(unknown)}")
    with store.atomic() as db:
        current = _measure(store, measure_id)
        merged = {column: fields.get(column, current[column]) for column in _COLUMNS}
        values = _clean(merged)
        pairs = _links(fields["links"] or {}) if "links" in fields else None
        if "units" in fields:
            _set_units(db, measure_id, _unit_ids(store, fields["units"] or ()))
        if pairs is not None:
            _set_links(db, measure_id, pairs)
        db.execute(
            f"UPDATE measures SET {', '.join(f'{c} = ?' for c in _COLUMNS)}, updated_at = ? "
            "WHERE id = ?",
            [*(values[c] for c in _COLUMNS), now_iso(), measure_id],
        )


def delete_measure(store: Store, measure_id: int) -> None:
    """Delete a measure with its follow-up and evidence; later ones move up. RecordNotFoundError."""
    with store.atomic() as db:
        year = _measure(store, measure_id)["fiscal_year"]
        db.execute("DELETE FROM measures WHERE id = ?", [measure_id])
        _renumber(db, year, _order(db, year))


def move_measure(store: Store, measure_id: int, *, to_position: int) -> None:
    """Move a measure to ``to_position`` (0-based, clamped to the list) and renumber the year's
    measures 0..n-1. Raises RecordNotFoundError."""
    with store.atomic() as db:
        year = _measure(store, measure_id)["fiscal_year"]
        order = [i for i in _order(db, year) if i != measure_id]
        order.insert(max(0, min(int(to_position), len(order))), measure_id)
        _renumber(db, year, order)


def duplicate_measure(store: Store, measure_id: int, *, fiscal_year: int | None = None) -> int:
    """Copy a measure with its units and links; returns the new id (follow-up is not copied).

    In the same year the copy goes right after the original. With another ``fiscal_year`` ("copy
    from the previous year") it is appended there and its dates move by the difference in years
    (29 Feb becomes 28 Feb). Raises RecordNotFoundError, InvalidRecordError for a bad year.
    """
    source = get_measure(store, measure_id)
    year = source["fiscal_year"] if fiscal_year is None else validation.fiscal_year(fiscal_year)
    shift = year - source["fiscal_year"]
    return add_measure(
        store,
        fiscal_year=year,
        title=source["title"],
        kind=source["kind"],
        analysis=source["analysis"],
        steps=source["steps"],
        target=source["target"],
        start_date=_shift(source["start_date"], shift),
        end_date=_shift(source["end_date"], shift),
        units=source["unit_ids"],
        links=source["links"],
        position=source["position"] + 1 if shift == 0 else None,
    )


# ---------------------------------------------------------------- helpers


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    cleaned = {
        "title": validation.text(values["title"], label="ชื่อมาตรการ", required=True),
        "kind": validation.choice(values["kind"], KINDS, label="ประเภท"),
        "analysis": validation.text(values["analysis"], label="ผลการวิเคราะห์"),
        "steps": validation.text(values["steps"], label="ขั้นตอน/วิธีดำเนินการ"),
        "target": validation.text(values["target"], label="เป้าหมาย"),
        "start_date": validation.iso_date(values["start_date"], label="วันเริ่มต้น"),
        "end_date": validation.iso_date(values["end_date"], label="วันสิ้นสุด"),
    }
    validation.date_range(cleaned["start_date"], cleaned["end_date"])
    return cleaned


def _links(links: Mapping[str, Iterable[str | int]]) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for kind, codes in links.items():
        validation.choice(kind, LINK_KINDS, label="ชนิดการเชื่อมโยง")
        if isinstance(codes, str | int):
            codes = [codes]
        for code in codes:
            text = validation.text(str(code), label="รหัสที่เชื่อมโยง", required=True)
            if (kind, text) not in pairs:
                pairs.append((kind, text))
    return pairs


def _unit_ids(store: Store, units: Iterable[int | str]) -> list[int]:
    if isinstance(units, str | int):
        units = [units]
    ids: list[int] = []
    for unit in units:
        if isinstance(unit, str):
            unit_id = add_unit(store, unit)
        elif isinstance(unit, int) and not isinstance(unit, bool):
            unit_id = _unit(store, unit)["id"]
        else:
            raise InvalidRecordError(f"หน่วยงานผู้รับผิดชอบ “{unit!r}” ต้องเป็นชื่อหรือรหัส")
        if unit_id not in ids:
            ids.append(unit_id)
    return ids


def _set_units(db: Any, measure_id: int, unit_ids: list[int]) -> None:
    db.execute("DELETE FROM measure_units WHERE measure_id = ?", [measure_id])
    for position, unit_id in enumerate(unit_ids):
        db.execute(
            "INSERT INTO measure_units (measure_id, unit_id, position) VALUES (?, ?, ?)",
            [measure_id, unit_id, position],
        )


def _set_links(db: Any, measure_id: int, pairs: list[tuple[str, str]]) -> None:
    db.execute("DELETE FROM measure_links WHERE measure_id = ?", [measure_id])
    for kind, code in pairs:
        db.execute(
            "INSERT INTO measure_links (measure_id, link_kind, code) VALUES (?, ?, ?)",
            [measure_id, kind, code],
        )


def _order(db: Any, fiscal_year: int) -> list[int]:
    sql = "SELECT id FROM measures WHERE fiscal_year = ? ORDER BY position, id"
    return [row[0] for row in db.execute(sql, [fiscal_year])]


def _renumber(db: Any, fiscal_year: int, order: list[int]) -> None:
    """Positions 0..n-1 in ``order``; only rows whose position changes are written (a move
    touches the rows between its two places, not the whole year)."""
    current = dict(db.execute("SELECT id, position FROM measures WHERE fiscal_year = ?",
                              [fiscal_year]))
    for position, measure_id in enumerate(order):
        if current.get(measure_id) != position:
            db.execute("UPDATE measures SET position = ? WHERE id = ?", [position, measure_id])


def _shift(iso: str | None, years: int) -> str | None:
    if iso is None or years == 0:
        return iso
    day = date.fromisoformat(iso)
    try:
        return day.replace(year=day.year + years).isoformat()
    except ValueError:  # 29 February into a common year
        return day.replace(year=day.year + years, day=28).isoformat()


def _measure(store: Store, measure_id: int) -> dict[str, Any]:
    return validation.one_row(
        store, "SELECT * FROM measures WHERE id = ?", [measure_id],
        missing=f"ไม่พบมาตรการหมายเลข {measure_id} (อาจถูกลบไปแล้ว)",
    )  # fmt: skip


def _unit(store: Store, unit_id: int) -> dict[str, Any]:
    return validation.one_row(
        store, "SELECT id, name FROM units WHERE id = ?", [unit_id],
        missing=f"ไม่พบหน่วยงานผู้รับผิดชอบหมายเลข {unit_id}",
    )  # fmt: skip
