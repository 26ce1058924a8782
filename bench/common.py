"""What every bench script shares: a private data folder and settings file, timing helpers and the
rows bench/report.py turns into BENCHMARKS.md.

No benchmark writes into the user's home: ``private_folder()`` makes a temporary folder, points
``ITA_DESKTOP_DATA_DIR`` (ui.file_ops.DATA_DIR_ENV: the example copy and the daily backups) and
``PYTHAINLP_DATA`` at it for this process and every process it starts, and the windows use the
settings file ``settings_file(folder)`` in it (``--settings-file`` for a child process).
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DATA_DIR_ENV = "ITA_DESKTOP_DATA_DIR"
"""ui.file_ops.DATA_DIR_ENV (spelled out here so the core benchmarks need not import Qt)."""


def private_folder(prefix: str) -> Path:
    """A new temporary folder that is this process's data folder from now on (also for the
    processes it starts); removed when this process exits."""
    folder = Path(tempfile.mkdtemp(prefix=f"ita-bench-{prefix}-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    (folder / "data").mkdir()
    os.environ[DATA_DIR_ENV] = str(folder / "data")
    os.environ["PYTHAINLP_DATA"] = str(folder / "pythainlp-data")
    os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
    os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
    return folder


def settings_file(folder: Path, name: str = "settings.ini") -> Path:
    """The private settings file (QSettings INI) of a benchmark window."""
    return folder / name


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """(seconds, result) of one call."""
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def repeat(fn: Callable[[], Any], runs: int, *, warm: int = 0) -> list[float]:
    """Seconds of ``runs`` calls, after ``warm`` untimed ones."""
    for _ in range(warm):
        fn()
    return [timed(fn)[0] for _ in range(runs)]


def median(times: list[float]) -> float:
    return statistics.median(times)


def ms(seconds: float) -> str:
    """Milliseconds with a precision that suits the size (0.42 ms, 4.2 ms, 42 ms, 420 ms)."""
    value = seconds * 1000
    if value < 1:
        return f"{value:.2f} ms"
    if value < 10:
        return f"{value:.1f} ms"
    return f"{value:.0f} ms"


def command(script: str, argv: list[str] | None = None) -> str:
    """The command line that made the figures, as the report shows it: ``python bench/X.py``
    and the arguments given, less ``--json OUT``."""
    args = list(sys.argv[1:] if argv is None else argv)
    shown = []
    while args:
        arg = args.pop(0)
        if arg == "--json":
            args[:1] = []
        elif not arg.startswith("--json="):
            shown.append(arg)
    return " ".join(["python", script, *shown])


def row(name: str, command: str, value: str, target: str, met: bool | None) -> dict:
    """One line of the report: ``met`` None for a figure without a target (shown as a dash)."""
    return {"name": name, "command": command, "value": value, "target": target, "met": met}


def write_rows(path: Path | None, rows: list[dict], **extra: Any) -> None:
    """Write ``{"rows": rows, **extra}`` for bench/report.py (nothing when ``path`` is None)."""
    if path is not None:
        path.write_text(json.dumps({"rows": rows, **extra}, ensure_ascii=False, indent=2),
                        encoding="utf-8")
