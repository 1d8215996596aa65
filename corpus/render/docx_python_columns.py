"""Writes one DOCX in Word sections with columns by python-docx, from the spec on stdin (see pythondocxcolumns.mjs).

The first section, one column wide, holds the name, the headline, the contact and (on some
documents) the summary. A continuous section break follows, and the next section sets its text in
two newspaper columns (w:cols w:num="2", a rule between them on some documents): the experience
flows down the left column and on into the right one, then the rest. On some documents a second
continuous break ends the columns (Word balances them there) and the skills, certificates and
languages follow at full width.

    /usr/bin/python3 docx_python_columns.py OUT.docx < spec.json
"""
import json
import sys

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from docx_python import GREY, auto_hyphenation, footer, heading, set_fonts, set_page


def set_columns(sectPr, num, space=None, separator=False):
    """The section's columns: `num` equal columns `space` inches apart, a rule between them."""
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.insert_element_before(cols, "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg",
                                     "w:textDirection", "w:bidi", "w:rtlGutter", "w:docGrid",
                                     "w:printerSettings", "w:sectPrChange")
    for attr in ("w:num", "w:sep", "w:equalWidth"):
        if cols.get(qn(attr)) is not None:
            del cols.attrib[qn(attr)]
    if num > 1:
        cols.set(qn("w:num"), str(num))
        cols.set(qn("w:equalWidth"), "1")
        if separator:
            cols.set(qn("w:sep"), "1")
    cols.set(qn("w:space"), str(int((space or 0.5) * 1440)))


def end_section(doc, paragraph):
    """Ends the current section at `paragraph` (its sectPr is a copy of the body's); what follows
    is a new section that starts on the same page. Returns the new section's sectPr (the body's)."""
    body = doc.sections[-1]._sectPr
    paragraph._p.set_sectPr(body.clone())
    body.start_type = WD_SECTION.CONTINUOUS
    return body


def section_heading(doc, text, spec):
    if spec["headingStyles"]:
        p = doc.add_heading(text, level=1)
        p.paragraph_format.space_before = Pt(10)
        return p
    return heading(doc, text, spec)


# The lines of a job or a school are not kept with the next: LibreOffice then fails to balance
# the columns at a continuous section break (it leaves the right column empty and starts the
# next section on a new page).
def line(doc, runs, size=None, colour=None, space_after=1):
    p = doc.add_paragraph()
    for text, bold, italic in runs:
        run = p.add_run(text)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        if colour is not None:
            run.font.color.rgb = colour
    p.paragraph_format.space_after = Pt(space_after)
    return p


def job(doc, j, spec):
    p = line(doc, [(j["head"], True, False)])
    p.paragraph_format.space_before = Pt(6)
    if j["datesWithSub"]:
        line(doc, [(j["sub"], False, True), ("  |  " + j["dates"], False, False)], space_after=2)
    else:
        line(doc, [(j["sub"], False, True)])
        line(doc, [(j["dates"], False, False)], size=spec["size"] - 1, colour=GREY, space_after=2)
    if j["prose"] is not None:
        doc.add_paragraph(j["prose"]).paragraph_format.space_after = Pt(2)
    for bullet in j["bullets"]:
        doc.add_paragraph(bullet, style="List Bullet").paragraph_format.space_after = Pt(1)


def write_sections(doc, sections, spec):
    """Writes the sections; returns the last paragraph written."""
    for section in sections:
        section_heading(doc, section["heading"], spec)
        kind = section["kind"]
        if kind == "text":
            doc.add_paragraph(section["text"])
        elif kind == "jobs":
            for j in section["jobs"]:
                job(doc, j, spec)
        elif kind == "entries":
            for e in section["entries"]:
                p = line(doc, [(e["bold"], True, False)])
                p.paragraph_format.space_before = Pt(4)
                if e["rest"]:
                    line(doc, [(e["rest"], False, False)])
                if e["dates"]:
                    line(doc, [(e["dates"], False, False)], size=spec["size"] - 1, colour=GREY)
        elif kind == "labelled":
            for row in section["rows"]:
                if row["label"] and spec["skillsLook"] == "group-over-items":
                    line(doc, [(row["label"], True, False)], space_after=0)
                    line(doc, [(row["text"], False, False)], space_after=4)
                else:
                    p = doc.add_paragraph()
                    if row["label"]:
                        p.add_run(row["label"] + ": ").bold = True
                    p.add_run(row["text"])
                    p.paragraph_format.space_after = Pt(3)
    return doc.paragraphs[-1]


def build(spec, out):
    doc = Document()
    set_page(doc, spec)
    set_fonts(doc, spec)
    if spec["hyphenate"]:
        auto_hyphenation(doc)
    if spec["footer"]:
        footer(doc, spec)
    doc.core_properties.author = spec["name"]
    doc.core_properties.title = spec["name"] + " – Résumé"
    align = WD_ALIGN_PARAGRAPH.CENTER if spec["centred"] else None

    name = doc.add_paragraph()
    name.alignment = align
    run = name.add_run(spec["name"])
    run.bold = True
    run.font.size = Pt(spec["nameSize"])
    if spec["headingColour"]:
        run.font.color.rgb = RGBColor.from_string(spec["headingColour"])
    name.paragraph_format.space_after = Pt(0)
    headline = doc.add_paragraph()
    headline.alignment = align
    headline.add_run(spec["headline"]).italic = True
    lines = [" | ".join(spec["contact"])] if spec["contactOneLine"] else spec["contact"]
    for text in lines:
        last = doc.add_paragraph(text)
        last.alignment = align
        last.paragraph_format.space_after = Pt(0)
    last.paragraph_format.space_after = Pt(6)
    if spec["headerSections"]:
        last = write_sections(doc, spec["headerSections"], spec)

    body = end_section(doc, last)
    set_columns(body, 2, spec["columnSpace"], spec["columnRule"])
    last = write_sections(doc, spec["columnSections"], spec)
    if spec["afterSections"]:
        body = end_section(doc, last)
        set_columns(body, 1)
        write_sections(doc, spec["afterSections"], spec)
    doc.save(out)


if __name__ == "__main__":
    build(json.load(sys.stdin), sys.argv[1])
