"""Write BENCHMARKS.md from the JSON figures the bench scripts left in a folder."""

from __future__ import annotations

import json
import os
import platform
import sys
from datetime import date
from pathlib import Path


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


def row(name, command, value, target, met) -> str:
    return f"| {name} | `{command}` | {value} | {target} | {'met' if met else '**not met**'} |"


def main(folder: str) -> None:
    base = Path(folder)
    rows = []
    core = json.loads((base / "core.json").read_text()) if (base / "core.json").exists() else None
    if core:
        batch, analysis = core["batch"], core["analysis"]
        rows.append(row(f"National scoring batch ({batch['rows']:,} agency-years, indicator level, "
                        "from CSV)", "python bench/bench_core.py",
                        f"{batch['median_s']:.2f} s (median of {len(batch['runs'])})", "≤ 2 s",
                        batch["median_s"] <= 2))
        rows.append(row("Open the example database and compute the full analysis of its 3 years, "
                        "warm", "python bench/bench_core.py",
                        f"{analysis['median_ms']:.1f} ms (median of {len(analysis['runs'])}; "
                        f"first {analysis['cold_ms']:.1f} ms)", "≤ 50 ms", analysis["median_ms"] <= 50))
    for name in ("thai.json", "documents.json", "ui.json"):
        figures = json.loads((base / name).read_text()) if (base / name).exists() else None
        for entry in (figures or {}).get("rows", []):
            rows.append(row(entry["name"], entry["command"], entry["value"], entry["target"],
                            entry["met"]))
    print("# Benchmarks\n")
    print(f"Written by `bench/run` on {date.today().isoformat()}.\n")
    print(f"Machine: {machine()}.\n")
    print("| figure | command | measured | target | |")
    print("|---|---|---|---|---|")
    for line in rows:
        print(line)
    missed = [r for r in rows if "not met" in r]
    print()
    if missed:
        print("## Targets not met\n")
        for line in missed:
            print(f"- {line.split('|')[1].strip()}")
    else:
        print("Every target measured here is met.")
    notes = Path(__file__).with_name("notes.md")
    if notes.exists():
        print()
        print(notes.read_text())


if __name__ == "__main__":
    main(sys.argv[1])
