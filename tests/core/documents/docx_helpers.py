"""Helpers for the .docx tests: a synthetic document with every kind of block, and LibreOffice
headless to turn a .docx into a PDF the way an office PC would print it.

LibreOffice here has no TH SarabunPSK (and no Thai font at all: it would substitute DejaVu Sans,
which has no Thai letters). So that its pages can be compared with ours, :func:`psk_fonts` makes,
in a temporary folder, the bundled Sarabun with its em enlarged by Sarabun's TH SarabunPSK scale
(printing.fonts): at "16 pt" it then draws like TH SarabunPSK 16 pt, as Word on an office PC
does, and a private fontconfig file offers it for the family name "TH SarabunPSK".
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from pathlib import Path

from PIL import Image as PILImage
from PIL import ImageDraw

from ita_desktop.documents import content as c

TEST_FAMILY = "ITA Test PSK"


def emblem_png(width: int = 300, height: int = 340) -> bytes:
    image = PILImage.new("RGBA", (width, height), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((10, 10, width - 10, height - 10), fill=(170, 30, 30, 255))
    data = io.BytesIO()
    image.save(data, "PNG")
    return data.getvalue()


STEPS = ("๑. ทบทวนขั้นตอนการให้บริการทุกงานและระยะเวลาที่ใช้\n"
         "๒. จัดทำคู่มือและเผยแพร่บนเว็บไซต์ของหน่วยงาน\n"
         "   - ติดประกาศ ณ จุดบริการ\n"
         "๓. ประเมินความพึงพอใจของผู้รับบริการทุกไตรมาส และรายงานผู้บริหาร")


def memo_section(emblem: bytes | None = None) -> c.Section:
    s = c.house_styles()
    person = s.centre.derive(left_indent=7 * c.CM)
    halves = [[c.Paragraph("ความเห็น", s.plain.derive(bold=True)), c.DottedLines(2),
               c.Spacer(0.5 * c.CM), c.DottedLines(1, 5 * c.CM, centred=True),
               c.Paragraph("(นายสมชาย ใจดี)", s.centre),
               c.Paragraph("ปลัดเทศบาลตำบลบ้านไผ่งาม", s.centre)],
              [c.Paragraph("ข้อพิจารณา/สั่งการ", s.plain.derive(bold=True)),
               c.TickBoxes(("อนุมัติ", "ไม่อนุมัติ")), c.DottedLines(1), c.Spacer(0.5 * c.CM),
               c.DottedLines(1, 5 * c.CM, centred=True),
               c.Paragraph("(นายสมศักดิ์ ใจดีงาม)", s.centre),
               c.Paragraph("นายกเทศมนตรีตำบลบ้านไผ่งาม", s.centre)]]
    body = s.body_indented.derive(space_before=4)
    return c.Section(page=c.MEMO_PAGE, blocks=(
        c.MemoTitle(emblem=emblem),
        c.Spacer(0.15 * c.CM),
        c.MemoFields((c.MemoField("ส่วนราชการ",
                                  "สำนักปลัด เทศบาลตำบลบ้านไผ่งาม  โทร. ๐๔๓ ๕๕๖ ๗๘๙"),)),
        c.MemoFields((c.MemoField("ที่", "สบ ๗๒๔๐๑/๑๒๓", 0, 0.5),
                      c.MemoField("วันที่", "๒๐ ตุลาคม ๒๕๖๘", 0.5, 1))),
        c.MemoFields((c.MemoField("เรื่อง", "ขออนุมัติมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายใน"
                                  "หน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"),)),
        c.Spacer(0.25 * c.CM),
        c.Paragraph("เรียน  นายกเทศมนตรีตำบลบ้านไผ่งาม", s.plain),
        c.Paragraph("ตามที่สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) "
                    "ได้ประกาศผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
                    "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ โดยเทศบาลตำบลบ้านไผ่งามได้คะแนน ๘๕.๙๒ คะแนน "
                    "อยู่ในระดับผ่าน นั้น", body),
        c.Paragraph("สำนักปลัดได้วิเคราะห์ผลการประเมินดังกล่าวเป็นรายตัวชี้วัดและรายข้อคำถาม "
                    "และได้นำผลการวิเคราะห์มากำหนดมาตรการ รวม ๕ มาตรการ "
                    "รายละเอียดปรากฏตามเอกสารที่แนบมาพร้อมนี้", body),
        c.Keep((
            c.Paragraph("จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ", s.body_indented.derive(space_before=8)),
            c.Spacer(1.2 * c.CM),
            c.Paragraph("(นางสาวพรทิพย์ มั่นคงดี)", person),
            c.Paragraph("นักวิเคราะห์นโยบายและแผนชำนาญการ", person),
            c.Spacer(0.6 * c.CM),
            c.Table(rows=[halves], widths=(8 * c.CM, 8 * c.CM), header_rows=0, grid=0, padding=0,
                    header_fill=None,
                    formats=(c.CellFormat("pad_right", (0, 0), (-1, -1), 0.4 * c.CM),
                             c.CellFormat("pad_left", (1, 0), (1, 0), 0.4 * c.CM),
                             c.CellFormat("pad_right", (1, 0), (1, 0), 0))),
        )),
    ))


def measures_section(count: int = 6) -> c.Section:
    s = c.house_styles()
    widths = c.fit_widths([3.6, 4.6, 7.4, 3.0, 2.9], c.LANDSCAPE.frame_width)
    rows: list[list[c.Cell]] = [
        ["ตัวชี้วัด/ประเด็น", "มาตรการ/โครงการ/กิจกรรม", "ขั้นตอน/วิธีดำเนินการ", "ผู้รับผิดชอบ",
         "ระยะเวลาดำเนินการ"],
        [c.Paragraph("ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่", s.cell.derive(bold=True)),
         None, None, None, None]]
    for n in range(1, count + 1):
        rows.append([f"ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่\nข้อ i{n}",
                     f"{'๐๑๒๓๔๕๖๗๘๙'[n]}. จัดทำคู่มือการปฏิบัติงานที่ระบุขั้นตอนและระยะเวลา ชุดที่ "
                     f"{'๐๑๒๓๔๕๖๗๘๙'[n]}", STEPS, "สำนักปลัด\nกองคลัง",
                     "๑ ต.ค. ๒๕๖๗ – ๓๐ ก.ย. ๒๕๖๘"])
    signer = s.centre.derive(left_indent=15 * c.CM)
    return c.Section(page=c.LANDSCAPE, blocks=(
        c.Paragraph("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                    s.title.derive(space_after=0)),
        c.Paragraph("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", s.title.derive(space_after=0)),
        c.Paragraph("เทศบาลตำบลบ้านไผ่งาม", s.centre),
        c.Spacer(0.4 * c.CM),
        c.Table(rows=rows, widths=widths, spans=(((0, 1), (-1, 1)),), tidy=True,
                formats=(c.CellFormat("fill", (0, 1), (-1, 1), "#F2F2F2"),
                         c.CellFormat("keep_rows", (0, 1), (-1, 2))),
                footer=c.Unbreakable((
                    c.Spacer(1.2 * c.CM),
                    c.Paragraph("ลงชื่อ" + "." * 45 + "ผู้อนุมัติ", signer),
                    c.Paragraph("(นายสมศักดิ์ ใจดีงาม)", signer),
                    c.Paragraph("นายกเทศมนตรีตำบลบ้านไผ่งาม", signer)))),
    ))


def chart_section() -> c.Section:
    s = c.house_styles()
    return c.Section(blocks=(
        c.Paragraph("๒. ผลการประเมิน", s.heading, keep_with_next=True, outline=0),
        c.Chart("indicators", tuple(("๑๒๓๔๕๖๗๘๙"[i % 9], 80.0 + i) for i in range(10)),
                width=16 * c.CM - 20, height=230),
        c.Chart("tools", (("IIT", 91.2), ("EIT", 88.0), ("OIT", None)), width=16 * c.CM - 40,
                label_width=70),
        c.Paragraph("ตัวเลขใต้แท่งคือลำดับตัวชี้วัด", s.small.derive(alignment="centre")),
    ))


def sample_document(*, emblem: bool = True, charts: bool = True) -> c.Document:
    sections = [memo_section(emblem_png() if emblem else None), measures_section()]
    if charts:
        sections.append(chart_section())
    return c.Document(sections=tuple(sections), title="มาตรการทดสอบ",
                      author="เทศบาลตำบลบ้านไผ่งาม")


# ---------------------------------------------------------------- LibreOffice


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def psk_fonts(folder: Path) -> Path:
    """The fontconfig file described in the module docstring (fonts and cache in ``folder``)."""
    from fontTools.ttLib import TTFont

    from ita_desktop.printing.fonts import bundled_font_paths, font_metrics

    fonts = folder / "fonts"
    fonts.mkdir(parents=True, exist_ok=True)
    paths = bundled_font_paths()
    scale = font_metrics(paths[0]).psk_scale  # the PDF sizes every style by the regular face
    for path in paths:
        style = path.stem.split("-")[1]
        font = TTFont(path)
        font["head"].unitsPerEm = round(font["head"].unitsPerEm / scale)
        for record in font["name"].names:
            if record.nameID in (1, 16):
                record.string = TEST_FAMILY
            elif record.nameID == 4:
                record.string = f"{TEST_FAMILY} {style}"
            elif record.nameID == 6:
                record.string = f"ITATestPSK-{style}"
        font.save(fonts / f"ITATestPSK-{style}.ttf")
    conf = folder / "fonts.conf"
    conf.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>{fonts}</dir>
  <cachedir>{folder / "cache"}</cachedir>
  <alias binding="same"><family>TH SarabunPSK</family><prefer><family>{TEST_FAMILY}</family></prefer></alias>
</fontconfig>
""", encoding="utf-8")
    return conf


