"""Crash test of the application: kill -9 it at random moments during a stream of edits, reopen,
verify.

Run: .venv/bin/python bench/crash_test.py [--kills 200] [--seed 2568] [--json OUT]

The parent makes the example database (``ita_desktop.demo.build_demo``) and then, ``--kills``
times, starts a child process (this script with ``--child``) that runs an offscreen QApplication,
opens the file with ``open_database`` and edits it through the application's own edit path, a
``ui.document.Document`` and its areas (bench/crash_edits.py): add / update / move / duplicate /
delete a measure, several measures as one step (``add_many``, one transaction), follow-up
reports and evidence, scores, office details, and Undo / Redo. For every edit the child writes a
``begin`` line with the edit's arguments to its log *before* it, and a ``done`` line (flush +
``os.fsync``) only *after* the edit returned. The parent waits until the child is editing, sleeps
a random delay (seeded), kills it with SIGKILL, notes whether a ``-journal`` file was left (the
kill landed inside a transaction), then reopens the file with ``open_database`` (which rolls back
a hot journal) and checks:

* ``PRAGMA integrity_check`` is "ok" and ``PRAGMA foreign_key_check`` finds nothing;
* the whole file equals a reference database to which the parent applied the same logged edits
  through the same Document edits (a fresh Document per round, as each child starts with an
  empty undo stack; every table, every row, timestamps excepted), and each replayed edit returned
  what it returned in the child. So every ``done`` edit is present, nothing else is, and no edit
  is half there. The one edit that may have been in flight (``begin`` without ``done``) must be
  either wholly present or wholly absent.

When the file differs, the parent finds how many of the round's logged edits it does hold (the
longest matching prefix) and counts the rest as missing; a file that matches no prefix is counted
as a half-edit / unexplained state. Exit status is 1 on any failure.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlite_utils import Database  # noqa: E402

from ita_desktop.storage import (  # noqa: E402  (the path above makes the script runnable)
    SCHEMA_VERSION,
    StorageError,
    Store,
    open_database,
)

sys.path.insert(0, str(Path(__file__).resolve().parent))
from crash_edits import (  # noqa: E402
    READY_TIMEOUT_S,
    apply_edit,
    new_document,
    qt_app,
    run_child,
)

# ---------------------------------------------------------------- verification (parent)


def snapshot(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    """Every table's rows (with rowid, in rowid order), timestamp columns (``*_at``) left out."""
    tables = [
        row[0]
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    ]
    result: dict[str, list[tuple]] = {}
    for table in tables:
        columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
        kept = ", ".join(f'"{c}"' for c in columns if not c.endswith("_at"))
        result[table] = conn.execute(
            f'SELECT rowid, {kept} FROM "{table}" ORDER BY rowid'
        ).fetchall()
    return result


def describe_difference(actual: dict, expected: dict, limit: int = 3) -> str:
    notes = []
    for table in sorted(set(actual) | set(expected)):
        got, want = set(actual.get(table, [])), set(expected.get(table, []))
        if got != want:
            notes.append(
                f"{table}: {len(want - got)} expected rows missing (e.g. {sorted(want - got)[:1]}),"
                f" {len(got - want)} unexpected (e.g. {sorted(got - want)[:1]})"
            )
    return "; ".join(notes[:limit]) or "row order differs"


def memory_copy(source: sqlite3.Connection) -> Store:
    """An in-memory Store holding a copy of ``source`` (the reference the parent replays onto)."""
    conn = sqlite3.connect(":memory:")
    source.backup(conn)
    conn.execute("PRAGMA foreign_keys=ON")
    return Store(Database(conn), path=None, schema_version=SCHEMA_VERSION)


