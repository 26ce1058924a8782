"""Slow work off the GUI thread: ``run_op(parent, label=…, work=…, on_success=…)``.

``work()`` runs on a QThreadPool worker and must not touch widgets (nor a Store the GUI is using,
unless it was opened for hand-over; see ita_desktop.storage.database.Store). Its result, or the
exception it raised, comes back through a queued signal, so ``on_success(result)`` and
``on_failure(exc)`` always run on the GUI thread. While it runs the window stays responsive; after
``PROGRESS_DELAY_MS`` an indeterminate progress bar with ``label`` shows in the parent's status
bar, and the actions and widgets in ``disable`` are disabled until the work ends (their earlier
states are put back before the callbacks run). Anki's ``aqt.operations.QueryOp`` is the model.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QProgressBar, QWidget

PROGRESS_DELAY_MS = 100
"""Work that ends sooner shows no progress indicator (it would only flicker)."""

_running: set[Operation] = set()
"""Every operation not yet finished, so none is garbage-collected while its work runs."""


class Runner(QRunnable):
    """Runs ``job.work()`` on a pool thread and hands the result, or the exception it raised,
    to ``job._delivered(ok, value)`` (a queued signal): never a widget from the worker. Also
    used by ui.session's backups, on a pool of their own."""

    def __init__(self, job):
        super().__init__()
        self.job = job
        self.setAutoDelete(False)  # the job keeps it until the result is delivered

    def run(self) -> None:  # worker thread: no widgets, only the queued signal
        try:
            result = self.job.work()
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI
            self.job._delivered.emit(False, exc)
        else:
            self.job._delivered.emit(True, result)


class Operation(QObject):
    """One run of ``work``; made by :func:`run_op`. ``finished(ok)`` is emitted on the GUI
    thread after the callbacks; ``done``, ``ok``, ``result`` and ``error`` say how it ended."""

    finished = Signal(bool)
    _delivered = Signal(bool, object)  # emitted on the worker thread, received on the GUI's

    def __init__(self, parent: QWidget, *, label: str, work: Callable[[], Any],
                 on_success: Callable[[Any], None],
                 on_failure: Callable[[BaseException], None] | None,
                 disable: Iterable[QAction | QWidget]):
        super().__init__()  # no Qt parent: it must outlive nothing but its own work
        self.parent_widget = parent
        self.label = label
        self.work = work
        self.on_success = on_success
        self.on_failure = on_failure
        self.done = False
        self.ok = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.indicator: QWidget | None = None
        self._disabled = [(item, item.isEnabled()) for item in disable]
        self._delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_progress)
        self._runnable = Runner(self)

    def start(self) -> None:
        _running.add(self)
        for item, _enabled in self._disabled:
            item.setEnabled(False)
        self._timer.start(PROGRESS_DELAY_MS)
        QThreadPool.globalInstance().start(self._runnable)

    def _show_progress(self) -> None:
        window = self.parent_widget
        if not shiboken6.isValid(window) or not isinstance(window, QMainWindow):
            return
        self.indicator = QWidget()
        self.indicator.setObjectName("operation-progress")
        layout = QHBoxLayout(self.indicator)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.label))
        bar = QProgressBar()
        bar.setRange(0, 0)  # indeterminate: the work does not say how far it is
        bar.setMaximumWidth(160)
        bar.setMaximumHeight(16)
        bar.setTextVisible(False)
        layout.addWidget(bar)
        layout.addStretch(1)
        window.statusBar().addWidget(self.indicator, 1)
        self.indicator.show()

    def _deliver(self, ok: bool, value: Any) -> None:  # GUI thread
        self._timer.stop()
        if self.indicator is not None and shiboken6.isValid(self.indicator):
            self.indicator.hide()
            self.indicator.deleteLater()
        self.indicator = None
        for item, enabled in self._disabled:
            if shiboken6.isValid(item):
                item.setEnabled(enabled)
        self.done, self.ok = True, ok
        self.result, self.error = (value, None) if ok else (None, value)
        _running.discard(self)
        self.deleteLater()
        try:
            if not shiboken6.isValid(self.parent_widget):
                return  # the window went away while the work ran
            if ok:
                self.on_success(value)
            elif self.on_failure is not None:
                self.on_failure(value)
            else:
                raise value  # to sys.excepthook (pytest-qt fails the test)
        finally:
            self.finished.emit(ok)


def run_op(parent: QWidget, *, label: str, work: Callable[[], Any],
           on_success: Callable[[Any], None],
           on_failure: Callable[[BaseException], None] | None = None,
           disable: Iterable[QAction | QWidget] = ()) -> Operation:
    """Run ``work()`` on a worker thread and return the started :class:`Operation` at once.

    ``on_success(result)`` or ``on_failure(exception)`` then runs on the GUI thread; without
    ``on_failure`` the exception is raised there (the default excepthook reports it). Neither
    runs when ``parent`` has been deleted meanwhile. ``label`` (translated) is shown beside
    the progress bar; ``disable`` lists actions and widgets that would conflict with the work.
    """
    operation = Operation(parent, label=label, work=work, on_success=on_success,
                          on_failure=on_failure, disable=disable)
    operation.start()
    return operation


def running() -> list[Operation]:
    """The operations whose work has not come back yet."""
    return list(_running)
