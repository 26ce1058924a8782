"""The window part of the Wine smoke test (packaging/windows/smoke_wine.py): the installed
``ITA-Desktop.exe`` opened offscreen, on a first run, and with Qt's windows platform plugin on an
X display (Xvfb) at 125 % scaling, where the screen itself is photographed.

``smoke`` is smoke_wine's Smoke (its ``wine``, ``check``, ``clean``, folders and ``limits``).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import wine

SCREEN = "1366x768x24"
"""The smallest office screen we design for."""
LOG_PIXELS = 120
"""Windows' DPI setting for 125 % scaling (96 is 100 %)."""
HOLD_MS = 8000
"""How long the window stays open after saying it is ready, for the screenshot."""


def offscreen(smoke, db: Path, screenshot: Path) -> None:
    """Offscreen: the example with --self-check (no data folder override: the backup must land
    in %LOCALAPPDATA%), a first run without a file (the example copy), and the window as the
    program draws it (QWidget.grab) into ``screenshot``."""
    gui = smoke.program / "ITA-Desktop.exe"
    base = [gui, wine.on_drive_c(db), "--settings-file",
            wine.on_drive_c(smoke.docs.parent / "settings.ini"), "--quit-when-ready"]
    extra = {"QT_QPA_PLATFORM": "offscreen"}
    code, text, seconds = smoke.wine([*base, "--self-check"], extra=extra)
    smoke.clean("ITA-Desktop offscreen", text)
    smoke.check(f"ITA-Desktop.exe opens the example offscreen and exits 0 ({seconds:.1f} s)",
                code == 0 and "self-check fonts: Sarabun" in text, text[-3000:])
    for line in text.splitlines():
        if line.startswith("self-check"):
            print("     " + line)
    backups = list((smoke.data / "backups").glob("*/*.db"))
    smoke.check("the daily backup is in %LOCALAPPDATA%\\ITA Desktop\\backups, Thai name kept",
                any(p.name.startswith("อบต.ตัวอย่าง ใหม่-") for p in backups), str(backups))
    first = smoke.docs.parent / "first-run.ini"
    code, text, _ = smoke.wine([gui, "--settings-file", wine.on_drive_c(first),
                                "--quit-when-ready"], extra=extra)
    smoke.check("a first run makes the example copy in %LOCALAPPDATA%\\ITA Desktop",
                code == 0 and (smoke.data / "ตัวอย่าง-ita.db").is_file(), text[-2000:])

    drawn = smoke.docs.parent / "window-offscreen.png"
    code, text, _ = smoke.wine([*base, "--screenshot", wine.on_drive_c(drawn)], extra=extra)
    if drawn.is_file():
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(drawn, screenshot)
    smoke.check(f"the window drawn offscreen by the Windows program: {screenshot.name}",
                code == 0 and drawn.is_file() and drawn.stat().st_size > 10_000, text[-1500:])


@contextlib.contextmanager
def xvfb(screen: str = SCREEN) -> Iterator[str]:
    """An Xvfb server on a free display for the duration; yields its name (":N")."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", screen,
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as told:
            number = told.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def photograph(display: str, png: Path) -> str:
    """The whole X screen ``display`` into ``png`` (xwd, netpbm); returns "" or what failed."""
    png.parent.mkdir(parents=True, exist_ok=True)
    xwd = subprocess.run(["xwd", "-root", "-silent", "-display", display], capture_output=True)
    if xwd.returncode != 0:
        return f"xwd: {xwd.stderr.decode(errors='replace')}"
    pnm = subprocess.run(["xwdtopnm"], input=xwd.stdout, capture_output=True)
    made = subprocess.run(["pnmtopng"], input=pnm.stdout, capture_output=True)
    if made.returncode != 0 or not made.stdout:
        return f"xwdtopnm/pnmtopng: {pnm.stderr.decode(errors='replace')[-300:]}"
    png.write_bytes(made.stdout)
    return ""


def colours(png: Path) -> int:
    """How many colours the picture has (a blank or black screen has one or two)."""
    from PIL import Image  # Pillow comes with ReportLab in .venv

    with Image.open(png) as image:
        found = image.convert("RGB").getcolors(maxcolors=1 << 20)
    return len(found) if found is not None else 1 << 20


def on_x(smoke, db: Path, screenshot: Path) -> None:
    """The window with Qt's windows platform plugin on Xvfb (1366×768, Windows set to 125 %):
    --self-check there, and once the program says it is ready, a photograph of the X screen
    into ``screenshot``. The program runs with --no-desktop-settings (ui/app.py says why)."""
    if not all(shutil.which(tool) for tool in ("Xvfb", "xwd", "xwdtopnm", "pnmtopng")):
        smoke.check("Xvfb, xwd and netpbm are installed", False)
        return
    code, text, _ = smoke.wine(["reg", "add", "HKCU\\Control Panel\\Desktop", "/v", "LogPixels",
                                "/t", "REG_DWORD", "/d", str(LOG_PIXELS), "/f"])
    smoke.settle()
    smoke.check(f"Windows set to {LOG_PIXELS * 100 // 96} % scaling (LogPixels {LOG_PIXELS})",
                code == 0, text)
    gui = smoke.program / "ITA-Desktop.exe"
    failed: list[str] = []

    with xvfb() as display:
        def when_ready(line: str) -> None:
            if line.startswith("ita-desktop: ready") and not screenshot.exists():
                time.sleep(2)  # the last paint and Wine's X window settle
                failed.append(photograph(display, screenshot))

        screenshot.unlink(missing_ok=True)
        code, text, seconds = smoke.wine(
            [gui, wine.on_drive_c(db), "--settings-file",
             wine.on_drive_c(smoke.docs.parent / "x11.ini"), "--quit-when-ready", "--self-check",
             "--no-desktop-settings", "--hold", str(HOLD_MS)],
            extra={"DISPLAY": display}, timeout=300, on_line=when_ready)
    smoke.clean("ITA-Desktop windows platform", text)
    smoke.check(f"ITA-Desktop.exe opens the example with the windows platform plugin on Xvfb "
                f"and exits 0 ({seconds:.1f} s)",
                code == 0 and "self-check platform: windows" in text, text[-3000:])
    for line in text.splitlines():
        if line.startswith(("self-check platform", "self-check fonts", "self-check qtpdf")):
            print("     " + line)
    shown = screenshot.is_file() and not any(failed)
    smoke.check(f"a photograph of the X screen with the window: {screenshot.name} "
                f"({colours(screenshot) if shown else 0} colours)",
                shown and colours(screenshot) > 50, "; ".join(filter(None, failed)))
    smoke.limits.append("the window runs without the desktop's palette (--no-desktop-settings): "
                        "Qt asks the WinRT class Windows.UI.ViewManagement.UISettings for it, "
                        "which Wine 8.0 does not have")
