#include "domain/parsing/text_normalize.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

namespace resumax::parsing {
namespace {

// Decodes one code point at text[pos]; returns 0xFFFD and advances one byte on bad input.
char32_t DecodeAt(std::string_view text, std::size_t& pos) {
  const auto byte = static_cast<unsigned char>(text[pos]);
  int length = 0;
  char32_t code = 0;
  if (byte < 0x80) {
    ++pos;
    return byte;
  }
  if ((byte & 0xE0) == 0xC0) {
    length = 2;
    code = byte & 0x1F;
  } else if ((byte & 0xF0) == 0xE0) {
    length = 3;
    code = byte & 0x0F;
  } else if ((byte & 0xF8) == 0xF0) {
    length = 4;
    code = byte & 0x07;
  } else {
    ++pos;
    return 0xFFFD;
  }
  if (pos + static_cast<std::size_t>(length) > text.size()) {
    ++pos;
    return 0xFFFD;
  }
  for (int i = 1; i < length; ++i) {
    const auto next = static_cast<unsigned char>(text[pos + static_cast<std::size_t>(i)]);
    if ((next & 0xC0) != 0x80) {
      ++pos;
      return 0xFFFD;
    }
    code = (code << 6) | (next & 0x3F);
  }
  const bool overlong = (length == 2 && code < 0x80) || (length == 3 && code < 0x800) ||
                        (length == 4 && code < 0x10000);
  if (overlong || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
    ++pos;
    return 0xFFFD;
  }
  pos += static_cast<std::size_t>(length);
  return code;
}

void AppendUtf8(std::string& out, char32_t code) {
  if (code < 0x80) {
    out.push_back(static_cast<char>(code));
  } else if (code < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (code >> 6)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else if (code < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (code >> 12)));
    out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (code >> 18)));
    out.push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  }
}

bool IsBulletCode(char32_t code) {
  switch (code) {
    case 0x2022:  // •
    case 0x2023:  // ‣
    case 0x2043:  // ⁃
    case 0x2219:  // ∙
    case 0x25AA:  // ▪
    case 0x25AB:  // ▫
    case 0x25A0:  // ■
    case 0x25A1:  // □
    case 0x25B6:  // ▶
    case 0x25B8:  // ▸
    case 0x25BA:  // ►
    case 0x25C6:  // ◆
    case 0x25C7:  // ◇
    case 0x25CB:  // ○
    case 0x25CF:  // ●
    case 0x25E6:  // ◦
    case 0x2605:  // ★
    case 0x2713:  // ✓
    case 0x2714:  // ✔
    case 0x2756:  // ❖
    case 0x27A2:  // ➢
    case 0x27A4:  // ➤
    case 0x29BF:  // ⦿
    case 0xF0A7:  // Wingdings bullets in the private use area
    case 0xF0B7:
    case 0xF0D8:
    case 0xF076:
      return true;
    default:
      return false;
  }
}

}  // namespace

bool IsValidUtf8(std::string_view bytes) {
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    const std::size_t before = pos;
    const char32_t code = DecodeAt(bytes, pos);
    if (code == 0xFFFD && !(pos - before == 3 && bytes.substr(before, 3) == "\xEF\xBF\xBD")) {
      return false;
    }
  }
  return true;
}

