"""Writes one PDF with ReportLab's platypus (Debian's python3-reportlab) from the document spec on
stdin (see reportlab.mjs).

The name in bold at the left with the post-nominals smaller beside it and the headline under it;
the contact in a two-row table at the top right; section headings on a coloured bar (a full-width
filled bar, a narrow bar at the left of the heading, or a thick rule under it); each job a
two-cell table row with the title (or company) in bold and the dates right-aligned, the company
(or title) and city on the next line, then a ListFlowable with a non-standard bullet glyph or a
paragraph; education as "Degree, School (Year)" lines; skills as "Group: a, b, c" lines. The
fonts are TrueType files from Debian's font packages, embedded, so accented names print.

    /usr/bin/python3 reportlab_resume.py OUT.pdf < spec.json
"""
import json
import sys
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (HRFlowable, KeepTogether, ListFlowable, ListItem, Paragraph, SimpleDocTemplate,
                                Spacer, Table, TableStyle)

# family -> (regular, bold, italic, bold italic) TrueType files
FONT_FILES = {
    "DejaVuSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf", "dejavu/DejaVuSans-Oblique.ttf",
                   "dejavu/DejaVuSans-BoldOblique.ttf"),
    "DejaVuSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf", "dejavu/DejaVuSerif-Italic.ttf",
                    "dejavu/DejaVuSerif-BoldItalic.ttf"),
    "LiberationSans": ("liberation2/LiberationSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf",
                       "liberation2/LiberationSans-Italic.ttf", "liberation2/LiberationSans-BoldItalic.ttf"),
    "LiberationSerif": ("liberation2/LiberationSerif-Regular.ttf", "liberation2/LiberationSerif-Bold.ttf",
                        "liberation2/LiberationSerif-Italic.ttf", "liberation2/LiberationSerif-BoldItalic.ttf"),
    "Carlito": ("crosextra/Carlito-Regular.ttf", "crosextra/Carlito-Bold.ttf", "crosextra/Carlito-Italic.ttf",
                "crosextra/Carlito-BoldItalic.ttf"),
}
FONT_DIR = "/usr/share/fonts/truetype/"


def register(family):
    names = [family, family + "-Bold", family + "-Italic", family + "-BoldItalic"]
    for name, file in zip(names, FONT_FILES[family]):
        pdfmetrics.registerFont(TTFont(name, FONT_DIR + file))
    pdfmetrics.registerFontFamily(family, normal=names[0], bold=names[1], italic=names[2], boldItalic=names[3])
    return names


def t(s):
    """Text for Paragraph markup."""
    return escape(s or "")


