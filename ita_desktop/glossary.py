"""One set of Thai terms for the window and the documents.

A message that sends the user somewhere must use the words written there: the memo's warnings
point to the office page, so they say ตราสัญลักษณ์ and ผู้จัดทำรายงาน as that page does, not ตราครุฑ
or ผู้รายงาน. The core uses the constants below in its messages; each term lists the interface
strings (Qt translation context, English source) whose Thai must be exactly the term, and the
words it replaces, which no message of ours may use (tests/core/documents/test_glossary.py checks the
translations, the memo's warnings and the interface's Thai).

A term is data about wording only: document headings and the signature lines of a printed form
(e.g. "ผู้รายงาน" under a results report) follow the official forms and are not governed here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    """``thai``: the word used; ``interface``: (context, English source) pairs translated to it;
    ``not``: other words for the same thing that our messages must not use."""

    thai: str
    interface: tuple[tuple[str, str], ...] = ()
    not_: tuple[str, ...] = ()


OFFICE_DETAILS = Term("ข้อมูลหน่วยงาน", (("NavigationTree", "Office Details"),
                                        ("ProfileView", "Office Details")))
EMBLEM = Term("ตราสัญลักษณ์", (("ProfileView", "Emblem"),), not_=("ตราครุฑ",))
SIGNERS = Term("ผู้ลงนาม", (("ProfileView", "Signers"),))
REPORT_AUTHOR = Term("ผู้จัดทำรายงาน", (("ProfileView", "Report author"),),
                     not_=("ผู้รายงาน",))
NOT_ENTERED = Term("ยังไม่ได้กรอก", (("ScoreField", "Not entered yet"),
                                     ("ResultsView", "Not entered yet"),
                                     ("PastePreviewModel", "Not entered yet"),
                                     ("ResultSummary", "not entered yet")))
"""A score field left empty: the office has not typed it (yet)."""
NOT_SCORED = Term("ไม่ได้รับการประเมิน")
"""A tool or indicator the NACC did not score (e.g. too few respondents): in the analysis and
the documents, never for a field the office has not filled in yet."""
INDICATOR_N = Term("ตัวชี้วัดที่ %1", (("ResultSummary", "Indicator %1"),
                                      ("PastePreviewModel", "Indicator %1"),
                                      ("MeasuresModel", "Indicator %1")))
"""An indicator by number, as the NACC writes it (ตัวชี้วัดที่ 9)."""

TERMS: tuple[Term, ...] = (OFFICE_DETAILS, EMBLEM, SIGNERS, REPORT_AUTHOR, NOT_ENTERED,
                           NOT_SCORED, INDICATOR_N)


def where_set(term: Term) -> str:
    """"ข้อมูลหน่วยงาน › <term>": where on the office page the user sets it."""
    return f"{OFFICE_DETAILS.thai} › {term.thai}"
