"""Every section fits an office laptop: 1366 × 768 at 125 % scaling (Windows' default there)
leaves 1093 × 582 logical pixels above the taskbar, title bar included. At that size (the same
logical layout as 100 % on a 1093-pixel screen) the window does not grow past it, and on every
page no control runs past the window or under the edge of the area it scrolls in, and no label
or button is narrower than its text. Screenshots at both scales: ITA_WALKTHROUGH_DIR with
tests/ui/test_new_user_walkthrough.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from tests.ui.conftest import finish

LAPTOP_125 = (1093, 582 - 32)  # logical pixels of the window below its title bar
SIZES = {"1366x768 at 125%": LAPTOP_125, "1200 wide": (1200, 700),
         "1366x768 at 100%": (1366, 728 - 32)}
SECTIONS = [("start", 0), ("profile", 0), ("results", 2568), ("analysis", 2568),
            ("framework", 2568), ("measures", 2569), ("measures", 2568), ("followup", 2569),
            ("followup", 2568), ("readiness", 2569), ("readiness", 2568), ("documents", 2569),
            ("documents", 2568)]


def settle(rounds: int = 30) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def clipped(page: QWidget) -> list[str]:
    """Visible widgets of ``page`` that run past the area that shows them (the window, or the
    viewport of the scroll area they are in, which scrolls only up and down here), and labels
    and buttons narrower than their text."""
    problems = []
    window = page.window()
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 0:
            continue
        parent = widget.parentWidget()
        holder = None
        while parent is not None and parent is not window:
            if isinstance(parent, QAbstractItemView):
                holder = "cell"  # widgets inside a table or list are the view's business
                break
            if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
                holder = parent.viewport()
                break
            parent = parent.parentWidget()
        if holder == "cell":
            continue
        area = holder if holder is not None else window
        top_left = widget.mapTo(area, QPoint(0, 0))
        rect = QRect(top_left, widget.size())
        name = f"{type(widget).__name__} {widget.objectName()!r} " + (
            repr(widget.text()[:40]) if hasattr(widget, "text") and callable(widget.text)
            else "")
        if rect.right() > area.width() + 1 or rect.left() < -1:
            problems.append(f"{name}: x {rect.left()}–{rect.right()} beyond {area.width()}")
        if holder is None and rect.bottom() > area.height() + 1:
            problems.append(f"{name}: y {rect.top()}–{rect.bottom()} below {area.height()}")
        inside_combo = isinstance(widget.parentWidget(), QComboBox)  # its own line edit
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit | QComboBox) \
                and not inside_combo \
                and widget.height() + 1 < widget.minimumSizeHint().height():
            problems.append(f"{name}: squeezed to {widget.height()} px high")
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text() \
                and widget.width() + 1 < widget.minimumSizeHint().width():
            problems.append(f"{name}: {widget.width()} < its text {widget.minimumSizeHint()}")
        if isinstance(widget, QAbstractButton) and widget.text() \
                and widget.width() + 1 < widget.minimumSizeHint().width():
            problems.append(f"{name}: {widget.width()} < its text {widget.minimumSizeHint()}")
    return problems


@pytest.fixture(params=list(SIZES), ids=list(SIZES))
def laptop_window(request, qtbot, make_window, example_path, tmp_path, app_font):
    window = make_window(example_path)
    window.resize(*SIZES[request.param])
    window.fitted = SIZES[request.param]
    settle()
    return window


@pytest.fixture
def app_font(qapp):
    from ui.app import use_bundled_thai_font

    before = qapp.font()
    use_bundled_thai_font(qapp)
    yield
    qapp.setFont(before)


@pytest.mark.parametrize("section, year", SECTIONS)
def test_every_section_fits_an_office_laptop(qtbot, laptop_window, tmp_path,
                                                        section, year):
    window = laptop_window
    if section == "start":
        assert finish(qtbot, window.new_file(tmp_path / "อบต.ตัวอย่างใหม่.db"))
    view = window.show_section(section, year)
    if section == "measures":
        view.table.selectRow(0)
    if section == "results":
        view.show_indicator(9)  # the longest form (OIT sub-indicators)
    settle()
    assert window.minimumSizeHint().width() <= LAPTOP_125[0]
    assert window.minimumSizeHint().height() <= LAPTOP_125[1]
    assert (window.width(), window.height()) == window.fitted  # the window did not grow
    assert not clipped(window.pages.currentWidget()), clipped(window.pages.currentWidget())
    assert window.navigation.width() >= window.navigation.sizeHintForColumn(0)


def test_the_first_window_fits_the_screen(qtbot, settings):
    from ui.screen_fit import fitted_size

    window = QWidget()
    qtbot.addWidget(window)
    free = window.screen().availableGeometry()
    size = fitted_size(window)
    assert size.width() <= free.width() and size.height() <= free.height() - 32
