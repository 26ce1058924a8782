"""WordprocessingML pieces python-docx has no API for: Thai fonts on every run (the complex-script
font ``w:cs`` and size ``w:szCs``, which Word uses for Thai), page numbers as a PAGE field in a
chosen number format, table borders, cell shading and margins, repeating header rows, and the
document defaults. Lengths are points unless named otherwise (twips = 1/20 pt, eighths of a
point for borders). Element order follows the schema (ECMA-376 part 1), which Word enforces.
"""

from __future__ import annotations

import re
from collections import Counter

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

# children of w:rPr, w:tcPr, w:tblPr and w:sectPr in schema order
_RPR_ORDER = ("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike",
              "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid",
              "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs",
              "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em",
              "lang", "eastAsianLayout", "specVanish", "oMath")
_TCPR_ORDER = ("cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap",
               "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark")
_TBLPR_ORDER = ("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
                "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders",
                "shd", "tblLayout", "tblCellMar", "tblLook")
_SECTPR_ORDER = ("headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz",
                 "pgMar", "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt",
                 "vAlign", "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter",
                 "docGrid", "printerSettings", "sectPrChange")
_XML_INVALID = re.compile("[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\u2028\u2029\x85]")
REPLACEMENT = "■"  # as printing.printable marks what the PDF cannot print


def twips(points: float) -> str:
    return str(round(points * 20))


def element(tag: str, **attrs: str) -> OxmlElement:
    """``<w:tag w:key="value" …/>``."""
    el = OxmlElement(tag)
    for key, value in attrs.items():
        el.set(qn(f"w:{key}"), str(value))
    return el


def put(parent, child, order: tuple[str, ...]) -> None:
    """Replace ``parent``'s child of the same tag by ``child``, in schema ``order``."""
    local = child.tag.rsplit("}", 1)[-1]
    for old in parent.findall(child.tag):
        parent.remove(old)
    rank = order.index(local)
    for n, existing in enumerate(parent):
        name = existing.tag.rsplit("}", 1)[-1]
        if name in order and order.index(name) > rank:
            parent.insert(n, child)
            return
    parent.append(child)


def clean_text(text: str) -> tuple[str, Counter]:
    """``text`` fit for XML: line separators become ``\\n``, control characters and unpaired
    surrogates become REPLACEMENT. Returns the text and the characters replaced (char → count)."""
    text = _LINE_BREAKS.sub("\n", text)
    replaced = Counter(_XML_INVALID.findall(text))
    return (_XML_INVALID.sub(REPLACEMENT, text) if replaced else text), replaced


def run_properties(*, font: str, size: float, bold: bool = False, italic: bool = False,
                   colour: str = "#000000", underline: str | None = None,
                   symbol_font: str | None = None) -> OxmlElement:
    """``w:rPr`` naming ``font`` for Latin, East Asian and complex-script (Thai) text with the
    size (``size`` in points, as half-points in ``w:sz`` and ``w:szCs``), bold and italic for both
    scripts, the colour and an underline style ("dotted", …)."""
    rpr = OxmlElement("w:rPr")
    name = symbol_font or font
    rpr.append(element("w:rFonts", ascii=name, hAnsi=name, eastAsia=name, cs=name))
    if bold:
        rpr.append(element("w:b"))
        rpr.append(element("w:bCs"))
    if italic:
        rpr.append(element("w:i"))
        rpr.append(element("w:iCs"))
    if colour.upper() not in ("#000000", "BLACK"):
        rpr.append(element("w:color", val=colour.lstrip("#").upper()))
    half = str(round(size * 2))
    rpr.append(element("w:sz", val=half))
    rpr.append(element("w:szCs", val=half))
    if underline:
        rpr.append(element("w:u", val=underline))
    return rpr


