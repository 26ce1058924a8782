"""The Qt binding itself: PySide6 6.12.0 drops a reference to ``True`` on every Signal.emit from
Python, so a window crashes ("bool_dealloc") after a few hundred edits. pyproject.toml keeps it
out; this test fails on a binding with that defect."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    text = Signal(str)
    number = Signal(int)


def test_emitting_signals_keeps_python_reference_counts(qapp):
    emitter = _Emitter()
    received = []
    emitter.text.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.text.emit("บันทึกแล้ว")
        emitter.number.emit(1)  # not connected
    assert len(received) == 200
    assert sys.getrefcount(True) >= before - 5, "this PySide6 leaks references on emit"
