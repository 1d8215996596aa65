"""Writes one DOCX laid out with tables by python-docx, from the spec on stdin (see pythondocxtable.mjs).

A two-cell table at the top: the name and headline on the left, the contact lines on the right.
Section headings are bold paragraphs with a bottom border or shading. Jobs, education and
certificates are rows of a borderless two-column table: the dates in the narrow left cell, the
title, company and bullets (or a paragraph) in the right cell. Skills fill a three-column table
of items, under a merged row with the group's name.

    /usr/bin/python3 docx_python_table.py OUT.docx < spec.json
"""
import json
import sys

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

from docx_python import GREY, auto_hyphenation, footer, set_fonts, set_page

# What follows w:pBdr and w:shd in a paragraph's properties (the schema's order).
PPR_AFTER_SHD = ("w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
                 "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
                 "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
                 "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                 "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def heading(doc, text, spec):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.space_after = Pt(4)
    p.paragraph_format.keep_with_next = True
    run = p.add_run(text)
    run.bold = True
    run.font.size = Pt(spec["size"] + 1.5)
    colour = spec["colour"]
    ppr = p._p.get_or_add_pPr()
    if spec["headingLook"] == "shaded":
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), spec["shade"])
        ppr.insert_element_before(shd, *PPR_AFTER_SHD)
    else:
        run.font.color.rgb = RGBColor.from_string(colour)
        bdr = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        bottom.set(qn("w:val"), "single")
        bottom.set(qn("w:sz"), "8")
        bottom.set(qn("w:space"), "1")
        bottom.set(qn("w:color"), colour)
        bdr.append(bottom)
        ppr.insert_element_before(bdr, "w:shd", *PPR_AFTER_SHD)
    return p


def set_widths(table, widths):
    """Fixed column widths, in the grid (LibreOffice) and on every cell (Word)."""
    table.autofit = False
    for col, w in zip(table.columns, widths):
        col.width = w
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w


def cell_text(cell, first, text, bold=False, italic=False, size=None, align=None, colour=None):
    """Writes `text` into the cell's first (empty) paragraph or a new one."""
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if colour is not None:
        run.font.color.rgb = colour
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(1)
    return p


def header_table(doc, spec, width):
    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    left_w = int(width * spec["headerSplit"])
    set_widths(table, [left_w, width - left_w])
    left, right = table.rows[0].cells
    cell_text(left, True, spec["name"], bold=True, size=spec["nameSize"])
    cell_text(left, False, spec["headline"], italic=True, size=spec["size"] + 1)
    for i, line in enumerate(spec["contact"]):
        cell_text(right, i == 0, line, size=spec["size"] - 0.5, align=WD_ALIGN_PARAGRAPH.RIGHT)


def dated_rows(doc, rows, spec, width):
    """One borderless row per entry: the dates left, the entry right."""
    table = doc.add_table(rows=len(rows), cols=2)
    date_w = Inches(spec["dateWidth"])
    set_widths(table, [date_w, width - date_w])
    for row, entry in zip(table.rows, rows):
        left, right = row.cells
        for i, line in enumerate(entry["dates"]):
            cell_text(left, i == 0, line, size=spec["size"] - 0.5, colour=GREY)
        first = True
        for text, bold, italic in entry["lines"]:
            p = cell_text(right, first, text, bold=bold, italic=italic)
            p.paragraph_format.keep_with_next = True
            first = False
        if entry.get("prose") is not None:
            cell_text(right, first, entry["prose"])
            first = False
        for bullet in entry.get("bullets", []):
            right.add_paragraph(bullet, style="List Bullet").paragraph_format.space_after = Pt(1)
        # A little air under each entry.
        right.paragraphs[-1].paragraph_format.space_after = Pt(6)
        if not entry.get("bullets") and entry.get("prose") is None:
            # A short entry (a school, a certificate) is kept on one page.
            row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def skills_table(doc, groups, spec, width):
    rows = []
    for g in groups:
        if g["group"]:
            rows.append(("label", g["group"]))
        for i in range(0, len(g["items"]), 3):
            rows.append(("items", g["items"][i:i + 3]))
    table = doc.add_table(rows=len(rows), cols=3)
    if spec["skillsGrid"]:
        table.style = doc.styles["Table Grid"]
    set_widths(table, [width // 3] * 3)
    for row, (kind, value) in zip(table.rows, rows):
        if kind == "label":
            merged = row.cells[0].merge(row.cells[2])
            cell_text(merged, True, value, bold=True, italic=True)
        else:
            for cell, item in zip(row.cells, value):
                cell_text(cell, True, item)


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

    header_table(doc, spec, width)
    for section in spec["sections"]:
        heading(doc, section["heading"], spec)
        kind = section["kind"]
        if kind == "text":
            doc.add_paragraph(section["text"])
        elif kind == "dated":
            dated_rows(doc, section["rows"], spec, width)
        elif kind == "skills":
            skills_table(doc, section["groups"], spec, width)
        elif kind == "lines":
            for line in section["lines"]:
                doc.add_paragraph(line)
    doc.save(out)


if __name__ == "__main__":
    build(json.load(sys.stdin), sys.argv[1])
