"""Running Windows programs under Wine from Linux, for the Windows build and its smoke test.

Standard library only. Three Wine 8.0 behaviours decide how every program is started here (each
was seen on this project's build machine; see packaging/windows/README.md):

- **Standard handles.** A Windows program whose stdout or stderr is a Unix *regular file* gets a
  handle on which ``GetFileInformationByHandle`` fails with ERROR_INVALID_HANDLE (Wine answers
  ``NtQueryInformationFile(FileAllInformation)`` on it with STATUS_OBJECT_TYPE_MISMATCH, seen with
  ``WINEDEBUG=+relay``). CPython's start-up ``fstat``s its standard streams and aborts with
  "init_sys_streams: can't initialize sys standard streams ... [WinError 6]". Pipes and
  character devices work, so :func:`run` always gives the program pipes (and ``/dev/null`` as
  stdin) and copies what it says to our own stdout.
- **QT_ variables.** Wine does not pass Unix environment variables starting with ``QT_`` to
  Windows programs (so that the Linux desktop's Qt settings do not reach a Windows Qt); it passes
  ``WINEQT_…`` as ``QT_…`` instead. :func:`wine_env` renames them.
- **Prefix.** Everything lives in a WINEPREFIX given by the caller, inside the checkout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path, PureWindowsPath

WINE = shutil.which("wine") or "wine"


def wine_env(prefix: Path, extra: dict[str, str] | None = None, *, user: str | None = None) -> dict:
    """The environment for programs in the Wine prefix ``prefix``: 64-bit, quiet, no Mono/Gecko
    installer prompts, ``extra`` added (``QT_*`` names passed as ``WINEQT_*``). ``user`` sets the
    login name Wine gives the Windows user (and so the profile folder ``C:\\users\\<user>``)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "WINEQT_", "PYTHON"))}
    env.update(WINEPREFIX=str(prefix), WINEARCH="win64", WINEDEBUG=env.get("ITA_WINEDEBUG", "-all"),
               WINEDLLOVERRIDES="mscoree,mshtml=")
    if user is not None:
        env["USER"] = env["LOGNAME"] = user
    for key, value in (extra or {}).items():
        env["WINE" + key if key.startswith("QT_") else key] = value
    return env


def to_windows(path: Path) -> str:
    """``path`` (a Linux path) as Wine's Z: drive sees it: ``Z:\\work\\...``."""
    return str(PureWindowsPath("Z:\\") / PureWindowsPath(*Path(path).resolve().parts[1:]))


def drive_c(prefix: Path) -> Path:
    return prefix / "drive_c"


def run(args: list, env: dict, *, timeout: float = 600, echo: bool = True, log: Path | None = None,
        cwd: Path | None = None, wrapper: list | None = None) -> tuple[int, str, float]:
    """Run ``wine args...`` with pipes for its standard handles (see the module docstring); returns
    (exit code, everything it printed, seconds). ``echo`` copies the output to our stdout as it
    comes; ``log`` also writes it there; ``wrapper`` goes before ``wine`` (e.g. xvfb-run)."""
    start = time.perf_counter()
    command = [*(wrapper or []), WINE, *map(str, args)]
    process = subprocess.Popen(command, env=env, cwd=cwd, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    chunks: list[bytes] = []
    timer = threading.Timer(timeout, process.kill)  # readline blocks; the timer ends a hung run
    timer.start()
    try:
        assert process.stdout is not None
        for line in iter(process.stdout.readline, b""):
            chunks.append(line)
            if echo:
                sys.stdout.write(line.decode("utf-8", errors="replace"))
                sys.stdout.flush()
        code = process.wait()
    finally:
        timer.cancel()
    if time.perf_counter() - start >= timeout:
        chunks.append(f"\n[stopped after {timeout:.0f} s]\n".encode())
        code = code or -9
    text = b"".join(chunks).decode("utf-8", errors="replace")
    if log is not None:
        log.parent.mkdir(parents=True, exist_ok=True)
        log.write_text(text, encoding="utf-8")
    return code, text, time.perf_counter() - start


def wait_for_wineserver(env: dict, timeout: float = 120) -> None:
    """Wait until the prefix's wineserver has exited (all its programs have ended)."""
    server = shutil.which("wineserver") or "wineserver"
    subprocess.run([server, "-w"], env=env, timeout=timeout, check=False)


def boot(prefix: Path, env: dict) -> float:
    """Create (or update) the prefix; returns seconds taken."""
    prefix.parent.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    subprocess.run([shutil.which("wineboot") or "wineboot", "-i"], env=env,
                   stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                   check=False, timeout=300)
    wait_for_wineserver(env)
    return time.perf_counter() - start
