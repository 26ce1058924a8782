"""Storage: the single SQLite file an office keeps and shares (sqlite-utils, no Qt).

``open_database(path)`` checks, backs up and migrates a file and returns a :class:`Store`; the area
modules (``profile``, ``assessments``, ``analysis_texts``, ``measures``, ``followups``,
``readiness``, ``memos``) take that store as their first argument, do each change in one
``store.atomic()`` transaction, and return plain dicts or dataclasses.
"""

from ita_desktop.storage.database import (
    SCHEMA_VERSION,
    Store,
    backup_file,
    open_database,
    open_memory,
)
from ita_desktop.storage.errors import (
    CorruptDatabaseError,
    DatabaseNotFoundError,
    InvalidRecordError,
    MigrationError,
    MissingTablesError,
    NewerSchemaError,
    NotADatabaseError,
    NotAnItaFileError,
    ReadOnlyError,
    RecordNotFoundError,
    StorageError,
)

__all__ = [
    "SCHEMA_VERSION",
    "CorruptDatabaseError",
    "DatabaseNotFoundError",
    "InvalidRecordError",
    "MigrationError",
    "MissingTablesError",
    "NewerSchemaError",
    "NotADatabaseError",
    "NotAnItaFileError",
    "ReadOnlyError",
    "RecordNotFoundError",
    "StorageError",
    "Store",
    "backup_file",
    "open_database",
    "open_memory",
]
