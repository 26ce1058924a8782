"""The part every flat table model here shares: rows in ``_rows``, columns named by ``HEADERS``
(English, marked with ``QT_TRANSLATE_NOOP`` under the class's own name and shown translated),
no children (``rowCount() == 0`` for a valid parent)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt


class RowsModel(QAbstractTableModel):
    """Subclasses set ``HEADERS`` (marked with QT_TRANSLATE_NOOP("<ClassName>", …)), fill
    ``_rows`` and implement ``data``."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.HEADERS)):
            return QCoreApplication.translate(type(self).__name__, self.HEADERS[section])
        return None
