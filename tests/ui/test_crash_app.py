"""The crash test of the application (bench/crash_test.py), short: kill -9 a process editing
through ui.document.Document, reopen, nothing lost.

The full run (200 kills) is ``.venv/bin/python bench/crash_test.py``; here 15 kills (bounded: at
most three runs, until one kill lands inside a transaction), plus checks that the verifier does
notice a missing edit and a half-written one. Here in tests/ui since the child and the replay
run Qt (an offscreen QApplication, the session's ``qapp``).
"""

from __future__ import annotations

import importlib.util
import json
import sqlite3
import sys
from pathlib import Path

import pytest

from ita_desktop.demo import build_demo

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "crash_test.py"


@pytest.fixture(scope="module")
def crash(qapp):
    spec = importlib.util.spec_from_file_location("ita_crash_test", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


def test_kill_9_during_edits_loses_nothing(crash, tmp_path: Path):
    # The delays are random; retry (bounded) until at least one kill lands inside a transaction
    # (a -journal left behind), so the test exercises SQLite's rollback of a hot journal.
    for attempt, seed in enumerate((2568, 7, 11)):
        workdir = tmp_path / f"run{attempt}"
        workdir.mkdir()
        counts = crash.run_crash_test(kills=15, seed=seed, workdir=workdir, verbose=False)
        assert counts["errors"] == []
        assert counts["failures"] == 0
        assert counts["kills"] == 15
        assert counts["integrity_failures"] == 0
        assert counts["missing_edits"] == 0
        assert counts["half_edit_states"] == 0
        assert counts["child_errors"] == 0
        assert counts["edits_logged_committed"] > 0
        assert counts["edits_verified"] == counts["edits_logged_committed"]
        assert counts["replay_mismatches"] == 0 and counts["log_problems"] == 0
        in_flight = counts["in_flight_found_committed"] + counts["in_flight_found_rolled_back"]
        assert in_flight == counts["kills_with_edit_in_flight"]
        if counts["kills_mid_transaction"] >= 1:
            break
    assert counts["kills_mid_transaction"] >= 1, counts


# ---------------------------------------------------------------- the verifier can fail


@pytest.fixture
def demo_file(crash, tmp_path: Path):
    """(path of a fresh example database, its in-memory reference copy)."""
    path = build_demo(tmp_path / "demo.db")
    conn = sqlite3.connect(path)
    reference = crash.memory_copy(conn)
    conn.close()
    return path, reference


def _add(seq: int) -> dict:
    fields = {
        "title": f"มาตรการทดสอบ #{seq}",
        "units": ["สำนักปลัด", "หน่วยทดสอบ ก"],
        "links": {"indicator": ["2"], "item": ["o21"]},
    }
    return {"seq": seq, "kind": "measures.add",
            "args": {"fiscal_year": 2569, "position": None, "fields": fields}}


def _verify(crash, path, reference, done, in_flight=None):
    counts, messages = crash.new_counts(), []
    crash.verify_round(path, reference, done, in_flight, counts, messages.append)
    return counts, messages


def test_verifier_passes_committed_and_in_flight_edits(crash, demo_file):
    path, reference = demo_file
    store = crash.open_database(path)
    document = crash.new_document(store)  # the application's edit path, as in the child
    first = crash.apply_edit(document, "measures.add", _add(1)["args"])
    assert first["error"] == "" and first["undo"] == [1, 1] and first["value"] > 0
    crash.apply_edit(document, "measures.add", _add(2)["args"])  # committed, not yet logged
    store.close()
    counts, messages = _verify(crash, path, reference, [{**_add(1), "result": first}], _add(2))
    assert messages == []
    assert counts["edits_verified"] == 1
    assert counts["in_flight_found_committed"] == 1
    assert crash.failures(counts) == 0


def test_undo_and_redo_are_replayed_through_the_document(crash, demo_file):
    path, reference = demo_file
    store = crash.open_database(path)
    document = crash.new_document(store)
    done = []
    for seq, (kind, args) in enumerate([("measures.add", _add(1)["args"]), ("undo", {}),
                                        ("redo", {}), ("undo", {})], start=1):
        done.append({"seq": seq, "kind": kind, "args": args,
                     "result": crash.apply_edit(document, kind, args)})
    store.close()
    assert [edit["result"]["undo"] for edit in done] == [[1, 1], [0, 1], [1, 1], [0, 1]]
    counts, messages = _verify(crash, path, reference, done)
    assert messages == [] and counts["edits_verified"] == 4 and crash.failures(counts) == 0


def test_verifier_counts_a_missing_edit(crash, demo_file):
    path, reference = demo_file
    next_id = reference.db.execute("SELECT max(id) + 1 FROM measures").fetchone()[0]
    result = {"value": next_id, "error": "", "undo": [1, 1]}
    done = [{**_add(1), "result": result}]  # logged as committed, never written to the file
    counts, messages = _verify(crash, path, reference, done)
    assert counts["missing_edits"] == 1
    assert counts["edits_verified"] == 0
    assert counts["replay_mismatches"] == 0
    assert crash.failures(counts) == 1
    assert any("missing" in message for message in messages)


def test_verifier_counts_a_half_written_edit(crash, demo_file):
    path, reference = demo_file
    conn = sqlite3.connect(path)  # the measure row without its units and links
    with conn:
        conn.execute(
            "INSERT INTO measures (fiscal_year, position, title) VALUES (2569, 99, ?)",
            [_add(1)["args"]["fields"]["title"]],
        )
    conn.close()
    counts, messages = _verify(crash, path, reference, [], in_flight=_add(1))
    assert counts["half_edit_states"] == 1
    assert crash.failures(counts) == 1
    assert messages


def test_verifier_counts_a_damaged_file(crash, demo_file):
    path, reference = demo_file
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page * 3 : page * 4] = b"\xff" * page  # scribble over a b-tree page
    path.write_bytes(bytes(data))
    counts, messages = _verify(crash, path, reference,
                               [{**_add(1), "result": {"value": 1, "error": "", "undo": [1, 1]}}])
    assert counts["integrity_failures"] == 1
    assert crash.failures(counts) >= 1
    assert messages


def test_log_reader_ignores_a_line_cut_by_the_kill(crash, tmp_path: Path):
    log = tmp_path / "edits.log"
    lines = [
        {"op": "ready", "pid": 1},
        {"op": "begin", "seq": 5, "kind": "set_profile_field",
         "args": {"field": "phone", "value": "1"}},
        {"op": "done", "seq": 5, "result": None},
        {"op": "begin", "seq": 6, "kind": "set_profile_field",
         "args": {"field": "phone", "value": "2"}},
    ]
    log.write_text(
        "".join(json.dumps(line) + "\n" for line in lines) + '{"op": "done", "se',
        encoding="utf-8",
    )
    ready, done, in_flight, problems = crash.read_log(log)
    assert ready and problems == []
    assert [edit["seq"] for edit in done] == [5]
    assert in_flight["seq"] == 6
