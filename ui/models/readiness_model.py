"""Table model: every OIT item of the readiness framework with its readiness (status, URL,
responsible unit, due date in BE, note) and the measures that fix it
(ita_desktop.projection.OitItemReadiness). Status names are translated here ("Readiness")."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from ita_desktop import periods
from ita_desktop.projection import OitItemReadiness
from ui.models.rows_model import RowsModel

UNMARKED = "unmarked"
STATUS_NAMES = {
    "published": QT_TRANSLATE_NOOP("Readiness", "Published"),
    "needs_update": QT_TRANSLATE_NOOP("Readiness", "Needs update"),
    "missing": QT_TRANSLATE_NOOP("Readiness", "Missing"),
    UNMARKED: QT_TRANSLATE_NOOP("Readiness", "Not marked"),
}
"""storage.readiness.STATUSES and "unmarked" (no readiness stored) -> English name."""
STATUS_COLOURS = {"published": "#1b7a2e", "needs_update": "#9a6700", "missing": "#b00020",
                  UNMARKED: "#666666"}
CodeRole = Qt.ItemDataRole.UserRole + 1  # the item code
StatusRole = Qt.ItemDataRole.UserRole + 2  # the stored status, None when not marked
OverdueRole = Qt.ItemDataRole.UserRole + 3  # True when the due date passed and not published


def status_label(status: str | None) -> str:
    return QCoreApplication.translate("Readiness", STATUS_NAMES.get(status or UNMARKED,
                                                                    status or UNMARKED))


class ReadinessModel(RowsModel):
    """Rows: OitItemReadiness in framework order. ``today`` decides what is overdue (shown in
    red in the due-date column)."""

    (COL_CODE, COL_TITLE, COL_STATUS, COL_URL, COL_UNIT, COL_DUE, COL_NOTE,
     COL_MEASURES) = range(8)
    HEADERS = (QT_TRANSLATE_NOOP("ReadinessModel", "Item"),
               QT_TRANSLATE_NOOP("ReadinessModel", "Information to publish"),
               QT_TRANSLATE_NOOP("ReadinessModel", "Status"),
               QT_TRANSLATE_NOOP("ReadinessModel", "Link"),
               QT_TRANSLATE_NOOP("ReadinessModel", "Responsible"),
               QT_TRANSLATE_NOOP("ReadinessModel", "Due"),
               QT_TRANSLATE_NOOP("ReadinessModel", "Note"),
               QT_TRANSLATE_NOOP("ReadinessModel", "Measures"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[OitItemReadiness] = []
        self.today = dt.date.today()

    def set_items(self, items: list[OitItemReadiness], *, today: dt.date | None = None) -> None:
        self.beginResetModel()
        self._rows = list(items)
        self.today = today or dt.date.today()
        self.endResetModel()

    def item(self, row: int) -> OitItemReadiness | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, code: str | None) -> int:
        """The row of an item code (any case), -1 when absent."""
        wanted = (code or "").lower()
        return next((r for r, item in enumerate(self._rows) if item.code.lower() == wanted), -1)

    def is_overdue(self, item: OitItemReadiness) -> bool:
        return (item.status != "published" and bool(item.due_date)
                and item.due_date < self.today.isoformat())

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == CodeRole:
            return item.code
        if role == StatusRole:
            return item.status
        if role == OverdueRole:
            return self.is_overdue(item)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.COL_STATUS:
                return QColor(STATUS_COLOURS[item.status or UNMARKED])
            if column == self.COL_DUE and self.is_overdue(item):
                return QColor(STATUS_COLOURS["missing"])
            if column == self.COL_URL:
                return QColor("#0b57d0")
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_DUE and self.is_overdue(item):
                return self.tr("Overdue: the due date has passed and it is not published yet")
            if column == self.COL_MEASURES and item.measures:
                return "\n".join(m["title"] for m in item.measures)
            if column in (self.COL_TITLE, self.COL_URL, self.COL_NOTE, self.COL_UNIT):
                return self.data(index) or None
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.COL_CODE:
            return item.code
        if column == self.COL_TITLE:
            return item.title
        if column == self.COL_STATUS:
            return status_label(item.status)
        if column == self.COL_URL:
            return item.url or ""
        if column == self.COL_UNIT:
            return item.unit_name or ""
        if column == self.COL_DUE:
            return periods.format_thai_date(item.due_date)
        if column == self.COL_NOTE:
            return item.note.replace("\n", " ")
        if column == self.COL_MEASURES:
            if not item.measures:
                return ""
            return self.tr("%1 measures").replace("%1", str(len(item.measures))) if len(
                item.measures) > 1 else item.measures[0]["title"]
        return None
