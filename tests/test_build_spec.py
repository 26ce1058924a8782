"""build.spec bundles what the installed program needs and leaves out what it does not.

The spec is exec'd with a stub PyInstaller namespace (no build, PyInstaller need not be
installed); packaging/smoke_test.py checks a real build.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
import types
from pathlib import Path

import pytest

from ita_desktop import paths

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build.spec"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


class Recorded:
    """Stands for a PyInstaller build object; keeps its arguments."""

    def __init__(self, kind: str, *args, **kwargs):
        self.kind, self.args, self.kwargs = kind, args, kwargs
        self.binaries, self.datas, self.pure, self.scripts = [], [], [], []


def run_spec(monkeypatch, *, windows: bool = False) -> dict:
    """Exec build.spec with stub PyInstaller modules; returns its namespace plus ``calls``."""
    calls: list[Recorded] = []
    submodules: list[str] = []

    def recorder(kind):
        def make(*args, **kwargs):
            calls.append(Recorded(kind, *args, **kwargs))
            return calls[-1]
        return make

    def collect_submodules(package):
        submodules.append(package)
        return [f"{package}.<all>"]

    version_classes = {}
    for name in ("FixedFileInfo", "StringFileInfo", "StringStruct", "StringTable", "VarFileInfo",
                 "VarStruct", "VSVersionInfo"):
        version_classes[name] = type(name, (Recorded,), {
            "__init__": lambda self, *a, _n=name, **k: Recorded.__init__(self, _n, *a, **k)})
    modules = {
        "PyInstaller": types.ModuleType("PyInstaller"),
        "PyInstaller.compat": types.SimpleNamespace(is_win=windows),
        "PyInstaller.utils": types.ModuleType("PyInstaller.utils"),
        "PyInstaller.utils.hooks": types.SimpleNamespace(
            collect_data_files=lambda package, **_: [(f"<{package} data>", package)],
            collect_submodules=collect_submodules),
        "PyInstaller.utils.win32": types.ModuleType("PyInstaller.utils.win32"),
        "PyInstaller.utils.win32.versioninfo": types.SimpleNamespace(**version_classes),
    }
    for name, module in modules.items():
        monkeypatch.setitem(sys.modules, name, module)
    namespace = {"SPECPATH": str(ROOT), "__file__": str(SPEC),
                 **{kind: recorder(kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT")}}
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    namespace["calls"], namespace["submodules"] = calls, submodules
    return namespace


@pytest.fixture
def spec(monkeypatch):
    return run_spec(monkeypatch)


def of_kind(spec, kind):
    return [c for c in spec["calls"] if c.kind == kind]


def test_every_resource_folder_is_bundled_at_the_place_paths_expects(spec):
    assert paths.RESOURCES.relative_to(paths.ROOT) == Path("resources")
    bundled: set[Path] = set()
    for source, dest in spec["DATAS"]:
        matches = sorted(ROOT.glob(source))
        assert matches, f"{source} matches no file"
        for file in matches:
            assert Path(dest) == file.parent.relative_to(ROOT), (source, dest)
        bundled.update(matches)
    needed = [*paths.FONTS.glob("*.ttf"), paths.FONTS / "OFL.txt", *paths.I18N.glob("*.qm"),
              *paths.FRAMEWORKS.glob("*.json"), *paths.GUIDANCE.glob("*.json"),
              *paths.HELP.glob("*.md"), paths.WORDLISTS / "keep-whole.txt",
              paths.RESOURCES / "icons" / "ita-desktop.png"]
    assert not [str(f) for f in needed if f not in bundled]
    assert {f.parent.name for f in needed} >= {
        p.name for p in paths.RESOURCES.iterdir() if p.is_dir()}, "a resource folder is missing"
    for analysis in of_kind(spec, "Analysis"):
        datas = analysis.kwargs["datas"]
        assert ("<tzdata data>", "tzdata") in datas
        assert all(str(ROOT / s) in [d[0] for d in datas] for s, _ in spec["DATAS"])
        assert analysis.kwargs["hookspath"] == [str(ROOT / "packaging" / "hooks")]


def qt_modules_imported_by_ui() -> set[str]:
    found = set()
    for file in (ROOT / "ui").rglob("*.py"):
        found.update(re.findall(r"PySide6\.(Qt\w+)", file.read_text(encoding="utf-8")))
    return found


def test_qt_modules_the_ui_imports_are_in_and_unused_ones_out(spec):
    used = qt_modules_imported_by_ui()
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    hidden = {m.removeprefix("PySide6.") for m in spec["HIDDEN_QT"]}
    assert {"QtPdf", "QtPdfWidgets", "QtPrintSupport"} <= hidden  # the print preview
    excluded = {m.removeprefix("PySide6.") for m in spec["EXCLUDES"] if m.startswith("PySide6.")}
    assert not used & excluded, f"imported by ui/ but excluded: {used & excluded}"
    assert not hidden & excluded
    unused = {"QtWebEngineCore", "QtWebEngineWidgets", "QtQuick", "QtQml", "Qt3DCore",
              "QtMultimedia", "QtNetwork", "QtSql", "QtCharts"}
    assert unused <= excluded
    gui, cli = of_kind(spec, "Analysis")
    assert set(spec["HIDDEN_QT"]) <= set(gui.kwargs["hiddenimports"])
    assert "PySide6" in cli.kwargs["excludes"], "the command line needs no Qt"


def test_modules_imported_by_name_are_listed(spec):
    # ui/main_window.SECTION_VIEWS and ita_desktop/documents._MODULES import by name
    assert {"ui", "ita_desktop"} <= set(spec["submodules"])
    gui, cli = of_kind(spec, "Analysis")
    assert {"ui.<all>", "ita_desktop.<all>"} <= set(gui.kwargs["hiddenimports"])
    assert "ita_desktop.<all>" in cli.kwargs["hiddenimports"]


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("PySide6/plugins/platforms/qwindows.dll", True),
    ("PySide6/plugins/platforms/qoffscreen.dll", True),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
    ("PySide6/plugins/imageformats/qjpeg.dll", True),
    ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
    ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
    ("PySide6/Qt/lib/libQt6Pdf.so.6", True),
    ("PySide6/Qt/lib/libQt6Network.so.6", True),  # libQt6Pdf needs it
    ("PySide6/Qt6Pdf.dll", True),
    ("pillow.libs/libjpeg-6dc8d115.so.62.4.0", True),
    ("libjpeg-6dc8d115.so.62.4.0", True),
    ("libglib-2.0.so.0", True),
    ("libdbus-1.so.3", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
    ("PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/lib/libQt6Quick.so.6", False),
    ("PySide6/Qt/lib/libQt6Qml.so.6", False),
    ("PySide6/Qt6Quick.dll", False),
    ("PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", False),
    ("libcairo.so.2", False),
    ("libpango-1.0.so.0", False),
    ("PySide6/Qt/translations/qt_de.qm", False),
])
def test_qt_plugins_and_libraries_kept_or_left_out(spec, dest, kept):
    assert spec["wanted"](dest) is kept


def test_two_programs_in_one_folder_named_and_versioned_from_pyproject(spec):
    gui_exe, cli_exe = of_kind(spec, "EXE")
    assert (gui_exe.kwargs["name"], gui_exe.kwargs["console"]) == ("ITA-Desktop", False)
    assert (cli_exe.kwargs["name"], cli_exe.kwargs["console"]) == ("ita", True)
    for exe in (gui_exe, cli_exe):
        assert exe.kwargs["exclude_binaries"] is True  # one folder, not one file
        assert Path(exe.kwargs["icon"]).is_file() and exe.kwargs["icon"].endswith(".ico")
    (collect,) = of_kind(spec, "COLLECT")
    assert collect.kwargs["name"] == "ITA-Desktop" and gui_exe in collect.args
    assert cli_exe in collect.args
    assert spec["VERSION"] == VERSION
    scripts = [a.args[0][0] for a in of_kind(spec, "Analysis")]
    assert scripts == [str(ROOT / "packaging" / "launch_gui.py"),
                       str(ROOT / "packaging" / "launch_cli.py")]
    assert "from ui.app import main" in Path(scripts[0]).read_text(encoding="utf-8")
    assert "from ita_desktop.cli import main" in Path(scripts[1]).read_text(encoding="utf-8")


def test_windows_version_information_comes_from_the_version(monkeypatch):
    spec = run_spec(monkeypatch, windows=True)
    info = spec["VERSION_INFO"]
    assert info.kind == "VSVersionInfo"
    numbers = tuple(int(p) for p in (VERSION.split(".") + ["0"] * 4)[:4])
    assert info.kwargs["ffi"].kwargs["filevers"] == numbers
    strings = {s.args[0]: s.args[1] for s in info.kwargs["kids"][0].args[0][0].args[1]}
    assert strings["ProductVersion"] == VERSION and strings["FileVersion"] == VERSION
    assert strings["OriginalFilename"] == "ITA-Desktop.exe"
    assert all(e.kwargs["version"] is info for e in of_kind(spec, "EXE"))
    assert of_kind(spec, "EXE")[0].kwargs["strip"] is False


OPENED = """
import json, os, sys
opened = set()
def hook(event, args):
    if (event == "open" and isinstance(args[0], str)
            and os.path.basename(os.path.dirname(args[0])) == "corpus"
            and not args[0].endswith((".py", ".pyc"))):
        opened.add(os.path.basename(args[0]))
