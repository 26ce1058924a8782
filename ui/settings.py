"""The one place that reads and writes UI state (QSettings, INI format, user scope).

QSettings holds interface state only (window geometry, splitter positions, recent files,
language); the core never sees it. Every key is declared once in the registry below with its type
and default, so a typo is an AttributeError rather than a silently new key. ``--settings-file``
(tests, portable installs) points the same registry at another INI file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

ORGANISATION = "ITA Desktop"
APPLICATION = "ITA Desktop"
MAX_RECENT_FILES = 8


@dataclass(frozen=True)
class Key(Generic[T]):
    """A settings key: its INI name, the Python type it is read as, and its default."""

    name: str
    type: type
    default: T


WINDOW_GEOMETRY: Key[QByteArray] = Key("window/geometry", QByteArray, QByteArray())
WINDOW_STATE: Key[QByteArray] = Key("window/state", QByteArray, QByteArray())
NAVIGATION_SPLITTER: Key[QByteArray] = Key("window/navigation_splitter", QByteArray, QByteArray())
RESULTS_SPLITTER: Key[QByteArray] = Key("window/results_splitter", QByteArray, QByteArray())
RECENT_FILES: Key[list[str]] = Key("files/recent", list, [])
LANGUAGE: Key[str] = Key("ui/language", str, "th")
EXAMPLE_FILE: Key[str] = Key("files/example", str, "")  # the first-run copy of the example file
# The documents screen (เอกสาร): the last choices, restored in the next window.
DOCUMENT_KIND: Key[str] = Key("documents/kind", str, "memo-measures")
DOCUMENT_MEASURES_GROUP: Key[str] = Key("documents/measures_group", str, "indicator")
DOCUMENT_RESULTS_GROUP: Key[str] = Key("documents/results_group", str, "tool")
DOCUMENT_COLUMNS: Key[list[str]] = Key(  # measure columns, in MEASURE_COLUMNS order; [] = default
    "documents/measure_columns", list, [])
DOCUMENT_THAI_DIGITS: Key[bool] = Key("documents/thai_digits", bool, True)
DOCUMENT_FOLDER: Key[str] = Key("documents/last_folder", str, "")  # of the last saved PDF
DOCUMENTS_SPLITTER: Key[QByteArray] = Key("window/documents_splitter", QByteArray, QByteArray())

REGISTRY: tuple[Key[Any], ...] = (
    WINDOW_GEOMETRY, WINDOW_STATE, NAVIGATION_SPLITTER, RESULTS_SPLITTER, RECENT_FILES, LANGUAGE,
    EXAMPLE_FILE, DOCUMENT_KIND, DOCUMENT_MEASURES_GROUP, DOCUMENT_RESULTS_GROUP, DOCUMENT_COLUMNS,
    DOCUMENT_THAI_DIGITS, DOCUMENT_FOLDER, DOCUMENTS_SPLITTER,
)


class Settings:
    """Typed access to the application's QSettings.

    ``Settings()`` uses the user's INI file (QSettings IniFormat, UserScope, "ITA Desktop");
    ``Settings(path)`` uses the INI file at ``path`` instead.
    """

    def __init__(self, path: Path | str | None = None):
        if path is None:
            self.qsettings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                       ORGANISATION, APPLICATION)
        else:
            self.qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def path(self) -> Path:
        return Path(self.qsettings.fileName())

    def get(self, key: Key[T]) -> T:
        """The stored value of ``key`` converted to its type; the default when absent or bad."""
        if key not in REGISTRY:
            raise KeyError(key.name)
        if not self.qsettings.contains(key.name):
            return _copy(key.default)
        raw = self.qsettings.value(key.name)
        if key.type is list:
            if raw is None or raw == "":
                return []  # type: ignore[return-value]
            return [str(v) for v in raw] if isinstance(raw, list | tuple) else [str(raw)]  # type: ignore[return-value]
        if key.type is QByteArray:
            return raw if isinstance(raw, QByteArray) else _copy(key.default)  # type: ignore[return-value]
        if key.type is bool:  # the INI file holds "true"/"false", and bool("false") is True
            if isinstance(raw, bool):
                return raw  # type: ignore[return-value]
            text = str(raw).strip().lower()
            if text in ("true", "1", "yes"):
                return True  # type: ignore[return-value]
            if text in ("false", "0", "no"):
                return False  # type: ignore[return-value]
            return _copy(key.default)
        try:
            return key.type(raw)
        except (TypeError, ValueError):
            return _copy(key.default)

    def set(self, key: Key[T], value: T) -> None:
        if key not in REGISTRY:
            raise KeyError(key.name)
        self.qsettings.setValue(key.name, value)

    def sync(self) -> None:
        self.qsettings.sync()

    # Recent files -------------------------------------------------------------------------

    def recent_files(self) -> list[Path]:
        """Recently opened database files, newest first (files that vanished are kept: the user
        sees them greyed out and may remove them)."""
        return [Path(p) for p in self.get(RECENT_FILES)]

    def add_recent_file(self, path: Path | str) -> None:
        text = str(Path(path).resolve())
        files = [p for p in self.get(RECENT_FILES) if p != text]
        self.set(RECENT_FILES, [text, *files][:MAX_RECENT_FILES])

    def remove_recent_file(self, path: Path | str) -> None:
        text = str(Path(path).resolve())
        self.set(RECENT_FILES, [p for p in self.get(RECENT_FILES) if p != text])

    def clear_recent_files(self) -> None:
        self.set(RECENT_FILES, [])


def _copy(value: T) -> T:
    if isinstance(value, list):
        return list(value)  # type: ignore[return-value]
    if isinstance(value, QByteArray):
        return QByteArray(value)  # type: ignore[return-value]
    return value