def add_run(paragraph, text: str, rpr) -> Counter:
    """Append a run of ``text`` (``\\n`` → line break, ``\\t`` → tab) with a copy of ``rpr`` to a
    python-docx paragraph. Returns the characters :func:`clean_text` replaced."""
    import copy

    text, replaced = clean_text(text)
    r = OxmlElement("w:r")
    r.append(copy.deepcopy(rpr))
    for n, line in enumerate(text.split("\n")):
        if n:
            r.append(OxmlElement("w:br"))
        for k, piece in enumerate(line.split("\t")):
            if k:
                r.append(OxmlElement("w:tab"))
            if piece:
                t = OxmlElement("w:t")
                t.text = piece
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                r.append(t)
    paragraph._p.append(r)
    return replaced


def add_page_field(paragraph, rpr, placeholder: str = "2") -> None:
    """A PAGE field (the page's number in the section's number format, see
    :func:`page_numbering`) as Word writes one: begin, instruction, separate, result, end."""
    import copy

    def run(*children):
        r = OxmlElement("w:r")
        r.append(copy.deepcopy(rpr))
        for child in children:
            r.append(child)
        paragraph._p.append(r)

    instr = OxmlElement("w:instrText")
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instr.text = " PAGE "
    result = OxmlElement("w:t")
    result.text = placeholder
    run(element("w:fldChar", fldCharType="begin"))
    run(instr)
    run(element("w:fldChar", fldCharType="separate"))
    run(result)
    run(element("w:fldChar", fldCharType="end"))


def page_numbering(section, *, number_format: str, title_page: bool, restart: bool = True) -> None:
    """Pages of ``section`` numbered in ``number_format`` ("thaiNumbers" ๑ ๒ ๓ or "decimal"),
    from 1 when ``restart``, else going on from the section before; ``title_page``: the first
    page has its own (empty) header."""
    sect = section._sectPr
    numbering = element("w:pgNumType", fmt=number_format)
    if restart:
        numbering.set(qn("w:start"), "1")
    put(sect, numbering, _SECTPR_ORDER)
    for old in sect.findall(qn("w:titlePg")):
        sect.remove(old)
    if title_page:
        put(sect, element("w:titlePg"), _SECTPR_ORDER)


def table_borders(table, width: float) -> None:
    """Single black lines ``width`` points wide around and between all cells (0: none)."""
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        if width:
            borders.append(element(f"w:{side}", val="single", sz=str(max(2, round(width * 8))),
                                   space="0", color="000000"))
        else:
            borders.append(element(f"w:{side}", val="nil"))
    put(table._tbl.tblPr, borders, _TBLPR_ORDER)


def table_geometry(table, widths: list[float], *, padding: float, centred: bool) -> None:
    """Fixed layout with column widths in points, cell margins from ``padding`` (top half of it,
    as the PDF's cells have), left or centred."""
    tblpr = table._tbl.tblPr
    put(tblpr, element("w:tblW", w=twips(sum(widths)), type="dxa"), _TBLPR_ORDER)
    if centred:
        put(tblpr, element("w:jc", val="center"), _TBLPR_ORDER)
    put(tblpr, element("w:tblLayout", type="fixed"), _TBLPR_ORDER)
    margins = OxmlElement("w:tblCellMar")
    for side, value in (("top", padding * 0.5), ("left", padding), ("bottom", padding),
                        ("right", padding)):
        margins.append(element(f"w:{side}", w=twips(value), type="dxa"))
    put(tblpr, margins, _TBLPR_ORDER)
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), twips(width))


def cell_width(cell, points: float) -> None:
    put(cell._tc.get_or_add_tcPr(), element("w:tcW", w=twips(points), type="dxa"), _TCPR_ORDER)


def cell_fill(cell, colour: str) -> None:
    put(cell._tc.get_or_add_tcPr(),
        element("w:shd", val="clear", color="auto", fill=colour.lstrip("#").upper()), _TCPR_ORDER)


