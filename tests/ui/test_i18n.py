"""The interface language: English source strings in ui/, every one with a finished Thai
translation in resources/i18n, compiled .qm files that match their .ts, Qt's own dialogs in Thai,
and the View › Language menu."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox

from ui import i18n

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ui"
OURS = i18n.I18N / "ita_desktop_th.ts"
QTBASE = i18n.I18N / "qtbase_th.ts"
THAI = range(0x0E00, 0x0E80)

# Thai text in ui/ that is data, not interface: office types stored in the file, the example
# file's name on disk, markers looked for in the core's (Thai) messages, and the language
# choices, each written in its own language.
THAI_DATA = {
    "เทศบาลตำบล", "องค์การบริหารส่วนตำบล", "เทศบาลเมือง", "เทศบาลนคร", "ตัวอย่าง-ita.db",
    "ไม่ได้ถูกแก้ไข", "ไม่ได้แก้ไข", "ไทย",
    "ภาษาที่เลือกจะใช้เมื่อเปิดโปรแกรมครั้งถัดไป\n"
    "The chosen language applies the next time ITA Desktop starts.",
}


def has_thai(text: str) -> bool:
    return any(ord(char) in THAI for char in text)


def tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    path = str(found) if found.exists() else shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> the <translation> element of every message in a .ts file."""
    root = ET.parse(ts).getroot()
    return {(context.findtext("name"), message.findtext("source")): message.find("translation")
            for context in root.iter("context") for message in context.iter("message")}


@pytest.fixture
def english(qapp):
    """The English interface for one test; Thai again afterwards."""
    i18n.install_translators(qapp, i18n.ENGLISH)
    yield
    i18n.install_translators(qapp, i18n.THAI)


@pytest.fixture(scope="module")
def code_strings(tmp_path_factory) -> dict[tuple[str, str], ET.Element]:
    """What pyside6-lupdate finds in ui/ today, in a fresh .ts."""
    ts = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    files = sorted(str(path) for path in UI.rglob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), *files, "-ts", str(ts)], check=True,
                   capture_output=True)
    return messages(ts)


def test_every_interface_string_has_a_finished_thai_translation(code_strings):
    committed = messages(OURS)
    assert len(code_strings) > 200
    missing = sorted(set(code_strings) - set(committed))
    assert not missing, "run resources/i18n/update.sh and translate: " + repr(missing[:10])
    stale = sorted(set(committed) - set(code_strings))
    assert not stale, "run resources/i18n/update.sh (strings no longer in ui/): " + repr(stale[:10])
    unfinished = [key for key, translation in committed.items()
                  if translation.get("type") or not (translation.text or "").strip()]
    assert not unfinished, unfinished[:10]
    for (context, source), translation in committed.items():
        assert has_thai(translation.text), (context, source, translation.text)
        assert translation.text.count("%1") == source.count("%1"), (context, source)
        assert translation.text.count("%2") == source.count("%2"), (context, source)


def test_source_strings_are_english(code_strings):
    """Thai may appear in a source string only as an example of Thai input ("e.g. เทศบาล…")."""
    for context, source in code_strings:
        wording = source.split("e.g.")[0]
        latin = sum(char.isascii() and char.isalpha() for char in wording)
        thai = sum(ord(char) in THAI for char in wording)
        assert latin > thai or source.startswith("e.g. "), (context, source)


def test_no_bare_thai_interface_strings_in_ui():
    """Thai literals in ui/ are either tr() arguments (examples), docstrings or known data."""
    bare = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        inside_tr = {id(arg) for node in ast.walk(tree) if isinstance(node, ast.Call)
                     and getattr(node.func, "attr", getattr(node.func, "id", "")) in
                     ("tr", "translate", "QT_TRANSLATE_NOOP") for arg in node.args}
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
                      and node.body and isinstance(node.body[0], ast.Expr)}
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
                if has_thai(text):
                    bare.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text!r}")
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and has_thai(node.value) and id(node) not in inside_tr | docstrings \
                    and node.value not in THAI_DATA:
                bare.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value!r}")
    assert not bare, "\n".join(bare)


@pytest.mark.parametrize("ts", [OURS, QTBASE], ids=lambda path: path.name)
def test_committed_qm_is_compiled_from_the_ts(ts, tmp_path):
    compiled = tmp_path / ts.with_suffix(".qm").name
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(compiled)], check=True,
                   capture_output=True)
    assert compiled.read_bytes() == ts.with_suffix(".qm").read_bytes(), \
        "run resources/i18n/update.sh and commit the .qm"


