"""Edit › Undo and Redo that show what they changed.

An undo from another page used to change data out of sight (undo on the documents page removed a
piece of evidence with nothing visible). Here each step records the areas the Document announces
while the command runs (``document.changed``, ``measures.measure_updated``), then the window goes
to the section showing the first of them (the measure or follow-up concerned chosen) unless that
section is already shown, and the status bar says "เลิกทำแล้ว: <what> — <where>".

Redo has the platform's own keys (QKeySequence.StandardKey.Redo: Ctrl+Shift+Z on GNOME and KDE)
and also Ctrl+Y and Ctrl+Shift+Z, which Windows users and the other desktops expect.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup

from ui import document as areas
from ui import navigation as nav

MEASURE = "measure"
"""Recorded for ``measures.measure_updated(id)``: one measure's fields changed."""
SECTION_OF_AREA = {
    areas.PROFILE: nav.PROFILE, areas.SCORES: nav.RESULTS, areas.OFFICIAL: nav.RESULTS,
    areas.ANALYSIS: nav.ANALYSIS, areas.FRAMEWORK: nav.FRAMEWORK, areas.MEASURES: nav.MEASURES,
    MEASURE: nav.MEASURES, areas.FOLLOWUPS: nav.FOLLOWUP, areas.READINESS: nav.READINESS,
    areas.MEMOS: nav.DOCUMENTS,
}
"""Document area → the navigation section that shows it (UNITS: no one section)."""
SECTION_NAMES = {  # the navigation's own words (same context, so one translation)
    nav.PROFILE: QT_TRANSLATE_NOOP("NavigationTree", "Office Details"),
    nav.RESULTS: QT_TRANSLATE_NOOP("NavigationTree", "Results"),
    nav.ANALYSIS: QT_TRANSLATE_NOOP("NavigationTree", "Analysis"),
    nav.FRAMEWORK: QT_TRANSLATE_NOOP("NavigationTree", "Framework"),
    nav.MEASURES: QT_TRANSLATE_NOOP("NavigationTree", "Measures"),
    nav.FOLLOWUP: QT_TRANSLATE_NOOP("NavigationTree", "Follow-up"),
    nav.READINESS: QT_TRANSLATE_NOOP("NavigationTree", "OIT Readiness"),
    nav.DOCUMENTS: QT_TRANSLATE_NOOP("NavigationTree", "Documents"),
}


def redo_shortcuts() -> list[QKeySequence]:
    """The platform's Redo keys first, then Ctrl+Y and Ctrl+Shift+Z where it lacks them."""
    keys = list(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
    for extra in ("Ctrl+Y", "Ctrl+Shift+Z"):
        if QKeySequence(extra) not in keys:
            keys.append(QKeySequence(extra))
    return keys


class UndoRedo(QObject):
    """``undo_action`` and ``redo_action`` of a window, over its QUndoGroup; their text is
    "<prefix> <the command's text>" as QUndoGroup's own actions give it."""

    def __init__(self, window, group: QUndoGroup):
        super().__init__(window)
        self.window, self.group = window, group
        self._changes: list[tuple[str, int]] = []
        self._undo_prefix = self.tr("&Undo")
        self._redo_prefix = self.tr("&Redo")
        self.undo_action = QAction(self._undo_prefix, window)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = QAction(self._redo_prefix, window)
        self.redo_action.setShortcuts(redo_shortcuts())
        for action in (self.undo_action, self.redo_action):
            action.setEnabled(False)
        group.canUndoChanged.connect(self.undo_action.setEnabled)
        group.canRedoChanged.connect(self.redo_action.setEnabled)
        group.undoTextChanged.connect(
            lambda text: self.undo_action.setText(_joined(self._undo_prefix, text)))
        group.redoTextChanged.connect(
            lambda text: self.redo_action.setText(_joined(self._redo_prefix, text)))
        self.undo_action.triggered.connect(lambda: self.step(undo=True))
        self.redo_action.triggered.connect(lambda: self.step(undo=False))

    def step(self, *, undo: bool) -> None:
        """Undo (or redo) one step, then show where it changed something."""
        document = getattr(self.window, "document", None)
        if document is None or not (self.group.canUndo() if undo else self.group.canRedo()):
            return
        text = self.group.undoText() if undo else self.group.redoText()
        self._changes = []
        document.changed.connect(self._record)
        document.measures.measure_updated.connect(self._record_measure)
        try:
            self.group.undo() if undo else self.group.redo()
        finally:
            document.changed.disconnect(self._record)
            document.measures.measure_updated.disconnect(self._record_measure)
        self.show_change(document, self._changes, text, undo=undo)

    def _record(self, area: str, fiscal_year: int) -> None:
        self._changes.append((area, fiscal_year))

    def _record_measure(self, measure_id: int) -> None:
        self._changes.append((MEASURE, measure_id))

    def show_change(self, document, changes: list[tuple[str, int]], text: str, *,
                    undo: bool) -> None:
        window = self.window
        targets: list[tuple[tuple[str, int], int | None]] = []
        for area, key in changes:
            if area not in SECTION_OF_AREA:
                continue
            measure_id = None
            if area == MEASURE:
                measure_id = key
                key = document.measures.get(key)["fiscal_year"]
            elif area == areas.FOLLOWUPS:
                measure_id = document.followups.last_measure
            targets.append(((SECTION_OF_AREA[area], 0 if area == areas.PROFILE else key),
                            measure_id))
        current = window.navigation.current_section()
        # A change the page shown now shows: stay there; else the first change's section.
        target, measure_id = next((t for t in targets if t[0] == current),
                                  targets[0] if targets else (None, None))
        where = ""
        if target is not None:
            section, year = target
            name = QCoreApplication.translate("NavigationTree", SECTION_NAMES[section])
            where = name if section == nav.PROFILE else self.tr("%1, fiscal year %2").replace(
                "%1", name).replace("%2", str(year))
            if window.navigation.current_section() != target and window.navigation.has(*target):
                window.show_section(*target)
            view = window.pages.currentWidget()
            if measure_id is not None and section == nav.MEASURES and hasattr(view, "select"):
                view.select(measure_id)
            elif measure_id is not None and section == nav.FOLLOWUP:
                view.select_measure(measure_id)
        done = self.tr("Undone: %1") if undo else self.tr("Redone: %1")
        message = done.replace("%1", text)
        if where:
            message = f"{message} — {where}"
        window.statusBar().showMessage(message, 10000)


def _joined(prefix: str, text: str) -> str:
    return f"{prefix} {text}" if text else prefix
