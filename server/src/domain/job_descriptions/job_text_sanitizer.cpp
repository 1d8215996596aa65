#include "domain/job_descriptions/job_text_sanitizer.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_map>

#include "domain/job_descriptions/text_scan.h"

namespace resumax::jobs {
namespace {

using text::IsAsciiAlnum;
using text::IsAsciiAlpha;
using text::ToLowerAscii;

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";
constexpr std::size_t kMaxTagNameLength = 16;

void AppendUtf8(std::string& out, char32_t code_point) {
  if (code_point < 0x80) {
    out += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    out += static_cast<char>(0xC0 | (code_point >> 6));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    out += static_cast<char>(0xE0 | (code_point >> 12));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code_point >> 18));
    out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  }
}

// Length of the well-formed UTF-8 sequence at `pos` (rejecting overlong forms, surrogates and
// values past U+10FFFF) and its code point, or 0 when the bytes there are not one.
std::size_t DecodeUtf8(std::string_view bytes, std::size_t pos, char32_t& code_point) {
  const auto byte_at = [&](std::size_t i) { return static_cast<unsigned char>(bytes[pos + i]); };
  const unsigned char lead = byte_at(0);
  std::size_t length = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead < 0x80) {
    code_point = lead;
    return 1;
  }
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    code_point = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    code_point = lead & 0x0F;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    code_point = lead & 0x07;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (pos + length > bytes.size()) return 0;
  for (std::size_t i = 1; i < length; ++i) {
    const unsigned char continuation = byte_at(i);
    if (continuation < (i == 1 ? low : 0x80) || continuation > (i == 1 ? high : 0xBF)) return 0;
    code_point = (code_point << 6) | (continuation & 0x3F);
  }
  return length;
}

// Stage 1: well-formed UTF-8 with "\n" line ends and no control characters but tab and newline.
// Each run of undecodable bytes becomes one U+FFFD.
std::string CleanEncoding(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  bool in_invalid_run = false;
  for (std::size_t pos = 0; pos < raw.size();) {
    const char c = raw[pos];
    if (c >= 0x20 && c < 0x7F) {  // printable ASCII runs are copied as they are
      std::size_t end = pos + 1;
      while (end < raw.size() && raw[end] >= 0x20 && raw[end] < 0x7F) ++end;
      out.append(raw.substr(pos, end - pos));
      in_invalid_run = false;
      pos = end;
      continue;
    }
    char32_t code_point = 0;
    const std::size_t length = DecodeUtf8(raw, pos, code_point);
    if (length == 0) {
      if (!in_invalid_run) out += kReplacementCharacter;
      in_invalid_run = true;
      ++pos;
      continue;
    }
    in_invalid_run = false;
    if (c == '\r') {
      out += '\n';
      if (pos + 1 < raw.size() && raw[pos + 1] == '\n') ++pos;
    } else if (c == '\t' || c == '\n' ||
               (code_point >= 0x20 && code_point != 0x7F &&
                (code_point < 0x80 || code_point > 0x9F))) {
      out.append(raw.substr(pos, length));
    }
    pos += length;
  }
  return out;
}

