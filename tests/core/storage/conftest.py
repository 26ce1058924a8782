"""Fixtures for the storage tests: a fresh in-memory store, the bundled 2567 framework, and the
two files of the import tests (ours and theirs)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from merge_helpers import build_theirs

from ita_desktop.demo import build_demo
from ita_desktop.paths import FRAMEWORKS
from ita_desktop.storage import Store, assessments, open_memory


@pytest.fixture
def store() -> Iterator[Store]:
    s = open_memory()
    yield s
    s.close()


@pytest.fixture
def framework() -> dict:
    return json.loads((FRAMEWORKS / "2567.json").read_text(encoding="utf-8"))


@pytest.fixture
def assessed(store: Store, framework: dict) -> Store:
    """A store with the 2567 assessment created against the bundled framework."""
    framework_id = assessments.store_framework(store, document=framework, source="2567.json")
    assessments.create_assessment(store, fiscal_year=2567, framework_id=framework_id)
    return store


@pytest.fixture
def dump():
    """Every row and schema statement of a store, to show an operation changed nothing."""

    def _dump(store: Store) -> list[str]:
        return list(store.db.conn.iterdump())

    return _dump


@pytest.fixture
def ours(tmp_path) -> Path:
    """The example office's file (the import tests' own file)."""
    return build_demo(tmp_path / "ours.db")


@pytest.fixture
def theirs(tmp_path) -> Path:
    """Another office's file to import (merge_helpers.build_theirs)."""
    return build_theirs(tmp_path / "theirs.db")