def read_log(path: Path) -> tuple[bool, list[dict], dict | None, list[str]]:
    """(ready seen, done edits with their begin records, the edit in flight or None, problems).

    A final line without its newline was cut by the kill and is ignored.
    """
    ready, done, begun, problems = False, [], None, []
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    for line in text.split("\n")[:-1]:
        record = json.loads(line)
        if record["op"] == "ready":
            ready = True
            if record.get("document", "ui.document") != "ui.document":
                problems.append(f"the child edited through {record['document']}, not ui.document")
        elif record["op"] == "begin":
            if begun is not None:
                problems.append(f"edit {begun['seq']} began but was never logged done")
            begun = record
        elif record["op"] == "done":
            if begun is None or begun["seq"] != record["seq"]:
                problems.append(f"edit {record['seq']} logged done without its begin")
            else:
                done.append({**begun, "result": record["result"]})
            begun = None
    return ready, done, begun, problems


def _header_past_end(db_path: Path) -> bool:
    """Page 1's page count reaches past the end of the file (a commit cut off after page 1):
    open_database must leave it to the hot journal's rollback, not refuse it as truncated."""
    with suppress(OSError):
        with open(db_path, "rb") as handle:
            head = handle.read(100)
        page = int.from_bytes(head[16:18], "big")
        page = 65536 if page == 1 else page
        return int.from_bytes(head[28:32], "big") * page > db_path.stat().st_size
    return False


def _wait_ready(log_path: Path, proc: subprocess.Popen) -> bool:
    deadline = time.monotonic() + READY_TIMEOUT_S
    while time.monotonic() < deadline:
        if log_path.exists() and '"op": "ready"' in log_path.read_text(encoding="utf-8"):
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.002)
    return False


def new_counts() -> dict[str, Any]:
    return {
        "kills": 0,
        "kills_mid_transaction": 0,  # a -journal file was present after the kill
        "kills_header_past_end": 0,  # ... and page 1 counted pages not yet written (a commit cut)
        "kills_with_edit_in_flight": 0,  # logged begin, no done
        "in_flight_found_committed": 0,
        "in_flight_found_rolled_back": 0,
        "edits_logged_committed": 0,  # done lines: committed before the kill by construction
        "edits_committed": 0,  # logged + in-flight edits found committed
        "edits_verified": 0,  # logged edits found present in the reopened file
        "integrity_failures": 0,
        "missing_edits": 0,
        "half_edit_states": 0,  # the file matched no prefix of the logged edits
        "replay_mismatches": 0,  # an edit's replay returned another id than the child's
        "child_errors": 0,
        "log_problems": 0,
        "edits_by_kind": {},  # logged committed edits by kind (undo and redo included)
    }


def failures(counts: dict[str, Any]) -> int:
    keys = (
        "integrity_failures", "missing_edits", "half_edit_states", "replay_mismatches",
        "child_errors", "log_problems",
    )  # fmt: skip
    return sum(counts[key] for key in keys)


def _check_file(db_path: Path) -> tuple[list[str], dict | None]:
    """Reopen with open_database; return (integrity problems, snapshot or None)."""
    try:
        store = open_database(db_path)
    except StorageError as exc:
        return [f"open_database refused the file: {exc}"], None
    try:
        problems = []
        check = [row[0] for row in store.db.execute("PRAGMA integrity_check").fetchall()]
        if check != ["ok"]:
            problems.append(f"integrity_check: {check[:3]}")
        fk = store.db.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            problems.append(f"foreign_key_check: {fk[:3]}")
        return problems, snapshot(store.db.conn)
    finally:
        store.close()