def numbered_canvas(style, font):
    """A canvas that knows the page count at the end (ReportLab's usual "Page x of y" recipe)."""
    class NumberedCanvas(pdfcanvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                text = f"Page {self._pageNumber} of {total}" if style == "Page 1 of 2" else f"{self._pageNumber}/{total}"
                self.setFont(font, 7.5)
                self.setFillColor(colors.HexColor("#666666"))
                self.drawCentredString(self._pagesize[0] / 2, 10 * mm, text)
                super().showPage()
            super().save()
    return NumberedCanvas


def build(spec, out):
    regular, bold, italic, _ = register(spec["font"])
    size = spec["size"]
    accent = colors.HexColor(spec["accent"])
    grey = colors.HexColor("#555555")
    page = A4 if spec["paper"] == "A4" else LETTER
    margin = spec["margin"] * mm
    width = page[0] - 2 * margin

    body = ParagraphStyle("body", fontName=regular, fontSize=size, leading=size * 1.3)
    small = ParagraphStyle("small", parent=body, fontSize=size - 1, leading=(size - 1) * 1.3)
    right = ParagraphStyle("right", parent=small, alignment=TA_RIGHT)
    sub = ParagraphStyle("sub", parent=body, fontName=italic, textColor=grey, spaceAfter=2)
    name_style = ParagraphStyle("name", parent=body, fontName=bold, fontSize=spec["nameSize"],
                                leading=spec["nameSize"] * 1.15)
    headline = ParagraphStyle("headline", parent=body, textColor=accent, fontSize=size + 1, leading=(size + 1) * 1.3)
    bar_text = ParagraphStyle("bar", parent=body, fontName=bold, fontSize=size + 1.5, leading=(size + 1.5) * 1.2,
                              textColor=colors.white if spec["bar"] == "full" else accent)
    dates_style = ParagraphStyle("dates", parent=body, alignment=TA_RIGHT, textColor=grey)

    story = []
    # Header: the name (post-nominals smaller) and headline left, the contact table right.
    post = ""
    if spec["postNominals"]:
        post = f'<font size="{size + 2}" name="{regular}">{"," if spec["postComma"] else ""} {t(spec["postNominals"])}</font>'
    left = [Paragraph(t(spec["name"]) + post, name_style), Spacer(1, 2), Paragraph(t(spec["headline"]), headline)]
    rows = [[Paragraph(t(c), right) for c in row] for row in spec["contactRows"]]
    contact = Table(rows, colWidths=[width * 0.26, width * 0.28], hAlign="RIGHT")
    contact.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 4),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    header = Table([[left, contact]], colWidths=[width * 0.46, width * 0.54])
    header.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story += [header, Spacer(1, 4 * mm)]

    def heading(text):
        if spec["bar"] == "full":
            bar = Table([[Paragraph(t(text), bar_text)]], colWidths=[width])
            bar.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), accent), ("LEFTPADDING", (0, 0), (-1, -1), 5),
                                     ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
            return [Spacer(1, 3 * mm), bar, Spacer(1, 2 * mm)]
        if spec["bar"] == "left":
            bar = Table([["", Paragraph(t(text), bar_text)]], colWidths=[3.5, width - 3.5])
            bar.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), accent), ("LEFTPADDING", (1, 0), (1, 0), 6),
                                     ("LEFTPADDING", (0, 0), (0, 0), 0), ("RIGHTPADDING", (0, 0), (0, 0), 0),
                                     ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
            return [Spacer(1, 3 * mm), bar, Spacer(1, 1.5 * mm)]
        return [Spacer(1, 3 * mm), Paragraph(t(text), bar_text),
                HRFlowable(width="100%", thickness=2.2, color=accent, spaceBefore=1, spaceAfter=3)]

    def dated_row(left_markup, dates):
        row = Table([[Paragraph(left_markup, body), Paragraph(t(dates), dates_style)]],
                    colWidths=[width * 0.68, width * 0.32])
        row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        return row

    for section in spec["sections"]:
        head = heading(section["heading"])
        kind = section["kind"]
        if kind == "text":
            story += head + [Paragraph(t(section["text"]), body)]
        elif kind == "jobs":
            for i, j in enumerate(section["jobs"]):
                top = [dated_row(f"<b>{t(j['first'])}</b>", j["dates"]), Paragraph(t(j["second"]), sub)]
                if j["prose"] is not None:
                    rest = Paragraph(t(j["prose"]), body)
                else:
                    rest = ListFlowable([ListItem(Paragraph(t(b), body)) for b in j["bullets"]],
                                        bulletType="bullet", start=spec["bullet"], bulletFontName=regular,
                                        bulletFontSize=size, bulletColor=accent, leftIndent=12)
                # A job is kept on one page (and the heading with the first job) when it fits.
                story.append(KeepTogether((head if i == 0 else []) + top + [rest]))
                story.append(Spacer(1, 2.5 * mm))
        elif kind == "lines":
            lines = [Paragraph((f"<b>{t(r['label'])}:</b> " if r["label"] else "") + t(r["text"]), body)
                     for r in section["rows"]]
            story.append(KeepTogether(head + lines[:1]))
            story += lines[1:]
    doc = SimpleDocTemplate(out, pagesize=page, leftMargin=margin, rightMargin=margin, topMargin=margin,
                            bottomMargin=margin + (5 * mm if spec["footer"] else 0),
                            title=spec["title"], author=spec["author"], creator="ReportLab platypus")
    footer = spec["footer"]
    if footer in ("Page 1 of 2", "1/2"):
        doc.build(story, canvasmaker=numbered_canvas(footer, regular))
    elif footer:
        def on_page(canvas, _doc):
            canvas.saveState()
            canvas.setFont(regular, 7.5)
            canvas.setFillColor(colors.HexColor("#666666"))
            canvas.drawCentredString(page[0] / 2, 10 * mm, spec["footerText"])
            canvas.restoreState()
        doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    else:
        doc.build(story)


if __name__ == "__main__":
    build(json.load(sys.stdin), sys.argv[1])
