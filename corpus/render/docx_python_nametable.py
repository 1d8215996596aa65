"""Writes one DOCX with python-docx from the spec on stdin (see pythondocxnametable.mjs).

A borderless one-row table at the top: the name (post-nominals after a comma) and the headline in
the left cell, the contact lines right-aligned in the right cell. Section headings are bold small
capitals over a bottom border. Every job and school is a bold line ("Company — City", "School,
City"), then an italic line (the title, the degree) with the dates pushed right by a right tab
stop, then "List Bullet" items or a paragraph. Skills are "Group: a, b" lines.

    /usr/bin/python3 docx_python_nametable.py OUT.docx < spec.json
"""
import json
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from docx_python import GREY, auto_hyphenation, footer, set_fonts, set_page, tabbed
from docx_python_table import PPR_AFTER_SHD, cell_text, set_widths


def heading(doc, text, spec):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(11)
    p.paragraph_format.space_after = Pt(4)
    p.paragraph_format.keep_with_next = True
    run = p.add_run(text)
    run.bold = True
    run.font.small_caps = True
    run.font.size = Pt(spec["size"] + 2)
    run.font.color.rgb = RGBColor.from_string(spec["colour"])
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), "6")
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), spec["colour"])
    bdr.append(bottom)
    p._p.get_or_add_pPr().insert_element_before(bdr, "w:shd", *PPR_AFTER_SHD)


def header_table(doc, spec, width):
    table = doc.add_table(rows=1, cols=2)
    left_w = int(width * spec["headerSplit"])
    set_widths(table, [left_w, width - left_w])
    left, right = table.rows[0].cells
    p = cell_text(left, True, spec["name"], bold=True, size=spec["nameSize"])
    if spec["postNominals"]:
        run = p.add_run(", " + spec["postNominals"])
        run.bold = not spec["postSmall"]
        run.font.size = Pt(spec["nameSize"] * 0.6 if spec["postSmall"] else spec["nameSize"])
    cell_text(left, False, spec["headline"], italic=True, size=spec["size"] + 1.5, colour=GREY)
    for i, line in enumerate(spec["contact"]):
        cell_text(right, i == 0, line, size=spec["size"] - 0.5, align=WD_ALIGN_PARAGRAPH.RIGHT)


def entry(doc, e, spec, width):
    head = doc.add_paragraph()
    head.paragraph_format.space_before = Pt(6)
    head.paragraph_format.space_after = Pt(0)
    head.paragraph_format.keep_with_next = True
    head.add_run(e["head"]).bold = True
    sub = tabbed(doc, [(e["sub"], False, True)], e["dates"], width)
    sub.paragraph_format.space_after = Pt(2)
    sub.paragraph_format.keep_with_next = bool(e["bullets"]) or e["prose"] is not None
    if e["prose"] is not None:
        doc.add_paragraph(e["prose"])
    for bullet in e["bullets"]:
        doc.add_paragraph(bullet, style="List Bullet").paragraph_format.space_after = Pt(1)


def build(spec, out):
    doc = Document()
    width = set_page(doc, spec)
    set_fonts(doc, spec)
    if spec["hyphenate"]:
        auto_hyphenation(doc)
    if spec["footer"]:
        footer(doc, spec)
    doc.core_properties.author = spec["displayName"]
    doc.core_properties.title = spec["displayName"] + " – Résumé"

    header_table(doc, spec, width)
    for section in spec["sections"]:
        heading(doc, section["heading"], spec)
        kind = section["kind"]
        if kind == "text":
            for line in section["lines"]:
                doc.add_paragraph(line)
        elif kind == "entries":
            for e in section["entries"]:
                entry(doc, e, spec, width)
        elif kind == "labelled":
            for row in section["rows"]:
                p = doc.add_paragraph()
                if row["label"]:
                    p.add_run(row["label"] + ": ").bold = True
                p.add_run(row["text"])
    doc.save(out)


if __name__ == "__main__":
    build(json.load(sys.stdin), sys.argv[1])