const std::unordered_map<std::string_view, std::string_view>& NamedEntities() {
  static const std::unordered_map<std::string_view, std::string_view> kEntities = {
      {"amp", "&"},         {"AMP", "&"},       {"lt", "<"},        {"LT", "<"},
      {"gt", ">"},          {"GT", ">"},        {"quot", "\""},     {"QUOT", "\""},
      {"apos", "'"},        {"nbsp", "\u00A0"}, {"ensp", "\u2002"}, {"emsp", "\u2003"},
      {"thinsp", "\u2009"}, {"zwnj", "\u200C"}, {"zwj", "\u200D"},  {"shy", "\u00AD"},
      {"ndash", "–"},       {"mdash", "—"},     {"hellip", "…"},    {"bull", "•"},
      {"middot", "·"},      {"lsquo", "‘"},     {"rsquo", "’"},     {"sbquo", "‚"},
      {"ldquo", "“"},       {"rdquo", "”"},     {"bdquo", "„"},     {"laquo", "«"},
      {"raquo", "»"},       {"lsaquo", "‹"},    {"rsaquo", "›"},    {"copy", "©"},
      {"reg", "®"},         {"trade", "™"},     {"euro", "€"},      {"pound", "£"},
      {"yen", "¥"},         {"cent", "¢"},      {"curren", "¤"},    {"deg", "°"},
      {"plusmn", "±"},      {"times", "×"},     {"divide", "÷"},    {"frac12", "½"},
      {"frac14", "¼"},      {"frac34", "¾"},    {"sup1", "¹"},      {"sup2", "²"},
      {"sup3", "³"},        {"micro", "µ"},     {"para", "¶"},      {"sect", "§"},
      {"iexcl", "¡"},       {"iquest", "¿"},    {"dagger", "†"},    {"Dagger", "‡"},
      {"permil", "‰"},      {"prime", "′"},     {"larr", "←"},      {"rarr", "→"},
      {"uarr", "↑"},        {"darr", "↓"},      {"harr", "↔"},      {"check", "✓"},
      {"minus", "−"},       {"le", "≤"},        {"ge", "≥"},        {"ne", "≠"},
      {"asymp", "≈"},       {"infin", "∞"},     {"ordm", "º"},      {"ordf", "ª"},
      {"Agrave", "À"},      {"Aacute", "Á"},    {"Acirc", "Â"},     {"Atilde", "Ã"},
      {"Auml", "Ä"},        {"Aring", "Å"},     {"AElig", "Æ"},     {"Ccedil", "Ç"},
      {"Egrave", "È"},      {"Eacute", "É"},    {"Ecirc", "Ê"},     {"Euml", "Ë"},
      {"Igrave", "Ì"},      {"Iacute", "Í"},    {"Icirc", "Î"},     {"Iuml", "Ï"},
      {"Ntilde", "Ñ"},      {"Ograve", "Ò"},    {"Oacute", "Ó"},    {"Ocirc", "Ô"},
      {"Otilde", "Õ"},      {"Ouml", "Ö"},      {"Oslash", "Ø"},    {"Ugrave", "Ù"},
      {"Uacute", "Ú"},      {"Ucirc", "Û"},     {"Uuml", "Ü"},      {"Yacute", "Ý"},
      {"szlig", "ß"},       {"agrave", "à"},    {"aacute", "á"},    {"acirc", "â"},
      {"atilde", "ã"},      {"auml", "ä"},      {"aring", "å"},     {"aelig", "æ"},
      {"ccedil", "ç"},      {"egrave", "è"},    {"eacute", "é"},    {"ecirc", "ê"},
      {"euml", "ë"},        {"igrave", "ì"},    {"iacute", "í"},    {"icirc", "î"},
      {"iuml", "ï"},        {"ntilde", "ñ"},    {"ograve", "ò"},    {"oacute", "ó"},
      {"ocirc", "ô"},       {"otilde", "õ"},    {"ouml", "ö"},      {"oslash", "ø"},
      {"ugrave", "ù"},      {"uacute", "ú"},    {"ucirc", "û"},     {"uuml", "ü"},
      {"yacute", "ý"},      {"yuml", "ÿ"},      {"OElig", "Œ"},     {"oelig", "œ"},
      {"Scaron", "Š"},      {"scaron", "š"},
  };
  return kEntities;
}

// What numeric references 0x80-0x9F mean in HTML: the Windows-1252 characters (0 = none).
constexpr std::array<char16_t, 32> kWindows1252 = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// How an element shapes the text: dropped with everything inside, a paragraph (blank line
// before and after), a line, a table cell (a space) or inline (nothing).
enum class ElementKind { kUnknown, kDropped, kParagraph, kLine, kCell, kInline };

