"""Shipped frameworks load; each kind of fault raises FrameworkError naming the file."""

from __future__ import annotations

import copy
import json
from decimal import Decimal

import pytest

from ita_desktop.framework import (
    FrameworkError,
    available_fiscal_years,
    framework_from_document,
    load_framework,
    load_framework_file,
)
from ita_desktop.paths import FRAMEWORKS


def doc(year: int) -> dict:
    return json.loads((FRAMEWORKS / f"{year}.json").read_text(encoding="utf-8"))


def test_shipped_years():
    assert {2566, 2567, 2568} <= set(available_fiscal_years())


def test_2567_is_complete():
    fw = load_framework(2567)
    assert fw.verified and fw.level == "item"
    assert [t.code for t in fw.tools] == ["IIT", "EIT", "OIT"]
    assert [t.weight for t in fw.tools] == [Decimal(30), Decimal(30), Decimal(40)]
    assert [p.code for p in fw.tool("EIT").parts] == ["EIT1", "EIT2"]
    assert len(fw.indicators) == 10
    codes = fw.item_codes()
    assert len(codes) == 59 and {"i1", "i15", "e9", "o1", "o35"} <= set(codes)
    assert fw.item("i1").title.startswith("การปฏิบัติงานหรือให้บริการของเจ้าหน้าที่")
    assert fw.item("o34").indicator == 10 and fw.item("o34").sub_indicator == "10.2"
    assert len(fw.issues) == 7
    assert set(fw.issues[6].items) >= {"i13", "o22", "o35"}
    # every item is analysed under exactly one issue
    mapped = [c for issue in fw.issues for c in issue.items]
    assert sorted(mapped) == sorted(codes)
    assert [lvl.label for lvl in fw.rating][0] == "ผ่านดีเยี่ยม"


def test_2566_is_indicator_level_with_letter_ratings():
    fw = load_framework(2566)
    assert fw.level == "indicator" and fw.items == ()
    assert [t.weight for t in fw.tools] == [Decimal(30), Decimal(30), Decimal(40)]
    assert [lvl.label for lvl in fw.rating] == ["AA", "A", "B", "C", "D", "E", "F"]


def test_2568_is_marked_unverified_and_shares_iit_eit_items_with_2567():
    new, old = load_framework(2568), load_framework(2567)
    assert new.verified is False
    ie = {i.code: i.title for i in old.items if i.code[0] in "ie"}
    assert {i.code: i.title for i in new.items if i.code[0] in "ie"} == ie


def test_missing_year_names_the_available_ones():
    with pytest.raises(FrameworkError, match=r"2599\.json.*2567"):
        load_framework(2599)


def broken(mutate) -> dict:
    document = copy.deepcopy(doc(2567))
    mutate(document)
    return document


@pytest.mark.parametrize(
    ("mutate", "fault"),
    [
        (lambda d: d["tools"][0].update(weight="35"), "weights sum to 105"),
        (lambda d: d["tools"][1]["parts"][0].update(weight="10"), "parts of tool EIT"),
        (lambda d: d["issues"][0]["items"].append("i99"), "unknown item 'i99'"),
        (lambda d: d["items"].append(dict(d["items"][0])), "duplicate item code 'i1'"),
        (lambda d: d["tools"].append(dict(d["tools"][0])), "duplicate tool code 'IIT'"),
        (lambda d: d["indicators"][0].update(tool="XIT"), "unknown tool 'XIT'"),
        (lambda d: d["indicators"][1]["items"].append("i1"), "two parents"),
        (lambda d: d["rating"].update(levels=[]), "no levels"),
        (lambda d: d["tools"][0].update(weight=30.0), "decimal string"),
        (lambda d: d.pop("tools"), "missing key 'tools'"),
        (lambda d: d.update(schema=9), "unknown schema"),
        (lambda d: d["items"].pop(0), "not defined in items"),
        (lambda d: d["rating"]["levels"][0].update(min_total="120"), "outside 0–100"),
        (lambda d: d["indicators"].append(dict(d["indicators"][0])), "duplicate indicator"),
        (lambda d: d["rating"].update(each_tool=["IIT", "XIT"]), "unknown tool or part 'XIT'"),
        (lambda d: d["rating"].update(each_tool=["IIT", "IIT"]), "lists a code twice"),
        (lambda d: d["rating"].update(each_tool=[]), "non-empty list"),
    ],
)
def test_each_fault_is_named(mutate, fault):
    with pytest.raises(FrameworkError) as info:
        framework_from_document(broken(mutate), origin="2567.json")
    message = str(info.value)
    assert message.startswith("2567.json: ")
    assert fault in message


def test_invalid_json_file_names_file_and_line(tmp_path):
    bad = tmp_path / "2570.json"
    bad.write_text('{"schema": 1,\n "tools": [', encoding="utf-8")
    with pytest.raises(FrameworkError, match=r"2570\.json: not valid JSON \(line 2"):
        load_framework_file(bad)


def test_year_in_file_must_match_its_name(tmp_path):
    (tmp_path / "2570.json").write_text(json.dumps(doc(2567)), encoding="utf-8")
    with pytest.raises(FrameworkError, match="says fiscal_year 2567"):
        load_framework(2570, folder=tmp_path)