std::string NormalizeText(std::string_view text, bool keep_tabs) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  bool pending_tab = false;
  auto flush_space = [&] {
    if (!out.empty() && (pending_space || pending_tab)) {
      out.push_back(pending_tab && keep_tabs ? '\t' : ' ');
    }
    pending_space = pending_tab = false;
  };
  std::size_t pos = 0;
  while (pos < text.size()) {
    char32_t code = DecodeAt(text, pos);
    if (code == '\t') {
      pending_tab = true;
      continue;
    }
    if (code == ' ' || code == '\n' || code == '\r' || code == '\f' || code == '\v' ||
        code == 0xA0 || (code >= 0x2000 && code <= 0x200A) || code == 0x202F || code == 0x205F ||
        code == 0x3000 || code == 0x2028 || code == 0x2029) {
      pending_space = true;
      continue;
    }
    // C1 controls are used as visual separators by some producers (e.g. U+009F in Word PDFs).
    if ((code >= 0x80 && code <= 0x9F) || code == 0x7F) {
      pending_tab = true;
      continue;
    }
    if (code < 0x20 || code == 0x200B || code == 0x200C || code == 0x200D || code == 0xFEFF ||
        code == 0x2060 || code == 0xFFFD) {
      continue;
    }
    // A soft hyphen inside a word marks where it may break (browsers keep them in the text they
    // print); only one at a break or between spaces stood for a visible hyphen.
    if (code == 0x00AD && !pending_space && !pending_tab && !out.empty() && pos < text.size()) {
      std::size_t peek = pos;
      const char32_t next = DecodeAt(text, peek);
      const auto last = static_cast<unsigned char>(out.back());
      const bool letter_before = std::isalpha(last) || last >= 0x80;
      const bool letter_after = (next < 0x80 && std::isalpha(static_cast<int>(next))) ||
                                (next >= 0xC0 && next != 0x00D7 && next != 0x00F7 && next < 0x2000);
      if (letter_before && letter_after) continue;
    }
    if (IsBulletCode(code)) {
      code = 0x2022;
    } else if (code >= 0xE000 && code <= 0xF8FF) {
      continue;  // icon fonts (FontAwesome and friends) have no textual meaning
    }
    const char* replacement = nullptr;
    switch (code) {
      case 0xFB00:
        replacement = "ff";
        break;
      case 0xFB01:
        replacement = "fi";
        break;
      case 0xFB02:
        replacement = "fl";
        break;
      case 0xFB03:
        replacement = "ffi";
        break;
      case 0xFB04:
        replacement = "ffl";
        break;
      case 0xFB05:
      case 0xFB06:
        replacement = "st";
        break;
      case 0x00AD:  // soft hyphen: LaTeX and Word print it where a visible hyphen stood
      case 0x2010:
      case 0x2011:
      case 0x2212:
      case 0xFE63:
      case 0xFF0D:
        replacement = "-";
        break;
      default:
        break;
    }
    flush_space();
    if (replacement != nullptr) {
      // "555-­‐5555" (hyphen, soft hyphen, hyphen) collapses to one hyphen.
      if (replacement[0] == '-' && !out.empty() && out.back() == '-') continue;
      out += replacement;
    } else {
      if (code == '-' && !out.empty() && out.back() == '-') continue;
      AppendUtf8(out, code);
    }
  }
  return out;
}

bool StripFraming(std::string& text) {
  static constexpr std::string_view kRule = "-=*~#_+";
  const std::string_view view = Trim(text);
  const std::size_t lead = view.find_first_not_of(kRule);
  if (lead == 0 || lead == std::string_view::npos) return false;
  const std::size_t trail_at = view.find_last_not_of(kRule) + 1;
  if (trail_at >= view.size()) return false;
  const std::string_view head = view.substr(0, lead);
  const std::string_view tail = view.substr(trail_at);
  // The same character frames both ends; a lone one must stand apart ("- X -", not "-5%-").
  if (head.find_first_not_of(head.front()) != std::string_view::npos ||
      tail.find_first_not_of(head.front()) != std::string_view::npos) {
    return false;
  }
  const std::string_view inner = Trim(view.substr(lead, trail_at - lead));
  if ((lead == 1 || tail.size() == 1) && (view[lead] != ' ' || view[trail_at - 1] != ' ')) {
    return false;
  }
  bool letters = false;
  for (char c : inner)
    letters = letters || std::isalpha(static_cast<unsigned char>(c)) != 0 ||
              static_cast<unsigned char>(c) >= 0x80;
  if (!letters || CountWords(inner) > 6 || inner.find('\t') != std::string_view::npos) {
    return false;
  }
  text = std::string(inner);
  return true;
}

bool StripBullet(std::string& text) {
  static constexpr std::string_view kGlyphs[] = {"\u2022", "\u00B7", "-",      "*", "\u2013",
                                                 ">",      "o ",     "\u2192", "+"};
  std::string_view view = Trim(text);
  for (std::string_view glyph : kGlyphs) {
    if (!view.starts_with(glyph)) continue;
    std::string_view rest = view.substr(glyph.size());
    // "-" and "*" only count as bullets when followed by a space ("-5%" is not a list item).
    const bool needs_space = glyph == "-" || glyph == "*" || glyph == "\u2013" || glyph == ">" ||
                             glyph == "+" || glyph == "\u00B7";
    if (needs_space && !rest.empty() && rest.front() != ' ' && rest.front() != '\t') continue;
    rest = Trim(rest);
    if (rest.empty()) return false;
    text = std::string(rest);
    return true;
  }
  return false;
}

std::size_t CountWords(std::string_view text) {
  std::size_t count = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++count;
    in_word = !space;
  }
  return count;
}

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

std::vector<std::string> SplitTrimmed(std::string_view text, std::string_view separator) {
  std::vector<std::string> parts;
  while (true) {
    const std::size_t at = text.find(separator);
    std::string_view piece = Trim(text.substr(0, at));
    if (!piece.empty()) parts.emplace_back(piece);
    if (at == std::string_view::npos) break;
    text.remove_prefix(at + separator.size());
  }
  return parts;
}

