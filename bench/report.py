"""Write BENCHMARKS.md from the JSON figures the bench scripts left in a folder.

    python bench/report.py FOLDER > BENCHMARKS.md

FOLDER holds ``<name>.json`` per script (``{"rows": [...], "flat": {...}, ...}``; crash.json holds
bench/crash_test.py's counts) and, from bench/run: ``failed.txt`` / ``skipped.txt`` (one
``name|command or reason`` a line), ``built`` (seconds the bundle build took), ``started`` /
``finished`` (seconds since the epoch), ``load-start`` / ``load-end`` (/proc/loadavg's first
three fields) and ``cpu.jsonl`` (bench/cpu.py). bench/notes.md gives, under ``### <id>``, what
limits each target: the explanation of a target not met is printed with it, ``{{name:key}}`` or
``{{name:key:.1f}}`` filled in from the ``flat`` figures of ``<name>.json`` of this run. Text
under a ``## `` heading of notes.md is printed at the end of every report.
"""

from __future__ import annotations

import json
import os
import platform
import re
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

ORDER = ("core", "thai", "documents", "ui", "preview", "measures", "bundle", "scale", "crash")
PLACEHOLDER = re.compile(r"\{\{(\w+):(\w+)(?::([^}]+))?\}\}")


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kib / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return (f"{cpu}, {os.cpu_count()} cores{memory}; {platform.system()} {platform.release()}; "
            f"Python {platform.python_version()}")


def verdict(met) -> str:
    return {True: "met", False: "**not met**", None: "—"}.get(met, str(met))


def line(entry: dict) -> str:
    return (f"| {entry['name']} | `{entry['command']}` | {entry['value']} | {entry['target']} | "
            f"{verdict(entry['met'])} |")


def crash_rows(counts: dict) -> list[dict]:
    failures = counts.get("failures", 1)
    return [{
        "name": "Crash test: the app killed (SIGKILL) at random moments during a stream of edits, "
                "the file reopened and checked against the logged edits",
        "command": f"python bench/crash_test.py --kills {counts.get('kills', '?')}",
        "value": f"{counts.get('kills')} kills ({counts.get('kills_mid_transaction')} inside a "
                 f"transaction, {counts.get('kills_with_edit_in_flight')} with an edit in "
                 f"flight), {counts.get('edits_verified', 0):,} edits verified, {failures} "
                 f"failures ({counts.get('wall_seconds')} s)",
        "target": "no failure: integrity ok, every committed edit there, no half edit",
        "met": failures == 0, "id": "crash"}]


def notes(path: Path) -> tuple[dict[str, str], str]:
    """({id: explanation}, the text printed always) from bench/notes.md."""
    explanations: dict[str, list[str]] = {}
    always: list[str] = []
    current: list[str] | None = None
    if path.exists():
        for text in path.read_text(encoding="utf-8").splitlines():
            if text.startswith("### "):
                current = explanations.setdefault(text[4:].strip(), [])
            elif text.startswith("## "):
                current = always
                always.append(text)
            elif current is not None:
                current.append(text)
    return ({key: "\n".join(lines).strip() for key, lines in explanations.items()},
            "\n".join(always).strip())


def fill(text: str, figures: dict[str, dict]) -> str:
    def value(match: re.Match) -> str:
        name, key, spec = match.groups()
        found = figures.get(name, {}).get(key)
        if found is None:
            return "(not measured)"
        return format(found, spec) if spec else str(found)

    return PLACEHOLDER.sub(value, text)


def prose(text: str, indent: str = "") -> str:
    """Paragraphs (blank-line separated) re-wrapped at 100 columns, each line after ``indent``."""
    return "\n\n".join(textwrap.fill(re.sub(r"[ \t\n]+", " ", part.strip()), 100,
                                     initial_indent=indent, subsequent_indent=indent,
                                     break_on_hyphens=False)
                       for part in text.split("\n\n") if part.strip())


def growth_tables(tables: list[dict], command: str) -> list[str]:
    out = ["## Growth with the file's size", "",
           prose(f"`{command}`. Each cell: the median time, and × the time at the previous size. "
                 "Verdict: linear or better when time grows at most 1.3 × as fast as the size "
                 "from each size to the next; k is the exponent of time ∝ sizeᵏ fitted over the "
                 "whole range (1 = linear, 0 = constant).")]
    for table in tables:
        sizes = table["sizes"]
        out += ["", f"**{table['title']}** (size: {table['unit']})", "",
                "| operation | " + " | ".join(f"{s:,}" for s in sizes) + " | k | verdict |",
                "|---|" + "---|" * len(sizes) + "---|---|"]
        for entry in table["lines"]:
            cells = []
            for n, seconds in enumerate(entry["times_s"]):
                value = seconds * 1000
                shown = f"{value:.2f} ms" if value < 1 else (f"{value:.1f} ms" if value < 10
                                                               else f"{value:,.0f} ms")
                if n:
                    shown += f" (×{entry['ratios'][n]:.2f})"
                cells.append(shown)
            out.append(f"| {entry['operation']} | " + " | ".join(cells)
                       + f" | {entry['exponent']:.2f} | {entry['verdict']} |")
    return out


