"""Tree model of an import plan (ita_desktop.storage.merge): three groups — conflicts, records to
add, identical records — each listing its records, with the choice made for every conflict.

A conflict's choice is made in the row itself: the "This file" and "Imported file" cells (and
"Keep both" where the kind allows it) are checkable and exclusive, like radio buttons. A conflict
under a measure chosen "both" goes with the copy and is not checkable.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from ita_desktop.storage.merge import (
    ADDED,
    BOTH,
    CONFLICT,
    IDENTICAL,
    MINE,
    THEIRS,
    ImportPlan,
    PlanEntry,
)

COL_RECORD, COL_MINE, COL_THEIRS, COL_BOTH = range(4)
EntryIdRole = Qt.ItemDataRole.UserRole + 1  # the PlanEntry id ('' for a group row)
StatusRole = Qt.ItemDataRole.UserRole + 2  # ADDED / CONFLICT / IDENTICAL (group and entry rows)
GROUPS = (CONFLICT, ADDED, IDENTICAL)
CHOICE_COLUMNS = {COL_MINE: MINE, COL_THEIRS: THEIRS, COL_BOTH: BOTH}
_NO_GROUP = 0


class ImportPlanModel(QAbstractItemModel):
    """Groups (top-level rows, GROUPS order) and their entries (children). ``choices`` maps
    conflict ids to MINE/THEIRS/BOTH; ``choices_changed`` after every change."""

    choices_changed = Signal()

    HEADERS = (QT_TRANSLATE_NOOP("ImportPlanModel", "Record"),
               QT_TRANSLATE_NOOP("ImportPlanModel", "This file"),
               QT_TRANSLATE_NOOP("ImportPlanModel", "Imported file"),
               QT_TRANSLATE_NOOP("ImportPlanModel", "Keep both"))
    GROUP_TITLES = {
        CONFLICT: QT_TRANSLATE_NOOP("ImportPlanModel", "Conflicts (%1): choose what to keep"),
        ADDED: QT_TRANSLATE_NOOP("ImportPlanModel", "To be added (%1)"),
        IDENTICAL: QT_TRANSLATE_NOOP("ImportPlanModel", "Already the same (%1)"),
    }

    CELL_TEXTS = {
        "absent": QT_TRANSLATE_NOOP("ImportPlanModel", "(not in this file)"),
        "added": QT_TRANSLATE_NOOP("ImportPlanModel", "Will be added"),
        "same": QT_TRANSLATE_NOOP("ImportPlanModel", "Same"),
        "moot": QT_TRANSLATE_NOOP("ImportPlanModel", "Goes with the copied measure"),
        "both": QT_TRANSLATE_NOOP("ImportPlanModel", "Keep both"),
    }

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plan: ImportPlan | None = None
        self._groups: dict[str, list[PlanEntry]] = {status: [] for status in GROUPS}
        self.choices: dict[str, str] = {}

    # Content ----------------------------------------------------------------------------

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self.plan = plan
        self._groups = {status: plan.with_status(status) if plan else [] for status in GROUPS}
        self.choices = {}
        self.endResetModel()
        self.choices_changed.emit()

    def entries(self, status: str) -> list[PlanEntry]:
        return list(self._groups[status])

    def pending(self) -> list[PlanEntry]:
        """Conflicts that still need a choice."""
        return self.plan.needs_choice(self.choices) if self.plan else []

    def choose(self, entry_id: str, choice: str) -> bool:
        """Choose for one conflict; False when that choice is not offered for it (or it is moot)."""
        entry = self.plan.entry(entry_id) if self.plan else None
        if entry is None or choice not in entry.choices or self.plan.moot(entry, self.choices):
            return False
        self.choices[entry_id] = choice
        self._conflicts_changed()
        return True

    def choose_all(self, choice: str) -> None:
        """The same choice for every conflict that offers it (MINE and THEIRS: all)."""
        for entry in self._groups[CONFLICT]:
            if choice in entry.choices:
                self.choices[entry.id] = choice
        self._conflicts_changed()

    def effective_choices(self) -> dict[str, str]:
        """The choices of conflicts that are not moot (what apply_import needs)."""
        return {key: value for key, value in self.choices.items()
                if not self.plan.moot(self.plan.entry(key), self.choices)}

    def _conflicts_changed(self) -> None:
        rows = len(self._groups[CONFLICT])
        if rows:
            group = self.index(GROUPS.index(CONFLICT), 0)
            self.dataChanged.emit(self.index(0, 0, group),
                                  self.index(rows - 1, len(self.HEADERS) - 1, group))
        self.choices_changed.emit()

    # Structure ----------------------------------------------------------------------------

    def index(self, row, column, parent=QModelIndex()):  # noqa: B008 - Qt signature
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _NO_GROUP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index=QModelIndex()):  # noqa: B008 - Qt signature
        if not index.isValid() or index.internalId() == _NO_GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _NO_GROUP)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        if not parent.isValid():
            return len(GROUPS)
        if parent.internalId() == _NO_GROUP and parent.column() == 0:
            return len(self._groups[GROUPS[parent.row()]])
        return 0

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return len(self.HEADERS)

    def entry_at(self, index: QModelIndex) -> PlanEntry | None:
        if not index.isValid() or index.internalId() == _NO_GROUP:
            return None
        return self._groups[GROUPS[index.internalId() - 1]][index.row()]

    def _live_conflict(self, entry: PlanEntry | None) -> bool:
        return (entry is not None and entry.status == CONFLICT
                and not self.plan.moot(entry, self.choices))

    # Data -----------------------------------------------------------------------------------

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.HEADERS)):
            return QCoreApplication.translate("ImportPlanModel", self.HEADERS[section])
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        entry = self.entry_at(index)
        choice = CHOICE_COLUMNS.get(index.column())
        if self._live_conflict(entry) and choice in entry.choices:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self.entry_at(index)
        if entry is None:
            return self._group_data(GROUPS[index.row()], index.column(), role)
        column = index.column()
        if role == EntryIdRole:
            return entry.id
        if role == StatusRole:
            return entry.status
        if role == Qt.ItemDataRole.CheckStateRole:
            choice = CHOICE_COLUMNS.get(column)
            if not self._live_conflict(entry) or choice not in entry.choices:
                return None
            checked = self.choices.get(entry.id) == choice
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_RECORD and self._live_conflict(entry) \
                    and entry.id not in self.choices:
                return QColor("#b00020")
            if column != COL_RECORD and entry.status != CONFLICT:
                return QColor("#666666")
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.describe()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        return None

    def _group_data(self, status: str, column: int, role):
        if role == StatusRole:
            return status
        if role == EntryIdRole:
            return ""
        if role == Qt.ItemDataRole.FontRole and column == COL_RECORD:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DisplayRole and column == COL_RECORD:
            title = QCoreApplication.translate("ImportPlanModel", self.GROUP_TITLES[status])
            return title.replace("%1", str(len(self._groups[status])))
        return None

    def _cell(self, name: str) -> str:
        return QCoreApplication.translate("ImportPlanModel", self.CELL_TEXTS[name])

    def _text(self, entry: PlanEntry, column: int) -> str:
        if column == COL_RECORD:
            return entry.label
        if entry.status == ADDED:
            return {COL_MINE: self._cell("absent"), COL_THEIRS: self._cell("added")}.get(column,
                                                                                         "")
        if entry.status == IDENTICAL:
            return self._cell("same") if column in (COL_MINE, COL_THEIRS) else ""
        if column == COL_BOTH:
            if self.plan.moot(entry, self.choices):
                return self._cell("moot")
            return self._cell("both") if BOTH in entry.choices else ""
        side = 1 if column == COL_MINE else 2
        return "; ".join(f"{difference[0]}: {difference[side]}" for difference in
                         entry.differences)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        entry = self.entry_at(index)
        choice = CHOICE_COLUMNS.get(index.column())
        if not self._live_conflict(entry) or choice not in entry.choices:
            return False
        if Qt.CheckState(value) != Qt.CheckState.Checked:
            return False  # like a radio button: choose another option instead of unchecking
        return self.choose(entry.id, choice)
