"""Writes one DOCX with python-docx from the document spec on stdin (see pythondocx.mjs).

No Word heading styles: section headings are bold all-caps Normal paragraphs. The name is a
large bold paragraph, the contact one line of " | "-separated items, job dates right-aligned by a
right tab stop, bullets in python-docx's own "List Bullet" style, skills as "Label: a, b" lines.

    /usr/bin/python3 docx_python.py OUT.docx < spec.json
"""
import json
import sys

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

GREY = RGBColor(0x59, 0x59, 0x59)


def set_page(doc, spec):
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    if spec["paper"] == "A4":
        section.page_width, section.page_height = Inches(8.27), Inches(11.69)
    else:
        section.page_width, section.page_height = Inches(8.5), Inches(11)
    margin = Inches(spec["margin"])
    section.left_margin = section.right_margin = margin
    section.top_margin = section.bottom_margin = margin
    return section.page_width - 2 * margin


def set_fonts(doc, spec):
    normal = doc.styles["Normal"]
    normal.font.name = spec["font"]
    normal.font.size = Pt(spec["size"])
    # The East Asian font too, so that Word does not fall back to the theme font.
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), spec["font"])
    normal.paragraph_format.space_after = Pt(2)


def auto_hyphenation(doc):
    settings = doc.settings.element
    el = OxmlElement("w:autoHyphenation")
    el.set(qn("w:val"), "true")
    settings.append(el)


def field(paragraph, instr):
    """A simple field (PAGE, NUMPAGES) that Word and LibreOffice fill in."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


def footer(doc, spec):
    p = doc.sections[0].footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    style = spec["footer"]
    if style == "Page 1 of 2":
        p.add_run("Page ")
        field(p, "PAGE")
        p.add_run(" of ")
        field(p, "NUMPAGES")
    elif style == "1/2":
        field(p, "PAGE")
        p.add_run("/")
        field(p, "NUMPAGES")
    else:
        p.add_run(spec["footerText"])
    for run in p.runs:
        run.font.size = Pt(8)


def heading(doc, text, spec):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.space_after = Pt(3)
    p.paragraph_format.keep_with_next = True
    run = p.add_run(text)
    run.bold = True
    run.font.size = Pt(spec["size"] + 1)
    if spec["headingColour"]:
        run.font.color.rgb = RGBColor.from_string(spec["headingColour"])
    return p


def tabbed(doc, left_runs, right, width):
    """A line with text on the left and `right` pushed to the right margin by a tab stop."""
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    for text, bold, italic in left_runs:
        run = p.add_run(text)
        run.bold = bold
        run.italic = italic
    if right:
        p.add_run("\t" + right)
    return p


def job(doc, j, spec, width):
    first, second = (j["company"], j["title"]) if j["companyFirst"] else (j["title"], j["company"])
    p = tabbed(doc, [(first, True, False), (j["separator"], False, False), (second, False, not j["companyFirst"])],
               j["dates"], width)
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.keep_with_next = True
    if j["location"]:
        loc = doc.add_paragraph()
        loc.paragraph_format.keep_with_next = True
        run = loc.add_run(j["location"])
        run.italic = True
        run.font.color.rgb = GREY
    if j["prose"] is not None:
        doc.add_paragraph(j["prose"])
    for bullet in j["bullets"]:
        doc.add_paragraph(bullet, style="List Bullet")


def build(spec, out):
    doc = Document()
    width = set_page(doc, spec)
    set_fonts(doc, spec)
    if spec["hyphenate"]:
        auto_hyphenation(doc)
    if spec["footer"]:
        footer(doc, spec)
    doc.core_properties.author = spec["name"]
    doc.core_properties.title = spec["name"] + " – Résumé"

    name = doc.add_paragraph()
    if spec["centred"]:
        name.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = name.add_run(spec["name"])
    run.bold = True
    run.font.size = Pt(spec["nameSize"])
    name.paragraph_format.space_after = Pt(0)
    headline = doc.add_paragraph()
    if spec["centred"]:
        headline.alignment = WD_ALIGN_PARAGRAPH.CENTER
    headline.add_run(spec["headline"]).italic = True
    contact = doc.add_paragraph(" | ".join(spec["contact"]))
    if spec["centred"]:
        contact.alignment = WD_ALIGN_PARAGRAPH.CENTER

    for section in spec["sections"]:
        heading(doc, section["heading"], spec)
        kind = section["kind"]
        if kind == "text":
            doc.add_paragraph(section["text"])
        elif kind == "jobs":
            for j in section["jobs"]:
                job(doc, j, spec, width)
        elif kind == "tabbed":
            for row in section["rows"]:
                tabbed(doc, [(row["bold"], True, False), (row["rest"], False, False)], row["right"], width)
        elif kind == "labelled":
            for row in section["rows"]:
                p = doc.add_paragraph()
                if row["label"]:
                    p.add_run(row["label"] + ": ").bold = True
                p.add_run(row["text"])
    doc.save(out)


if __name__ == "__main__":
    build(json.load(sys.stdin), sys.argv[1])
