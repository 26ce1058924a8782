"""Table models of one fiscal year's framework (กรอบการประเมิน): tools and weights, indicators and
their items, analysis issues, rating levels.

The models never write. An edit builds a new framework document (a deep copy of the stored one
with the change) and hands it to ``propose(document) -> message | None``, which validates it with
the core and stores it through the Document, or returns why not. Each model announces its current
message with ``message_changed`` ("" when the last edit was stored) so the view can show it next to
the table. Tool and part weights are held as *pending* until the weights of all rows make a valid
document: raising one tool's weight is refused until another is lowered.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ita_desktop.framework import Framework
from ita_desktop.numbers import to_arabic_digits

Propose = Callable[[dict], "str | None"]
KindRole = Qt.ItemDataRole.UserRole + 1  # "tool", "part", "indicator", "sub", "item", …
CodeRole = Qt.ItemDataRole.UserRole + 2  # the row's code (str) in the framework document
PendingRole = Qt.ItemDataRole.UserRole + 3  # True for a weight typed but not yet stored

PENDING_BRUSH = QBrush(QColor("#fff4ce"))
SCALES = {"6-level": QT_TRANSLATE_NOOP("Scales", "6 levels"),
          "yes-no": QT_TRANSLATE_NOOP("Scales", "Yes/No"),
          "has-or-not": QT_TRANSLATE_NOOP("Scales", "Has/Has not")}
"""An item's scale (framework.SCALES) -> its English label; shown through ``scale_label``."""
_SPLIT = re.compile(r"[,\s]+")


def scale_label(scale: str) -> str:
    """The label of an item scale in the interface language ("6-level" -> "6 ระดับ" in Thai)."""
    return QCoreApplication.translate("Scales", SCALES[scale]) if scale in SCALES else scale


class _FrameworkModel(QAbstractTableModel):
    """Rows are tuples ``(kind, code, *cells)``; cells follow the COL_* order after COL_CODE…"""

    HEADERS: tuple[str, ...] = ()
    EDITABLE: frozenset[int] = frozenset()
    message_changed = Signal(str)

    def __init__(self, propose: Propose | None = None, parent=None):
        super().__init__(parent)
        self._propose = propose or (lambda _document: None)
        self.framework: Framework | None = None
        self._rows: list[tuple] = []
        self.message = ""

    def set_framework(self, framework: Framework | None) -> None:
        """Show a framework. Same rows as before: cells are updated in place (safe during an
        edit); other rows: the model is reset."""
        rows = self._build(framework) if framework is not None else []
        same_shape = [row[:2] for row in rows] == [row[:2] for row in self._rows]
        self.framework = framework
        if same_shape and rows:
            self._rows = rows
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(rows) - 1, self.columnCount() - 1))
        else:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def _build(self, framework: Framework) -> list[tuple]:  # pragma: no cover - overridden
        raise NotImplementedError

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._header(section) if 0 <= section < len(self.HEADERS) else None
        return None

    def _header(self, section: int) -> str:
        # HEADERS are marked with QT_TRANSLATE_NOOP under the subclass's name
        return QCoreApplication.translate(type(self).__name__, self.HEADERS[section])

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in self.EDITABLE and self._editable(self._rows[index.row()]):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _editable(self, row: tuple) -> bool:
        return True

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == KindRole:
            return row[0]
        if role == CodeRole:
            return row[1]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, index.column(), role)
        return self._decoration(row, index.column(), role)

    def _text(self, row: tuple, column: int, role) -> str:
        return str(row[column + 1])

    def _decoration(self, row: tuple, column: int, role) -> Any:
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not index.isValid()
                or not self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        row = self._rows[index.row()]
        text = to_arabic_digits(str(value if value is not None else "")).strip()
        if text == self._text(row, index.column(), Qt.ItemDataRole.EditRole):
            return False
        return self._edit(index, row, text)

    def _edit(self, index: QModelIndex, row: tuple, text: str) -> bool:
        document = self.document_copy()
        problem = self._change(document, row, index.column(), text)
        return self._submit(document) if problem is None else self._refuse(problem)

    def _change(self, document: dict, row: tuple, column: int,
                text: str) -> str | None:  # pragma: no cover - overridden
        raise NotImplementedError

    def document_copy(self) -> dict:
        return copy.deepcopy(dict(self.framework.document))

    def _submit(self, document: dict) -> bool:
        problem = self._propose(document)
        if problem:
            return self._refuse(problem)
        self._set_message("")
        return True

    def _refuse(self, message: str) -> bool:
        self._set_message(message)
        return False

    def clear_message(self) -> None:
        self._set_message("")

    def _set_message(self, message: str) -> None:
        self.message = message
        self.message_changed.emit(message)


def _entry(entries: list[dict], key: str, value) -> dict:
    return next(entry for entry in entries if entry.get(key) == value)


