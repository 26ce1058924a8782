"""The emblem in ข้อมูลหน่วยงาน: chosen from a file, previewed, stored in the file, undoable;
a file the core refuses shows its message and stores nothing."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from ita_desktop.storage import open_database, profile
from ui.views.emblem_widget import PREVIEW_SIZE


def emblem_png(path, width=300, height=360):
    """A made-up emblem: a gold disc on a transparent background, taller than wide."""
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setBrush(QColor("#c8a200"))
    painter.drawEllipse(10, 10, width - 20, height - 20)
    painter.end()
    assert image.save(str(path), "PNG")
    return path


def stored(path) -> dict:
    with open_database(path, read_only=True) as store:
        return profile.get_profile(store)


def office_form(make_window, tmp_path):
    path = tmp_path / "office.db"
    window = make_window(path, new=True)
    return window, window.show_section("profile").emblem, path


def test_chosen_png_is_stored_previewed_and_undoable(make_window, tmp_path):
    window, emblem, path = office_form(make_window, tmp_path)
    assert emblem.preview.text() == "ยังไม่มีภาพ"
    assert not emblem.clear_button.isEnabled()
    image = emblem_png(tmp_path / "ครุฑ.png")

    assert emblem.choose(image)

    saved = stored(path)
    assert saved["emblem"] == image.read_bytes()
    assert saved["emblem_mime"] == "image/png"
    pixmap = emblem.preview.pixmap()
    assert not pixmap.isNull()
    assert pixmap.height() == PREVIEW_SIZE and pixmap.width() == PREVIEW_SIZE * 300 // 360
    assert emblem.clear_button.isEnabled()
    assert not emblem.error.isVisibleTo(emblem)
    assert window.saved_label.text().startswith("บันทึกแล้ว ")

    window.undo_action.trigger()
    assert stored(path)["emblem"] is None
    assert emblem.preview.pixmap().isNull()
    window.redo_action.trigger()
    assert stored(path)["emblem"] == image.read_bytes()
    assert not emblem.preview.pixmap().isNull()

    emblem.clear_button.click()
    assert stored(path)["emblem"] is None
    assert emblem.preview.text() == "ยังไม่มีภาพ"


def test_jpeg_named_png_is_stored_as_jpeg(make_window, tmp_path):
    _window, emblem, path = office_form(make_window, tmp_path)
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "JPEG")
    misnamed = tmp_path / "emblem.png"
    misnamed.write_bytes(bytes(data))
    assert emblem.choose(misnamed)
    assert stored(path)["emblem_mime"] == "image/jpeg"


def test_text_file_is_refused_with_the_core_message(make_window, tmp_path):
    window, emblem, path = office_form(make_window, tmp_path)
    text = tmp_path / "ตรา.txt"
    text.write_text("ไม่ใช่ภาพ", encoding="utf-8")

    assert not emblem.choose(text)

    assert emblem.error.isVisibleTo(emblem)
    assert emblem.error.text().startswith("ใช้ไฟล์ “ตรา.txt” เป็นตราสัญลักษณ์ไม่ได้: ")
    assert "ชนิดไฟล์ตราสัญลักษณ์" in emblem.error.text()
    assert "image/png" in emblem.error.text()
    assert stored(path)["emblem"] is None
    assert window.document.undo_stack.count() == 0
    assert emblem.preview.text() == "ยังไม่มีภาพ"


def test_huge_and_broken_images_store_nothing(make_window, tmp_path):
    window, emblem, path = office_form(make_window, tmp_path)
    good = emblem_png(tmp_path / "good.png")
    assert emblem.choose(good)

    huge = tmp_path / "huge.png"
    huge.write_bytes(good.read_bytes() + b"\0" * (profile.MAX_EMBLEM_BYTES + 1))
    assert not emblem.choose(huge)
    assert "ใหญ่เกินไป" in emblem.error.text() and "5 MB" in emblem.error.text()

    broken = tmp_path / "broken.png"
    broken.write_bytes(good.read_bytes()[:40])
    assert not emblem.choose(broken)
    assert "เสียหาย" in emblem.error.text()

    assert stored(path)["emblem"] == good.read_bytes()  # the earlier emblem is kept
    assert window.document.undo_stack.count() == 1
