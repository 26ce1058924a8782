"""Where the program keeps the user's own things: the data folder (the first-run example copy)
and the daily backups inside it. No Qt; the window and the command line share it.

The data folder is ``platformdirs.user_data_dir("ITA Desktop")`` (not roaming), so:

- Windows: ``%LOCALAPPDATA%\\ITA Desktop`` (``C:\\Users\\<user>\\AppData\\Local\\ITA Desktop``):
  per user, writable without administrator rights, outside the program folder
  (``%LOCALAPPDATA%\\Programs\\ITA Desktop``), so the uninstaller and upgrades never touch it,
  and not in the roaming profile (backups can be large, and an office PC's profile may be synced);
- Linux: ``$XDG_DATA_HOME/ITA Desktop`` (``~/.local/share/ITA Desktop``);
- macOS: ``~/Library/Application Support/ITA Desktop``.

``ITA_DESKTOP_DATA_DIR`` overrides it (tests, benchmarks, a portable copy on a flash drive).
Backups go to ``<data folder>/backups/<stem>-<8 hex>`` (storage.backups.backup_folder_for).

Every path here is a :class:`pathlib.Path` built from the platform's own text: user names and
folders with Thai letters and spaces (``C:\\Users\\สมชาย ใจดี``) go through unchanged, because
Python passes them to Windows as UTF-16 and to Linux as UTF-8; nothing here encodes paths to a
code page.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from ita_desktop.storage import backups as storage_backups

APP_NAME = "ITA Desktop"
"""The folder name under the platform's per-user data location (also the installer's name)."""

DATA_DIR_ENV = "ITA_DESKTOP_DATA_DIR"
"""Environment variable naming the data folder instead of the platform's (tests, portable use)."""


def data_dir() -> Path:
    """The user's data folder (see the module docstring); not created here."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def backups_root() -> Path:
    """``<data folder>/backups``: the daily backups of every database, one folder each."""
    return data_dir() / storage_backups.BACKUPS_FOLDER_NAME


def backup_folder(db_path: Path | str) -> Path:
    """Where the daily backups of ``db_path`` go: ``<data folder>/backups/<stem>-<8 hex>``, one
    folder per database (storage.backups.backup_folder_for), so two ``office.db`` files from
    different folders never share a rotation. In the user's data folder rather than beside the
    file, so a file on a share, a flash drive or read-only media is still backed up locally."""
    return storage_backups.backup_folder_for(db_path, backups_root())