class ToolsModel(_FrameworkModel):
    """Tools (IIT, EIT, OIT) and their parts, with titles and weights (percent)."""

    COL_CODE, COL_TITLE, COL_WEIGHT = range(3)
    HEADERS = (QT_TRANSLATE_NOOP("ToolsModel", "Code"),
               QT_TRANSLATE_NOOP("ToolsModel", "Tool"),
               QT_TRANSLATE_NOOP("ToolsModel", "Weight (%)"))
    EDITABLE = frozenset({COL_TITLE, COL_WEIGHT})
    pending_changed = Signal()

    def __init__(self, propose: Propose | None = None, parent=None):
        super().__init__(propose, parent)
        self.pending: dict[str, str] = {}  # code -> weight typed but not stored

    def set_framework(self, framework: Framework | None) -> None:
        old = self.framework.document.get("tools") if self.framework else None
        if framework is None or framework.document.get("tools") != old:
            self.discard_pending()
        super().set_framework(framework)

    def _build(self, framework: Framework) -> list[tuple]:
        rows = []
        for tool in framework.tools:
            rows.append(("tool", tool.code, tool.title, str(tool.weight)))
            rows += [("part", part.code, part.title, str(part.weight)) for part in tool.parts]
        return rows

    def _text(self, row, column, role) -> str:
        if column == self.COL_WEIGHT:
            return self.pending.get(row[1], row[3])
        if column == self.COL_TITLE and row[0] == "part" and role == Qt.ItemDataRole.DisplayRole:
            return f"    {row[2]}"
        return str(row[column + 1])

    def _decoration(self, row, column, role):
        pending = column == self.COL_WEIGHT and row[1] in self.pending
        if role == PendingRole:
            return pending
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_WEIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and pending:
            return PENDING_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole and pending:
            return self.tr("Not saved yet: the tool weights must add up "
                           "to 100, and the parts of a tool to its weight")
        if role == Qt.ItemDataRole.FontRole and row[0] == "tool":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _edit(self, index, row, text) -> bool:
        if index.column() != self.COL_WEIGHT:
            return super()._edit(index, row, text)
        if text == row[3]:
            self.pending.pop(row[1], None)
        else:
            self.pending[row[1]] = text
        self._pending_edited()
        if self._submit(self.with_pending()):
            self.discard_pending()
            return True
        return False

    def _change(self, document, row, column, text):
        entry = self._tool_entry(document, row[1])
        if not text:
            return self.tr("The title must not be empty")
        entry["title"] = text
        return None

    @staticmethod
    def _tool_entry(document: dict, code: str) -> dict:
        for tool in document["tools"]:
            if tool.get("code") == code:
                return tool
            for part in tool.get("parts", []) or []:
                if part.get("code") == code:
                    return part
        raise KeyError(code)

    def with_pending(self) -> dict:
        """The stored document with every pending weight applied."""
        document = self.document_copy()
        for code, weight in self.pending.items():
            self._tool_entry(document, code)["weight"] = weight
        return document

    def pending_total(self) -> str:
        """The sum of the tool weights as shown (pending ones included), or "?"."""
        try:
            return str(sum(Decimal(self._text(row, self.COL_WEIGHT, None))
                           for row in self._rows if row[0] == "tool"))
        except InvalidOperation:
            return "?"

    def discard_pending(self) -> None:
        if self.pending:
            self.pending = {}
            self._pending_edited()
            self._set_message("")

    def _pending_edited(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, self.COL_WEIGHT),
                                  self.index(len(self._rows) - 1, self.COL_WEIGHT))
        self.pending_changed.emit()


