"""Writes one DOCX in the manner of a word processor's built-in resume templates, from the spec on
stdin (see wordtemplate.mjs), with python-docx for the package, the page, the header and footer
parts and the document properties, and raw WordprocessingML (python-docx's oxml) for what it has
no API for: content controls (w:sdt), the template's styles and numbering, the theme, DrawingML
shapes with their VML fallback, layout tables and the glossary of placeholder texts.

    /usr/bin/python3 docx_word_template.py OUT.docx < spec.json
"""
import json
import os
import random
import re
import shutil
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

from docx import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.shared import Inches

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml"
NS = (
    'xmlns:w="%s" xmlns:w15="%s" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"' % (W_NS, W15_NS)
)
CORE_STORE = "{6C3C8BC8-F283-45AE-878A-BAB7291924A1}"
EMU_IN = 914400
TW_IN = 1440

# Placeholder texts of the template's glossary (this corpus's own wording), by control alias.
PLACEHOLDERS = {
    "Your Name": "Your Name",
    "Profession or Industry": "Profession or industry",
    "Email": "Email",
    "Telephone": "Telephone",
    "Address": "Street address, City, ST ZIP",
    "LinkedIn Profile": "LinkedIn profile",
    "Website": "Website or portfolio",
    "Objective": "Say in a sentence or two what you want to do next and why you are the one to do it.",
    "Job Title": "Job Title",
    "Company": "Company",
    "City": "City",
    "Dates From": "Dates From",
    "To": "To",
    "Job Details": "Describe what you did and what came of it. Numbers help; keep it short.",
    "Degree": "Degree",
    "School": "School",
    "Skills": "List the strengths this role asks for.",
    "Languages": "Language (level)",
    "Certifications": "Certificate, issuer, date",
    "Section Heading": "Heading",
    "Experience": "",
    "Education": "",
}


class Ctx:
    def __init__(self, spec):
        self.spec = spec
        self.rnd = random.Random(spec["seed"])
        self.doc_parts = {}
        self.shape_id = 0

    def sdt_id(self):
        return self.rnd.randint(-2 ** 31, 2 ** 31 - 1)

    def doc_part(self, alias):
        if alias not in self.doc_parts:
            self.doc_parts[alias] = "%032X" % self.rnd.getrandbits(128)
        return self.doc_parts[alias]

    def guid(self):
        h = "%032X" % self.rnd.getrandbits(128)
        return "{%s-%s-%s-%s-%s}" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def t(text):
    return '<w:t xml:space="preserve">%s</w:t>' % escape(text)


def run(text, rpr=""):
    if not text:
        return ""
    return "<w:r>%s%s</w:r>" % ("<w:rPr>%s</w:rPr>" % rpr if rpr else "", t(text))


def para(style, inner, ppr="", rpr_mark=""):
    style_el = '<w:pStyle w:val="%s"/>' % style if style else ""
    mark = "<w:rPr>%s</w:rPr>" % rpr_mark if rpr_mark else ""
    return "<w:p><w:pPr>%s%s%s</w:pPr>%s</w:p>" % (style_el, ppr, mark, inner)


def sdt_pr(ctx, alias, tag, kind="text", binding=None, rpr=""):
    parts = []
    if rpr:
        parts.append("<w:rPr>%s</w:rPr>" % rpr)
    parts.append('<w:alias w:val="%s"/>' % escape(alias, {'"': "&quot;"}))
    parts.append('<w:tag w:val="%s"/>' % tag)
    parts.append('<w:id w:val="%d"/>' % ctx.sdt_id())
    if kind != "repeating":
        parts.append('<w:placeholder><w:docPart w:val="%s"/></w:placeholder>' % ctx.doc_part(alias))
    if binding:
        parts.append(
            '<w:dataBinding w:prefixMappings="xmlns:ns0=\'http://purl.org/dc/elements/1.1/\' '
            'xmlns:ns1=\'http://schemas.openxmlformats.org/package/2006/metadata/core-properties\' " '
            'w:xpath="/ns1:coreProperties[1]/ns0:%s[1]" w:storeItemID="%s"/>' % (binding, CORE_STORE))
    parts.append('<w15:appearance w15:val="hidden"/>')
    if kind == "text":
        parts.append("<w:text/>")
    elif kind == "multiline":
        parts.append('<w:text w:multiLine="1"/>')
    elif kind == "repeating":
        parts.append("<w15:repeatingSection/>")
    elif kind == "item":
        parts.append("<w15:repeatingSectionItem/>")
    return "<w:sdtPr>%s</w:sdtPr><w:sdtEndPr/>" % "".join(parts)


