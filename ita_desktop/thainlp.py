"""Thai word segmentation (nlpo3) and pythainlp, both loaded lazily.

Words: ``nlpo3`` (PyThaiNLP's newmm written in Rust) segments with one dictionary file, the *break
dictionary*: pythainlp's bundled newmm word list (``pythainlp/corpus/words_th.txt``) followed by
our list of words that must stay whole (``resources/wordlists/keep-whole.txt``). Measured on this
machine (bench/bench_thai_layout.py): nlpo3 segments 5,000 Thai characters in about 1.2 ms
against 5–10 ms for pythainlp's newmm, with the same boundaries between Thai letters; loading the
dictionary takes 0.14 s and about 60 MB, once per process. nlpo3 reads dictionaries only from
files and can neither add words to a loaded one nor unload one, so the file is written once per
content (see :func:`dictionary_file`) and the office's own names are not put in it: they are kept
whole by the line breaker instead (``printing/breakwords.py``), which costs nothing to change
when the profile changes, where a reload would cost 0.14 s and another 50–60 MB each time.

pythainlp: digits, Thai dates (``util``). It costs 0.05–0.09 s to import; before the first import
we point ``PYTHAINLP_DATA`` at a folder under the system temp directory and switch pythainlp to
read-only and offline mode, so it never creates ``~/pythainlp-data`` nor tries to download
anything. Values already set in the environment win, so the app or a test can choose another
folder. The word list is found without importing pythainlp.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import tempfile
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType, ModuleType

from ita_desktop.paths import WORDLISTS

KEEP_WHOLE_FILE = WORDLISTS / "keep-whole.txt"
"""Our curated words that lines never break inside: one a line, ``#`` comments, each written
with ``|`` between the words of pythainlp's word list it is made of (``ตรวจสอบ|ภายใน``)."""
PART_MARK = "|"

DICTIONARY_DIR_NAME = "ita-desktop-words"


def ensure_pythainlp_env() -> None:
    """Set PYTHAINLP_DATA / PYTHAINLP_READ_ONLY / PYTHAINLP_OFFLINE unless already set."""
    os.environ.setdefault("PYTHAINLP_DATA", os.path.join(tempfile.gettempdir(), "ita-pythainlp-data"))
    os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
    os.environ.setdefault("PYTHAINLP_OFFLINE", "1")


@lru_cache(maxsize=1)
def util() -> ModuleType:
    """``pythainlp.util`` (digit conversion, thai_strftime), imported on first use."""
    ensure_pythainlp_env()
    import pythainlp.util as thai_util

    return thai_util


# -- the break dictionary ---------------------------------------------------------------------
@lru_cache(maxsize=1)
def keep_whole_parts() -> Mapping[str, tuple[str, ...]]:
    """The curated words of :data:`KEEP_WHOLE_FILE` (``|`` taken out), in file order, without
    duplicates, each with the words it is made of: ``{"ตรวจสอบภายใน": ("ตรวจสอบ", "ภายใน"),
    "ธรรมาภิบาล": ("ธรรมาภิบาล",), ...}``. The parts are a fewest-words split over the base word
    list (:func:`base_word_file`) without the word itself, worked out ahead and checked by
    tests/core/printing/test_wide_compounds.py, so reading them costs nothing at run time; a word
    with no such split is its own only part."""
    words: dict[str, tuple[str, ...]] = {}
    for line in KEEP_WHOLE_FILE.read_text(encoding="utf-8").splitlines():
        written = line.split("#", 1)[0].strip()
        if written:
            parts = tuple(written.split(PART_MARK))
            words.setdefault("".join(parts), parts)
    return MappingProxyType(words)


@lru_cache(maxsize=1)
def keep_whole_words() -> tuple[str, ...]:
    """The curated words of :data:`KEEP_WHOLE_FILE` (without ``|``), in file order, without
    duplicates."""
    return tuple(keep_whole_parts())