ElementKind KindOf(std::string_view name) {
  static const std::unordered_map<std::string_view, ElementKind> kKinds = [] {
    std::unordered_map<std::string_view, ElementKind> kinds;
    const auto add = [&](ElementKind kind, std::initializer_list<std::string_view> names) {
      for (std::string_view element : names) kinds.emplace(element, kind);
    };
    add(ElementKind::kDropped,
        {"script", "style", "noscript", "iframe", "template", "title", "svg", "math", "object",
         "applet", "noembed", "noframes", "textarea", "xmp"});
    add(ElementKind::kParagraph,
        {"p",          "h1",      "h2",      "h3",     "h4",     "h5",      "h6",      "table",
         "blockquote", "section", "article", "header", "footer", "main",    "aside",   "nav",
         "form",       "hr",      "address", "pre",    "figure", "details", "fieldset"});
    add(ElementKind::kLine, {"br", "li", "ul", "ol", "dl", "div", "tr", "dt", "dd", "caption",
                             "figcaption", "summary", "legend", "option", "center"});
    add(ElementKind::kCell, {"td", "th"});
    add(ElementKind::kInline,
        {"html", "head",     "body",   "meta",     "link",   "base",   "span",   "a",
         "b",    "i",        "u",      "s",        "em",     "strong", "small",  "big",
         "font", "sub",      "sup",    "code",     "kbd",    "samp",   "var",    "tt",
         "mark", "abbr",     "cite",   "dfn",      "q",      "del",    "ins",    "strike",
         "img",  "input",    "button", "label",    "select", "tbody",  "thead",  "tfoot",
         "col",  "colgroup", "embed",  "source",   "video",  "audio",  "canvas", "picture",
         "wbr",  "time",     "frame",  "frameset", "o:p"});
    return kinds;
  }();
  const auto found = kKinds.find(name);
  return found == kKinds.end() ? ElementKind::kUnknown : found->second;
}

bool IsTagNameEnd(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '/' || c == '>';
}

// Stage 2: markup to text. Tag-like runs are only markup once the input is known to be HTML, so
// plain text such as "<5 years" or "<jobs@example.com>" survives.
class MarkupToText {
 public:
  explicit MarkupToText(std::string_view input) : input_(input) { DetectMarkup(); }

  std::string Run() {
    out_.reserve(input_.size());
    const std::string_view special = block_layout_ ? "<&\n\t" : has_markup_ ? "<&" : "&";
    while (pos_ < input_.size()) {
      const std::size_t run_end = std::min(input_.find_first_of(special, pos_), input_.size());
      out_.append(input_.substr(pos_, run_end - pos_));
      pos_ = run_end;
      if (pos_ == input_.size()) break;
      const char c = input_[pos_];
      if (c == '<' && ConsumeMarkup()) continue;
      if (c == '&') {
        DecodeEntity();
      } else {
        AppendText(c);
        ++pos_;
      }
    }
    return std::move(out_);
  }

 private:
  // HTML when a known element or a comment appears. HTML whitespace rules (newlines are spaces)
  // only when block elements carry the layout: at least one per four lines, so plain text that
  // mentions "<div>" once keeps its line breaks.
  void DetectMarkup() {
    std::size_t block_tags = 0;
    for (std::size_t at = input_.find('<'); at != std::string_view::npos;
         at = input_.find('<', at + 1)) {
      if (input_.substr(at, 4) == "<!--") {
        has_markup_ = true;
        continue;
      }
      std::size_t name_at = at + 1;
      if (name_at < input_.size() && input_[name_at] == '/') ++name_at;
      const ElementKind kind = KindOf(LowerNameAt(name_at));
      if (kind == ElementKind::kUnknown) continue;
      has_markup_ = true;
      if (kind == ElementKind::kParagraph || kind == ElementKind::kLine) ++block_tags;
    }
    const auto newlines = static_cast<std::size_t>(std::count(input_.begin(), input_.end(), '\n'));
    block_layout_ = block_tags > 0 && block_tags * 4 >= newlines;
  }

  // The lowered tag name starting at `at` (empty when over-long or not starting with a letter).
  std::string LowerNameAt(std::size_t at) const {
    if (at >= input_.size() || !IsAsciiAlpha(input_[at])) return {};
    std::string name;
    for (std::size_t i = at; i < input_.size() && !IsTagNameEnd(input_[i]); ++i) {
      if (name.size() == kMaxTagNameLength) return {};
      name += ToLowerAscii(input_[i]);
    }
    return name;
  }

