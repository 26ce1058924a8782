"""What the sections that ui.main_window makes on first show share (framework, measures,
follow-up, OIT readiness, documents): one view per open document among the window's pages,
switched between fiscal years with ``set_year``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStackedWidget

if TYPE_CHECKING:
    from ui.document import Document


class SectionView:
    """Mixin for a QWidget view with ``document`` and ``set_year(fiscal_year)``; list it before
    the Qt base (``class MeasuresView(SectionView, QWidget)``)."""

    @classmethod
    def shown_in(cls, pages: QStackedWidget, document: Document, fiscal_year: int):
        """The view of ``document`` among ``pages`` (made and added the first time), showing
        ``fiscal_year``. It goes away with its document."""
        for view in pages.findChildren(cls):
            if view.document is document:
                break
        else:
            view = cls.create(pages, document)
            pages.addWidget(view)
            document.destroyed.connect(view.deleteLater)
        view.set_year(fiscal_year)
        return view

    @classmethod
    def create(cls, pages: QStackedWidget, document: Document):
        """A new view of ``document`` (override to pass more, e.g. the window's settings)."""
        return cls(document)
