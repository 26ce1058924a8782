"""Undoable edits of the analysis report's pictures of a fiscal year (``document.images``): add
(from a file's bytes), caption, move, remove; each announces ``document.changed(IMAGES,
fiscal_year)``. Removing keeps the whole picture (storage.report_images.image_record) so undo
puts back the same id at the same place."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ita_desktop.storage import report_images
from ui.edits.base import Area, Edit

IMAGES = "images"
MIME_BY_SUFFIX = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}


class _Add(Edit):
    def __init__(self, area: ImageEdits, fiscal_year: int, data: bytes, mime: str, caption: str,
                 text: str):
        super().__init__(area.document, text)
        self.area, self.fiscal_year = area, fiscal_year
        self.data, self.mime, self.caption = data, mime, caption
        self.record: dict[str, Any] | None = None

    def first(self) -> int:
        image_id = report_images.add_image(self.area.store, fiscal_year=self.fiscal_year,
                                           data=self.data, mime=self.mime, caption=self.caption)
        self.record = report_images.image_record(self.area.store, image_id)
        self.area.document.announce(IMAGES, self.fiscal_year)
        return image_id

    def again(self) -> None:
        report_images.restore_image(self.area.store, self.record)
        self.area.document.announce(IMAGES, self.fiscal_year)

    def back(self) -> None:
        report_images.delete_image(self.area.store, self.record["id"])
        self.area.document.announce(IMAGES, self.fiscal_year)


class _Remove(_Add):
    def __init__(self, area: ImageEdits, record: dict[str, Any], text: str):
        Edit.__init__(self, area.document, text)
        self.area, self.fiscal_year, self.record = area, record["fiscal_year"], record

    def first(self) -> None:
        report_images.delete_image(self.area.store, self.record["id"])
        self.area.document.announce(IMAGES, self.fiscal_year)

    again = first

    def back(self) -> None:
        _Add.again(self)


class _Change(Edit):
    """A caption or a position: ``write(value)`` with the new value, then the old one on undo."""

    def __init__(self, area: ImageEdits, fiscal_year: int, write, old, new, text: str):
        super().__init__(area.document, text)
        self.area, self.fiscal_year, self.write, self.old, self.new = (area, fiscal_year, write,
                                                                      old, new)

    def first(self) -> None:
        self.write(self.new)
        self.area.document.announce(IMAGES, self.fiscal_year)

    again = first

    def back(self) -> None:
        self.write(self.old)
        self.area.document.announce(IMAGES, self.fiscal_year)


class ImageEdits(Area):
    """Reading the year's pictures (with their bytes) and undoable editing."""

    def list(self, fiscal_year: int) -> list[dict[str, Any]]:
        return report_images.list_images(self.store, fiscal_year=fiscal_year)

    def add_file(self, fiscal_year: int, path: Path | str, caption: str = "") -> int | None:
        """Add the PNG or JPEG at ``path`` (type from its name); returns the new id, or None
        when it is refused (the message is on ``document.failed`` and ``last_error``)."""
        path = Path(path)
        mime = MIME_BY_SUFFIX.get(path.suffix.lower())
        if mime is None:
            self.document.report_failure(self.tr("Choose a PNG or JPEG picture"))
            return None
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.document.report_failure(self.tr("The picture cannot be read: %1")
                                         .replace("%1", exc.strerror or str(exc)))
            return None
        caption = caption or path.stem
        return self.run(_Add(self, fiscal_year, data, mime, caption, self.tr("Add picture")))

    def set_caption(self, fiscal_year: int, image_id: int, caption: str) -> bool:
        old = report_images.image_record(self.store, image_id)["caption"]
        caption = caption.strip()
        if caption == old:
            return True
        write = lambda value: report_images.set_caption(self.store, image_id, value)  # noqa: E731
        return bool(self.run(_Change(self, fiscal_year, write, old, caption,
                                     self.tr("Edit picture caption"))))

    def move(self, fiscal_year: int, image_id: int, to_position: int) -> bool:
        old = report_images.image_record(self.store, image_id)["position"]
        if to_position == old or to_position < 0 or to_position >= len(
                self.list(fiscal_year)):
            return False
        write = lambda value: report_images.move_image(self.store, image_id,  # noqa: E731
                                                       to_position=value)
        return bool(self.run(_Change(self, fiscal_year, write, old, to_position,
                                     self.tr("Move picture"))))

    def remove(self, image_id: int) -> bool:
        record = report_images.image_record(self.store, image_id)
        return bool(self.run(_Remove(self, record, self.tr("Remove picture"))))