  std::size_t NameEnd(std::size_t at) const {
    while (at < input_.size() && !IsTagNameEnd(input_[at])) ++at;
    return at;
  }

  // Skips attributes (quoted values may hold '>') up to and past the closing '>', or to the end
  // of input as browsers do with an unfinished tag.
  std::size_t SkipTagRest(std::size_t at, bool& self_closing) const {
    self_closing = false;
    while (at < input_.size()) {
      const char c = input_[at];
      if (c == '>') return at + 1;
      if (c == '=') {
        ++at;
        while (at < input_.size() && (input_[at] == ' ' || input_[at] == '\n')) ++at;
        if (at < input_.size() && (input_[at] == '"' || input_[at] == '\'')) {
          const std::size_t close = input_.find(input_[at], at + 1);
          if (close == std::string_view::npos) return input_.size();
          at = close + 1;
        }
        self_closing = false;
        continue;
      }
      if (c != ' ' && c != '\n' && c != '\t') self_closing = c == '/';
      ++at;
    }
    return input_.size();
  }

  std::size_t SkipPast(std::string_view terminator, std::size_t from) const {
    const std::size_t at = input_.find(terminator, from);
    return at == std::string_view::npos ? input_.size() : at + terminator.size();
  }

  // Consumes the markup at pos_ (a '<'); false when it is a literal '<'.
  bool ConsumeMarkup() {
    const std::string_view rest = input_.substr(pos_);
    if (rest.starts_with("<!--")) {
      pos_ = SkipPast("-->", pos_ + 4);
      return true;
    }
    if (rest.starts_with("<![CDATA[")) {
      pos_ = SkipPast("]]>", pos_ + 9);
      return true;
    }
    if (rest.starts_with("<!") || rest.starts_with("<?")) {
      pos_ = SkipPast(">", pos_ + 2);
      return true;
    }
    const bool end_tag = rest.size() > 1 && rest[1] == '/';
    const std::size_t name_at = pos_ + (end_tag ? 2 : 1);
    if (name_at >= input_.size() || !IsAsciiAlpha(input_[name_at])) return false;
    const std::string name = LowerNameAt(name_at);
    bool self_closing = false;
    pos_ = SkipTagRest(NameEnd(name_at), self_closing);
    if (end_tag) {
      HandleEndTag(name);
    } else {
      HandleStartTag(name, self_closing);
    }
    return true;
  }

  void HandleStartTag(const std::string& name, bool self_closing) {
    const ElementKind kind = KindOf(name);
    if (kind == ElementKind::kDropped) {
      // Only foreign elements honour "/>"; <script/> still opens a script.
      if (!(self_closing && (name == "svg" || name == "math"))) SkipElementContent(name);
      return;
    }
    if (name == "pre") ++pre_depth_;
    if (name == "ul" || name == "ol") ++list_depth_;
    if (name == "br") {
      out_ += '\n';
    } else if (name == "li") {
      Break(1);
      out_ += "• ";
    } else {
      BreakFor(kind);
    }
  }

  void HandleEndTag(const std::string& name) {
    if (name == "pre" && pre_depth_ > 0) --pre_depth_;
    if ((name == "ul" || name == "ol") && list_depth_ > 0) --list_depth_;
    if (name == "br") {
      out_ += '\n';  // browsers read </br> as <br>
    } else {
      BreakFor(KindOf(name));
    }
  }

  // Inside lists paragraphs are lines, so "<li><p>Go</p></li>" leaves no blank line. When the
  // text's own newlines carry the layout, elements add none.
  void BreakFor(ElementKind kind) {
    if (!block_layout_ && kind != ElementKind::kCell) return;
    if (kind == ElementKind::kParagraph) {
      Break(list_depth_ > 0 ? 1 : 2);
    } else if (kind == ElementKind::kLine) {
      Break(1);
    } else if (kind == ElementKind::kCell) {
      out_ += ' ';
    }
  }

