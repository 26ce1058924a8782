"""The guidance library: inheritance with renumbered evidence, and coverage of the shipped years."""

from __future__ import annotations

import json

import pytest

from ita_desktop.framework import load_framework
from ita_desktop.guidance import load_guidance


def write(folder, year, document):
    (folder / f"{year}.json").write_text(json.dumps(document, ensure_ascii=False), "utf-8")


def entry(text, evidence=()):
    return {"weak_cause": text, "guideline": text, "keep": text, "evidence": list(evidence),
            "measure": text}


def test_extends_inherits_and_renumbers_evidence(tmp_path):
    write(tmp_path, 2567, {"schema": 1, "fiscal_year": 2567, "extends": None,
                           "items": {"i1": entry("a", ["o10", "o11", "o2"]), "o10": entry("m")},
                           "indicators": {"1": entry("ind", ["o10"])}})
    write(tmp_path, 2568, {"schema": 1, "fiscal_year": 2568, "extends": 2567,
                           "evidence_map": {"o10": "o8", "o11": "o9", "o2": None},
                           "items": {"o8": entry("new", ["o8"])}})
    library = load_guidance(2568, tmp_path)
    assert library.for_item("i1").evidence == ("o8", "o9")
    assert library.for_item("i1").guideline == "a"
    assert library.for_item("o8").guideline == "new"
    assert library.for_indicator(1).evidence == ("o8",)
    # a later year with no file of its own uses the nearest earlier one
    assert load_guidance(2570, tmp_path).fiscal_year == 2568
    assert load_guidance(2567, tmp_path).for_item("i1").evidence == ("o10", "o11", "o2")


@pytest.mark.parametrize("year", [2567, 2568])
def test_every_item_of_the_shipped_frameworks_has_guidance(year):
    framework = load_framework(year)
    library = load_guidance(year)
    oit = {i.code for i in framework.items if i.code.startswith("o")}
    for item in framework.items:
        advice = library.for_item(item.code)
        assert advice is not None, f"{year}: no guidance for {item.code}"
        assert advice.weak_cause and advice.guideline and advice.keep and advice.measure
        assert set(advice.evidence) <= oit, f"{year} {item.code}: unknown evidence {advice.evidence}"
    for ind in framework.indicators:
        assert library.for_indicator(ind.number) is not None


def test_2566_has_indicator_guidance():
    library = load_guidance(2566)
    assert all(library.for_indicator(n) for n in range(1, 11))