def cell_margin(cell, side: str, points: float) -> None:
    """One cell's own margin on ``side`` ("top", "left", "bottom", "right")."""
    tcpr = cell._tc.get_or_add_tcPr()
    margins = tcpr.find(qn("w:tcMar"))
    if margins is None:
        margins = OxmlElement("w:tcMar")
        put(tcpr, margins, _TCPR_ORDER)
    for old in margins.findall(qn(f"w:{side}")):
        margins.remove(old)
    order = ("top", "start", "left", "bottom", "end", "right")
    new = element(f"w:{side}", w=twips(points), type="dxa")
    put(margins, new, order)


def cell_no_borders(cell, sides: tuple[str, ...] = ("left", "bottom", "right")) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for side in sides:
        borders.append(element(f"w:{side}", val="nil"))
    put(tcpr, borders, _TCPR_ORDER)


def row_flags(row, *, header: bool = False, cant_split: bool = False) -> None:
    """Mark a table row as a header row repeated on every page (``w:tblHeader``) and/or one that
    never splits across pages (``w:cantSplit``)."""
    trpr = row._tr.get_or_add_trPr()
    if cant_split and trpr.find(qn("w:cantSplit")) is None:
        trpr.append(element("w:cantSplit"))
    if header and trpr.find(qn("w:tblHeader")) is None:
        trpr.append(element("w:tblHeader"))


def document_defaults(document, *, font: str, size: float) -> None:
    """Every style starts from ``font`` at ``size`` points for all scripts (theme fonts removed,
    so Word does not swap in Calibri/Cordia New), Thai as the complex-script language, single
    line spacing and no space after paragraphs; lines ending in a kept line break are not
    stretched in Thai Distributed paragraphs (``w:doNotExpandShiftReturn``)."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = rpr.find(qn("w:rFonts"))
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]
    for key in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{key}"), font)
    half = str(round(size * 2))
    rpr.find(qn("w:sz")).set(qn("w:val"), half)
    rpr.find(qn("w:szCs")).set(qn("w:val"), half)
    rpr.find(qn("w:lang")).set(qn("w:bidi"), "th-TH")
    spacing = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")
    for style in styles.findall(qn("w:style")):  # the template's own styles name theme fonts
        style_rpr = style.find(qn("w:rPr"))
        fonts = style_rpr.find(qn("w:rFonts")) if style_rpr is not None else None
        if fonts is not None:
            style_rpr.remove(fonts)
    settings = document.settings.element
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = OxmlElement("w:compat")
        settings.append(compat)
    if compat.find(qn("w:doNotExpandShiftReturn")) is None:
        compat.insert(0, element("w:doNotExpandShiftReturn"))
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:bidi"), "th-TH")


def outline_level(paragraph, level: int) -> None:
    """Show the paragraph in Word's navigation pane at ``level`` (0 = top)."""
    ppr = paragraph._p.get_or_add_pPr()
    for old in ppr.findall(qn("w:outlineLvl")):
        ppr.remove(old)
    el = element("w:outlineLvl", val=str(level))
    # outlineLvl sits after w:jc/textDirection/textAlignment/textboxTightWrap in w:pPr
    later = [qn(f"w:{t}") for t in ("divId", "cnfStyle", "rPr", "sectPr", "pPrChange")]
    for n, child in enumerate(ppr):
        if child.tag in later:
            ppr.insert(n, el)
            return
    ppr.append(el)


class Target:
    """Where blocks go: the document body or a table cell (whose first, empty paragraph is used
    first), ``width`` points wide."""

    def __init__(self, owner, width: float, first=None) -> None:
        self.owner, self.width, self._first = owner, width, first
        self.last_table = False
        self.last_paragraph = None  # the last paragraph written here, if nothing came after it

    def paragraph(self):
        self.last_table = False
        if self._first is not None:
            p, self._first = self._first, None
        else:
            p = self.owner.add_paragraph()
        self.last_paragraph = p
        return p

    def table(self, rows: int, cols: int):
        self.last_table = True
        self.last_paragraph = None
        return self.owner.add_table(rows, cols)
