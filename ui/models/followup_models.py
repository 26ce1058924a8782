"""Table models of the follow-up section: the year's measures with the status of their latest
report, the evidence of one report, and the progress counts by quarter or by responsible unit.
Status and period names (storage.followups.STATUSES / PERIODS) are translated here, in the
"Followup" context, for every follow-up screen."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from ita_desktop import periods
from ita_desktop.storage.followups import Overview, StatusCounts
from ui.models.rows_model import RowsModel

STATUS_NAMES = {
    "not_started": QT_TRANSLATE_NOOP("Followup", "Not started"),
    "in_progress": QT_TRANSLATE_NOOP("Followup", "In progress"),
    "done": QT_TRANSLATE_NOOP("Followup", "Done"),
    "cancelled": QT_TRANSLATE_NOOP("Followup", "Cancelled"),
}
PERIOD_NAMES = {
    "Q1": QT_TRANSLATE_NOOP("Followup", "Quarter 1"),
    "Q2": QT_TRANSLATE_NOOP("Followup", "Quarter 2"),
    "Q3": QT_TRANSLATE_NOOP("Followup", "Quarter 3"),
    "Q4": QT_TRANSLATE_NOOP("Followup", "Quarter 4"),
    "FY": QT_TRANSLATE_NOOP("Followup", "Whole year"),
}
STATUS_COLOURS = {"done": "#1b7a2e", "in_progress": "#9a6700", "not_started": "#555555",
                  "cancelled": "#777777"}
LATE_COLOUR = "#b00020"
IdRole = Qt.ItemDataRole.UserRole + 1  # measure id / evidence id
StatusRole = Qt.ItemDataRole.UserRole + 2  # the latest report's status (None: no report)
KeyRole = Qt.ItemDataRole.UserRole + 3  # overview row key: quarter key or unit name


def status_label(status: str | None) -> str:
    """The status in the interface language; "No report yet" for None."""
    if status is None:
        return QCoreApplication.translate("Followup", "No report yet")
    return QCoreApplication.translate("Followup", STATUS_NAMES.get(status, status))


def period_label(period: str) -> str:
    return QCoreApplication.translate("Followup", PERIOD_NAMES.get(period, period))


def _right(column: int, columns: tuple[int, ...]):
    if column in columns:
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return None


class MeasureStatusModel(RowsModel):
    """Rows: the year's measures (storage.measures.list_measures dicts) in document order, with
    the latest report of each ({measure_id: {period, status}})."""

    COL_NUMBER, COL_TITLE, COL_UNITS, COL_PERIOD, COL_STATUS = range(5)
    HEADERS = (QT_TRANSLATE_NOOP("MeasureStatusModel", "No."),
               QT_TRANSLATE_NOOP("MeasureStatusModel", "Measure"),
               QT_TRANSLATE_NOOP("MeasureStatusModel", "Responsible"),
               QT_TRANSLATE_NOOP("MeasureStatusModel", "Period"),
               QT_TRANSLATE_NOOP("MeasureStatusModel", "Latest report"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[dict] = []
        self._latest: dict[int, dict] = {}

    def set_measures(self, measures: list[dict], latest: dict[int, dict]) -> None:
        self.beginResetModel()
        self._rows, self._latest = list(measures), dict(latest)
        self.endResetModel()

    def measure_id(self, row: int) -> int | None:
        return self._rows[row]["id"] if 0 <= row < len(self._rows) else None

    def row_of(self, measure_id: int | None) -> int:
        """The row of a measure, -1 when it is not listed."""
        return next((r for r, m in enumerate(self._rows) if m["id"] == measure_id), -1)

    def measure(self, row: int) -> dict | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        measure = self._rows[index.row()]
        latest = self._latest.get(measure["id"])
        column = index.column()
        if role == IdRole:
            return measure["id"]
        if role == StatusRole:
            return latest["status"] if latest else None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_STATUS:
            return QColor(STATUS_COLOURS.get(latest["status"] if latest else "", "#555555"))
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.COL_TITLE, self.COL_UNITS):
            return self.data(index)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_NUMBER:
            return _right(column, (self.COL_NUMBER,))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.COL_NUMBER:
            return str(index.row() + 1)
        if column == self.COL_TITLE:
            return measure["title"]
        if column == self.COL_UNITS:
            return ", ".join(measure.get("units") or ())
        if column == self.COL_PERIOD:
            return periods.period_text(measure.get("start_date"), measure.get("end_date"),
                                       thai_digits=False)
        if column == self.COL_STATUS:
            if latest is None:
                return status_label(None)
            return f"{status_label(latest['status'])} ({period_label(latest['period'])})"
        return None


class EvidenceModel(RowsModel):
    """Rows: the evidence of one report ([{id, title, date (CE ISO), url}]); dates in BE."""

    COL_TITLE, COL_DATE, COL_URL = range(3)
    HEADERS = (QT_TRANSLATE_NOOP("EvidenceModel", "Evidence"),
               QT_TRANSLATE_NOOP("EvidenceModel", "Date"),
               QT_TRANSLATE_NOOP("EvidenceModel", "Link"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[dict] = []

    def set_evidence(self, evidence: list[dict]) -> None:
        self.beginResetModel()
        self._rows = [dict(row) for row in evidence]
        self.endResetModel()

    def evidence(self, row: int) -> dict | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == IdRole:
            return row["id"]
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_URL:
            return QColor("#0b57d0")
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.COL_TITLE, self.COL_URL):
            return self.data(index)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.COL_TITLE:
            return row["title"]
        if column == self.COL_DATE:
            return periods.format_thai_date(row.get("date"))
        if column == self.COL_URL:
            return row.get("url") or ""
        return None


QUARTER_NAMES = {
    "Q1": QT_TRANSLATE_NOOP("OverviewModel", "Quarter 1 (Oct–Dec)"),
    "Q2": QT_TRANSLATE_NOOP("OverviewModel", "Quarter 2 (Jan–Mar)"),
    "Q3": QT_TRANSLATE_NOOP("OverviewModel", "Quarter 3 (Apr–Jun)"),
    "Q4": QT_TRANSLATE_NOOP("OverviewModel", "Quarter 4 (Jul–Sep)"),
    "outside": QT_TRANSLATE_NOOP("OverviewModel", "Ends outside the year"),
    "undated": QT_TRANSLATE_NOOP("OverviewModel", "No end date"),
}


class OverviewModel(QAbstractTableModel):
    """Progress counts of one grouping of an Overview: ``by="quarter"`` (rows Q1–Q4, then
    "outside"/"undated" only when they hold measures) or ``by="unit"`` (units by name, "" =
    no unit, last). Columns: group, measures, done, in progress, not started, cancelled, late."""

    COL_GROUP, COL_TOTAL, COL_DONE, COL_IN_PROGRESS, COL_NOT_STARTED, COL_CANCELLED, COL_LATE = (
        range(7))
    FIELDS = (None, "total", "done", "in_progress", "not_started", "cancelled", "late")
    SHORT_NAMES = {"done": QT_TRANSLATE_NOOP("OverviewModel", "Done"),
                   "in_progress": QT_TRANSLATE_NOOP("OverviewModel", "In progress"),
                   "not_started": QT_TRANSLATE_NOOP("OverviewModel", "Not started"),
                   "cancelled": QT_TRANSLATE_NOOP("OverviewModel", "Cancelled")}
    """Column headings, translated apart from the status names so they can be short."""

    def __init__(self, by: str, parent=None):
        super().__init__(parent)
        if by not in ("quarter", "unit"):
            raise ValueError(f"by must be 'quarter' or 'unit', not {by!r}")
        self.by = by
        self._rows: list[tuple[str, StatusCounts]] = []

    def set_overview(self, overview: Overview | None) -> None:
        self.beginResetModel()
        if overview is None:
            self._rows = []
        elif self.by == "quarter":
            self._rows = [(key, counts) for key, counts in overview.by_quarter.items()
                          if key.startswith("Q") or counts.total]
        else:
            self._rows = sorted(overview.by_unit.items(), key=lambda pair: (not pair[0], pair[0]))
        self.endResetModel()

    def counts(self, key: str) -> StatusCounts | None:
        return next((counts for k, counts in self._rows if k == key), None)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self.FIELDS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal
                and self.FIELDS[section:section + 1] and self.FIELDS[section] in STATUS_NAMES):
            return status_label(self.FIELDS[section])
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == self.COL_GROUP:
            return self.tr("Quarter of the end date") if self.by == "quarter" else self.tr(
                "Responsible unit")
        if section == self.COL_TOTAL:
            return self.tr("Measures")
        if section == self.COL_LATE:
            return self.tr("Late")
        if 0 <= section < len(self.FIELDS):
            return QCoreApplication.translate("OverviewModel",
                                              self.SHORT_NAMES[self.FIELDS[section]])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        key, counts = self._rows[index.row()]
        column = index.column()
        if role == KeyRole:
            return key
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _right(column, tuple(range(1, len(self.FIELDS))))
        if (role == Qt.ItemDataRole.ForegroundRole and column == self.COL_LATE
                and counts.late):
            return QColor(LATE_COLOUR)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.COL_GROUP:
            if self.by == "quarter":
                return QCoreApplication.translate("OverviewModel", QUARTER_NAMES[key])
            return key or self.tr("(no unit)")
        if 0 < column < len(self.FIELDS):
            return str(getattr(counts, self.FIELDS[column]))
        return None