sys.addaudithook(hook)
from ita_desktop import numbers, thainlp
from ita_desktop.printing import thaidate
import datetime
thainlp.word_tokenize("การประเมินคุณธรรมและความโปร่งใส")
numbers.to_thai_digits("2569")
thaidate.thai_date(datetime.date(2025, 10, 1))
print(json.dumps(sorted(opened)))
"""


def test_the_pythainlp_hook_bundles_every_corpus_file_the_app_reads(tmp_path, monkeypatch):
    included = []
    hooks = types.SimpleNamespace(
        collect_data_files=lambda package, includes: included.extend(includes) or [])
    monkeypatch.setitem(sys.modules, "PyInstaller", types.ModuleType("PyInstaller"))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils", types.ModuleType("PyInstaller.utils"))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    hook = ROOT / "packaging" / "hooks" / "hook-pythainlp.py"
    exec(compile(hook.read_text(encoding="utf-8"), str(hook), "exec"), {})
    bundled = {Path(pattern).name for pattern in included}
    env = {"PYTHAINLP_DATA": str(tmp_path / "pythainlp-data"), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", OPENED], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120, check=True).stdout
    opened = set(json.loads(out))
    assert "words_th.txt" in opened  # newmm's dictionary
    assert opened <= bundled, f"read but not bundled: {opened - bundled}"
    import pythainlp

    corpus = Path(pythainlp.__file__).parent / "corpus"
    assert all((corpus / name).is_file() for name in bundled)


def test_python_docx_parts_are_also_on_disk_in_both_programs(spec):
    # python-docx opens docx/parts/../templates/*.xml: Linux needs the docx/parts folder to exist
    import docx.parts.hdrftr

    source = Path(docx.parts.hdrftr.__file__).read_text(encoding="utf-8")
    assert '"..", "templates"' in source or "'..', 'templates'" in source
    for analysis in of_kind(spec, "Analysis"):
        assert analysis.kwargs["module_collection_mode"]["docx.parts"] in ("py", "pyz+py")