  // Ends the line (newlines = 1) or paragraph (2) unless the text already does, so that
  // "</li><li>" is one line break; nor right after a list item's bullet, so that
  // "<li><p>Go</p></li>" stays "• Go". Only <br> forces a break of its own.
  void Break(int newlines) {
    const std::size_t last = out_.find_last_not_of(" \t");
    const std::string_view text(out_.data(), last == std::string::npos ? 0 : last + 1);
    if (text.ends_with("\n•")) return;
    int present = 0;
    while (present < newlines && text.size() > static_cast<std::size_t>(present) &&
           text[text.size() - 1 - present] == '\n') {
      ++present;
    }
    out_.append(static_cast<std::size_t>(newlines - present), '\n');
  }

  bool NameMatchesAt(std::size_t at, std::string_view name) const {
    if (at + name.size() > input_.size()) return false;
    for (std::size_t i = 0; i < name.size(); ++i) {
      if (ToLowerAscii(input_[at + i]) != name[i]) return false;
    }
    return at + name.size() == input_.size() || IsTagNameEnd(input_[at + name.size()]);
  }

  // Drops everything up to the end tag that closes `name`, counting nested opens of the same
  // element so "<script><script></script>x</script>" loses the x too; unclosed means to the end.
  void SkipElementContent(std::string_view name) {
    std::size_t depth = 1;
    for (std::size_t at = input_.find('<', pos_); at != std::string_view::npos;
         at = input_.find('<', at + 1)) {
      if (at + 1 < input_.size() && input_[at + 1] == '/' && NameMatchesAt(at + 2, name)) {
        if (--depth == 0) {
          bool self_closing = false;
          pos_ = SkipTagRest(at + 2 + name.size(), self_closing);
          return;
        }
      } else if (NameMatchesAt(at + 1, name)) {
        ++depth;
      }
    }
    pos_ = input_.size();
  }

  void AppendText(char c) {
    if ((c == '\n' || c == '\t') && block_layout_ && pre_depth_ == 0) c = ' ';
    out_ += c;
  }

  void AppendCodePoint(char32_t code_point) {
    if (code_point >= 0x80 && code_point <= 0x9F) code_point = kWindows1252[code_point - 0x80];
    if (code_point == 0) return;
    if (code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF)) {
      out_ += kReplacementCharacter;
    } else if (code_point == '\n' || code_point == '\r') {
      AppendText('\n');
    } else if (code_point == '\t') {
      AppendText('\t');
    } else if (code_point >= 0x20 && code_point != 0x7F) {
      AppendUtf8(out_, code_point);
    }
  }

  // Decodes the reference at pos_ (a '&'), or emits the '&' as text. Named references need their
  // ';'; numeric ones, as in browsers, do not.
  void DecodeEntity() {
    std::size_t at = pos_ + 1;
    if (at < input_.size() && input_[at] == '#') {
      ++at;
      const bool hex = at < input_.size() && (input_[at] == 'x' || input_[at] == 'X');
      if (hex) ++at;
      const std::size_t digits_at = at;
      char32_t value = 0;
      for (; at < input_.size(); ++at) {
        const char c = ToLowerAscii(input_[at]);
        int digit = -1;
        if (text::IsAsciiDigit(c)) digit = c - '0';
        if (hex && c >= 'a' && c <= 'f') digit = c - 'a' + 10;
        if (digit < 0) break;
        if (value <= 0x10FFFF) value = value * (hex ? 16 : 10) + static_cast<char32_t>(digit);
      }
      if (at == digits_at) {
        AppendText('&');
        ++pos_;
        return;
      }
      if (at < input_.size() && input_[at] == ';') ++at;
      AppendCodePoint(value);
      pos_ = at;
      return;
    }
    std::size_t end = at;
    while (end < input_.size() && end - at <= 8 && IsAsciiAlnum(input_[end])) ++end;
    if (end < input_.size() && input_[end] == ';') {
      const auto& entities = NamedEntities();
      if (const auto found = entities.find(input_.substr(at, end - at)); found != entities.end()) {
        out_ += found->second;
        pos_ = end + 1;
        return;
      }
    }
    AppendText('&');
    ++pos_;
  }

  std::string_view input_;
  std::size_t pos_ = 0;
  std::string out_;
  bool has_markup_ = false;
  bool block_layout_ = false;
  int pre_depth_ = 0;
  int list_depth_ = 0;
};

