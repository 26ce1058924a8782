"""Smoke test of the installed program that build.spec makes, and its figures.

    python packaging/smoke_test.py [dist/ITA-Desktop] [--json OUT]    (./dev bundle runs this)

Runs only the frozen programs, from a scratch folder, with a scratch HOME and data folder and with
PYTHONTZPATH empty (so ZoneInfo must use the bundled tzdata, as on Windows):

1. ``ita demo ex.db`` makes the example database;
2. ``ITA-Desktop ex.db --quit-when-ready --self-check`` offscreen (and on xcb under xvfb-run when
   it is installed) opens it and exits 0; the self-check covers fonts, tzdata, pythainlp's
   dictionary, translations, image formats, QtPdf and QtPrintSupport;
3. the same on a file that is not a database must exit non-zero (the check can fail);
4. ``ita render memo-measures ... --out memo.pdf``; pdftotext finds บันทึกข้อความ; the same
   memo, the measures and the analysis report with them (its charts drawn by pypdfium2) as
   Word files (``--format docx``) hold the Thai text;
5. no stderr mentions ModuleNotFoundError, ImportError or a Qt platform plugin failure;
   nothing named pythainlp appears in HOME; no bundled library needs a Qt library left out;
   the files found only by path at run time are bundled (:data:`BUNDLED`).

Then prints the bundle size (and its largest parts, and zipped), the start-up time to the window
with the example file (median of 5 runs of --quit-when-ready, cold: the bundle's files evicted
from the page cache with posix_fadvise before each run; warm: after one unmeasured run) and the
``ita render`` time (median of 3). ``--json OUT`` also writes the checks and these figures
(bytes and seconds, every run) for bench/run. Exit 1 if any check failed. Standard library only.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ElementTree
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FAILURE_MARKS = ("ModuleNotFoundError", "ImportError", "Traceback (most recent call last)",
                 "Could not find the Qt platform plugin", "Could not load the Qt platform plugin")
MEMO_TITLE = "บันทึกข้อความ"
EXE = ".exe" if os.name == "nt" else ""
BUNDLED = {
    "python-docx's default template": "docx/templates/default.docx",
    "pdfium, the library of pypdfium2": "pypdfium2_raw/*pdfium.*",
    "nlpo3's compiled module": "nlpo3/_nlpo3_python_backend*",
    "the keep-whole words": "resources/wordlists/keep-whole.txt",
    "pythainlp's word list": "pythainlp/corpus/words_th.txt",
}
"""Files under ``_internal`` that are read or loaded by path (no import finds them missing until
they are used): what they are -> a glob that must match a file."""
WORD_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def bundled_missing(internal: Path) -> list[str]:
    """The :data:`BUNDLED` files that ``internal`` (a bundle's ``_internal``) lacks."""
    return [f"{what} ({pattern})" for what, pattern in BUNDLED.items()
            if not any(p.is_file() for p in internal.glob(pattern))]


def docx_text(path: Path) -> str:
    """The text of a .docx, one line per paragraph (body, tables, headers and footers)."""
    lines = []
    with zipfile.ZipFile(path) as archive:
        for name in sorted(archive.namelist()):
            if name.startswith("word/") and name.endswith(".xml") and \
                    name.split("/")[-1].startswith(("document", "header", "footer")):
                root = ElementTree.fromstring(archive.read(name))
                for paragraph in root.iter(f"{WORD_NS}p"):
                    lines.append("".join(t.text or "" for t in paragraph.iter(f"{WORD_NS}t")))
    return "\n".join(lines)


def thai_letters(text: str) -> int:
    return sum("\u0e00" <= c <= "\u0e7f" for c in text)


class Smoke:
    """Runs the frozen programs and counts the checks."""

    def __init__(self, bundle: Path, scratch: Path):
        self.bundle = bundle
        self.gui = bundle / f"ITA-Desktop{EXE}"
        self.cli = bundle / f"ita{EXE}"
        self.scratch = scratch
        self.home = scratch / "home"
        self.home.mkdir()
        self.passed: list[str] = []
        self.failed: list[str] = []
        self.env = {k: v for k, v in os.environ.items()
                    if not k.startswith(("PYTHON", "PYTHAINLP", "QT_", "VIRTUAL_ENV"))}
        self.env.update(HOME=str(self.home), USERPROFILE=str(self.home),
                        XDG_CONFIG_HOME=str(self.home / ".config"),
                        ITA_DESKTOP_DATA_DIR=str(scratch / "data"), PYTHONTZPATH="",
                        QT_QPA_PLATFORM="offscreen")

    def check(self, name: str, ok: bool, detail: str = "") -> bool:
        (self.passed if ok else self.failed).append(name)
        print(f"{'ok  ' if ok else 'FAIL'} {name}" + (f": {detail}" if detail else ""), flush=True)
        return ok

    def run(self, args: list, *, env: dict | None = None, timeout: float = 180,
            wrapper: list | None = None) -> tuple[subprocess.CompletedProcess, float]:
        start = time.perf_counter()
        done = subprocess.run([*(wrapper or []), *map(str, args)], cwd=self.scratch,
                              env=env or self.env, capture_output=True, text=True,
                              encoding="utf-8", errors="replace", timeout=timeout)
        return done, time.perf_counter() - start

    def clean_stderr(self, name: str, done: subprocess.CompletedProcess) -> bool:
        marks = [m for m in FAILURE_MARKS if m in done.stderr or m in done.stdout]
        return self.check(f"{name}: no import or plugin errors", not marks,
                          "" if not marks else f"{marks}\n{done.stderr[-3000:]}")

    def gui_args(self, db: Path, settings: str = "settings.ini") -> list:
        return [self.gui, db, "--settings-file", self.scratch / settings, "--quit-when-ready"]


def needed_qt_missing(bundle: Path) -> list[str]:
    """ELF files in the bundle that need a libQt6* library the bundle lacks (Linux only)."""
    if not sys.platform.startswith("linux") or shutil.which("readelf") is None:
        return []
    names = {p.name for p in bundle.rglob("*")}
    missing = []
    for path in bundle.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
        for line in out.splitlines():
            if "(NEEDED)" in line:
                lib = line.split("[", 1)[1].rstrip("]")
                if lib.startswith("libQt6") and lib not in names:
                    missing.append(f"{path.relative_to(bundle)} needs {lib}")
    return missing


def checks(smoke: Smoke) -> Path | None:
    """The checks 1–5 of the module docstring; returns the example database (None if not made)."""
    db = smoke.scratch / "ex.db"
    done, _ = smoke.run([smoke.cli, "demo", db])
    smoke.clean_stderr("ita demo", done)
    if not smoke.check("ita demo makes the example database", done.returncode == 0 and db.is_file(),
                       done.stderr.strip()):
        return None

    done, seconds = smoke.run([*smoke.gui_args(db), "--self-check"])
    smoke.clean_stderr("ITA-Desktop offscreen", done)
    smoke.check("ITA-Desktop opens the example offscreen and exits 0", done.returncode == 0,
                f"{seconds:.2f} s" if done.returncode == 0 else done.stderr[-3000:])
    for line in done.stderr.splitlines():
        if line.startswith("self-check"):
            print("     " + line)

    xvfb = shutil.which("xvfb-run")
    if sys.platform.startswith("linux") and xvfb:
        env = dict(smoke.env, QT_QPA_PLATFORM="xcb")
        done, _ = smoke.run([*smoke.gui_args(db, "xcb.ini"), "--self-check"], env=env,
                            wrapper=[xvfb, "-a", "-s", "-screen 0 1400x900x24"])
        smoke.clean_stderr("ITA-Desktop xcb", done)
        smoke.check("ITA-Desktop opens the example on xcb (Xvfb) and exits 0",
                    done.returncode == 0, done.stderr[-3000:] if done.returncode else "")
    else:
        print("skip ITA-Desktop on xcb: xvfb-run is not installed")

    broken = smoke.scratch / "not-a-database.db"
    broken.write_bytes(b"this is not an SQLite file\n" * 8)
    done, _ = smoke.run(smoke.gui_args(broken, "broken.ini"))
    # a windowed .exe has no stderr on Windows: there only the exit code says it
    said = "dialog:" in done.stderr or os.name == "nt"
    smoke.check("ITA-Desktop exits non-zero on a file it cannot open",
                done.returncode != 0 and said, f"exit {done.returncode}")

    pdf = smoke.scratch / "memo.pdf"
    done, seconds = smoke.run([smoke.cli, "render", "memo-measures", "--db", db,
                               "--fiscal-year", "2569", "--out", pdf])
    smoke.clean_stderr("ita render", done)
    if smoke.check("ita render memo-measures writes the PDF", done.returncode == 0 and
                   pdf.is_file(), f"{seconds:.2f} s" if done.returncode == 0 else done.stderr):
        if shutil.which("pdftotext"):
            text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                  text=True).stdout
            smoke.check(f"the memo's text contains {MEMO_TITLE}", MEMO_TITLE in text,
                        "" if MEMO_TITLE in text else text[:300])
        else:
            smoke.check("pdftotext is installed (poppler-utils)", False)
    for kind in ("memo-measures", "measures", "analysis-measures"):
        out = smoke.scratch / f"{kind}.docx"
        done, seconds = smoke.run([smoke.cli, "render", kind, "--db", db, "--fiscal-year",
                                   "2569", "--format", "docx", "--out", out])
        smoke.clean_stderr(f"ita render {kind} --format docx", done)
        if smoke.check(f"ita render {kind} --format docx writes the Word file",
                       done.returncode == 0 and out.is_file(),
                       f"{seconds:.2f} s" if done.returncode == 0 else done.stderr[-3000:]):
            text = docx_text(out)
            smoke.check(f"{kind}.docx holds the Thai text ({thai_letters(text)} Thai letters)",
                        thai_letters(text) > 300 and (kind != "memo-measures" or MEMO_TITLE in text),
                        "" if thai_letters(text) > 300 else text[:300])

    leaked = [str(p) for p in smoke.home.rglob("*") if "pythainlp" in p.name.lower()]
    smoke.check("nothing of pythainlp is written to HOME", not leaked, ", ".join(leaked))
    missing = needed_qt_missing(smoke.bundle / "_internal")
    smoke.check("every Qt library a bundled library needs is bundled", not missing,
                "; ".join(missing[:10]))
    missing = bundled_missing(smoke.bundle / "_internal")
    smoke.check(f"bundled: {', '.join(BUNDLED)}", not missing,
                "missing " + "; ".join(missing) if missing else "")
    return db


