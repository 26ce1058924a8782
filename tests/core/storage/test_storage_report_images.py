"""Pictures of the analysis report (storage.report_images): checked like the emblem, kept in
order, captions, delete and restore with the same id, gone with their assessment."""

from __future__ import annotations

import io
import re

import pytest
from PIL import Image

from ita_desktop.storage import (
    InvalidRecordError,
    RecordNotFoundError,
    Store,
    assessments,
    report_images,
)


def png(width: int = 40, height: int = 30, colour=(30, 90, 160)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "PNG")
    return out.getvalue()


def jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (30, 20), (200, 10, 10)).save(out, "JPEG")
    return out.getvalue()


def captions(store: Store) -> list[str]:
    return [i["caption"] for i in report_images.list_images(store, fiscal_year=2567)]


def test_pictures_keep_their_order_and_captions(assessed: Store):
    first = report_images.add_image(assessed, fiscal_year=2567, data=png(), mime="image/png",
                                    caption="ภาพที่ ๑ ผลภาพรวม")
    second = report_images.add_image(assessed, fiscal_year=2567, data=jpeg(), mime="image/jpeg",
                                     caption="ผลรายเครื่องมือ")
    report_images.add_image(assessed, fiscal_year=2567, data=png(50), mime="image/png",
                            caption="แทรกไว้ก่อน", position=0)
    assert captions(assessed) == ["แทรกไว้ก่อน", "ภาพที่ ๑ ผลภาพรวม", "ผลรายเครื่องมือ"]
    report_images.move_image(assessed, second, to_position=0)
    assert captions(assessed)[0] == "ผลรายเครื่องมือ"
    report_images.set_caption(assessed, first, "ผลการประเมินภาพรวม")
    record = report_images.delete_image(assessed, first)
    assert "ผลการประเมินภาพรวม" not in captions(assessed)
    assert report_images.restore_image(assessed, record) == first
    assert captions(assessed) == ["ผลรายเครื่องมือ", "แทรกไว้ก่อน", "ผลการประเมินภาพรวม"]
    assert report_images.list_images(assessed, fiscal_year=2567)[2]["data"] == png()
    with pytest.raises(InvalidRecordError):
        report_images.restore_image(assessed, record)  # the id is taken again


@pytest.mark.parametrize(("data", "mime", "fragment"), [
    (b"", "image/png", "ว่างเปล่า"),
    (b"GIF89a....", "image/gif", "ชนิดไฟล์ภาพ"),
    (jpeg(), "image/png", "ไม่ใช่ภาพชนิด image/png"),
    (b"\x89PNG\r\n\x1a\nbroken", "image/png", "เสียหาย"),
    (png(4100, 3000, (255, 255, 255)), "image/png", "ใหญ่เกินไป (4,100 × 3,000 จุด)"),
    (b"\x89PNG\r\n\x1a\n" + b"0" * (8 * 1024 * 1024), "image/png", "8 MB"),
], ids=["empty", "gif", "wrong-type", "damaged", "too-many-pixels", "too-many-bytes"])
def test_bad_pictures_are_refused_and_nothing_is_written(assessed: Store, dump, data, mime,
                                                        fragment):
    before = dump(assessed)
    with pytest.raises(InvalidRecordError, match=re.escape(fragment)):
        report_images.add_image(assessed, fiscal_year=2567, data=data, mime=mime)
    assert dump(assessed) == before


def test_a_year_holds_at_most_twelve_and_needs_its_assessment(assessed: Store):
    for n in range(report_images.MAX_IMAGES):
        report_images.add_image(assessed, fiscal_year=2567, data=png(10 + n), mime="image/png")
    with pytest.raises(InvalidRecordError, match="12"):
        report_images.add_image(assessed, fiscal_year=2567, data=png(), mime="image/png")
    with pytest.raises(RecordNotFoundError):
        report_images.add_image(assessed, fiscal_year=2599, data=png(), mime="image/png")
    assessments.delete_assessment(assessed, 2567)
    assert report_images.list_images(assessed, fiscal_year=2567) == []