// Bullet glyphs that need a space after them (they also start ordinary text) and ones that
// do not.
constexpr std::array<std::string_view, 4> kSpacedBullets = {"-", "*", "–", "·"};
constexpr std::array<std::string_view, 18> kBareBullets = {
    "•", "◦", "▪", "●", "■", "□", "○", "▫", "►", "▸", "➢", "➤", "‣", "⁃", "✓", "✔", "◆", "♦"};

// Length of the bullet glyph at the start of `line`, 0 if there is none.
std::size_t BulletLength(std::string_view line) {
  for (std::string_view glyph : kSpacedBullets) {
    if (line.starts_with(glyph) && (line.size() == glyph.size() || line[glyph.size()] == ' ')) {
      return glyph.size();
    }
  }
  for (std::string_view glyph : kBareBullets) {
    if (line.starts_with(glyph)) return glyph.size();
  }
  return 0;
}

// A line's bullet glyphs (even doubled ones, "• - x") become one "• "; a bare bullet is empty.
std::string NormaliseBullet(std::string_view line) {
  bool bulleted = false;
  while (const std::size_t length = BulletLength(line)) {
    line = text::Trim(line.substr(length));
    bulleted = true;
  }
  if (!bulleted || line.empty()) return std::string(line);
  std::string result = "• ";
  result += line;
  return result;
}

bool IsSpaceLike(char32_t code_point) {
  return code_point == 0xA0 || (code_point >= 0x2000 && code_point <= 0x200A) ||
         code_point == 0x202F || code_point == 0x205F || code_point == 0x3000 ||
         code_point == 0x1680;
}

bool IsInvisible(char32_t code_point) {
  return code_point == 0xAD || (code_point >= 0x200B && code_point <= 0x200F) ||
         code_point == 0x2060 || code_point == 0xFEFF ||
         (code_point >= 0x202A && code_point <= 0x202E);
}

// Stage 3: per-line normalisation of well-formed UTF-8, stopping once past the size cap.
std::string NormaliseLines(std::string_view input) {
  std::string out;
  std::string line;
  bool pending_blank = false;
  const auto flush_line = [&] {
    while (!line.empty() && line.back() == ' ') line.pop_back();
    const std::string normalised = NormaliseBullet(line);
    line.clear();
    if (normalised.empty()) {
      pending_blank = !out.empty();
      return;
    }
    if (!out.empty()) out += pending_blank ? "\n\n" : "\n";
    out += normalised;
    pending_blank = false;
  };
  const auto add_space = [&] {
    if (!line.empty() && line.back() != ' ') line += ' ';
  };
  for (std::size_t pos = 0; pos < input.size() && out.size() + line.size() <= kMaxJobTextBytes;) {
    char32_t code_point = 0;
    const std::size_t length = DecodeUtf8(input, pos, code_point);
    if (length == 0) {  // cannot happen after stage 1; skip defensively
      ++pos;
      continue;
    }
    if (code_point == '\n' || code_point == 0x2028 || code_point == 0x2029) {
      flush_line();
    } else if (code_point == ' ' || code_point == '\t' || IsSpaceLike(code_point)) {
      add_space();
    } else if (!IsInvisible(code_point)) {
      line.append(input.substr(pos, length));
    }
    pos += length;
  }
  flush_line();
  if (out.size() > kMaxJobTextBytes) {
    std::size_t cut = kMaxJobTextBytes;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
    while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
  }
  return out;
}

}  // namespace

std::string SanitizeJobText(std::string_view raw) {
  const std::string clean = CleanEncoding(raw);
  return NormaliseLines(MarkupToText(clean).Run());
}

}  // namespace resumax::jobs
