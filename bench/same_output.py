"""Same output before and after a change to the print engine: every document kind of the example
database, plus one long paragraph in each alignment, as text and as pictures.

    .venv/bin/python bench/same_output.py --save DIR       # before the change: keep the output
    .venv/bin/python bench/same_output.py --against DIR    # after it: compare with what was kept

Each PDF is written with ReportLab's ``invariant`` setting (no dates or random IDs) and without
page compression, then read by poppler: ``pdftotext`` (reading order) and ``pdftotext -layout``
(positions) and ``pdftoppm -r 100`` (one PNG per page). ``--against`` says, for each PDF, whether
the bytes are identical, the texts identical and each page's pixels identical (the PNGs' image
data compared decompressed); where pixels differ, how far the furthest glyph moved (every glyph's
origin read back from the PDF by tests/core/printing/pdf_glyphs.py, each page's glyphs paired in
order of position: a move of a thousandth of a point can change pdftoppm's pixels). Exits 1 if a
text differs, the glyph counts differ, or a glyph moved by 0.01 pt or more.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import private_folder  # noqa: E402

YEARS = {"analysis": 2568, "analysis-measures": 2568}
"""The assessment year for the analysis kinds; the measures' year 2569 for the others."""


def _paragraphs(out: Path) -> None:
    """One PDF with a long paragraph of the example's Thai text in each alignment, bold too."""
    from bench_thai_layout import thai_text
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate

    from ita_desktop.printing import ThaiParagraph, ThaiStyle

    text = thai_text(5000)
    story = []
    for alignment in ("left", "distributed", "centre", "right"):
        story.append(ThaiParagraph(text[:2500], ThaiStyle(alignment=alignment)))
        story.append(ThaiParagraph(text[2500:3500], ThaiStyle(alignment=alignment, bold=True,
                                                              first_line_indent=2 * cm)))
    SimpleDocTemplate(str(out), pagesize=A4).build(story)


def render_all(folder: Path) -> list[Path]:
    """Every PDF this compares, written into ``folder``."""
    from reportlab import rl_config

    rl_config.invariant = 1
    rl_config.pageCompression = 0
    from ita_desktop.demo import build_demo
    from ita_desktop.documents import KINDS, render
    from ita_desktop.storage import open_database

    with tempfile.TemporaryDirectory() as tmp:
        store = open_database(build_demo(Path(tmp) / "example.db"), read_only=True)
        pdfs = []
        for kind in KINDS:
            pdf = folder / f"{kind}.pdf"
            render(kind, store, fiscal_year=YEARS.get(kind, 2569), out=pdf)
            pdfs.append(pdf)
    pdf = folder / "paragraphs.pdf"
    _paragraphs(pdf)
    pdfs.append(pdf)
    for pdf in pdfs:
        for layout, suffix in ((False, ".txt"), (True, ".layout.txt")):
            args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else [])
            subprocess.run([*args, str(pdf), str(pdf.with_suffix(suffix))], check=True)
        subprocess.run(["pdftoppm", "-r", "100", "-png", str(pdf), str(pdf.with_suffix(""))],
                       check=True)
    return pdfs


def _pixels(png: Path) -> bytes:
    """The decompressed image data of a PNG (its IDAT chunks), so that two encoders' choices do
    not count; filters are pdftoppm's own and the same for the same pixels."""
    data = png.read_bytes()
    pos, idat = 8, []
    while pos < len(data):
        length = int.from_bytes(data[pos : pos + 4], "big")
        kind = data[pos + 4 : pos + 8]
        if kind == b"IDAT":
            idat.append(data[pos + 8 : pos + 8 + length])
        pos += 12 + length
    return zlib.decompress(b"".join(idat))


def _pages(folder: Path, stem: str) -> list[Path]:
    """The PNG pages of one PDF (``analysis-01.png``, not ``analysis-measures-01.png``)."""
    return sorted(p for p in folder.glob(stem + "-*.png") if p.stem[len(stem) + 1 :].isdigit())


def compare(new: Path, old: Path) -> bool:
    """Print one line per PDF; True when every text and every page's pixels are the same."""
    same = True
    for pdf in sorted(old.glob("*.pdf")):
        other = new / pdf.name
        if not other.exists():
            print(f"{pdf.name}: missing")
            same = False
            continue
        texts = all((new / (pdf.stem + s)).read_text() == (old / (pdf.stem + s)).read_text()
                    for s in (".txt", ".layout.txt"))
        pages_old, pages_new = _pages(old, pdf.stem), _pages(new, pdf.stem)
        differ = [p.name for p, q in zip(pages_old, pages_new, strict=False)
                  if _pixels(p) != _pixels(q)]
        pictures = len(pages_old) == len(pages_new) and not differ
        line = (f"{pdf.name}: bytes {'identical' if pdf.read_bytes() == other.read_bytes() else 'differ'}"
                f", text {'identical' if texts else 'DIFFERS'}, {len(pages_old)} pages "
                f"{'pixel-identical' if pictures else 'with other pixels: ' + ', '.join(differ or ['count'])}")
        placed = True
        if not pictures:
            moved = glyphs_moved(pdf, other)
            placed = moved is not None and moved < 0.01
            line += ("; glyph counts DIFFER" if moved is None
                     else f"; glyphs moved at most {moved:.4f} pt")
        print(line)
        same = same and texts and placed
    return same


def glyphs_moved(old: Path, new: Path) -> float | None:
    """The largest distance (points) between a glyph's origin in ``old`` and in ``new``, each
    page's glyphs paired in order of position; None if a page has another number of glyphs."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "core" / "printing"))
    from pdf_glyphs import glyphs

    def by_page(path: Path) -> dict[int, list[tuple[float, float]]]:
        pages: dict[int, list[tuple[float, float]]] = {}
        for g in glyphs(path):
            pages.setdefault(g.page, []).append((round(g.y, 3), round(g.x, 3)))
        return {k: sorted(v) for k, v in pages.items()}

    a, b = by_page(old), by_page(new)
    if a.keys() != b.keys() or any(len(a[k]) != len(b[k]) for k in a):
        return None
    return max((max(abs(p[0] - q[0]), abs(p[1] - q[1])) for k in a for p, q in zip(a[k], b[k],
                strict=True)), default=0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write the output into this folder")
    group.add_argument("--against", type=Path, help="compare with the output kept in this folder")
    args = parser.parse_args()
    private_folder("same")
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
        render_all(args.save)
        print(f"kept in {args.save}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        render_all(Path(tmp))
        sys.exit(0 if compare(Path(tmp), args.against) else 1)


if __name__ == "__main__":
    main()
