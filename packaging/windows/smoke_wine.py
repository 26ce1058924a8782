"""Smoke test of the Windows installer and the installed program, under Wine.

    python packaging/windows/smoke_wine.py [dist/ITA-Desktop-Setup-<version>.exe] [--json OUT]
                                           [--screenshot PNG]

In a fresh Wine prefix (build/wine/smoke/, inside the checkout) whose Windows user is called
``สมชาย ใจดี`` (so %LOCALAPPDATA%, the program folder and the data folder all hold Thai letters
and a space), with C: and the build's W: drive only and real profile folders (wine.isolate):

1. the installer runs silently (``/S /ASSOCIATE``): the program lands in
   %LOCALAPPDATA%\\Programs\\ITA Desktop, with Thai-named Start-menu and desktop shortcuts, the
   uninstall entry and the .ita/.db association in HKCU, and icon and version in both .exe files;
2. the installed ``ita.exe`` makes the example in ``Documents\\งาน ITA ปี ๒๕๖๙\\``, checks it, and
   renders every kind of document there; pdftotext reads each PDF and its text must be the
   text of the same document rendered by the source run (``.venv``), Thai included; the same
   for the Word files (``--format docx``) of the memo and the measures; the files the program
   finds by path (smoke_test.BUNDLED) are installed;
3. core tests with Thai paths run with the Windows interpreter (tests/core/test_userdirs.py);
4. ``ITA-Desktop.exe`` opens the example offscreen (``--self-check``) with no data folder
   override: its daily backup must appear in %LOCALAPPDATA%\\ITA Desktop\\backups; a first run
   without a file makes the example copy there; the window drawn offscreen into a PNG; then,
   with Windows set to 125 %, it starts with Qt's windows platform plugin on Xvfb (1366×768):
   self-check again, and a photograph of the X screen (smoke_window.py);
5. the installer runs again over the installed program (an upgrade): a file only the "old"
   version had is gone, the user's files and backups are kept, the program still works;
6. the uninstaller (``/S``) removes the program, shortcuts and registry entries and leaves the
   data folder, the backups and the office's files.

Wine 8.0 lacks a Windows 10 system DLL nlpo3 needs, which the test prefix gets as a stand-in
(wine.add_stand_ins). Figures: start-up of the installed program under Wine to the window with
the example file (median of 3) side by side with the Linux bundle (dist/ITA-Desktop) when it
exists. Exit 1 if any check failed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent))
import build as windows_build  # noqa: E402  (packaging/windows/build.py, not PyPA's build)
import smoke_window  # noqa: E402
import wine  # noqa: E402
from smoke_test import BUNDLED, bundled_missing, docx_text, thai_letters  # noqa: E402

USER = "สมชาย ใจดี"
WORK = ROOT / "build" / "wine" / "smoke"
DRIVES = windows_build.DRIVES
FOLDER = "งาน ITA ปี ๒๕๖๙"
OFFICE = "อบต.ตัวอย่าง ใหม่.db"
SHORTCUT = "โปรแกรม ITA Desktop.lnk"
DOCUMENTS = [("memo-measures", "2569"), ("memo-results", "2569"), ("analysis", "2568"),
             ("measures", "2569"), ("results", "2569")]
DOCX_DOCUMENTS = [("memo-measures", "2569"), ("measures", "2569")]
FAILURE_MARKS = ("ModuleNotFoundError", "ImportError", "Traceback (most recent call last)",
                 "Could not find the Qt platform plugin", "Could not load the Qt platform plugin")


class Smoke:
    def __init__(self, prefix: Path):
        self.prefix = prefix
        self.home = WORK / "home"  # where Wine would link the profile's folders (undone)
        # Wine's own errors for missing DLLs and WinRT classes only (and "-all" first keeps
        # Debian's wine script from printing its wine32 hint into every output)
        self.env = wine.wine_env(prefix, {"HOME": str(self.home),
                                          "WINEDEBUG": "-all,err+module,err+combase"}, user=USER)
        self.profile = wine.drive_c(prefix) / "users" / USER
        self.local = self.profile / "AppData" / "Local"
        self.program = self.local / "Programs" / "ITA Desktop"
        self.data = self.local / "ITA Desktop"
        self.docs = self.profile / "Documents" / FOLDER
        self.passed: list[str] = []
        self.failed: list[str] = []
        self.limits: list[str] = []  # what Wine cannot show, said in the output

    def check(self, name: str, ok: bool, detail: str = "") -> bool:
        (self.passed if ok else self.failed).append(name)
        print(f"{'ok  ' if ok else 'FAIL'} {name}" + (f": {detail}" if detail and not ok else ""),
              flush=True)
        return ok

    def wine(self, args: list, *, extra: dict | None = None, timeout: float = 300,
             wrapper: list | None = None, on_line=None) -> tuple[int, str, float]:
        env = dict(self.env, **{("WINE" + k if k.startswith("QT_") else k): v
                                for k, v in (extra or {}).items()})
        # started in the user's profile: the checkout (our cwd) is on no drive Wine has
        return wine.run(args, env, timeout=timeout, echo=False, wrapper=wrapper, cwd=self.profile,
                        on_line=on_line)

    def clean(self, name: str, text: str) -> bool:
        marks = [m for m in FAILURE_MARKS if m in text]
        return self.check(f"{name}: no import or plugin errors", not marks, text[-2000:])

    def settle(self) -> None:
        wine.wait_for_wineserver(self.env)


win = wine.on_drive_c


def version_strings(exe: Path) -> dict[str, str]:
    """The StringFileInfo of a Windows .exe (pefile from the Windows build's packages)."""
    sys.path.append(str(ROOT / "build" / "windows" / "site"))
    import pefile

    pe = pefile.PE(str(exe), fast_load=True)
    pe.parse_data_directories([pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_RESOURCE"]])
    found = {}
    for info in getattr(pe, "FileInfo", []) or []:
        for entry in info:
            for table in getattr(entry, "StringTable", []):
                found.update({k.decode(): v.decode() for k, v in table.entries.items()})
    icons = [e for e in getattr(pe, "DIRECTORY_ENTRY_RESOURCE", None).entries
             if e.id == pefile.RESOURCE_TYPE["RT_GROUP_ICON"]] if hasattr(
                 pe, "DIRECTORY_ENTRY_RESOURCE") else []
    found["<icon>"] = "yes" if icons else ""
    return found


def pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, encoding="utf-8").stdout


def install(smoke: Smoke, setup: Path, version: str) -> None:
    code, text, seconds = smoke.wine([wine.to_windows(setup, DRIVES), "/S", "/ASSOCIATE"])
    smoke.settle()
    smoke.check(f"installer /S exits 0 ({seconds:.0f} s)", code == 0, text)
    for name in ("ITA-Desktop.exe", "ita.exe", "uninstall.exe"):
        smoke.check(f"installed {name} in %LOCALAPPDATA%\\Programs\\ITA Desktop",
                    (smoke.program / name).is_file(), str(smoke.program))
    menu = smoke.profile / "AppData/Roaming/Microsoft/Windows/Start Menu/Programs/ITA Desktop"
    smoke.check("Start-menu shortcut with a Thai name", (menu / SHORTCUT).is_file(),
                str(list(menu.glob("*")) if menu.is_dir() else menu))
    smoke.check("desktop shortcut with a Thai name",
                (smoke.profile / "Desktop" / SHORTCUT).is_file())
    registry = (smoke.prefix / "user.reg").read_text(encoding="utf-8", errors="replace")
    for key, value in (("Software\\\\Classes\\\\.ita", '@="ITADesktop.File"'),
                       ("Software\\\\Classes\\\\ITADesktop.File\\\\shell\\\\open\\\\command",
                        "ITA-Desktop.exe"),
                       ("Software\\\\Microsoft\\\\Windows\\\\CurrentVersion\\\\Uninstall\\\\"
                        "ITA Desktop", f'"DisplayVersion"="{version}"')):
        block = registry.split(f"[{key}]", 1)
        smoke.check(f"HKCU\\{key.replace(chr(92) * 2, chr(92))} set",
                    len(block) == 2 and value in block[1].split("\n[", 1)[0])
    missing = bundled_missing(smoke.program / "_internal")
    smoke.check(f"installed: {', '.join(BUNDLED)}", not missing, "missing " + "; ".join(missing))
    for exe in (setup, smoke.program / "ITA-Desktop.exe", smoke.program / "ita.exe"):
        if not exe.is_file():
            continue
        strings = version_strings(exe)
        smoke.check(f"{exe.name}: version {version} and icon in the file properties",
                    strings.get("ProductVersion") == version and strings["<icon>"] == "yes",
                    json.dumps(strings, ensure_ascii=False))


def command_line(smoke: Smoke) -> Path | None:
    cli = smoke.program / "ita.exe"
    smoke.docs.mkdir(parents=True, exist_ok=True)
    db = smoke.docs / OFFICE
    code, text, seconds = smoke.wine([cli, "demo", win(db)])
    smoke.clean("ita demo", text)
    if not smoke.check(f"ita.exe demo into a Thai folder with a space ({seconds:.1f} s)",
                       code == 0 and db.is_file(), text):
        return None
    code, text, _ = smoke.wine([cli, "check", win(db)])
    smoke.check("ita.exe check: integrity ok", code == 0 and "integrity ok" in text, text)
    source = Path(sys.executable).with_name("ita")
    for kind, year in DOCUMENTS:
        pdf = smoke.docs / f"{kind} ปี {year}.pdf"
        code, text, seconds = smoke.wine([cli, "render", kind, "--db", win(db), "--fiscal-year",
                                          year, "--out", win(pdf)])
        smoke.clean(f"ita render {kind}", text)
        if not smoke.check(f"ita.exe render {kind} ({seconds:.1f} s)",
                           code == 0 and pdf.is_file(), text):
            continue
        got = pdf_text(pdf)
        thai = thai_letters(got)
        if source.is_file():
            linux = smoke.docs.parent / f"linux-{kind}.pdf"
            subprocess.run([str(source), "render", kind, "--db", str(db), "--fiscal-year", year,
                            "--out", str(linux)], check=True, capture_output=True)
            want = pdf_text(linux)
            linux.unlink()
            smoke.check(f"{kind}: pdftotext gives the Thai back ({thai} Thai characters), the "
                        "same text as the source run", thai > 100 and got == want,
                        f"{len(got)} vs {len(want)} characters")
        else:
            smoke.check(f"{kind}: pdftotext gives the Thai back ({thai} Thai characters)",
                        thai > 100)
    for kind, year in DOCX_DOCUMENTS:
        out = smoke.docs / f"{kind} ปี {year}.docx"
        code, text, seconds = smoke.wine([cli, "render", kind, "--db", win(db), "--fiscal-year",
                                          year, "--format", "docx", "--out", win(out)])
        smoke.clean(f"ita render {kind} --format docx", text)
        if not smoke.check(f"ita.exe render {kind} --format docx ({seconds:.1f} s)",
                           code == 0 and out.is_file(), text):
            continue
        got = docx_text(out)
        if source.is_file():
            linux = smoke.docs.parent / f"linux-{kind}.docx"
            subprocess.run([str(source), "render", kind, "--db", str(db), "--fiscal-year", year,
                            "--format", "docx", "--out", str(linux)], check=True,
                           capture_output=True)
            want = docx_text(linux)
            linux.unlink()
            smoke.check(f"{kind}.docx: {thai_letters(got)} Thai letters, the same text as the "
                        "source run's .docx", thai_letters(got) > 300 and got == want,
                        f"{len(got)} vs {len(want)} characters")
        else:
            smoke.check(f"{kind}.docx: {thai_letters(got)} Thai letters", thai_letters(got) > 300)
    return db


def core_tests(smoke: Smoke) -> None:
    windows_build.stage_sources()  # the checkout's tests and core as they are now, on W:
    python = wine.to_windows(windows_build.PYTHON / "python.exe", DRIVES)
    test = wine.to_windows(windows_build.SRC / "tests/core/test_userdirs.py", DRIVES)
    code, text, seconds = smoke.wine([python, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                                      "-W", "ignore::pytest.PytestConfigWarning", test])
    last = text.strip().splitlines()[-1] if text.strip() else ""
    smoke.check(f"tests/core/test_userdirs.py with the Windows interpreter ({last}, "
                f"{seconds:.0f} s)", code == 0, text[-3000:])


def start_up(smoke: Smoke, db: Path, runs: int = 3) -> dict:
    """Start-up to the window with the example, installed program under Wine vs the Linux
    bundle, offscreen, side by side (one untimed run of each first)."""
    gui = smoke.program / "ITA-Desktop.exe"
    linux = ROOT / "dist" / "ITA-Desktop" / "ITA-Desktop"
    figures: dict = {"wine_s": [], "linux_s": []}
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               ITA_DESKTOP_DATA_DIR=str(WORK / "linux-data"))
    copy = WORK / "linux-example.db"
    shutil.copyfile(db, copy)
    for n in range(runs + 1):
        code, _, seconds = smoke.wine([gui, win(db), "--settings-file",
                                       win(smoke.docs.parent / "bench.ini"), "--quit-when-ready"],
                                      extra={"QT_QPA_PLATFORM": "offscreen"})
        if code == 0 and n:
            figures["wine_s"].append(seconds)
        if linux.is_file():
            begin = time.perf_counter()
            done = subprocess.run([str(linux), str(copy), "--settings-file",
                                   str(WORK / "bench.ini"), "--quit-when-ready"], env=env,
                                  capture_output=True)
            if done.returncode == 0 and n:
                figures["linux_s"].append(time.perf_counter() - begin)
    if figures["wine_s"]:
        figures["wine_median_s"] = statistics.median(figures["wine_s"])
        print(f"start-up under Wine: median {figures['wine_median_s']:.2f} s")
    if figures["wine_s"] and figures["linux_s"]:
        figures["linux_median_s"] = statistics.median(figures["linux_s"])
        figures["ratio"] = figures["wine_median_s"] / figures["linux_median_s"]
        print(f"Linux bundle: median {figures['linux_median_s']:.2f} s; "
              f"ratio {figures['ratio']:.2f}x (Wine, not Windows)")
    return figures


def upgrade_and_uninstall(smoke: Smoke, setup: Path, db: Path) -> None:
    stray = smoke.program / "_internal" / "only-in-the-old-version.txt"
    stray.write_text("old", encoding="utf-8")
    kept = sorted(str(p.relative_to(smoke.profile)) for p in
                  [*smoke.data.rglob("*.db"), *smoke.docs.glob("*")] if p.is_file())
    code, text, _ = smoke.wine([wine.to_windows(setup, DRIVES), "/S"])
    smoke.settle()
    smoke.check("installing again over the program (upgrade) exits 0", code == 0, text)
    smoke.check("the upgrade removes files of the old version", not stray.exists())
    after = sorted(str(p.relative_to(smoke.profile)) for p in
                   [*smoke.data.rglob("*.db"), *smoke.docs.glob("*")] if p.is_file())
    smoke.check(f"the upgrade keeps the user's {len(kept)} files and backups", after == kept,
                f"{kept} -> {after}")
    code, text, _ = smoke.wine([smoke.program / "ita.exe", "check", win(db)])
    smoke.check("after the upgrade ita.exe check still passes", code == 0, text)

    code, text, _ = smoke.wine([smoke.program / "uninstall.exe", "/S"])
    smoke.settle()  # the uninstaller re-starts itself from %TEMP%; wait for that one too
    smoke.check("uninstaller /S exits 0", code == 0, text)
    smoke.check("the program folder is gone", not smoke.program.exists(),
                str(list(smoke.program.rglob("*"))[:10]) if smoke.program.exists() else "")
    menu = smoke.profile / "AppData/Roaming/Microsoft/Windows/Start Menu/Programs/ITA Desktop"
    smoke.check("the Start-menu shortcuts are gone", not menu.exists())
    registry = (smoke.prefix / "user.reg").read_text(encoding="utf-8", errors="replace")
    smoke.check("our registry entries are gone", "ITADesktop.File" not in registry
                and "Uninstall\\\\ITA Desktop]" not in registry)
    left = sorted(str(p.relative_to(smoke.profile)) for p in
                  [*smoke.data.rglob("*.db"), *smoke.docs.glob("*")] if p.is_file())
    smoke.check(f"uninstalling leaves the user's {len(kept)} files and backups", left == kept,
                f"{kept} -> {left}")


def main(argv: list[str] | None = None) -> int:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "project"]["version"]
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("setup", nargs="?", type=Path,
                        default=ROOT / "dist" / f"ITA-Desktop-Setup-{version}.exe")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--screenshot", type=Path,
                        default=windows_build.WORK / "window-wine.png")
    args = parser.parse_args(argv)
    if not args.setup.is_file():
        print(f"smoke_wine: no installer {args.setup} (./dev bundle-windows)", file=sys.stderr)
        return 2
    shutil.rmtree(WORK, ignore_errors=True)
    smoke = Smoke(WORK / "prefix")
    smoke.home.mkdir(parents=True)
    # the installer where Windows programs can see it (drive W:)
    setup = windows_build.WORK / "setup" / args.setup.name
    shutil.rmtree(setup.parent, ignore_errors=True)
    setup.parent.mkdir(parents=True)
    shutil.copyfile(args.setup, setup)
    start = time.perf_counter()
    boot = wine.boot(smoke.prefix, smoke.env, DRIVES)
    print(f"fresh Wine prefix for Windows user {USER}: {boot:.0f} s")
    for name in wine.add_stand_ins(smoke.prefix, WORK / "stand-ins"):
        smoke.limits.append(f"{name}, a Windows 10 system DLL, is missing in Wine 8.0: the test "
                            "prefix has a stand-in (wine.STAND_INS); the program does not carry it")
        print(f"     {smoke.limits[-1]}")
    figures: dict = {}
    install(smoke, setup, version)
    db = command_line(smoke) if not smoke.failed else None
    core_tests(smoke)
    if db is not None:
        offscreen = args.screenshot.with_name(f"{args.screenshot.stem}-offscreen.png")
        smoke_window.offscreen(smoke, db, offscreen)
        figures = start_up(smoke, db)
        smoke_window.on_x(smoke, db, args.screenshot)
        upgrade_and_uninstall(smoke, setup, db)
    smoke.settle()
    seconds = time.perf_counter() - start
    for limit in smoke.limits:
        print(f"not shown under Wine: {limit}")
    print(f"\nsmoke-wine: {len(smoke.passed)} passed, {len(smoke.failed)} failed "
          f"({seconds:.0f} s)")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"passed": smoke.passed, "failed": smoke.failed,
                                         "seconds": seconds, "limits": smoke.limits, **figures},
                                        indent=2, ensure_ascii=False), encoding="utf-8")
    return 1 if smoke.failed else 0


if __name__ == "__main__":
    sys.exit(main())