def sdt_run(ctx, alias, tag, text, rpr="", binding=None):
    """A run-level content control inside a paragraph."""
    if not text:
        return ""
    return "<w:sdt>%s<w:sdtContent>%s</w:sdtContent></w:sdt>" % (
        sdt_pr(ctx, alias, tag, "text", binding, rpr), run(text, rpr))


def sdt_block(ctx, alias, tag, blocks, kind="rich", binding=None):
    """A block-level content control around whole paragraphs (or tables)."""
    return "<w:sdt>%s<w:sdtContent>%s</w:sdtContent></w:sdt>" % (sdt_pr(ctx, alias, tag, kind, binding), blocks)


# ---------------------------------------------------------------------------------------------
# Styles, numbering, theme.
def fonts_xml(spec, major=False):
    if spec["themeFonts"]:
        k = "major" if major else "minor"
        return ('<w:rFonts w:asciiTheme="%sHAnsi" w:eastAsiaTheme="%sEastAsia" w:hAnsiTheme="%sHAnsi" '
                'w:cstheme="%sBidi"/>' % (k, k, k, k))
    f = spec["headFont"] if major else spec["font"]
    return '<w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s" w:cs="%s"/>' % (f, f, f, f)


def sz(pt):
    v = int(round(pt * 2))
    return '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (v, v)


def styles_xml(spec):
    s = spec
    size = s["size"]
    accent = s["accent"]
    caps = "<w:caps/>" if s["headingCaps"] else ""
    border = ('<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="1" w:color="%s" w:themeColor="accent1"/></w:pBdr>'
              % accent) if s["headingBorder"] else ""
    name_caps = "<w:caps/>" if s["nameCaps"] else ""
    name_size = s["nameSize"] if s["nameWhere"] != "left-box" else min(s["nameSize"], 22)
    name_colour = "FFFFFF" if s["nameWhere"] == "left-box" or s["banner"] or s["decoration"] == "namebox" and s["boxFilled"] else accent
    dates_caps = "<w:smallCaps/>" if s["datesSmallCaps"] else ""
    name_style_id = s["nameStyle"]
    out = []
    out.append(
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:spacing w:after="%d" w:line="%d" w:lineRule="auto"/></w:pPr>'
        '<w:rPr>%s<w:color w:val="%s"/>%s</w:rPr></w:style>'
        % (s["after"], s["line"], fonts_xml(s), s["textColour"], sz(size)))
    out.append(
        '<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/>'
        '<w:pPr><w:spacing w:before="0" w:after="0" w:line="216" w:lineRule="auto"/><w:contextualSpacing/></w:pPr>'
        '<w:rPr>%s<w:b/>%s<w:color w:val="%s"/><w:kern w:val="28"/>%s</w:rPr></w:style>'
        % (name_style_id, name_style_id, fonts_xml(s, True), name_caps, name_colour, sz(name_size)))
    out.append(
        '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/>'
        '<w:pPr><w:spacing w:before="40" w:after="120"/></w:pPr>'
        '<w:rPr>%s<w:color w:val="%s"/>%s</w:rPr></w:style>'
        % (fonts_xml(s, True), "FFFFFF" if s["nameWhere"] == "left-box" or s["banner"] else "595959", sz(size + 2)))
    out.append(
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>'
        '<w:pPr><w:keepNext/><w:keepLines/>%s<w:spacing w:before="%d" w:after="%d"/><w:contextualSpacing/>'
        '<w:outlineLvl w:val="0"/></w:pPr>'
        '<w:rPr>%s<w:b/>%s<w:color w:val="%s" w:themeColor="accent1"/>%s%s</w:rPr></w:style>'
        % (border, s["h1Before"], s["h1After"], fonts_xml(s, True), caps, accent,
           '<w:spacing w:val="10"/>' if s["headingCaps"] else "", sz(s["headingSize"])))
    out.append(
        '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>'
        '<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="%d" w:after="20"/><w:outlineLvl w:val="1"/></w:pPr>'
        '<w:rPr>%s<w:b/><w:color w:val="262626" w:themeColor="text1" w:themeTint="D9"/>%s</w:rPr></w:style>'
        % (s["h2Before"], fonts_xml(s, True), sz(size + 1)))
    out.append(
        '<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>'
        '<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="%d" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr>'
        '<w:rPr>%s%s<w:color w:val="%s"/>%s</w:rPr></w:style>'
        % (s["h3Before"], fonts_xml(s, True), dates_caps, s["h3Colour"], sz(size)))
    out.append(
        '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/>'
        '<w:uiPriority w:val="10"/><w:unhideWhenUsed/><w:qFormat/>'
        '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="40"/></w:pPr></w:style>')
    out.append(
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="ContactInfo"><w:name w:val="Contact Info"/>'
        '<w:basedOn w:val="Normal"/><w:uiPriority w:val="3"/><w:qFormat/>'
        '<w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr>%s</w:rPr></w:style>' % sz(size - 0.5))
    out.append(
        '<w:style w:type="character" w:styleId="SubtleReference"><w:name w:val="Subtle Reference"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="10"/><w:qFormat/>'
        '<w:rPr><w:b w:val="0"/><w:color w:val="%s" w:themeColor="accent1"/></w:rPr></w:style>' % accent)
    return out


