"""Compare offices: several offices' files side by side for one fiscal year (no Qt).

Each file is opened read-only, read and closed in turn (a district office compares up to ~300
files), and its results are the ones its documents print (``workbook.published_of``: the NACC's
published figures where the office entered them, else computed from the framework stored in
that file). A file that cannot be opened, or has no results for the year, is listed with its message;
a bad file never stops the comparison.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from ita_desktop import workbook
from ita_desktop.numbers import format_score
from ita_desktop.storage import assessments, open_database, profile

TOOLS = ("IIT", "EIT", "OIT")
"""The tool columns of a comparison (EIT is the combined tool, also when its parts were
entered)."""
INDICATORS = tuple(range(1, 11))
FILE_SUFFIXES = (".db", ".ita")
SAFETY_COPY_MARKS = (".backup-v", ".before-import-", "-before-restore-")
"""Name parts of the copies ITA Desktop writes beside a file (before an upgrade, an import, a
restore); a folder's copies of one office are left out of a comparison."""


@dataclass
class OfficeResult:
    """One office's result for one fiscal year: ``total`` and scores Decimal 0–100 at full
    precision (None: not scored), ``tools`` {"IIT"/"EIT"/"OIT": score}, ``indicators`` {1..10:
    score}, ``rating`` the published one, else the one the year's rules settle (None when they
    cannot: scores such as EIT part 1 and 2 are missing)."""

    path: Path
    name: str
    fiscal_year: int
    total: Decimal | None
    rating: str | None
    tools: dict[str, Decimal] = field(default_factory=dict)
    indicators: dict[int, Decimal] = field(default_factory=dict)


@dataclass
class OfficeFile:
    """Everything read from one file: its office ``name`` and ``results`` by fiscal year; or
    ``error`` (the Thai message of the refusal) when it could not be read."""

    path: Path
    name: str = ""
    results: dict[int, OfficeResult] = field(default_factory=dict)
    error: str = ""


@dataclass
class Comparison:
    """``offices`` with results for ``fiscal_year`` in the order given; ``problems`` [(path,
    Thai message)] for files that could not be read or have no results for the year."""

    fiscal_year: int
    offices: list[OfficeResult] = field(default_factory=list)
    problems: list[tuple[Path, str]] = field(default_factory=list)


def read_office_file(path: Path | str, *, fiscal_years: Iterable[int] | None = None
                     ) -> OfficeFile:
    """Open ``path`` read-only, compute the results of ``fiscal_years`` (every stored year when
    None) and close it. Never raises for a bad file: the message goes to ``error``."""
    path = Path(path)
    found = OfficeFile(path)
    try:
        store = open_database(path, read_only=True, check_same_thread=False)
    except Exception as exc:  # noqa: BLE001 - a bad file is listed, never fatal
        found.error = str(exc) or type(exc).__name__
        return found
    try:
        found.name = profile.get_profile(store)["name"]
        stored = assessments.list_fiscal_years(store)
        for year in stored if fiscal_years is None else [y for y in fiscal_years if y in stored]:
            result = workbook.published_of(store, year)
            found.results[year] = OfficeResult(
                path, found.name, year, result.total, result.rating,
                {code: result.tools[code] for code in TOOLS if code in result.tools},
                {n: v for n, v in result.indicators.items() if n in INDICATORS})
    except Exception as exc:  # noqa: BLE001 - e.g. a damaged framework copy in that file
        found.error = str(exc) or type(exc).__name__
        found.results.clear()
    finally:
        store.close()
    return found


def read_office_files(paths: Iterable[Path | str], *, fiscal_years: Iterable[int] | None = None,
                      progress: Callable[[int, int], None] | None = None) -> list[OfficeFile]:
    """read_office_file for each distinct path in turn (one file open at a time);
    ``progress(done, total)`` after each."""
    unique = distinct(paths)
    years = None if fiscal_years is None else list(fiscal_years)
    files = []
    for done, path in enumerate(unique, start=1):
        files.append(read_office_file(path, fiscal_years=years))
        if progress is not None:
            progress(done, len(unique))
    return files


def distinct(paths: Iterable[Path | str]) -> list[Path]:
    """Paths in the order given, each file once (compared resolved)."""
    seen: set[Path] = set()
    unique = []
    for path in map(Path, paths):
        resolved = path.resolve()
        if resolved not in seen:
            seen.add(resolved)
            unique.append(path)
    return unique


def comparison_for(files: Iterable[OfficeFile], fiscal_year: int) -> Comparison:
    """The comparison of one fiscal year from files already read."""
    comparison = Comparison(fiscal_year)
    for office in files:
        if office.error:
            comparison.problems.append((office.path, office.error))
        elif fiscal_year in office.results:
            comparison.offices.append(office.results[fiscal_year])
        else:
            comparison.problems.append(
                (office.path, f"ไม่มีผลการประเมินปีงบประมาณ {fiscal_year} ในไฟล์นี้"))
    return comparison


def compare_offices(paths: Iterable[Path | str], *, fiscal_year: int,
                    progress: Callable[[int, int], None] | None = None) -> Comparison:
    """Open each file read-only in turn and compare their results of ``fiscal_year``."""
    files = read_office_files(paths, fiscal_years=[fiscal_year], progress=progress)
    return comparison_for(files, fiscal_year)


def fiscal_years_of(files: Iterable[OfficeFile]) -> list[int]:
    """Every fiscal year some file has results for, ascending."""
    return sorted({year for office in files for year in office.results})


def database_files(folder: Path | str) -> list[Path]:
    """The ITA Desktop files directly in ``folder`` (``*.db``, ``*.ita``) in natural name order
    ("o2" before "o10"), leaving out the safety copies the program writes beside a file
    (SAFETY_COPY_MARKS)."""
    return sorted(
        (p for p in Path(folder).iterdir()
         if p.is_file() and p.suffix.lower() in FILE_SUFFIXES
         and not any(mark in p.name for mark in SAFETY_COPY_MARKS)),
        key=lambda p: _natural(p.name))


def _natural(name: str) -> list[tuple[int, int, str]]:
    """Sort key putting "office2.db" before "office10.db"."""
    return [(0, int(part), "") if part.isdigit() else (1, 0, part.lower())
            for part in re.split(r"(\d+)", name) if part]


CSV_COLUMNS = ("file", "office", "fiscal_year", "total", "rating", *TOOLS,
               *(str(n) for n in INDICATORS), "error")


def to_csv(comparison: Comparison) -> str:
    """The comparison as CSV text (UTF-8 with the header CSV_COLUMNS; scores at 2 decimals,
    empty when not scored), one row per office, then one row per problem file with ``error``."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for office in comparison.offices:
        writer.writerow([office.path.name, office.name, office.fiscal_year,
                         format_score(office.total, missing=""), office.rating or "",
                         *(format_score(office.tools.get(c), missing="") for c in TOOLS),
                         *(format_score(office.indicators.get(n), missing="")
                           for n in INDICATORS), ""])
    for path, message in comparison.problems:
        writer.writerow([path.name, "", comparison.fiscal_year, "", "",
                         *([""] * (len(TOOLS) + len(INDICATORS))), message])
    return out.getvalue()