bool IsIconText(std::string_view text) {
  if (text.empty()) return false;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t at = pos;
    const char32_t code = DecodeAt(text, pos);
    const bool replacement = code == 0xFFFD && pos - at == 3;  // the character, not bad bytes
    const bool private_use =
        (code >= 0xE000 && code <= 0xF8FF) || (code >= 0xF0000 && code <= 0x10FFFF);
    if (!replacement && !private_use) return false;
  }
  return true;
}

std::string FoldedWords(std::string_view text) {
  // U+00C0 to U+017F, each its base letter ('_' for none).
  static constexpr std::string_view kLatin =
      "aaaaaaaceeeeiiiidnooooo_ouuuuytsaaaaaaaceeeeiiiidnooooo_ouuuuyty"
      "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllll"
      "nnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
  std::string out;
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t code = DecodeAt(text, pos);
    char base = 0;
    if (code < 0x80 && std::isalnum(static_cast<int>(code)) != 0) {
      base = static_cast<char>(std::tolower(static_cast<int>(code)));
    } else if (code >= 0xC0 && code - 0xC0 < kLatin.size() && kLatin[code - 0xC0] != '_') {
      base = kLatin[code - 0xC0];
    }
    if (base != 0) {
      out += base;
    } else if (out.empty() || out.back() != ' ') {
      out += ' ';
    }
  }
  return out;
}

std::size_t CodePointCount(std::string_view text) {
  std::size_t count = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

bool BrokenAddress(std::string_view text, std::string_view next) {
  const std::size_t space = text.find_last_of(" \t");
  const std::string_view last = space == std::string_view::npos ? text : text.substr(space + 1);
  const std::size_t slash = last.find('/');
  const bool address = last.find('@') != std::string_view::npos || last.starts_with("www.") ||
                       (slash != std::string_view::npos &&
                        last.substr(0, slash).find('.') != std::string_view::npos) ||
                       last.find("://") != std::string_view::npos;
  if (next.empty() || next.find_first_of(" \t") != std::string_view::npos) return false;
  // "hello.mateo-" over "herrera@example.net": an address broken at its own hyphen.
  if (last.ends_with('-') && last.find('@') == std::string_view::npos &&
      next.find('@') != std::string_view::npos && next.front() != '@') {
    return true;
  }
  // The rest goes on in lower case, or in capitals after an address set in capitals
  // ("ANNALENA.VOGT@EXAMPLE." over "ORG", a theme's text-transform).
  auto no_lower = [](std::string_view part) {
    return std::none_of(part.begin(), part.end(),
                        [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; });
  };
  const auto front = static_cast<unsigned char>(next.front());
  const bool goes_on =
      std::islower(front) != 0 || (std::isupper(front) != 0 && no_lower(last) && no_lower(next));
  if (!address || !goes_on) return false;
  // "giulia.romano@exampl" over "e.com": the domain has no dot yet, so the rest finishes it.
  const std::size_t at = last.find('@');
  if (at != std::string_view::npos && last.find('.', at) == std::string_view::npos) {
    return next.find_first_of("@/:") == std::string_view::npos;
  }
  // The rest is a bare fragment ("m", "org", "smith-42"), not an address of its own.
  return next.find_first_of("@./:") == std::string_view::npos;
}

void AppendWrapped(std::string& text, std::string_view next) {
  if (BrokenAddress(text, next)) {
    text += next;  // "ana.ruiz@example.co" over "m": one address broken where it ran out
    return;
  }
  const bool hyphen = text.size() >= 2 && text.back() == '-' &&
                      std::isalpha(static_cast<unsigned char>(text[text.size() - 2])) != 0 &&
                      !next.empty();
  // "E-" + "discovery": no typesetter breaks a word after its first letter; the hyphen is the
  // word's own.
  const bool one_letter =
      hyphen &&
      (text.size() == 2 || std::isalpha(static_cast<unsigned char>(text[text.size() - 3])) == 0);
  if (hyphen && !one_letter && next.front() >= 'a' && next.front() <= 'z') {
    text.pop_back();  // a word hyphenated at the break
  } else if (hyphen && (one_letter || std::isupper(static_cast<unsigned char>(next.front())) != 0 ||
                        std::isdigit(static_cast<unsigned char>(next.front())) != 0 ||
                        (static_cast<unsigned char>(next.front()) & 0x80) != 0)) {
    // A compound broken at its own hyphen: "Tran-" + "Holloway", "COVID-" + "19".
  } else {
    text += ' ';
  }
  text += next;
}

}  // namespace resumax::parsing
