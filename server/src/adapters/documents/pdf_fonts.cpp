// Fonts whose glyphs no reader can turn back into letters, read from the PDF's font
// dictionaries with qpdf (poppler's interfaces do not say whether a font has a ToUnicode map).
// Compiled as C++17 (pdf_fonts.h says why).
#include "adapters/documents/pdf_fonts.h"

#include <algorithm>
#include <cctype>
#include <exception>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace resumax::documents {
namespace {

// At most this many fonts are looked at, and Form XObjects this deep: a hostile file's
// resources may be shared, cyclic or huge.
constexpr std::size_t kMaxFonts = 500;
constexpr int kMaxFormDepth = 4;
constexpr std::size_t kMaxNames = 20;

// A glyph name that names no character: a short prefix and a number ("g42", "glyph7", "cid12",
// "a3", "index9", "G0"). "uni0041" and "u1F600" name their code point and are fine.
bool IsMeaninglessGlyphName(std::string_view name) {
  const bool uni = name.substr(0, 3) == "uni";
  if (uni || (name.size() >= 5 && name.front() == 'u')) {
    const std::string_view hex = name.substr(uni ? 3 : 1);
    if (!hex.empty() && std::all_of(hex.begin(), hex.end(), [](char c) {
          return std::isxdigit(static_cast<unsigned char>(c)) != 0;
        })) {
      return false;
    }
  }
  std::size_t letters = 0;
  while (letters < name.size() && std::isalpha(static_cast<unsigned char>(name[letters])) != 0) {
    ++letters;
  }
  const std::string_view digits = name.substr(letters);
  return letters <= 5 && !digits.empty() && std::all_of(digits.begin(), digits.end(), [](char c) {
           return std::isdigit(static_cast<unsigned char>(c)) != 0;
         });
}

// Whether most names an /Encoding's /Differences gives its codes are meaningless; false when it
// has no /Differences (a standard encoding names real glyphs).
bool DifferencesNameNothing(QPDFObjectHandle encoding) {
  if (!encoding.isDictionary()) return false;
  QPDFObjectHandle differences = encoding.getKey("/Differences");
  if (!differences.isArray()) return false;
  int names = 0;
  int meaningless = 0;
  const int items = std::min(differences.getArrayNItems(), 2048);
  for (int i = 0; i < items; ++i) {
    QPDFObjectHandle item = differences.getArrayItem(i);
    if (!item.isName()) continue;
    ++names;
    if (IsMeaninglessGlyphName(std::string_view(item.getName()).substr(1))) ++meaningless;
  }
  return names > 0 && 2 * meaningless > names;
}

// Whether a font dictionary's glyphs cannot be read back as letters.
bool HasNoLetters(QPDFObjectHandle font) {
  if (!font.isDictionary() || font.hasKey("/ToUnicode")) return false;
  QPDFObjectHandle subtype = font.getKey("/Subtype");
  if (!subtype.isName()) return false;
  const std::string kind = subtype.getName();
  QPDFObjectHandle encoding = font.getKey("/Encoding");
  if (kind == "/Type0") {
    // Codes are glyph ids ("Identity") unless a registered character collection maps them.
    QPDFObjectHandle descendants = font.getKey("/DescendantFonts");
    if (descendants.isArray() && descendants.getArrayNItems() > 0) {
      QPDFObjectHandle info = descendants.getArrayItem(0).getKey("/CIDSystemInfo");
      if (info.isDictionary()) {
        QPDFObjectHandle ordering = info.getKey("/Ordering");
        if (ordering.isString()) {
          const std::string collection = ordering.getUTF8Value();
          for (std::string_view known : {"Japan1", "GB1", "CNS1", "Korea1", "KR"}) {
            if (collection == known) return false;
          }
        }
      }
    }
    return true;
  }
  if (kind == "/Type3") {
    // A Type 3 font's glyphs are drawings; only their names can say which letters they are.
    return !encoding.isDictionary() || DifferencesNameNothing(encoding);
  }
  return DifferencesNameNothing(encoding);
}

std::string FontName(QPDFObjectHandle font) {
  QPDFObjectHandle base = font.getKey("/BaseFont");
  std::string name = base.isName() ? base.getName().substr(1) : std::string();
  // A subset's tag ("ABCDEF+Calibri") says nothing to the user.
  if (name.size() > 7 && name[6] == '+') name = name.substr(7);
  if (name.empty()) name = font.getKey("/Subtype").isName() ? "a Type 3 font" : "a font";
  return name;
}

struct Walk {
  std::set<QPDFObjGen> seen;
  std::size_t fonts = 0;
  std::vector<std::string> names;
};

void WalkResources(QPDFObjectHandle resources, int depth, Walk& walk) {
  if (!resources.isDictionary() || depth > kMaxFormDepth) return;
  QPDFObjectHandle fonts = resources.getKey("/Font");
  if (fonts.isDictionary()) {
    for (const std::string& key : fonts.getKeys()) {
      if (++walk.fonts > kMaxFonts) return;
      QPDFObjectHandle font = fonts.getKey(key);
      if (font.isIndirect() && !walk.seen.insert(font.getObjGen()).second) continue;
      if (!HasNoLetters(font)) continue;
      std::string name = FontName(font);
      if (std::find(walk.names.begin(), walk.names.end(), name) == walk.names.end() &&
          walk.names.size() < kMaxNames) {
        walk.names.push_back(std::move(name));
      }
    }
  }
  QPDFObjectHandle objects = resources.getKey("/XObject");
  if (!objects.isDictionary()) return;
  for (const std::string& key : objects.getKeys()) {
    QPDFObjectHandle object = objects.getKey(key);
    if (!object.isStream()) continue;
    if (object.isIndirect() && !walk.seen.insert(object.getObjGen()).second) continue;
    QPDFObjectHandle dictionary = object.getDict();
    if (!dictionary.getKey("/Subtype").isNameAndEquals("/Form")) continue;
    WalkResources(dictionary.getKey("/Resources"), depth + 1, walk);
  }
}

}  // namespace

std::vector<std::string> FontsWithoutUnicode(std::string_view bytes, int max_pages) {
  Walk walk;
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.processMemoryFile("resume.pdf", bytes.data(), bytes.size());
    std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
    const std::size_t count = std::min(pages.size(), static_cast<std::size_t>(max_pages));
    for (std::size_t i = 0; i < count; ++i) {
      WalkResources(pages[i].getAttribute("/Resources", false), 0, walk);
    }
  } catch (const std::exception&) {
    // A file qpdf cannot walk has been read by poppler already; its fonts stay unjudged.
  }
  return walk.names;
}

}  // namespace resumax::documents
