"""pythainlp, loaded lazily and kept out of the user's home folder.

pythainlp costs 0.05–0.09 s to import and 0.4–0.6 s for the first ``word_tokenize`` (dictionary
load), so nothing here imports it at module import time. Before the first import we point
``PYTHAINLP_DATA`` at a folder under the system temp directory and switch pythainlp to read-only and
offline mode, so it never creates ``~/pythainlp-data`` nor tries to download anything (newmm needs
only the dictionary bundled in the wheel). Values already set in the environment win, so the app or
a test can choose another folder.
"""

from __future__ import annotations

import os
import tempfile
import threading
import time
from collections.abc import Callable
from functools import lru_cache
from types import ModuleType


def ensure_pythainlp_env() -> None:
    """Set PYTHAINLP_DATA / PYTHAINLP_READ_ONLY / PYTHAINLP_OFFLINE unless already set."""
    os.environ.setdefault("PYTHAINLP_DATA", os.path.join(tempfile.gettempdir(), "ita-pythainlp-data"))
    os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
    os.environ.setdefault("PYTHAINLP_OFFLINE", "1")


@lru_cache(maxsize=1)
def _tokenize_module() -> ModuleType:
    ensure_pythainlp_env()
    import pythainlp.tokenize as tokenize

    return tokenize


@lru_cache(maxsize=1)
def util() -> ModuleType:
    """``pythainlp.util`` (digit conversion, thai_strftime), imported on first use."""
    ensure_pythainlp_env()
    import pythainlp.util as thai_util

    return thai_util


def word_tokenize(text: str) -> list[str]:
    """Words of ``text`` by pythainlp's newmm engine, whitespace kept as tokens.

    The tokens always concatenate back to ``text``; if pythainlp ever returned something else the
    text is returned as one token (the caller then breaks at grapheme clusters only).
    """
    if not text:
        return []
    tokens = _tokenize_module().word_tokenize(text, engine="newmm", keep_whitespace=True)
    if "".join(tokens) != text:  # pragma: no cover - defensive, never seen with newmm
        return [text]
    return tokens


def warm_up() -> float:
    """Import pythainlp and load the newmm dictionary now; returns the seconds it took.

    Call it from a background thread at start-up so the first printed document does not pay the
    0.4–0.6 s dictionary load. Safe to call more than once (later calls cost microseconds).
    """
    start = time.perf_counter()
    word_tokenize("ทดสอบการตัดคำภาษาไทย")
    return time.perf_counter() - start


def warm_up_in_background(done: Callable[[float], None] | None = None) -> threading.Thread:
    """Run :func:`warm_up` in a daemon thread; ``done(seconds)`` is called from that thread."""

    def run() -> None:
        seconds = warm_up()
        if done is not None:
            done(seconds)

    thread = threading.Thread(target=run, name="pythainlp-warm-up", daemon=True)
    thread.start()
    return thread