def verify_round(
    db_path: Path,
    reference: Store,
    done: list[dict],
    in_flight: dict | None,
    counts: dict[str, Any],
    fail: Callable[[str], None],
) -> Store | None:
    """Check the file after one kill against ``reference`` + the round's logged edits.

    Applies ``done`` (and, if that explains the file, ``in_flight``) to ``reference``, adds to
    ``counts``, reports each failure through ``fail``, and returns the reference to carry on with
    (a fresh copy of the file after a mismatch; None when the file cannot be opened at all).
    """
    before = memory_copy(reference.db.conn)
    document = new_document(reference)  # the child started with an empty undo stack too
    try:
        for edit in done:
            result = apply_edit(document, edit["kind"], edit["args"])
            if result != edit["result"]:
                counts["replay_mismatches"] += 1
                fail(f"edit {edit['seq']} replayed to {result!r}, child got {edit['result']!r}")
        counts["edits_logged_committed"] += len(done)
        for edit in done:
            by_kind = counts["edits_by_kind"]
            by_kind[edit["kind"]] = by_kind.get(edit["kind"], 0) + 1

        problems, actual = _check_file(db_path)
        if problems:
            counts["integrity_failures"] += 1
            fail("; ".join(problems))
        if actual is None:
            counts["missing_edits"] += len(done)
            reference.close()
            return None

        expected = snapshot(reference.db.conn)
        matched = actual == expected
        if in_flight:
            counts["kills_with_edit_in_flight"] += 1
            if matched:
                counts["in_flight_found_rolled_back"] += 1
            else:
                apply_edit(document, in_flight["kind"], in_flight["args"])
                if actual == snapshot(reference.db.conn):
                    matched = True
                    counts["in_flight_found_committed"] += 1
                    counts["edits_committed"] += 1
        counts["edits_committed"] += len(done)
        if matched:
            counts["edits_verified"] += len(done)
            return reference

        present = _longest_matching_prefix(before, done, actual)
        if present is None:
            counts["half_edit_states"] += 1
            present = 0
        counts["edits_verified"] += present
        counts["missing_edits"] += len(done) - present
        seqs = [edit["seq"] for edit in done]
        fail(
            f"file differs from the logged edits {seqs[:1]}..{seqs[-1:]}: "
            f"{describe_difference(actual, expected)}; {len(done) - present} missing"
        )
        reference.close()  # carry on from what the file holds
        conn = sqlite3.connect(db_path)
        try:
            return memory_copy(conn)
        finally:
            conn.close()
    finally:
        before.close()


