"""The interface language: English source strings, Thai translations loaded at start-up.

``install_translators(app, "th")`` (the default) installs our ``ita_desktop_th.qm`` and our own
``qtbase_th.qm`` (Qt ships no Thai translation of its dialogs, so resources/i18n carries one for
the Qt strings our users meet: message-box and dialog buttons, the file dialog, the context menu
of text fields). ``"en"`` installs nothing: the source strings are English. The translators are
kept referenced here, since Qt does not own them and a collected QTranslator stops translating.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from ita_desktop import paths

I18N = paths.I18N
THAI = "th"
ENGLISH = "en"
LANGUAGES = (THAI, ENGLISH)
DEFAULT_LANGUAGE = THAI
CATALOGUES = ("ita_desktop", "qtbase")  # ita_desktop_th.qm, qtbase_th.qm

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> list[str]:
    """Make ``language`` the interface language of ``app`` (replacing what an earlier call
    installed); returns the catalogues loaded. An unknown language falls back to Thai."""
    remove_translators(app)
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    if language == ENGLISH:
        return []
    loaded = []
    for catalogue in CATALOGUES:
        translator = QTranslator(app)
        if translator.load(str(qm_path(catalogue, language))):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(catalogue)
    return loaded


def remove_translators(app: QCoreApplication) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())


def qm_path(catalogue: str, language: str = THAI) -> Path:
    return I18N / f"{catalogue}_{language}.qm"
