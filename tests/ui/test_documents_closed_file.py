"""เอกสาร when the file goes while a preview render runs (แฟ้ม › ปิด, another file opened in its
place, the window closed): the render that ends afterwards starts no new render, shows nothing,
runs no waiting Print…, and its failure is dropped quietly. The renders are held at a gate and
let go from inside the window's closing of the store, so each one ends after its file closed
and before the window has deleted the old views (the order of a failure once seen at random in
the full test run: "Cannot operate on a closed database" from a render started afterwards)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThreadPool

from ita_desktop.demo import build_demo
from tests.ui.conftest import finish, wait_for_operations
from ui import main_window
from ui.views import documents_view

YEAR = 2569


class HeldRenders:
    """``render_prepared`` of ui.views.documents_view waiting at ``gate``; ``started`` lists the
    output paths of the renders begun on a worker, ``fail`` makes them raise instead."""

    def __init__(self, monkeypatch):
        self.gate = threading.Event()
        self.started: list = []
        self.fail: BaseException | None = None
        real = documents_view.render_prepared

        def render(context, out, options=None, **kwargs):
            self.started.append(out)
            assert self.gate.wait(20), "the test never let the render go"
            if self.fail is not None:
                raise self.fail
            return real(context, out, options, **kwargs)

        monkeypatch.setattr(documents_view, "render_prepared", render)

    def release_on_close(self, monkeypatch) -> None:
        """When the window closes a store: close it, then let the held renders end and wait
        until their results are posted back to the GUI thread."""
        real_close = main_window.close_store

        def close_store(store, **kwargs):
            real_close(store, **kwargs)
            self.gate.set()
            assert QThreadPool.globalInstance().waitForDone(20000)

        monkeypatch.setattr(main_window, "close_store", close_store)


@pytest.fixture
def held(monkeypatch):
    renders = HeldRenders(monkeypatch)
    renders.release_on_close(monkeypatch)
    yield renders
    renders.gate.set()  # never leave a worker waiting


def go_away(qtbot, window, how: str, other_path) -> None:
    """Let the window's file go: File › Close, File › Open of another file, or close the
    window."""
    if how == "close":
        window.close_file()
    elif how == "open another":
        assert finish(qtbot, window.open_file(other_path))
    else:
        window.close()


def superseded_render_running(window, held: HeldRenders):
    """A preview rendering (held), already superseded by a request for another document."""
    view = window.show_section("documents", YEAR)
    assert view.queue.busy()
    other = "results" if view.current_kind() == "measures" else "measures"
    assert view.select_kind(other)  # a new request while the first render runs
    assert view.queue.busy() and view.current_kind() == other
    return view


HOW = ["close", "open another", "close window"]


@pytest.mark.parametrize("how", HOW)
def test_a_superseded_render_ending_after_the_file_went_starts_nothing(
        make_window, example_path, tmp_path, qtbot, held, how):
    window = make_window(example_path)
    view = superseded_render_running(window, held)
    shown = []
    view.rendered.connect(shown.append)
    qtbot.waitUntil(lambda: len(held.started) == 1, timeout=10000)
    go_away(qtbot, window, how, build_demo(tmp_path / "other.db"))
    wait_for_operations(qtbot)
    qtbot.wait(50)  # the deferred deletions of the old views, and anything they would post
    assert len(held.started) == 1  # no render was started for the closed file
    assert shown == []
    if how == "open another":  # the new file's documents render as before
        new_view = window.show_section("documents", YEAR)
        assert new_view is not view
        assert new_view.select_kind("measures") or new_view.current_kind() == "measures"
        qtbot.waitUntil(new_view.is_current, timeout=30000)
        assert new_view.preview.page_count() >= 1


@pytest.mark.parametrize("how", HOW)
def test_a_render_ending_after_the_file_went_delivers_nothing(
        make_window, example_path, tmp_path, qtbot, held, how):
    window = make_window(example_path)
    view = window.show_section("documents", YEAR)  # the render of the document it opens on
    qtbot.waitUntil(lambda: len(held.started) == 1, timeout=10000)
    shown, printed = [], []
    view.rendered.connect(shown.append)
    view.ask_printer = lambda printer: printed.append(printer) or False
    view.print_document()  # waits for the render
    go_away(qtbot, window, how, build_demo(tmp_path / "other.db"))
    wait_for_operations(qtbot)
    qtbot.wait(50)
    assert shown == [] and printed == []
    assert len(held.started) == 1


@pytest.mark.parametrize("how", HOW)
def test_a_render_failing_after_the_file_went_is_dropped_quietly(
        make_window, example_path, tmp_path, qtbot, held, how):
    window = make_window(example_path)
    window.show_section("documents", YEAR)  # the render of the document it opens on
    qtbot.waitUntil(lambda: len(held.started) == 1, timeout=10000)
    held.fail = RuntimeError("the layout broke")  # raised into Qt while the file is open
    go_away(qtbot, window, how, build_demo(tmp_path / "other.db"))
    wait_for_operations(qtbot)  # pytest-qt fails the test on an exception raised into Qt
    qtbot.wait(50)
    assert len(held.started) == 1
