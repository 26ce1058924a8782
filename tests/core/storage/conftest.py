"""Fixtures for the storage tests: a fresh in-memory store and the bundled 2567 framework."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

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
