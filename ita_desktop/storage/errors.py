"""Every storage failure, each with a message for office staff (Thai first) naming the file."""

from __future__ import annotations

from pathlib import Path


class StorageError(Exception):
    """Base of every storage failure; ``str()`` is a message for office staff (Thai first)."""

    def __init__(self, message: str, *, path: Path | str | None = None):
        super().__init__(message)
        self.path = Path(path) if path is not None else None


class DatabaseNotFoundError(StorageError, FileNotFoundError):
    """The path does not exist and ``create`` was not asked for."""


class NotADatabaseError(StorageError):
    """The file is not an SQLite database at all (checked from its header bytes)."""


class NotAnItaFileError(NotADatabaseError):
    """A valid SQLite database, but another program's: it has tables and no ITA Desktop steps."""


class CorruptDatabaseError(StorageError):
    """SQLite header present but the file is truncated or fails ``PRAGMA integrity_check``."""


class NewerSchemaError(StorageError):
    """The file was written by a newer ITA Desktop; ``file_version`` > ``app_version``."""

    def __init__(self, message: str, *, path: Path | str, file_version: int, app_version: int):
        super().__init__(message, path=path)
        self.file_version = file_version
        self.app_version = app_version


class MissingTablesError(StorageError):
    """The file records ITA Desktop schema steps but lacks tables they create (``tables``)."""

    def __init__(self, message: str, *, path: Path | str | None, tables: list[str]):
        super().__init__(message, path=path)
        self.tables = tables


class ReadOnlyError(StorageError):
    """A write (including a schema upgrade) was attempted on a store opened read-only."""


class MigrationError(StorageError):
    """A schema step failed; the step was rolled back and ``backup_path`` holds the old file."""

    def __init__(self, message: str, *, path: Path | str, backup_path: Path | None):
        super().__init__(message, path=path)
        self.backup_path = backup_path


class InvalidRecordError(StorageError, ValueError):
    """A value an area module refuses to store; the message names the value (Thai)."""


class RecordNotFoundError(StorageError, LookupError):
    """An id or fiscal year that has no row (e.g. a measure that was deleted)."""