def install_styles(doc, spec):
    styles = doc.styles.element
    for xml in styles_xml(spec):
        new = parse_xml(xml.replace("<w:style ", "<w:style %s " % NS, 1))
        sid = new.get("{%s}styleId" % W_NS)
        for old in styles.findall("{%s}style" % W_NS):
            if old.get("{%s}styleId" % W_NS) == sid:
                styles.remove(old)
        styles.append(new)
    # The body text's defaults (the template's own paragraph spacing).
    for rfonts in styles.iter("{%s}rFonts" % W_NS):
        if rfonts.getparent().getparent().tag == "{%s}rPrDefault" % W_NS:
            rfonts.getparent().remove(rfonts)
            break


def install_numbering(doc, spec):
    numbering = doc.part.numbering_part.element
    glyph, font = spec["bullet"]
    symbol = {"Symbol": "\uf0b7", "Wingdings": "\uf0a7"}.get(font, glyph)
    for an in numbering.findall("{%s}abstractNum" % W_NS):
        for lvl in an.iter("{%s}lvl" % W_NS):
            ps = lvl.find("{%s}pStyle" % W_NS)
            if ps is None or ps.get("{%s}val" % W_NS) != "ListBullet":
                continue
            for child in list(lvl):
                if child.tag in ("{%s}lvlText" % W_NS, "{%s}rPr" % W_NS, "{%s}pPr" % W_NS):
                    lvl.remove(child)
            new = parse_xml(
                '<w:x %s><w:lvlText w:val="%s"/><w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr>'
                '<w:rPr>%s<w:color w:val="%s"/></w:rPr></w:x>'
                % (NS, symbol, spec["bulletIndent"], spec["bulletIndent"],
                   '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:hint="default"/>' % (font, font) if font else "",
                   spec["accent"] if spec["bulletAccent"] else spec["textColour"]))
            jc = lvl.find("{%s}lvlJc" % W_NS)
            items = list(new)
            jc.addprevious(items[0])
            jc.addnext(items[1])
            items[1].addnext(items[2])


def rewrite_theme(doc, spec):
    for rel in doc.part.rels.values():
        if rel.reltype == RT.THEME:
            part = rel.target_part
            xml = part.blob.decode("utf-8")
            xml = re.sub(r'(<a:accent1>\s*<a:srgbClr val=")[0-9A-Fa-f]{6}', r"\g<1>" + spec["accent"], xml)
            xml = re.sub(r'(<a:majorFont>\s*<a:latin typeface=")[^"]*', r"\g<1>" + spec["headFont"], xml)
            xml = re.sub(r'(<a:minorFont>\s*<a:latin typeface=")[^"]*', r"\g<1>" + spec["font"], xml)
            part._blob = xml.encode("utf-8")


# ---------------------------------------------------------------------------------------------
# Tables.
NO_BORDERS = ('<w:tblBorders><w:top w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
              '<w:left w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
              '<w:bottom w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
              '<w:right w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
              '<w:insideH w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
              '<w:insideV w:val="none" w:sz="0" w:space="0" w:color="auto"/></w:tblBorders>')