def base_word_file() -> Path:
    """pythainlp's newmm word list, located without importing pythainlp (which costs ~75 ms)."""
    spec = importlib.util.find_spec("pythainlp")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "corpus" / "words_th.txt"
        if path.is_file():
            return path
    ensure_pythainlp_env()  # pragma: no cover - a layout without package folders
    from pythainlp.corpus import corpus_path

    return Path(corpus_path()) / "words_th.txt"


def dictionary_content() -> bytes:
    """The break dictionary as UTF-8 bytes: the base word list, then our keep-whole words."""
    base = base_word_file().read_bytes()
    if not base.endswith(b"\n"):
        base += b"\n"
    return base + "".join(f"{w}\n" for w in keep_whole_words()).encode("utf-8")


def dictionary_file(folder: Path | None = None) -> Path:
    """Write the break dictionary once and return its path.

    The file is ``<folder>/words-<sha256 of the content>.txt``, ``folder`` by default
    ``<system temp>/ita-desktop-words`` (per user on Windows; Thai letters and spaces in the
    path are fine). A file already there under that name has that content and is reused, so
    processes share it and nothing is written when nothing changed; a new one is written under a
    temporary name and renamed, so no reader sees half a file. If the folder cannot be written,
    a fresh private temporary folder is used. Raises OSError only when even that fails.
    """
    content = dictionary_content()
    name = f"words-{hashlib.sha256(content).hexdigest()[:20]}.txt"
    folders = [folder] if folder is not None else [Path(tempfile.gettempdir()) / DICTIONARY_DIR_NAME]
    for where in folders:
        try:
            return _write_once(where, name, content)
        except OSError:
            continue
    return _write_once(Path(tempfile.mkdtemp(prefix="ita-words-")), name, content)


def _write_once(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    if path.is_file() and path.stat().st_size == len(content):
        return path
    folder.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=folder, prefix=".words-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
        try:
            os.replace(temp, path)
        except PermissionError:  # Windows: another process has just put it there and reads it
            if not (path.is_file() and path.stat().st_size == len(content)):
                raise
    finally:
        if os.path.exists(temp):
            os.unlink(temp)
    return path


@dataclass(frozen=True)
class Dictionary:
    """The break dictionary loaded into nlpo3: its nlpo3 ``name``, ``path``, and the seconds it
    took to write (or find) the file and to load it."""

    name: str
    path: Path
    write_seconds: float
    load_seconds: float


_load_lock = threading.Lock()
_loaded: Dictionary | None = None


def dictionary() -> Dictionary:
    """The break dictionary, loaded into nlpo3 on first use (0.1–0.2 s, thread-safe)."""
    global _loaded
    if _loaded is not None:
        return _loaded
    with _load_lock:
        if _loaded is None:
            import nlpo3

            start = time.perf_counter()
            path = dictionary_file()
            written = time.perf_counter()
            name = path.stem  # the content hash: a new content is a new nlpo3 dictionary
            message, ok = nlpo3.load_dict(str(path), name)
            if not ok and "already" not in message.lower():  # pragma: no cover - unreadable file
                raise OSError(f"nlpo3 could not load {path}: {message}")
            _loaded = Dictionary(name, path, written - start, time.perf_counter() - written)
    return _loaded


def word_tokenize(text: str) -> list[str]:
    """Words of ``text`` by nlpo3's newmm with the break dictionary, whitespace kept as tokens.

    The tokens always concatenate back to ``text``; if nlpo3 ever returned something else the
    text is returned as one token (the caller then breaks at grapheme clusters only).
    """
    if not text:
        return []
    import nlpo3

    tokens = nlpo3.segment(text, dictionary().name)
    if "".join(tokens) != text:  # pragma: no cover - defensive, never seen
        return [text]
    return tokens


def warm_up() -> float:
    """Write and load the break dictionary now; returns the seconds it took.

    Call it from a background thread at start-up so the first printed document does not pay
    the load. Safe to call more than once (later calls cost microseconds).
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

    thread = threading.Thread(target=run, name="thai-words-warm-up", daemon=True)
    thread.start()
    return thread
