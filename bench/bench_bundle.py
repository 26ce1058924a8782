"""The installed program (dist/ITA-Desktop): its smoke test and size, and its start-up side by side
with the source run's.

    .venv/bin/python bench/bench_bundle.py [--bundle dist/ITA-Desktop] [--runs 5] [--json OUT]

1. ``packaging/smoke_test.py BUNDLE --json`` (its checks; bundle size on disk and zipped; frozen
   start-up cold and warm, median of 5; frozen ``ita render memo-measures``, median of 3).
2. Side by side, interleaved, --runs of each after one untimed run of each: the frozen
   ``ITA-Desktop ex.db --quit-when-ready`` against the source run ``.venv/bin/ita-desktop ex.db
   --quit-when-ready`` (compiled bytecode, as bench_ui.py runs it), offscreen, process wall time;
   warm (files in the OS page cache) and cold (before each run the program's files are evicted
   from the page cache with posix_fadvise: the bundle folder for the frozen program; the
   interpreter, its standard library, .venv's site-packages and the project's ita_desktop/,
   ui/ and resources/ for the source run). Then ``ita --help``, frozen against ``.venv/bin/ita``,
   the same way (warm): the frozen interpreter's fixed start cost.

Target: the frozen start-up not slower than the source run's (ratio ≤ 1, cold and warm): the
installed program must not cost staff start-up time against running from source (the issue
asks for a program to double-click, with no target of its own for its start-up). The smoke
test's own figures are reported as measured; they have no target. Private data folder, HOME
for the smoke test, and settings files (bench/common.py).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, command, private_folder, row, settings_file, write_rows  # noqa: E402

EXE = ".exe" if os.name == "nt" else ""


def evict(paths: list[Path]) -> None:
    """Drop the files under ``paths`` from the page cache (clean pages; no root needed)."""
    if not hasattr(os, "posix_fadvise"):
        return
    for path in paths:
        files = [path] if path.is_file() else path.rglob("*")
        for file in files:
            if file.is_file() and not file.is_symlink():
                try:
                    fd = os.open(file, os.O_RDONLY)
                except OSError:
                    continue
                try:
                    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                finally:
                    os.close(fd)


def source_files() -> list[Path]:
    """What the source run reads: the interpreter, its standard library, .venv's packages and
    the project's code and resources."""
    paths = sysconfig.get_paths()
    stdlib = Path(paths["stdlib"])
    kept = [p for p in stdlib.iterdir() if p.name not in ("site-packages", "test", "idlelib")]
    libdir = Path(sysconfig.get_config_var("LIBDIR") or "/nonexistent")
    libpython = list(libdir.glob("libpython3*.so*"))
    return [Path(os.path.realpath(sys.executable)), *libpython, *kept, Path(paths["purelib"]),
            ROOT / "ita_desktop", ROOT / "ui", ROOT / "resources"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "ITA-Desktop")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    folder = private_folder("bundle")
    bundle = args.bundle.resolve()
    frozen = bundle / f"ITA-Desktop{EXE}"
    source = Path(sys.executable).with_name(f"ita-desktop{EXE}")
    shown = command("bench/bench_bundle.py")

    smoke_json = folder / "smoke.json"
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "smoke_test.py"), str(bundle),
                           "--json", str(smoke_json)], cwd=ROOT, text=True, capture_output=True)
    print(done.stdout, end="")
    print(done.stderr, end="", file=sys.stderr)
    smoke = json.loads(smoke_json.read_text(encoding="utf-8")) if smoke_json.exists() else {}
    rows = [row(f"Smoke test of the installed program ({len(smoke.get('passed', []))} checks: "
                "frozen `ita demo`, the window offscreen and on X11 under Xvfb, a refused file, "
                "`ita render` + pdftotext, the memo and the measures as Word files, no import "
                "or plugin errors, nothing in HOME, the files read by path bundled)",
                "python packaging/smoke_test.py dist/ITA-Desktop",
                "all passed" if smoke.get("passed") and not smoke.get("failed") else
                f"failed: {', '.join(smoke.get('failed', [])) or 'no result'}",
                "every check passes", bool(smoke.get("passed")) and not smoke.get("failed"))
            | {"id": "bundle"}]
    if "bundle_bytes" in smoke:
        rows += smoke_rows(smoke)

    subprocess.run([sys.executable, "-m", "compileall", "-q", "ita_desktop", "ui"], cwd=ROOT,
                   check=True)
    db = folder / "ex.db"
    subprocess.run([str(bundle / f"ita{EXE}"), "demo", str(db)], check=True, capture_output=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")

    def start(program: Path, settings: str) -> float:
        begin = time.perf_counter()
        subprocess.run([str(program), str(db), "--settings-file", str(settings_file(folder,
                        settings)), "--quit-when-ready"], cwd=folder, env=env, check=True,
                       capture_output=True)
        return time.perf_counter() - begin

    start(frozen, "frozen.ini")
    start(source, "source.ini")
    warm = {"frozen": [], "source": []}
    for _ in range(args.runs):
        warm["frozen"].append(start(frozen, "frozen.ini"))
        warm["source"].append(start(source, "source.ini"))
    cold = {"frozen": [], "source": []}
    source_paths = source_files()
    for _ in range(args.runs):
        evict([bundle])
        cold["frozen"].append(start(frozen, "frozen.ini"))
        evict(source_paths)
        cold["source"].append(start(source, "source.ini"))
    cli = {"frozen": [], "source": []}
    for _ in range(args.runs + 1):  # the first round untimed
        for kind, program in (("frozen", bundle / f"ita{EXE}"),
                              ("source", Path(sys.executable).with_name(f"ita{EXE}"))):
            begin = time.perf_counter()
            subprocess.run([str(program), "--help"], env=env, check=True, capture_output=True)
            cli[kind].append(time.perf_counter() - begin)
    cli = {kind: times[1:] for kind, times in cli.items()}
    flat = {"cli_frozen_ms": statistics.median(cli["frozen"]) * 1000,
            "cli_source_ms": statistics.median(cli["source"]) * 1000}
    flat["cli_overhead_ms"] = flat["cli_frozen_ms"] - flat["cli_source_ms"]
    print(f"ita --help: frozen {flat['cli_frozen_ms']:.0f} ms, source "
          f"{flat['cli_source_ms']:.0f} ms (median of {args.runs})")
    rows.append(row("Fixed start cost of the frozen interpreter: `ita --help`, installed program vs "
                    "`.venv/bin/ita`, side by side", shown,
                    f"{flat['cli_frozen_ms']:.0f} ms vs {flat['cli_source_ms']:.0f} ms (median of "
                    f"{args.runs})", "—", None))
    for name, times in (("warm", warm), ("cold (page cache evicted)", cold)):
        f, s = statistics.median(times["frozen"]), statistics.median(times["source"])
        flat.update({f"{name.split()[0]}_frozen_s": f, f"{name.split()[0]}_source_s": s,
                     f"{name.split()[0]}_ratio": f / s})
        print(f"start-up {name}: frozen {f:.2f} s, source {s:.2f} s -> {f / s:.2f}x "
              f"(median of {args.runs}; target <= 1x)")
        rows.append(row(f"Start-up of the installed program vs the source run, {name}, to the "
                        "window with the example file (`--quit-when-ready`, offscreen, side by "
                        "side)", shown, f"{f / s:.2f}× ({f:.2f} s vs {s:.2f} s, median of "
                        f"{args.runs})", "≤ 1× (not slower)", f <= s) | {"id": "frozen-start"})
    rows += windows_rows()
    write_rows(args.json, rows, smoke=smoke, warm=warm, cold=cold, cli=cli, flat=flat)
    return 0 if smoke.get("passed") and not smoke.get("failed") else 1


def windows_rows() -> list[dict]:
    """Rows from the last ``./dev bundle-windows`` (build/windows/build.json and smoke.json,
    written by packaging/windows/build.py and smoke_wine.py); none when it has not run."""
    built, smoked = ROOT / "build/windows/build.json", ROOT / "build/windows/smoke.json"
    if not built.is_file():
        return []
    b = json.loads(built.read_text(encoding="utf-8"))
    shown = "./dev bundle-windows (packaging/windows/build.py, smoke_wine.py)"
    rows = [row("Windows program (dist/ITA-Desktop-windows, one folder) size; installer size",
                shown, f"{b['bundle_bytes'] / 2**20:.0f} MiB; installer "
                f"{b.get('installer_bytes', 0) / 2**20:.0f} MiB", "—", None),
            row("Windows build time on Linux (" + ("downloads cached" if b.get(
                "downloads_cached", True) else "from an empty build/windows, downloads included")
                + ": " + ", ".join(f"{k} {v:.0f} s" for k, v in b["seconds"].items()) + ")",
                shown, f"{b['total_seconds']:.0f} s", "CI whole run < 60 min", None)]
    if smoked.is_file():
        m = json.loads(smoked.read_text(encoding="utf-8"))
        rows.append(row("The Windows step of CI, `./dev bundle-windows`: the build above and the "
                        f"smoke test under Wine ({len(m['passed'])} checks passed, "
                        f"{len(m['failed'])} failed)", shown,
                        f"{(b['total_seconds'] + m['seconds']) / 60:.1f} min (build "
                        f"{b['total_seconds']:.0f} s, smoke test {m['seconds']:.0f} s)",
                        "CI whole run < 60 min", None))
        if "ratio" in m:
            rows.append(row("Start-up of the installed Windows program under Wine (Wine, not "
                            "Windows) vs the Linux bundle, offscreen, to the window with the "
                            "example", shown, f"{m['ratio']:.2f}× ({m['wine_median_s']:.2f} s vs "
                            f"{m['linux_median_s']:.2f} s, median of {len(m['wine_s'])})", "—",
                            None))
    return rows


def smoke_rows(smoke: dict) -> list[dict]:
    shown = "python packaging/smoke_test.py dist/ITA-Desktop"
    med = statistics.median
    return [
        row("Installed program (dist/ITA-Desktop, one folder): size on disk, and zipped", shown,
            f"{smoke['bundle_bytes'] / 2**20:.0f} MiB; zipped {smoke['zipped_bytes'] / 2**20:.0f}"
            " MiB", "—", None),
        row("Installed program: start-up to the window with the example file, cold (bundle "
            "evicted from the page cache) and warm", shown,
            f"cold {med(smoke['start_cold_s']):.2f} s, warm {med(smoke['start_warm_s']):.2f} s "
            f"(medians of {len(smoke['start_cold_s'])} and {len(smoke['start_warm_s'])})",
            "see the side-by-side rows", None),
        row("Installed program: `ita render memo-measures` (fresh process, pythainlp warm-up "
            "included)", shown, f"{med(smoke['render_s']):.2f} s (median of "
            f"{len(smoke['render_s'])})", "≤ 3 s (as the source run's first document)",
            med(smoke["render_s"]) <= 3) | {"id": "bundle-render"},
    ]


if __name__ == "__main__":
    sys.exit(main())