@pytest.mark.parametrize("ts", [OURS, QTBASE], ids=lambda path: path.name)
def test_committed_qm_translates_as_the_ts_says(ts):
    """Without lrelease: the committed .qm gives the .ts translation of a spread of strings."""
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    entries = sorted(messages(ts).items())
    for (context, source), translation in entries[:: max(1, len(entries) // 12)]:
        assert translator.translate(context, source) == translation.text, (context, source)


def test_install_translators_thai_then_english(qapp):
    assert i18n.install_translators(qapp, "th") == ["ita_desktop", "qtbase"]
    assert QCoreApplication.translate("MainWindow", "&File") == "แฟ้ม"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "ยกเลิก"
    try:
        assert i18n.install_translators(qapp, "en") == []
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    finally:
        i18n.install_translators(qapp, "th")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "ยกเลิก"


def test_qt_dialogs_are_thai(qtbot):
    box = QMessageBox(QMessageBox.Icon.Question, "t", "?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "ใช่"
    assert box.button(QMessageBox.StandardButton.No).text() == "ไม่"
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "ยกเลิก"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "ตกลง"
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text() == "บันทึก"
    dialog = QFileDialog(None, "open")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "มองหาใน:"
    assert labels["fileNameLabel"] == "ชื่อไฟล์:"
    assert labels["fileTypeLabel"] == "ชนิดไฟล์:"
    for context in ("QLineEdit", "QWidgetTextControl"):
        assert [QCoreApplication.translate(context, text) for text in
                ("&Undo", "Cu&t", "&Copy", "&Paste", "Select All")] == \
            ["เลิกทำ", "ตัด", "คัดลอก", "วาง", "เลือกทั้งหมด"]


def test_main_window_menus_in_thai(make_window, example_path):
    window = make_window(example_path)
    assert [a.text() for a in window.menuBar().actions()] == ["แฟ้ม", "แก้ไข", "มุมมอง", "วิธีใช้"]
    assert window.navigation.labels()[0] == "ข้อมูลหน่วยงาน"


def test_main_window_menus_in_english(english, make_window, example_path):
    window = make_window(example_path)
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]
    assert window.navigation.labels()[:3] == ["Office Details", "Fiscal Year 2569", "  Measures"]
    assert window.saved_label.text() == "Every change is saved automatically"
    # The file's own data stays Thai whatever the interface language.
    assert "องค์การบริหารส่วนตำบลดอนแก้วทอง" in window.windowTitle()


def test_language_menu_stores_the_choice(make_window, settings, monkeypatch):
    from ui import message_boxes
    from ui import settings as keys

    shown = []
    monkeypatch.setattr(message_boxes, "exec_dialog", lambda box: shown.append(box.text()) or 0)
    window = make_window()
    assert settings.get(keys.LANGUAGE) == "th"
    actions = {a.text(): a for a in window.language_menu.actions()}
    assert list(actions) == ["ไทย", "English"]
    assert actions["ไทย"].isChecked()
    actions["English"].trigger()
    assert settings.get(keys.LANGUAGE) == "en"
    assert actions["English"].isChecked() and not actions["ไทย"].isChecked()
    assert len(shown) == 1 and "next time" in shown[0]


def test_app_installs_the_stored_language(qapp, tmp_path, monkeypatch):
    """``ita-desktop`` reads the language from the settings before building the window."""
    from ui import app
    from ui import settings as keys
    from ui.settings import Settings

    ini = tmp_path / "settings.ini"
    stored = Settings(ini)
    stored.set(keys.LANGUAGE, "en")
    stored.sync()
    seen = {}

    def fake_window(settings, path):
        seen["file"] = QCoreApplication.translate("MainWindow", "&File")
        return type("W", (), {"close": lambda self: None})()

    monkeypatch.setattr(app, "create_window", fake_window)
    monkeypatch.setattr(app, "use_bundled_thai_font", lambda _app: None)
    monkeypatch.setattr(qapp, "exec", lambda: 0)
    try:
        assert app.main(["--settings-file", str(ini)]) == 0
    finally:
        i18n.install_translators(qapp, "th")
    assert seen["file"] == "&File"


def test_translate_noop_contexts_are_literals():
    """pyside6-lupdate cannot read a context held in a variable: such strings never reach the
    .ts file and show in English in the Thai interface."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP" \
                    and not (node.args and isinstance(node.args[0], ast.Constant)):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, found


def test_no_literal_goes_through_a_translate_wrapper():
    """A helper such as ``def _tr(text): return translate("Ctx", text)`` hides its literals from
    pyside6-lupdate: call QCoreApplication.translate("Ctx", "…") (or self.tr) directly."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        wrappers = {
            node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)
            and any(isinstance(call, ast.Call) and getattr(call.func, "attr", "") == "translate"
                    and len(call.args) > 1 and isinstance(call.args[1], ast.Name)
                    for call in ast.walk(node))}
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in wrappers \
                    and node.args and isinstance(node.args[0], ast.Constant):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.args[0].value!r}")
    assert not found, found