def run_crash_test(
    *,
    kills: int = 200,
    seed: int = 2568,
    min_delay_ms: float = 5.0,
    max_delay_ms: float = 200.0,
    workdir: Path | None = None,
    verbose: bool = True,
) -> dict[str, Any]:
    """Run the whole test and return the counts (see new_counts) with ``failures`` and timings."""
    from ita_desktop.demo import build_demo

    started = time.perf_counter()
    qt_app()  # the replay runs through Documents too
    counts = new_counts()
    counts.update(seed=seed, min_delay_ms=min_delay_ms, max_delay_ms=max_delay_ms)
    errors: list[str] = []
    rng = random.Random(seed)
    own_dir = None
    if workdir is None:
        own_dir = tempfile.TemporaryDirectory(prefix="ita-crash-")
        workdir = Path(own_dir.name)
    db_path = workdir / "crash.db"
    journal = workdir / "crash.db-journal"
    log_path = workdir / "edits.log"
    stderr_path = workdir / "child-stderr.txt"
    build_demo(db_path, overwrite=True)
    seed_conn = sqlite3.connect(db_path)
    reference = memory_copy(seed_conn)
    seed_conn.close()
    next_seq = 1

    def fail(message: str) -> None:
        errors.append(message)
        if verbose:
            print(f"  FAIL round {counts['kills']}: {message}", file=sys.stderr)

    try:
        for _ in range(kills):
            log_path.unlink(missing_ok=True)
            with open(stderr_path, "wb") as child_err:
                proc = subprocess.Popen(
                    [sys.executable, str(Path(__file__).resolve()), "--child", str(db_path),
                     str(log_path), "--start-seq", str(next_seq), "--seed", str(seed)],
                    stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=child_err,
                )  # fmt: skip
                ready = _wait_ready(log_path, proc)
                if ready:
                    time.sleep(rng.uniform(min_delay_ms, max_delay_ms) / 1000)
                exited = proc.poll()
                proc.kill()  # SIGKILL on POSIX
                proc.wait()
            counts["kills"] += 1
            if not ready or exited is not None:
                counts["child_errors"] += 1
                tail = stderr_path.read_text(encoding="utf-8", errors="replace")[-600:]
                fail(f"child {'exited' if ready else 'never got ready'} ({exited}): {tail}")
            if journal.exists():
                counts["kills_mid_transaction"] += 1
                if _header_past_end(db_path):
                    counts["kills_header_past_end"] += 1

            _, done, in_flight, log_problems = read_log(log_path)
            counts["log_problems"] += len(log_problems)
            for problem in log_problems:
                fail(problem)
            seqs = [e["seq"] for e in done] + ([in_flight["seq"]] if in_flight else [])
            if seqs:
                next_seq = max(seqs) + 1
            reference = verify_round(db_path, reference, done, in_flight, counts, fail)
            if reference is None:
                break  # the file cannot be opened: nothing more to test on it
            if verbose and counts["kills"] % 25 == 0:
                print(
                    f"  {counts['kills']} kills, {counts['kills_mid_transaction']} mid-transaction,"
                    f" {counts['edits_verified']} edits verified, {failures(counts)} failures",
                    file=sys.stderr,
                )
    finally:
        if reference is not None:
            reference.close()
        with suppress(sqlite3.Error, OSError):
            conn = sqlite3.connect(db_path)
            try:
                counts["final_rows"] = {
                    table: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                    for table in ("measures", "measure_units", "measure_links", "scores", "units")
                }
            finally:
                conn.close()
            counts["db_bytes"] = db_path.stat().st_size
        if own_dir is not None:
            own_dir.cleanup()
    counts["failures"] = failures(counts)
    counts["errors"] = errors[:20]
    counts["wall_seconds"] = round(time.perf_counter() - started, 1)
    counts["python"] = sys.version.split()[0]
    counts["sqlite"] = sqlite3.sqlite_version
    return counts


def _longest_matching_prefix(before: Store, done: list[dict], actual: dict) -> int | None:
    """How many of ``done`` (applied in order to ``before``) the file holds; None if none fits."""
    if snapshot(before.db.conn) == actual:
        best: int | None = 0
    else:
        best = None
    document = new_document(before)
    for count, edit in enumerate(done, start=1):
        with suppress(StorageError):
            apply_edit(document, edit["kind"], edit["args"])
        if snapshot(before.db.conn) == actual:
            best = count
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=2568)
    parser.add_argument("--min-delay-ms", type=float, default=5.0)
    parser.add_argument("--max-delay-ms", type=float, default=200.0)
    parser.add_argument("--dir", type=Path, help="work folder (default: a temporary one)")
    parser.add_argument("--json", type=Path, help="write the counts here")
    parser.add_argument("--child", nargs=2, metavar=("DB", "LOG"), help=argparse.SUPPRESS)
    parser.add_argument("--start-seq", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        run_child(
            Path(args.child[0]), Path(args.child[1]), start_seq=args.start_seq, seed=args.seed
        )
        return 0
    from common import private_folder  # bench/ is on the path (above)

    private_folder("crash")  # the children inherit the private data folder
    counts = run_crash_test(
        kills=args.kills,
        seed=args.seed,
        min_delay_ms=args.min_delay_ms,
        max_delay_ms=args.max_delay_ms,
        workdir=args.dir,
    )
    width = max(len(key) for key in counts)
    for key, value in counts.items():
        if key != "errors":
            print(f"{key:<{width}}  {value}")
    for error in counts["errors"]:
        print(f"error: {error}")
    if args.json:
        args.json.write_text(json.dumps(counts, ensure_ascii=False, indent=2), encoding="utf-8")
    print("PASS" if counts["failures"] == 0 else f"FAIL ({counts['failures']} failures)")
    return 0 if counts["failures"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
