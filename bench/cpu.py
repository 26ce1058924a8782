"""Run one benchmark command and note how much CPU other processes used meanwhile.

    python bench/cpu.py LOG NAME -- COMMAND...

Runs COMMAND (its output goes through), then appends one JSON line to LOG: ``name``, ``wall_s``,
``own_cpu_s`` (COMMAND and everything it started, from getrusage), ``all_cpu_s`` (every
process on the machine, from /proc/stat) and ``other_cpu_s`` (the difference: what else ran
while the figures were taken). Exits with COMMAND's status. Linux only for the machine-wide
figure (elsewhere ``all_cpu_s`` and ``other_cpu_s`` are null).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path


def busy_seconds() -> float | None:
    """CPU seconds spent by the whole machine (all cores) outside idle and iowait, so far."""
    try:
        fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    except (OSError, IndexError):
        return None
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(f) for f in fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def main(argv: list[str]) -> int:
    log, name, separator, *command = argv
    if separator != "--" or not command:
        print(__doc__, file=sys.stderr)
        return 2
    before = busy_seconds()
    start = time.perf_counter()
    code = subprocess.run(command).returncode
    wall = time.perf_counter() - start
    after = busy_seconds()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    own = usage.ru_utime + usage.ru_stime
    total = None if before is None or after is None else after - before
    with open(log, "a", encoding="utf-8") as handle:
        handle.write(json.dumps({"name": name, "wall_s": round(wall, 1), "own_cpu_s": round(own, 1),
                                 "all_cpu_s": None if total is None else round(total, 1),
                                 "other_cpu_s": None if total is None
                                 else round(max(total - own, 0.0), 1)}) + "\n")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