def to_pdf(files: list[Path], outdir: Path, work: Path) -> list[Path]:
    """Convert .docx ``files`` to PDFs in ``outdir`` with one headless LibreOffice run (its own
    profile in ``work``, the fonts of :func:`psk_fonts`). Raises CalledProcessError on failure."""
    env = dict(os.environ, FONTCONFIG_FILE=str(psk_fonts(work)))
    profile = (work / "profile").resolve().as_uri()
    subprocess.run([soffice(), "--headless", "--norestore", f"-env:UserInstallation={profile}",
                    "--convert-to", "pdf", "--outdir", str(outdir), *map(str, files)],
                   check=True, capture_output=True, env=env, timeout=240)
    return [outdir / (f.stem + ".pdf") for f in files]


def png_pages(pdf: Path, prefix: Path, dpi: int = 80) -> list[Path]:
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    return sorted(prefix.parent.glob(prefix.name + "-*.png"))


def side_by_side(left: Path, right: Path, out: Path) -> Path:
    a, b = PILImage.open(left).convert("RGB"), PILImage.open(right).convert("RGB")
    image = PILImage.new("RGB", (a.width + b.width + 12, max(a.height, b.height)), (96, 96, 96))
    image.paste(a, (0, 0))
    image.paste(b, (a.width + 12, 0))
    image.save(out)
    return out