def table(widths, cells, caption="Layout table", cell_mar=(0, 0), fills=None, mars=None, valign="top"):
    """A borderless one-row layout table; `cells` the content (block XML) of each cell."""
    grid = "".join('<w:gridCol w:w="%d"/>' % w for w in widths)
    tcs = []
    for i, (w, content) in enumerate(zip(widths, cells)):
        fill = fills[i] if fills else None
        mar = mars[i] if mars else None
        tcpr = '<w:tcW w:w="%d" w:type="dxa"/>' % w
        if fill:
            tcpr += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % fill
        if mar:
            tcpr += ('<w:tcMar><w:top w:w="%d" w:type="dxa"/><w:left w:w="%d" w:type="dxa"/>'
                     '<w:bottom w:w="%d" w:type="dxa"/><w:right w:w="%d" w:type="dxa"/></w:tcMar>' % mar)
        tcpr += '<w:vAlign w:val="%s"/>' % valign
        # A cell that opens with a heading (keep with next, by its style) would make LibreOffice
        # move the whole one-row table to the next page: the first paragraph does not keep.
        content = re.sub(r'^(<w:p><w:pPr><w:pStyle w:val="Heading\d"/>)', r'\1<w:keepNext w:val="0"/>', content)
        if not content.endswith("</w:p>"):
            content += '<w:p><w:pPr><w:spacing w:after="0" w:line="120" w:lineRule="exact"/></w:pPr></w:p>'
        tcs.append("<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (tcpr, content))
    return ('<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/>%s<w:tblLayout w:type="fixed"/>'
            '<w:tblCellMar><w:left w:w="%d" w:type="dxa"/><w:right w:w="%d" w:type="dxa"/></w:tblCellMar>'
            '<w:tblLook w:val="0600" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
            'w:noHBand="1" w:noVBand="1"/><w:tblCaption w:val="%s"/></w:tblPr><w:tblGrid>%s</w:tblGrid>'
            '<w:tr>%s</w:tr></w:tbl>'
            % (sum(widths), NO_BORDERS, cell_mar[0], cell_mar[1], caption, grid, "".join(tcs)))


def grid_table(widths, rows):
    """A borderless table of several rows (the skills in columns)."""
    grid = "".join('<w:gridCol w:w="%d"/>' % w for w in widths)
    trs = []
    for row in rows:
        tcs = "".join('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>' % (w, c or para(None, ""))
                      for w, c in zip(widths, row))
        trs.append("<w:tr>%s</w:tr>" % tcs)
    return ('<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/>%s<w:tblLayout w:type="fixed"/>'
            '<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="115" w:type="dxa"/></w:tblCellMar>'
            '<w:tblLook w:val="0600" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
            'w:noHBand="1" w:noVBand="1"/><w:tblCaption w:val="Skills layout table"/></w:tblPr>'
            '<w:tblGrid>%s</w:tblGrid>%s</w:tbl>' % (sum(widths), NO_BORDERS, grid, "".join(trs)))


# ---------------------------------------------------------------------------------------------
# Shapes.
def shape(ctx, x_in, y_in, w_in, h_in, fill, outline, inner_paras, rel_h="page", behind=True, anchor="ctr"):
    """A DrawingML rectangle (wps:wsp) anchored to the page, with Word's VML fallback."""
    ctx.shape_id += 1
    sid = ctx.shape_id
    cx, cy = int(w_in * EMU_IN), int(h_in * EMU_IN)
    fill_xml = '<a:solidFill><a:srgbClr val="%s"/></a:solidFill>' % fill if fill else "<a:noFill/>"
    ln_xml = ('<a:ln w="19050"><a:solidFill><a:srgbClr val="%s"/></a:solidFill></a:ln>' % outline
              if outline else "<a:ln><a:noFill/></a:ln>")
    txbx = "<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>" % inner_paras if inner_paras else ""
    name = "Text Box %d" % sid if inner_paras else "Rectangle %d" % sid
    choice = (
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" '
        'simplePos="0" relativeHeight="%d" behindDoc="%d" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="page"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        '<wp:docPr id="%d" name="%s" descr="%s"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr%s/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>%s%s</wps:spPr>%s'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="182880" tIns="45720" rIns="182880" bIns="45720" '
        'anchor="%s" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        '<wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH>'
        '<wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV>'
        '</wp:anchor></w:drawing></mc:Choice>'
        % (251658240 + sid * 1024, 1 if behind else 0, rel_h, int(x_in * EMU_IN), int(y_in * EMU_IN), cx, cy,
           sid, name, "" if inner_paras else "decorative", ' txBox="1"' if inner_paras else "", cx, cy,
           fill_xml, ln_xml, txbx, anchor))
    style = ("position:absolute;margin-left:%.1fpt;margin-top:%.1fpt;width:%.1fpt;height:%.1fpt;z-index:%d;"
             "mso-position-horizontal-relative:%s;mso-position-vertical-relative:page;v-text-anchor:%s"
             % (x_in * 72, y_in * 72, w_in * 72, h_in * 72, -251658240 + sid if behind else 251658240 + sid,
                rel_h, "middle" if anchor == "ctr" else "top"))
    vml_fill = 'fillcolor="#%s"' % fill.lower() if fill else 'filled="f"'
    vml_stroke = 'strokecolor="#%s" strokeweight="1.5pt"' % outline.lower() if outline else 'stroked="f"'
    vml_text = '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox>' % inner_paras if inner_paras else ""
    fallback = ('<mc:Fallback><w:pict><v:rect id="%s" o:spid="_x0000_s%d" style="%s" %s %s>%s</v:rect></w:pict>'
                '</mc:Fallback>' % (name, 1025 + sid, style, vml_fill, vml_stroke, vml_text))
    return "<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent>%s%s</mc:AlternateContent></w:r>" % (choice, fallback)


# ---------------------------------------------------------------------------------------------
# Content.
def heading1(ctx, text):
    if ctx.spec["headingControls"]:
        return para("Heading1", sdt_run(ctx, "Section Heading", "heading", text))
    return para("Heading1", run(text))


def name_paragraph(ctx, style, centred=False, extra_ppr=""):
    s = ctx.spec
    inner = sdt_run(ctx, "Your Name", "name", s["name"], binding="creator")
    if s["postNominals"]:
        inner += run(", " + s["postNominals"], '<w:caps w:val="0"/>' + sz(s["nameSize"] * 0.55) if s["postSmall"] else "")
    return para(style, inner, ('<w:jc w:val="center"/>' if centred else "") + extra_ppr)


def headline_paragraph(ctx, centred=False):
    s = ctx.spec
    return para("Subtitle", sdt_run(ctx, "Profession or Industry", "headline", s["headline"]),
                '<w:jc w:val="center"/>' if centred else "")


def contact_lines(ctx, align=None):
    """One Contact Info paragraph per item, each item a run-level control."""
    jc = '<w:jc w:val="%s"/>' % align if align else ""
    return "".join(para("ContactInfo", sdt_run(ctx, c["alias"], c["tag"], c["text"]), jc) for c in ctx.spec["contact"])


def contact_line(ctx, align=None, rpr=""):
    """All items on one Contact Info line, separated by plain runs."""
    s = ctx.spec
    jc = '<w:jc w:val="%s"/>' % align if align else ""
    parts = []
    for i, c in enumerate(s["contact"]):
        if i:
            parts.append(run(s["contactSep"], rpr))
        parts.append(sdt_run(ctx, c["alias"], c["tag"], c["text"], rpr))
    return para("ContactInfo", "".join(parts), jc)


def summary_blocks(ctx):
    s = ctx.spec
    if not s["summary"]:
        return ""
    return heading1(ctx, s["headings"]["summary"]) + sdt_block(
        ctx, "Objective", "summary", para(None, run(s["summary"])), "multiline")


def dates_runs(ctx, start, rsep, end):
    return (sdt_run(ctx, "Dates From", "start", start) + run(rsep) + sdt_run(ctx, "To", "end", end))


def entry_blocks(ctx, e, job=True):
    """One job or school in the document's form."""
    s = ctx.spec
    form = s["jobForm"]
    a1, a2 = ("Job Title", "Company") if job else ("Degree", "School")
    if e["swap"]:
        a1, a2 = a2, a1
    first = sdt_run(ctx, a1, e["firstTag"], e["first"])
    second = sdt_run(ctx, a2, e["secondTag"], e["second"], '<w:rStyle w:val="SubtleReference"/>' if s["companyRef"] else "")
    dates = dates_runs(ctx, e["start"], e["rangeSep"], e["end"]) if e["end"] else sdt_run(ctx, "To", "end", e["start"])
    city = (run(" · ") + sdt_run(ctx, "City", "city", e["city"])) if e["city"] else ""
    out = []
    when = para("Heading3", dates + city) if dates or city else ""
    if form == "title-company/dates":
        out.append(para("Heading2", first + run(e["sep"]) + second))
        out.append(when)
    elif form == "dates/title-company":
        out.append(when)
        out.append(para("Heading2", first + run(e["sep"]) + second))
    else:
        out.append(para("Heading2", first))
        out.append(para("Heading3", second + (run(e["sep"]) + dates if dates else "") + city))
    body = ""
    if e.get("prose"):
        body = sdt_block(ctx, "Job Details", "details", para(None, run(e["prose"])), "multiline")
    elif e.get("bullets"):
        body = sdt_block(ctx, "Job Details", "details", "".join(para("ListBullet", run(b)) for b in e["bullets"]))
    return "".join(out) + body


def entries_section(ctx, heading, entries, job=True):
    s = ctx.spec
    blocks = [entry_blocks(ctx, e, job) for e in entries]
    if s["repeating"]:
        items = "".join(sdt_block(ctx, "Experience" if job else "Education", "", b, "item") for b in blocks)
        body = sdt_block(ctx, "Experience" if job else "Education", "experience" if job else "education", items, "repeating")
    else:
        body = "".join(blocks)
    return heading1(ctx, heading) + body


def skills_section(ctx, width):
    s = ctx.spec
    form = s["skillsForm"]
    groups = s["skills"]
    named = len(groups) > 1 and all(g["group"] for g in groups)
    if form == "bullets":
        inner = ""
        for g in groups:
            if named:
                inner += para("Heading3", run(g["group"]))
            inner += "".join(para("ListBullet", run(item)) for item in g["items"])
    elif form == "lines" or (form == "grouped" and not named):
        inner = ""
        for g in groups:
            label = run(g["group"] + ": ", "<w:b/>") if g["group"] else ""
            inner += para(None, label + run(", ".join(g["items"])))
    elif form == "grouped":
        inner = ""
        for g in groups:
            inner += para("Heading3", run(g["group"])) + para(None, run(", ".join(g["items"])))
    else:  # a borderless table of List Bullet items, row by row
        items = [i for g in groups for i in g["items"]]
        cols = s["skillColumns"]
        widths = [width // cols] * cols
        rows = []
        per = (len(items) + cols - 1) // cols
        for r in range(per):
            row = []
            for c in range(cols):
                k = c * per + r
                row.append(para("ListBullet", run(items[k])) if k < len(items) else None)
            rows.append(row)
        inner = grid_table(widths, rows)
    return heading1(ctx, s["headings"]["skills"]) + sdt_block(ctx, "Skills", "skills", inner)


def languages_section(ctx, one_line):
    s = ctx.spec
    if not s["languages"]:
        return ""
    texts = ["%s (%s)" % (l["language"], l["fluency"]) if l["fluency"] else l["language"] for l in s["languages"]]
    inner = para(None, run(", ".join(texts))) if one_line else "".join(para(None, run(x)) for x in texts)
    return heading1(ctx, s["headings"]["languages"]) + sdt_block(ctx, "Languages", "languages", inner)


def certifications_section(ctx):
    s = ctx.spec
    if not s["certifications"]:
        return ""
    lines = []
    for c in s["certifications"]:
        txt = c["name"] + (", " + c["issuer"] if c["issuer"] else "")
        lines.append(para(None, run(txt) + (run(" · " + c["date"]) if c["date"] else "")))
    return heading1(ctx, s["headings"]["certifications"]) + sdt_block(ctx, "Certifications", "certifications", "".join(lines))


def text_width(spec):
    page_w = 11906 if spec["paper"] == "A4" else 12240
    return page_w - 2 * int(spec["margin"] * TW_IN)


def body_twocol(ctx):
    s = ctx.spec
    width = text_width(s)
    left_w = int(width * s["leftPct"])
    gap = int(width * 0.04) if s["gapColumn"] else 0
    right_w = width - left_w - gap
    pad = 144 if s["sidebarShade"] else 0

    left = ""
    if s["nameWhere"] == "left-box":
        box = name_paragraph(ctx, s["nameStyle"]) + headline_paragraph(ctx)
        left += table([left_w - 2 * pad], [box], caption="Name", fills=[s["accent"]], mars=[(216, 216, 216, 216)])
        left += para(None, "", '<w:spacing w:after="120"/>')
    if s["contactWhere"] == "left":
        if s["contactHeading"]:
            left += heading1(ctx, "Contact")
        left += contact_lines(ctx)
    if s["summaryLeft"]:
        left += summary_blocks(ctx)
    if s["skills"]:
        left += skills_section(ctx, left_w - 2 * pad)
    left += languages_section(ctx, False)

    right = ""
    if s["nameWhere"] == "right-top":
        right += name_paragraph(ctx, s["nameStyle"]) + headline_paragraph(ctx)
    if not s["summaryLeft"]:
        right += summary_blocks(ctx)
    right += entries_section(ctx, s["headings"]["experience"], s["jobs"], True)
    if s["education"]:
        right += entries_section(ctx, s["headings"]["education"], s["education"], False)
    right += certifications_section(ctx)

    top = ""
    if s["nameWhere"] == "above":
        top = name_paragraph(ctx, s["nameStyle"]) + headline_paragraph(ctx)
    widths = [left_w] + ([gap] if gap else []) + [right_w]
    cells = [left] + ([para(None, "")] if gap else []) + [right]
    fills = [s["sidebarShade"]] + ([None] if gap else []) + [None]
    mars = [(pad, pad, pad, pad) if pad else None] + ([None] if gap else []) + [None if gap else (0, 288, 0, 0)]
    return top + table(widths, cells, fills=fills, mars=mars)


def body_single(ctx):
    s = ctx.spec
    width = text_width(s)
    out = ""
    if s["decoration"] == "namebox":
        filled = s["boxFilled"]
        box = name_paragraph(ctx, s["nameStyle"], centred=s["boxCentred"])
        anchor_run = shape(ctx, 0, 0.35, width / TW_IN, s["boxHeight"], s["accent"] if filled else None,
                           None if filled else s["accent"], box, rel_h="margin", behind=False)
        out += "<w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr>%s</w:p>" % anchor_run
    if s["banner"]:
        cell = name_paragraph(ctx, s["nameStyle"], centred=True) + headline_paragraph(ctx, centred=True)
        if s["contactWhere"] == "header-table":
            cell += contact_line(ctx, "center", '<w:color w:val="FFFFFF"/>')
        out += table([width], [cell], caption="Header layout table", fills=[s["accent"]], mars=[(288, 288, 288, 288)])
        out += para(None, "", '<w:spacing w:after="0"/>')
    else:
        left_w = int(width * s["headerSplit"])
        left = ""
        if s["nameWhere"] == "header-table":
            left += name_paragraph(ctx, s["nameStyle"])
        left += headline_paragraph(ctx)
        right = contact_lines(ctx, "right") if s["contactWhere"] == "header-table" else para(None, "")
        out += table([left_w, width - left_w], [left, right], caption="Header layout table", valign="bottom")
    sections = []
    sections.append(summary_blocks(ctx))
    exp = entries_section(ctx, s["headings"]["experience"], s["jobs"], True)
    edu = entries_section(ctx, s["headings"]["education"], s["education"], False) if s["education"] else ""
    skills = skills_section(ctx, width) if s["skills"] else ""
    if s["skillsFirst"]:
        sections += [skills, exp, edu]
    else:
        sections += [exp, edu, skills]
    sections.append(certifications_section(ctx))
    sections.append(languages_section(ctx, True))
    return out + "".join(sections)


def field(instr, cached):
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> %s </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:noProof/></w:rPr>%s</w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>' % (instr, t(cached)))


def fill_part(element, blocks):
    for child in list(element):
        element.remove(child)
    for el in parse_xml("<w:x %s>%s</w:x>" % (NS, blocks)):
        element.append(el)


def header_footer(ctx, doc):
    s = ctx.spec
    section = doc.sections[0]
    header_blocks = ""
    if s["decoration"] == "bar":
        page_w = 8.27 if s["paper"] == "A4" else 8.5
        anchor = shape(ctx, 0, 0, page_w, s["barHeight"], s["accent"], None, "", behind=True)
        header_blocks += '<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>%s</w:p>' % anchor
    if s["contactWhere"] == "page-header":
        header_blocks += contact_line(ctx, s["headerAlign"])
    if header_blocks:
        section.header.is_linked_to_previous = False
        if not header_blocks.endswith("</w:p>") or s["decoration"] == "bar" and s["contactWhere"] != "page-header":
            header_blocks += para("Header", "")
        fill_part(section.header._element, header_blocks)
    if s["footer"]:
        section.footer.is_linked_to_previous = False
        if s["footer"] == "page":
            inner = field("PAGE   \\* MERGEFORMAT", "1")
        elif s["footer"] == "Page N":
            inner = run("Page ") + field("PAGE", "1")
        else:
            inner = run("Page ") + field("PAGE", "1") + run(" of ") + field("NUMPAGES", "1")
        fill_part(section.footer._element, para("Footer", inner, '<w:jc w:val="%s"/>' % s["footerAlign"]))


def glossary_part(ctx, doc):
    parts = []
    for alias, name in ctx.doc_parts.items():
        text = PLACEHOLDERS.get(alias, alias)
        body = '<w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>%s</w:r></w:p>' % t(text) if text else "<w:p/>"
        parts.append(
            '<w:docPart><w:docPartPr><w:name w:val="%s"/><w:category><w:name w:val="General"/>'
            '<w:gallery w:val="placeholder"/></w:category><w:types><w:type w:val="bbPlcHdr"/></w:types>'
            '<w:behaviors><w:behavior w:val="content"/></w:behaviors><w:guid w:val="%s"/></w:docPartPr>'
            '<w:docPartBody>%s</w:docPartBody></w:docPart>' % (name, ctx.guid(), body))
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:glossaryDocument %s><w:docParts>%s'
           '</w:docParts></w:glossaryDocument>' % (NS, "".join(parts)))
    part = Part(PackURI("/word/glossary/document.xml"), CT.WML_DOCUMENT_GLOSSARY, xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.GLOSSARY_DOCUMENT)


def declare_w15(path):
    """Moves the w15 declarations lxml left on each element to the document's root and marks the
    prefix ignorable, as Word writes it."""
    tmp = tempfile.NamedTemporaryFile(delete=False, dir=os.path.dirname(os.path.abspath(path)), suffix=".docx")
    tmp.close()
    decl = ' xmlns:w15="%s"' % W15_NS
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp.name, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if re.match(r"word/(document|header\d*|footer\d*)\.xml$", item.filename):
                xml = data.decode("utf-8").replace(decl, "")
                xml = re.sub(r"(<w:(document|hdr|ftr) [^>]*?)(/?>)", lambda m: m.group(1) + decl + m.group(3), xml, count=1)
                xml = re.sub(r'mc:Ignorable="([^"]*)"', lambda m: 'mc:Ignorable="%s"' % (m.group(1) + " w15").strip(), xml, count=1)
                data = xml.encode("utf-8")
            zout.writestr(item, data)
    shutil.move(tmp.name, path)


def build(spec, out):
    ctx = Ctx(spec)
    doc = Document()
    section = doc.sections[0]
    if spec["paper"] == "A4":
        section.page_width, section.page_height = Inches(8.27), Inches(11.69)
    else:
        section.page_width, section.page_height = Inches(8.5), Inches(11)
    m = Inches(spec["margin"])
    section.left_margin = section.right_margin = m
    section.top_margin = Inches(0.35 + spec["boxHeight"] + 0.25) if spec["decoration"] == "namebox" else m
    section.bottom_margin = m
    section.header_distance = Inches(min(0.5, spec["margin"] * 0.6))
    section.footer_distance = Inches(min(0.5, spec["margin"] * 0.6))

    install_styles(doc, spec)
    install_numbering(doc, spec)
    rewrite_theme(doc, spec)
    # The name's control is bound to the document's author, as the templates bind it.
    doc.core_properties.author = spec["name"]
    doc.core_properties.title = ""

    blocks = body_twocol(ctx) if spec["frame"] == "twocol" else body_single(ctx)
    body = doc.element.body
    sect = body.find("{%s}sectPr" % W_NS)
    for p in body.findall("{%s}p" % W_NS):
        body.remove(p)
    for el in parse_xml("<w:x %s>%s</w:x>" % (NS, blocks)):
        sect.addprevious(el)
    header_footer(ctx, doc)
    if spec["glossary"]:
        glossary_part(ctx, doc)
    doc.save(out)
    declare_w15(out)


if __name__ == "__main__":
    build(json.load(sys.stdin), sys.argv[1])
