"""Running Windows programs under Wine from Linux, for the Windows build and its smoke test.

Standard library only. Three Wine 8.0 behaviours decide how every program is started here (each
was seen on this project's build machine; README, "Windows"), and a missing Windows 10 DLL gets
a stand-in (:data:`STAND_INS`):

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
- **Prefix.** Everything lives in a WINEPREFIX given by the caller, inside the checkout. A new
  prefix maps drive Z: to ``/`` (``dosdevices/z:`` is a link to the root) and links the Windows
  user's Documents, Desktop, ... to the Linux ``$HOME``. Inside the checkout those links lead out
  of it, and every tool that walks the tree and follows links (setuptools' package discovery,
  ``grep -R``, ``shutil.copytree``) then walks the whole disk. :func:`boot` therefore
  isolates the prefix (:func:`isolate`): no drive but C: and the ones the caller maps (folders that do not
  hold the prefix, so no link leads to a folder above itself), and real folders in the profile, as
  on a Windows PC.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path, PureWindowsPath

WINE = shutil.which("wine") or "wine"


def wine_env(prefix: Path, extra: dict[str, str] | None = None, *, user: str | None = None) -> dict:
    """The environment for programs in the Wine prefix ``prefix``: 64-bit, quiet, no Mono/Gecko
    installer prompts, ``extra`` added (``QT_*`` names passed as ``WINEQT_*``). ``user`` sets the
    login name Wine gives the Windows user (and so the profile folder ``C:\\users\\<user>``)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "WINEQT_", "PYTHON"))}
    env.update(WINEPREFIX=str(prefix), WINEARCH="win64", WINEDEBUG=env.get("ITA_WINEDEBUG", "-all"),
               WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d")
    if user is not None:
        env["USER"] = env["LOGNAME"] = user
    for key, value in (extra or {}).items():
        env["WINE" + key if key.startswith("QT_") else key] = value
    return env


def to_windows(path: Path, drives: dict[str, Path]) -> str:
    """``path`` (a Linux path) as Windows programs see it through ``drives`` (letter -> Linux
    folder, as given to :func:`boot`): ``W:\\src\\build.spec``. ValueError for a path outside
    every drive."""
    resolved = Path(path).resolve()
    for letter, folder in drives.items():
        folder = Path(folder).resolve()
        if resolved == folder or folder in resolved.parents:
            return str(PureWindowsPath(f"{letter.upper()}:\\", *resolved.relative_to(folder).parts))
    raise ValueError(f"{path} is on no drive the Wine prefix has ({', '.join(drives)})")


def drive_c(prefix: Path) -> Path:
    return prefix / "drive_c"


def on_drive_c(path: Path) -> str:
    """A path inside a prefix's C: drive (``.../drive_c/users/...``) as Windows sees it:
    ``C:\\users\\...``. ValueError for a path outside a drive_c."""
    parts = Path(path).parts
    index = parts.index("drive_c")
    return "C:\\" + "\\".join(parts[index + 1:])


def run(args: list, env: dict, *, timeout: float = 600, echo: bool = True, log: Path | None = None,
        cwd: Path | None = None, wrapper: list | None = None,
        on_line: Callable[[str], None] | None = None) -> tuple[int, str, float]:
    """Run ``wine args...`` with pipes for its standard handles (see the module docstring); returns
    (exit code, everything it printed, seconds). ``echo`` copies the output to our stdout as it
    comes; ``log`` also writes it there; ``wrapper`` goes before ``wine`` (e.g. xvfb-run);
    ``on_line`` is called with each line as it comes (the program keeps running meanwhile)."""
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
            if on_line is not None:
                on_line(line.decode("utf-8", errors="replace"))
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


def boot(prefix: Path, env: dict, drives: dict[str, Path]) -> float:
    """Create (or update) the prefix and :func:`isolate` it with ``drives``; returns seconds."""
    prefix.parent.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    subprocess.run([shutil.which("wineboot") or "wineboot", "-i"], env=env,
                   stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                   check=False, timeout=300)
    wait_for_wineserver(env)
    isolate(prefix, drives)
    return time.perf_counter() - start


def isolate(prefix: Path, drives: dict[str, Path]) -> None:
    """Leave the prefix only drive C: and ``drives`` (letter -> Linux folder), and turn the
    profile folders that Wine links to the Linux home into real folders (see the module
    docstring). Idempotent; run after every ``wineboot`` (an update of the prefix brings the links
    back). ValueError if a drive's folder holds the prefix."""
    devices = prefix / "dosdevices"
    for link in devices.iterdir():
        if len(link.name) == 2 and link.name[1] == ":" and link.name != "c:":
            link.unlink()  # z: (-> /) and any drive a mount manager added
        elif link.name.endswith("::"):
            link.unlink()  # the raw devices of those drives
    for letter, folder in drives.items():
        folder = Path(folder).resolve()
        if folder == prefix.resolve() or folder in prefix.resolve().parents:
            raise ValueError(f"drive {letter}: ({folder}) would hold the prefix {prefix}")
        folder.mkdir(parents=True, exist_ok=True)
        (devices / f"{letter.lower()}:").symlink_to(os.path.relpath(folder, devices))
    for profile in (prefix / "drive_c" / "users").iterdir():
        for link in [p for p in profile.rglob("*") if p.is_symlink()]:
            link.unlink()
            link.mkdir()


STAND_INS = {"bcryptprimitives.dll": ["ProcessPrng = advapi32.SystemFunction036"]}
"""Windows 10 system DLLs that Wine 8.0 lacks, as export forwarders to what Wine has. Rust's
standard library (1.78 on) takes its random numbers from bcryptprimitives!ProcessPrng, so
nlpo3's module cannot load without it; advapi32!SystemFunction036 (RtlGenRandom) fills a buffer
with random bytes too. (Its length is a ULONG where ProcessPrng's is a SIZE_T, and it returns a
BOOLEAN where ProcessPrng returns a BOOL that Rust does not read: the same for the few bytes
asked for.) Only the test prefixes get them; the program never carries them."""


def add_stand_ins(prefix: Path, work: Path) -> list[str]:
    """Put :data:`STAND_INS` that the prefix's Wine does not provide into its system32, built
    in ``work`` with binutils-mingw-w64 (an empty object linked with a .def of forwarders: no
    code). Returns the names added. RuntimeError when the linker is missing or fails."""
    system32 = drive_c(prefix) / "windows" / "system32"
    wanted = {name: exports for name, exports in STAND_INS.items()
              if not (system32 / name).exists()}  # Wine puts a file there for each DLL it has
    if not wanted:
        return []
    assembler, linker = (shutil.which(f"x86_64-w64-mingw32-{tool}") for tool in ("as", "ld"))
    if assembler is None or linker is None:
        raise RuntimeError("x86_64-w64-mingw32-as/-ld not installed (binutils-mingw-w64-x86-64; "
                           "./dev bundle-windows installs it)")
    work.mkdir(parents=True, exist_ok=True)
    empty = work / "empty.o"
    subprocess.run([assembler, "-o", str(empty), os.devnull], check=True)
    for name, exports in wanted.items():
        definition = work / f"{Path(name).stem}.def"
        definition.write_text(f"LIBRARY {name}\nEXPORTS\n" + "".join(f"    {e}\n" for e in exports),
                              encoding="utf-8")
        done = subprocess.run([linker, "-shared", "-e", "0", "--no-insert-timestamp", "-o",
                               str(work / name), str(empty), str(definition)],
                              capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"{name}: {done.stderr.strip()}")
        shutil.copyfile(work / name, system32 / name)
    return list(wanted)