def cpu_table(entries: list[dict]) -> list[str]:
    """What else ran: per script, its wall time, its own CPU time and the other processes'."""
    cores = os.cpu_count() or 1
    out = ["## What else ran", "",
           prose("CPU seconds used by the benchmark scripts (with the processes they started) "
                 "and by everything else on the machine while each ran (`bench/cpu.py`, from "
                 f"getrusage and /proc/stat; {cores} cores, so up to {cores} CPU seconds a "
                 "second)."), "",
           "| script | wall | its CPU | other processes' CPU |", "|---|---|---|---|"]
    for entry in entries:
        other = entry["other_cpu_s"]
        share = ("" if other is None or not entry["wall_s"] else
                 f" ({other / entry['wall_s'] / cores:.0%} of the machine)")
        out.append(f"| {entry['name']} | {entry['wall_s']:.0f} s | {entry['own_cpu_s']:.0f} s | "
                   f"{'?' if other is None else f'{other:.1f} s'}{share} |")
    return out


def main(folder: str) -> None:
    base = Path(folder)
    figures: dict[str, dict] = {}
    rows: list[dict] = []
    for name in ORDER:
        path = base / f"{name}.json"
        if not path.exists():
            continue
        found = json.loads(path.read_text(encoding="utf-8"))
        figures[name] = {k: v for k, v in found.items() if not isinstance(v, list | dict)}
        figures[name].update(found.get("flat", {}))
        rows += crash_rows(found) if name == "crash" else found.get("rows", [])
        if name == "scale":
            scale = found
    for kind, shown in (("failed.txt", "**failed** (see bench/run's output)"),
                        ("skipped.txt", "not run")):
        path = base / kind
        for entry in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
            name, _, detail = entry.partition("|")
            rows.append({"name": f"bench/{name}", "command": detail if kind == "failed.txt"
                         else f"bench/run ({detail})", "value": shown, "target": "—",
                         "met": "**failed**" if kind == "failed.txt" else "not run"})
    started = base / "started"
    minutes = ""
    if started.exists():
        finished = base / "finished"
        end = float(finished.read_text()) if finished.exists() else time.time()
        minutes = f" in {(end - float(started.read_text())) / 60:.0f} minutes"
    explanations, always = notes(Path(__file__).with_name("notes.md"))
    print("# Benchmarks\n")
    built = base / "built"
    rebuilt = (f" It first rebuilt `dist/ITA-Desktop` with `build.spec` "
               f"({built.read_text().strip()} s), which was missing or older than the sources."
               if built.exists() else "")
    print(prose(f"Written by `bench/run` on {date.today().isoformat()}{minutes}, every figure in "
                "that one run. Commands are run from the project folder with `.venv/bin/python`; "
                "each figure is the median of the number of runs it names; ratios compare two "
                "things measured side by side (interleaved) in the same run. Windows run "
                "offscreen (`QT_QPA_PLATFORM=offscreen`); every script uses a private temporary "
                f"data folder (`ITA_DESKTOP_DATA_DIR`) and settings file.{rebuilt}") + "\n")
    load = [(base / f"load-{when}").read_text().strip() if (base / f"load-{when}").exists()
            else "?" for when in ("start", "end")]
    print(prose(f"Machine: {machine()}. Load average (1, 5, 15 min): {load[0]} at the start, "
                f"{load[1]} at the end.") + "\n")
    print("| figure | command | measured | target | |")
    print("|---|---|---|---|---|")
    for entry in rows:
        print(line(entry))
    missed = [r for r in rows if r["met"] is False]
    print()
    if missed:
        print("## Targets not met\n")
        told = set()
        for entry in missed:
            print(f"- **{entry['name']}**: {entry['value']}; target {entry['target']}.")
            key = entry.get("id")
            if key in explanations and key not in told:
                told.add(key)
                print()
                print(prose(fill(explanations[key], figures), "  "))
                print()
            elif key not in told:
                print("  (no explanation in bench/notes.md yet)")
    else:
        print("Every target measured here is met.")
    failed = [r for r in rows if r["met"] == "**failed**"]
    if failed:
        print("\nBenchmarks that failed: " + ", ".join(r["name"] for r in failed) + ".")
    cpu = base / "cpu.jsonl"
    if cpu.exists():
        print()
        print("\n".join(cpu_table([json.loads(t) for t in cpu.read_text().splitlines() if t])))
    if "scale" in figures:
        command = next((r["command"] for r in scale["rows"]), "python bench/bench_scale.py")
        print()
        print("\n".join(growth_tables(scale.get("tables", []), command)))
    if always:
        print()
        print(fill(always, figures))


if __name__ == "__main__":
    main(sys.argv[1])