def disk_usage(path: Path) -> int:
    """Bytes on disk, like ``du`` (apparent size where st_blocks is missing)."""
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    total = 0
    for file in files:
        st = file.lstat()
        total += st.st_blocks * 512 if hasattr(st, "st_blocks") else st.st_size
    return total


def mib(n: float) -> str:
    return f"{n / 2**20:.1f} MiB"


def evict(folder: Path) -> None:
    """Drop ``folder``'s files from the page cache (clean pages only; no root needed)."""
    if not hasattr(os, "posix_fadvise"):
        return
    for file in folder.rglob("*"):
        if file.is_file() and not file.is_symlink():
            fd = os.open(file, os.O_RDONLY)
            try:
                os.fdatasync(fd)
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def figures(smoke: Smoke, db: Path) -> dict:
    """Print size, start-up and render figures (section 4 of the packaging task); return them
    (bytes; seconds of each run)."""
    internal = smoke.bundle / "_internal"
    du = ""
    if shutil.which("du"):
        du = subprocess.run(["du", "-sh", str(smoke.bundle)], capture_output=True,
                            text=True).stdout.split("\t")[0]
        du = f" (du -sh: {du})"
    print(f"\nbundle {smoke.bundle}: {mib(disk_usage(smoke.bundle))} on disk{du}")
    qt = internal / "PySide6" / "Qt"
    folders = [internal, qt, qt / "lib", qt / "plugins"]
    for folder in (f for f in folders if f.is_dir()):
        parts = sorted(((disk_usage(p), p) for p in folder.iterdir()), reverse=True)
        print(f"  largest in {folder.relative_to(smoke.bundle)}: " + ", ".join(
            f"{path.name} {mib(size)}" for size, path in parts[:6]))
    archive = smoke.scratch / "ITA-Desktop.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for file in sorted(smoke.bundle.rglob("*")):
            zf.write(file, Path(smoke.bundle.name) / file.relative_to(smoke.bundle))
    zipped = archive.stat().st_size
    print(f"  zipped (deflate 6): {mib(zipped)}")
    archive.unlink()

    def start(settings: str) -> float:
        done, seconds = smoke.run(smoke.gui_args(db, settings))
        if done.returncode != 0:
            raise SystemExit(f"start-up run failed: {done.stderr[-2000:]}")
        return seconds

    cold = []
    for n in range(5):
        evict(smoke.bundle)
        cold.append(start(f"cold-{n}.ini"))
    start("warm.ini")
    warm = [start("warm.ini") for _ in range(5)]
    renders = []
    for n in range(3):
        done, seconds = smoke.run([smoke.cli, "render", "memo-measures", "--db", db,
                                   "--fiscal-year", "2569", "--out", smoke.scratch / f"m{n}.pdf"])
        renders.append(seconds)
    fmt = " ".join(f"{s:.2f}" for s in cold)
    print(f"start-up to the window with the example file (--quit-when-ready, process wall time):\n"
          f"  cold (bundle evicted from the page cache): median {statistics.median(cold):.2f} s"
          f"  [{fmt}]\n"
          f"  warm: median {statistics.median(warm):.2f} s  [{' '.join(f'{s:.2f}' for s in warm)}]")
    print(f"ita render memo-measures: median {statistics.median(renders):.2f} s  "
          f"[{' '.join(f'{s:.2f}' for s in renders)}]")
    return {"bundle_bytes": disk_usage(smoke.bundle), "zipped_bytes": zipped,
            "start_cold_s": cold, "start_warm_s": warm, "render_s": renders}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=ROOT / "dist" / "ITA-Desktop")
    parser.add_argument("--no-figures", action="store_true", help="only the checks")
    parser.add_argument("--json", type=Path, help="also write the checks and figures here")
    args = parser.parse_args(argv)
    bundle = args.bundle.resolve()
    if not (bundle / f"ITA-Desktop{EXE}").is_file() or not (bundle / f"ita{EXE}").is_file():
        print(f"smoke_test: no built program in {bundle} (run pyinstaller build.spec)",
              file=sys.stderr)
        return 2
    found: dict = {}
    with tempfile.TemporaryDirectory(prefix="ita-smoke-") as scratch:
        smoke = Smoke(bundle, Path(scratch))
        db = checks(smoke)
        if db is not None and not smoke.failed and not args.no_figures:
            found = figures(smoke, db)
    print(f"\nsmoke: {len(smoke.passed)} passed, {len(smoke.failed)} failed")
    if args.json:
        args.json.write_text(json.dumps({"bundle": str(bundle), "passed": smoke.passed,
                                         "failed": smoke.failed, **found}, indent=2,
                                        ensure_ascii=False), encoding="utf-8")
    return 1 if smoke.failed else 0


if __name__ == "__main__":
    sys.exit(main())
