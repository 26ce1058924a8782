"""Organisation profile and emblem."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from ita_desktop.storage import InvalidRecordError, Store, profile


def image_bytes(kind: str, size=(60, 80)) -> bytes:
    out = io.BytesIO()
    Image.new("L" if kind == "JPEG" else "1", size, 255).save(out, kind)
    return out.getvalue()


PNG = image_bytes("PNG")
JPEG = image_bytes("JPEG")


def test_defaults_when_nothing_saved(store: Store):
    office = profile.get_profile(store)
    assert all(office[field] == "" for field in profile.PROFILE_FIELDS)
    assert office["emblem"] is None and office["emblem_mime"] is None


def test_save_some_fields_keeps_the_others(store: Store):
    profile.save_profile(store, name="  เทศบาลตำบลโพธิ์ชัย ", doc_prefix="นค ๕๓๗๑๑")
    profile.save_profile(store, chief_name="นายก")
    office = profile.get_profile(store)
    assert office["name"] == "เทศบาลตำบลโพธิ์ชัย"
    assert (office["doc_prefix"], office["chief_name"]) == ("นค ๕๓๗๑๑", "นายก")
    assert office["updated_at"]


def test_unknown_field_is_refused_and_nothing_written(store: Store, dump):
    before = dump(store)
    with pytest.raises(InvalidRecordError, match="colour"):
        profile.save_profile(store, name="ชื่อ", colour="แดง")
    with pytest.raises(InvalidRecordError):
        profile.save_profile(store, name=42)
    assert dump(store) == before


def test_emblem_set_replace_and_clear(store: Store):
    profile.set_emblem(store, data=PNG, mime="image/png")
    assert profile.get_profile(store)["emblem"] == PNG
    profile.set_emblem(store, data=JPEG, mime="image/jpeg")
    office = profile.get_profile(store)
    assert (office["emblem"], office["emblem_mime"]) == (JPEG, "image/jpeg")
    profile.save_profile(store, name="ชื่อ")
    assert profile.get_profile(store)["emblem"] == JPEG, "saving text keeps the emblem"
    profile.clear_emblem(store)
    office = profile.get_profile(store)
    assert (office["emblem"], office["emblem_mime"], office["name"]) == (None, None, "ชื่อ")


@pytest.mark.parametrize(
    ("data", "mime"),
    [(PNG, "image/gif"), (JPEG, "image/png"), (b"", "image/png"),
     (PNG + b"\x00" * profile.MAX_EMBLEM_BYTES, "image/png"),
     (b"\x89PNG\r\n\x1a\nnot really", "image/png"),  # the signature, then no image
     (image_bytes("PNG", (2001, 2000)), "image/png")],  # too many pixels to print
)  # fmt: skip
def test_bad_emblem_is_refused(store: Store, dump, data: bytes, mime: str):
    before = dump(store)
    with pytest.raises(InvalidRecordError):
        profile.set_emblem(store, data=data, mime=mime)
    assert dump(store) == before