class ItemsModel(_FrameworkModel):
    """Indicators, each followed by its sub-indicators and items (code, Thai title, scale)."""

    COL_CODE, COL_TITLE, COL_TOOL, COL_SCALE = range(4)
    HEADERS = (QT_TRANSLATE_NOOP("ItemsModel", "Code"),
               QT_TRANSLATE_NOOP("ItemsModel", "Indicator / item"),
               QT_TRANSLATE_NOOP("ItemsModel", "Tool"),
               QT_TRANSLATE_NOOP("ItemsModel", "Scale"))
    EDITABLE = frozenset({COL_TITLE})

    def _build(self, framework: Framework) -> list[tuple]:
        items = {item.code: item for item in framework.items}
        subs = {sub.code: sub for sub in framework.sub_indicators}
        rows: list[tuple] = []

        def add_items(codes, depth):
            rows.extend(("item", code, items[code].title, "", items[code].scale, depth)
                        for code in codes)

        for indicator in framework.indicators:
            rows.append(("indicator", indicator.code, indicator.title, indicator.tool, "", 0))
            add_items(indicator.items, 1)
            for code in indicator.sub_indicators:
                rows.append(("sub", code, subs[code].title, "", "", 1))
                add_items(subs[code].items, 2)
        return rows

    def _text(self, row, column, role) -> str:
        if column == self.COL_SCALE:
            return scale_label(row[4]) if row[4] else ""
        if column == self.COL_TITLE and role == Qt.ItemDataRole.DisplayRole:
            return "    " * row[5] + row[2]
        return str(row[column + 1])

    def _decoration(self, row, column, role):
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_TITLE:
            return row[2]  # long titles are elided in the table
        if role == Qt.ItemDataRole.FontRole and row[0] in ("indicator", "sub"):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def item_count(self) -> int:
        return sum(1 for row in self._rows if row[0] == "item")

    def parents(self) -> list[tuple[str, str]]:
        """(code, label) of every indicator or sub-indicator that holds items directly."""
        if self.framework is None or self.framework.level != "item":
            return []
        result = []
        for indicator in self.framework.indicators:
            if indicator.items:
                result.append((indicator.code, f"{indicator.code}. {indicator.title}"))
            for sub in self.framework.sub_indicators:
                if sub.indicator == indicator.number:
                    result.append((sub.code, f"{sub.code} {sub.title}"))
        return result

    def _change(self, document, row, column, text):
        if not text:
            return self.tr("The title must not be empty")
        if row[0] == "indicator":
            _entry(document["indicators"], "number", int(row[1]))["title"] = text
        elif row[0] == "sub":
            _entry(document["sub_indicators"], "code", row[1])["title"] = text
        else:
            _entry(document["items"], "code", row[1])["title"] = text
        return None

    def add_item(self, parent: str, code: str, title: str, scale: str = "6-level") -> bool:
        """Add an item under an indicator (its number) or a sub-indicator (its code)."""
        code, title = code.strip(), title.strip()
        if not code or not title:
            return self._refuse(self.tr("Enter the item’s code and title"))
        if any(row[0] == "item" and row[1].upper() == code.upper() for row in self._rows):
            return self._refuse(self.tr("There is already an item with code %1").replace("%1", code))
        document = self.document_copy()
        if parent.isdigit():
            owner = _entry(document["indicators"], "number", int(parent))
        else:
            owner = _entry(document.get("sub_indicators", []), "code", parent)
        siblings = set(owner.setdefault("items", []))
        owner["items"].append(code)
        items = document.setdefault("items", [])
        after = max((n for n, entry in enumerate(items) if entry.get("code") in siblings),
                    default=len(items) - 1)
        items.insert(after + 1, {"code": code, "title": title, "scale": scale})
        return self._submit(document)


class IssuesModel(_FrameworkModel):
    """Analysis issues with the items (or, at indicator level, the indicators) they group."""

    COL_NUMBER, COL_TITLE, COL_MEMBERS = range(3)
    HEADERS = (QT_TRANSLATE_NOOP("IssuesModel", "No."),
               QT_TRANSLATE_NOOP("IssuesModel", "Analysis issue"),
               QT_TRANSLATE_NOOP("IssuesModel", "Items (comma-separated)"))
    EDITABLE = frozenset({COL_TITLE, COL_MEMBERS})

    def _build(self, framework: Framework) -> list[tuple]:
        key = "items" if framework.level == "item" else "indicators"
        return [("issue", str(issue.number), issue.title,
                 ", ".join(str(member) for member in getattr(issue, key)))
                for issue in framework.issues]

    def _header(self, section: int) -> str:
        if (section == self.COL_MEMBERS and self.framework is not None
                and self.framework.level == "indicator"):
            return self.tr("Indicators (comma-separated)")
        return super()._header(section)

    def _change(self, document, row, column, text):
        entry = _entry(document["issues"], "number", int(row[1]))
        if column == self.COL_TITLE:
            if not text:
                return self.tr("The title must not be empty")
            entry["title"] = text
            return None
        members = [member for member in _SPLIT.split(text) if member]
        if self.framework.level == "item":
            entry["items"] = members
            return None
        if not all(member.isdigit() for member in members):
            return self.tr("Enter indicator numbers separated by commas, e.g. 1, 2, 9")
        entry["indicators"] = [int(member) for member in members]
        return None


class RatingModel(_FrameworkModel):
    """Rating levels, first match wins: label, minimum total, minimum of every tool."""

    COL_LABEL, COL_MIN_TOTAL, COL_MIN_EACH = range(3)
    HEADERS = (QT_TRANSLATE_NOOP("RatingModel", "Rating"),
               QT_TRANSLATE_NOOP("RatingModel", "Minimum total"),
               QT_TRANSLATE_NOOP("RatingModel", "Minimum of every tool"))
    EDITABLE = frozenset({COL_LABEL, COL_MIN_TOTAL, COL_MIN_EACH})

    def _build(self, framework: Framework) -> list[tuple]:
        return [("level", str(n), level.label, str(level.min_total),
                 "" if level.min_each_tool is None else str(level.min_each_tool))
                for n, level in enumerate(framework.rating)]

    def _text(self, row, column, role) -> str:
        text = row[column + 2]
        if column == self.COL_MIN_EACH and not text and role == Qt.ItemDataRole.DisplayRole:
            return "–"  # no per-tool condition
        return text

    def _decoration(self, row, column, role):
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.COL_LABEL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _change(self, document, row, column, text):
        level = document["rating"]["levels"][int(row[1])]
        if column == self.COL_LABEL:
            level["label"] = text  # the core refuses an empty label
        elif column == self.COL_MIN_TOTAL:
            level["min_total"] = text
        elif text:
            level["min_each_tool"] = text
        else:
            level.pop("min_each_tool", None)
        return None
