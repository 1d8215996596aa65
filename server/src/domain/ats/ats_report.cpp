#include "domain/ats/ats_report.h"

#include <algorithm>
#include <array>
#include <boost/json.hpp>
#include <cmath>
#include <map>
#include <set>

#include "domain/parsing/headings.h"
#include "domain/parsing/resume_sections.h"
#include "domain/parsing/text_normalize.h"

namespace resumax::ats {
namespace json = boost::json;
namespace {

// The score's weights: what one distinct finding code takes off (docs/ats.md).
constexpr int kBlockerWeight = 20;
constexpr int kWarningWeight = 7;
constexpr int kTipWeight = 2;
// Greenhouse refuses files over 2.5 MB; Lever and most others stop at 10 MB.
constexpr std::uint64_t kSizeWarning = 2'500'000;
constexpr std::uint64_t kSizeBlocker = 10ull << 20;

// Decodes the next code point of UTF-8 text (U+FFFD for a broken sequence) and advances.
char32_t NextCodePoint(std::string_view text, std::size_t& at) {
  const auto lead = static_cast<unsigned char>(text[at]);
  int extra = 0;
  char32_t value = lead;
  if (lead >= 0xF0) {
    extra = 3;
    value = lead & 0x07U;
  } else if (lead >= 0xE0) {
    extra = 2;
    value = lead & 0x0FU;
  } else if (lead >= 0xC0) {
    extra = 1;
    value = lead & 0x1FU;
  } else if (lead >= 0x80) {
    ++at;
    return 0xFFFD;
  }
  ++at;
  for (int i = 0; i < extra; ++i, ++at) {
    if (at >= text.size() || (static_cast<unsigned char>(text[at]) & 0xC0U) != 0x80) return 0xFFFD;
    value = (value << 6U) | (static_cast<unsigned char>(text[at]) & 0x3FU);
  }
  return value;
}

// "Garamond, Symbol": font names as a finding lists them.
std::string CommaList(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& name : names) {
    if (!out.empty()) out += ", ";
    out += name;
  }
  return out;
}

std::string Pages(const std::set<int>& pages) {
  std::string out = pages.size() == 1 ? "page " : "pages ";
  std::size_t i = 0;
  for (int page : pages) {
    if (i > 0) out += i + 1 == pages.size() ? " and " : ", ";
    out += std::to_string(page + 1);
    ++i;
  }
  return out;
}

// "Anna   Vogt " → "anna vogt": what two readings of one field must share.
std::string Comparable(std::string_view text) { return parsing::FoldedWords(text); }

std::string PeriodText(const document::Period& period, bool start) {
  if (start) return period.start ? document::FormatDate(*period.start) : "";
  if (period.current) return "present";
  return period.end ? document::FormatDate(*period.end) : "";
}

// A date read back with less detail than the document has ("2019" for "2019-06") is a reading
// the file allows: the year must agree, and the month when both have one.
bool SameDate(const std::string& expected, const std::string& found) {
  if (expected == found) return true;
  if (expected.size() < 4 || found.size() < 4 || expected.substr(0, 4) != found.substr(0, 4)) {
    return false;
  }
  return expected.size() == 4 || found.size() == 4 || expected.substr(0, 7) == found.substr(0, 7);
}

class FieldChecker {
 public:
  explicit FieldChecker(std::vector<FieldCheck>& out) : out_(out) {}

  void Text(std::string path, const std::string& expected, const std::string& found) {
    if (parsing::Trim(expected).empty()) return;
    const std::string a = Comparable(expected);
    const std::string b = Comparable(found);
    std::string status = "ok";
    if (b.empty()) {
      status = "missing";
    } else if (a != b) {
      status = "different";
    }
    out_.push_back({std::move(path), expected, found, status});
  }

  void Date(std::string path, const std::string& expected, const std::string& found) {
    if (expected.empty()) return;
    std::string status = "ok";
    if (found.empty()) {
      status = "missing";
    } else if (!SameDate(expected, found)) {
      status = "different";
    }
    out_.push_back({std::move(path), expected, found, status});
  }

 private:
  std::vector<FieldCheck>& out_;
};

// The read-back entry that is the document's entry i: the one sharing most of its fields
// (title or degree, company or school, start), each taken once; nullptr when none shares any.
template <typename Entry, typename Key>
const Entry* Counterpart(const Entry& wanted, const std::vector<Entry>& candidates,
                         std::set<std::size_t>& taken, Key key) {
  int best = 0;
  std::size_t best_at = candidates.size();
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    if (taken.contains(i)) continue;
    int shared = 0;
    for (int part = 0; part < 3; ++part) {
      const std::string a = key(wanted, part);
      shared += !a.empty() && a == key(candidates[i], part) ? 1 : 0;
    }
    if (shared > best) {
      best = shared;
      best_at = i;
    }
  }
  if (best_at == candidates.size()) return nullptr;
  taken.insert(best_at);
  return &candidates[best_at];
}

void CheckFields(const document::ResumeDocument& expected, const document::ResumeDocument& found,
                 std::vector<FieldCheck>& out) {
  FieldChecker check(out);
  check.Text("contact.name", expected.contact.name, found.contact.name);
  check.Text("contact.email", expected.contact.email, found.contact.email);
  // A phone reads back the same when its digits do.
  if (!expected.contact.phone.empty()) {
    auto digits = [](const std::string& text) {
      std::string kept;
      for (char c : text) {
        if (std::isdigit(static_cast<unsigned char>(c)) != 0) kept += c;
      }
      return kept;
    };
    const std::string want = digits(expected.contact.phone);
    const std::string got = digits(found.contact.phone);
    out.push_back({"contact.phone", expected.contact.phone, found.contact.phone,
                   got.empty() ? "missing" : (got == want ? "ok" : "different")});
  }
  std::set<std::size_t> taken;
  for (std::size_t i = 0; i < expected.experience.size(); ++i) {
    const document::Experience& job = expected.experience[i];
    const document::Experience* back =
        Counterpart(job, found.experience, taken, [](const document::Experience& e, int part) {
          if (part == 0) return Comparable(e.title);
          if (part == 1) return Comparable(e.company);
          return PeriodText(e.period, true);
        });
    const document::Experience none;
    const document::Experience& other = back != nullptr ? *back : none;
    const std::string at = "experience[" + std::to_string(i) + "].";
    check.Text(at + "title", job.title, other.title);
    check.Text(at + "company", job.company, other.company);
    check.Date(at + "startDate", PeriodText(job.period, true), PeriodText(other.period, true));
    check.Date(at + "endDate", PeriodText(job.period, false), PeriodText(other.period, false));
  }
  taken.clear();
  for (std::size_t i = 0; i < expected.education.size(); ++i) {
    const document::Education& school = expected.education[i];
    const document::Education* back =
        Counterpart(school, found.education, taken, [](const document::Education& e, int part) {
          if (part == 0) return Comparable(e.degree);
          if (part == 1) return Comparable(e.school);
          return PeriodText(e.period, false);
        });
    const document::Education none;
    const document::Education& other = back != nullptr ? *back : none;
    const std::string at = "education[" + std::to_string(i) + "].";
    // A degree and its field may come back as one ("BSc Nursing" for "BSc" + "Nursing").
    const std::string degree = school.field.empty() || other.field.empty()
                                   ? school.degree
                                   : school.degree + " " + school.field;
    const std::string other_degree = school.field.empty() || other.field.empty()
                                         ? other.degree
                                         : other.degree + " " + other.field;
    check.Text(at + "degree", degree, other_degree);
    check.Text(at + "school", school.school, other.school);
  }
  std::set<std::string> read_skills;
  for (const std::string& skill : document::AllSkills(found)) read_skills.insert(Comparable(skill));
  const std::vector<std::string> skills = document::AllSkills(expected);
  for (std::size_t i = 0; i < skills.size(); ++i) {
    const bool read = read_skills.contains(Comparable(skills[i]));
    out.push_back({"skills[" + std::to_string(i) + "]", skills[i], read ? skills[i] : "",
                   read ? "ok" : "missing"});
  }
}

// Blockers first, then warnings, then tips; in the order found within each.
void SortBySeverity(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return static_cast<int>(a.severity) < static_cast<int>(b.severity);
  });
}

bool IsContactText(std::string_view text) {
  return !parsing::FindEmail(text).empty() || !parsing::FindPhone(text).empty();
}

}  // namespace

std::string_view SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kBlocker:
      return "blocker";
    case Severity::kWarning:
      return "warning";
    case Severity::kTip:
      return "tip";
  }
  return "tip";
}

std::vector<Finding> FileFindings(const parsing::DocumentText& text) {
  std::vector<Finding> out;
  // Columns: pages with lines in a left and a right column; side by side when lines of both
  // stand at one height, which a reader that reads across the page runs together.
  std::set<int> column_pages;
  std::set<int> side_by_side_pages;
  std::map<int, std::vector<const parsing::TextLine*>> left;
  std::map<int, std::vector<const parsing::TextLine*>> right;
  for (const parsing::TextLine& line : text.lines) {
    if (line.column == 1) left[line.page].push_back(&line);
    if (line.column == 2) right[line.page].push_back(&line);
  }
  for (const auto& [page, lines] : left) {
    const auto found = right.find(page);
    if (found == right.end()) continue;
    column_pages.insert(page);
    int beside = 0;
    for (const parsing::TextLine* a : lines) {
      for (const parsing::TextLine* b : found->second) {
        if (std::abs(a->y - b->y) < 0.5 * std::max({a->font_size, b->font_size, 1.0})) {
          ++beside;
          break;
        }
      }
    }
    if (beside >= 3) side_by_side_pages.insert(page);
  }
  if (!column_pages.empty()) {
    const bool interleaves = !side_by_side_pages.empty();
    out.push_back({"multiple_columns", interleaves ? Severity::kBlocker : Severity::kWarning,
                   interleaves
                       ? "Text stands in two columns side by side on " + Pages(side_by_side_pages) +
                             ". A tracking system that reads across the page runs the two columns "
                             "together, line by line."
                       : "The resume is laid out in two columns on " + Pages(column_pages) +
                             ". Some tracking systems read columns in the wrong order.",
                   Pages(column_pages),
                   "Use one column: move the sidebar's contact details, skills and languages into "
                   "sections of their own above or below the experience."});
  }
  if (text.facts.tables > 0) {
    out.push_back({"layout_table", Severity::kWarning,
                   "The document is laid out with " + std::to_string(text.facts.tables) +
                       (text.facts.tables == 1 ? " table" : " tables") +
                       ". Tracking systems often read a table cell by cell, out of order, or "
                       "skip it.",
                   "document body",
                   "Put the text in plain paragraphs; align dates with a right tab stop instead "
                   "of a table column."});
  }
  if (text.facts.text_boxes > 0) {
    out.push_back({"text_box", Severity::kWarning,
                   std::to_string(text.facts.text_boxes) +
                       (text.facts.text_boxes == 1 ? " text box holds" : " text boxes hold") +
                       " text. Many tracking systems never read text boxes and shapes.",
                   "document body", "Move the text out of the box into the document's body."});
  }
  // Contact details a page header alone holds (DOCX): most systems read only the body.
  bool header_contact = false;
  bool body_contact = false;
  for (const parsing::TextLine& line : text.lines) {
    if (!IsContactText(line.text)) continue;
    (line.style == "Header" ? header_contact : body_contact) = true;
  }
  if (header_contact && !body_contact) {
    out.push_back({"contact_in_header", Severity::kBlocker,
                   "Your e-mail address and phone number are only in the page header. Many "
                   "tracking systems ignore headers and footers, so the application would have "
                   "no way to reach you.",
                   "page header", "Put your contact details in the body, under your name."});
  }
  if (!text.facts.pages_without_text.empty()) {
    const std::set<int> pages(text.facts.pages_without_text.begin(),
                              text.facts.pages_without_text.end());
    out.push_back({"image_only_page", Severity::kBlocker,
                   Pages(pages) + " of the PDF " + (pages.size() == 1 ? "has" : "have") +
                       " no text: if it holds your resume, it is a picture of it, which a "
                       "tracking system cannot read.",
                   Pages(pages),
                   "Export the resume again as a PDF from the program you wrote it in, so that "
                   "every page has selectable text, or remove the page."});
  }
  // Pictures beside the text: no system reads words inside a picture. A wide one (a banner, a
  // chart, a block of text) more likely holds words than a small one (a photo, a logo).
  std::set<int> picture_pages;
  bool wide_picture = false;
  for (const parsing::FileFacts::Picture& picture : text.facts.pictures) {
    if (std::find(text.facts.pages_without_text.begin(), text.facts.pages_without_text.end(),
                  picture.page) != text.facts.pages_without_text.end()) {
      continue;  // that page is image_only_page's
    }
    // A picture under half the page or more, on a page with text, lies under that text: a
    // background, a shadow, a scan under its recognised text. The words on it are text.
    if (picture.area_share >= 0.5) continue;
    picture_pages.insert(picture.page);
    wide_picture = wide_picture || picture.width_share >= 1.0 / 3 || picture.area_share >= 0.05;
  }
  if (!picture_pages.empty()) {
    // A DOCX's pictures (page -1) stand in its body.
    const bool in_body = picture_pages.contains(-1);
    const std::string where = in_body ? "document body" : Pages(picture_pages);
    out.push_back({"pictures", wide_picture ? Severity::kWarning : Severity::kTip,
                   std::string(wide_picture ? "A large picture" : "A picture") +
                       (in_body ? " stands in the document" : " stands on " + where) +
                       ". A tracking system reads no words inside a picture: a heading, a chart, "
                       "skill bars or a logo with text in it are lost.",
                   where,
                   "Write any words the picture holds as text in the document; leave photos "
                   "and decorations out of the copy you send to tracking systems."});
  }
  if (text.facts.encrypted) {
    out.push_back(
        {"encrypted_file", text.facts.copy_forbidden ? Severity::kBlocker : Severity::kWarning,
         text.facts.copy_forbidden
             ? "The PDF is encrypted and its permissions forbid copying its text: a system that "
               "respects them reads nothing, and some refuse encrypted files outright."
             : "The PDF is encrypted (it opens without a password, but it is locked against "
               "changes). Some tracking systems refuse encrypted files outright.",
         "file",
         "Save or export the PDF again without a password or restrictions (\"no security\")."});
  }
  // Links behind icons: a profile or address the file points at but never prints.
  std::string all_text;
  for (const parsing::TextLine& line : text.lines) {
    all_text += parsing::AsciiLower(line.text);
    all_text += '\n';
  }
  std::set<std::string> icon_kinds;
  for (const parsing::LinkTarget& link : text.links) {
    std::string uri = parsing::AsciiLower(link.uri);
    std::string kind;
    if (uri.starts_with("mailto:")) {
      uri =
          uri.substr(7, uri.find('?') == std::string::npos ? std::string::npos : uri.find('?') - 7);
      kind = "e-mail address";
    } else if (uri.starts_with("tel:")) {
      continue;  // a number is printed in many forms; the phone field's check covers it
    } else {
      for (std::string_view scheme : {"https://", "http://"}) {
        if (uri.starts_with(scheme)) uri = uri.substr(scheme.size());
      }
      if (uri.starts_with("www.")) uri = uri.substr(4);
      while (uri.ends_with('/')) uri.pop_back();
      kind = uri.find("linkedin.") != std::string::npos ? "LinkedIn profile"
             : uri.find("github.") != std::string::npos ? "GitHub profile"
                                                        : "web address";
    }
    if (uri.empty()) continue;
    // The printed form may leave out the scheme, "www." or the path's host.
    const std::string tail = uri.substr(uri.find('/') == std::string::npos ? 0 : uri.find('/'));
    if (all_text.find(uri) != std::string::npos ||
        (tail.size() > 3 && all_text.find(tail) != std::string::npos)) {
      continue;
    }
    icon_kinds.insert(kind);
  }
  if (!icon_kinds.empty()) {
    std::string kinds;
    std::size_t i = 0;
    for (const std::string& kind : icon_kinds) {
      if (i > 0) kinds += i + 1 == icon_kinds.size() ? " and " : ", ";
      kinds += kind;
      ++i;
    }
    out.push_back({"icon_links", Severity::kWarning,
                   "Your " + kinds + (icon_kinds.size() == 1 ? " is" : " are") +
                       " only behind an icon or a word. A tracking system reads the text, not the "
                       "link, so it never sees " +
                       (icon_kinds.size() == 1 ? "it." : "them."),
                   "contact details", "Write the address out in full as text."});
  }
  // Characters that extract wrongly, in the plain extractor's text.
  const std::string& plain = text.facts.plain_text;
  int ligatures = 0;
  int private_use = 0;
  int unreadable = 0;
  for (std::size_t at = 0; at < plain.size();) {
    const char32_t c = NextCodePoint(plain, at);
    if (c >= 0xFB00 && c <= 0xFB06) ++ligatures;
    if ((c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000) ++private_use;
    if (c == 0xFFFD || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
      ++unreadable;
    }
  }
  if (unreadable > 0) {
    out.push_back({"unreadable_characters", Severity::kBlocker,
                   std::to_string(unreadable) +
                       " characters come out of the file as no letter at all: a font in it has no "
                       "map from its glyphs to letters, so a machine reads gibberish there.",
                   "text",
                   "Export the PDF again with a common font (one the program embeds with "
                   "its letters), or upload the DOCX."});
  }
  if (ligatures > 0) {
    out.push_back({"ligatures", Severity::kWarning,
                   std::to_string(ligatures) +
                       " letter pairs such as \"fi\" and \"fl\" come out as single ligature "
                       "characters, so words like \"certified\" may not match a search.",
                   "text",
                   "Turn off ligatures in the program that made the PDF, or use a font "
                   "without them."});
  }
  if (private_use > 0) {
    out.push_back({"private_use_characters", Severity::kTip,
                   std::to_string(private_use) +
                       " characters are icons from a symbol font; a tracking system reads them as "
                       "meaningless boxes.",
                   "text", "Replace icons with words (\"Phone\", \"E-mail\") or remove them."});
  }
  // Letter-spaced words ("E X P E R I E N C E") read as single letters.
  int spaced = 0;
  int run = 0;
  for (std::size_t i = 0; i < plain.size(); ++i) {
    const bool letter_alone = std::isalpha(static_cast<unsigned char>(plain[i])) != 0 &&
                              (i == 0 || plain[i - 1] == ' ') &&
                              (i + 1 == plain.size() || plain[i + 1] == ' ');
    if (letter_alone) {
      ++run;
      if (run == 4) ++spaced;
    } else if (plain[i] != ' ') {
      run = 0;
    }
  }
  if (spaced > 0) {
    out.push_back({"spaced_letters", Severity::kWarning,
                   std::to_string(spaced) + (spaced == 1 ? " word is" : " words are") +
                       " spaced out letter by letter (\"E X P E R I E N C E\"); a tracking "
                       "system reads single letters, not the word.",
                   "text",
                   "Use normal letter spacing; make headings stand out with size or "
                   "weight instead."});
  }
  if (!text.facts.fonts_without_unicode.empty()) {
    const std::string names = CommaList(text.facts.fonts_without_unicode);
    out.push_back({"no_unicode_map", Severity::kWarning,
                   "Fonts in the PDF carry no map from their glyphs to letters (" + names +
                       "), and their glyphs' own codes name no letters either: many tracking "
                       "systems read the words set in them as gibberish.",
                   "file",
                   "Export the PDF again from the program you wrote it in, with a common font, "
                   "or upload the DOCX."});
  }
  if (!text.facts.fonts_not_embedded.empty()) {
    const std::string names = CommaList(text.facts.fonts_not_embedded);
    out.push_back({"fonts_not_embedded", Severity::kTip,
                   "Fonts not embedded in the PDF (" + names +
                       "): a machine without them shows and may read the text differently.",
                   "file", "Export the PDF with \"embed all fonts\" turned on."});
  }
  SortBySeverity(out);
  return out;
}

Report BuildReport(const ReportInput& input) {
  Report report;
  report.extracted_text = input.extracted_text;
  report.findings = input.file_findings;
  std::vector<Finding>& findings = report.findings;
  if (input.size_bytes > kSizeBlocker) {
    findings.push_back({"file_too_large", Severity::kBlocker,
                        "The file is over 10 MB; most tracking systems refuse it.", "file",
                        "Export it again without large images, or as a DOCX."});
  } else if (input.size_bytes > kSizeWarning) {
    findings.push_back({"file_too_large", Severity::kWarning,
                        "The file is over 2.5 MB; some tracking systems (Greenhouse among them) "
                        "refuse files that size.",
                        "file", "Export it again with smaller images or none."});
  }
  // A file name a recruiter can file: letters, digits, spaces, dots, dashes, underscores,
  // parentheses; not a scanner's or a download's default.
  const std::string_view name = input.file_name;
  const std::string_view stem = name.substr(0, name.rfind('.'));
  const bool odd_characters = std::any_of(name.begin(), name.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte < 0x20 || byte >= 0x80 ||
           std::string_view("<>:\"/\\|?*#%&{}$!'@+`=").find(c) != std::string_view::npos;
  });
  const bool has_letters = std::any_of(stem.begin(), stem.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0;
  });
  static constexpr std::array<std::string_view, 8> kGeneric = {
      "document", "untitled", "download", "scan", "resume", "cv", "file", "image"};
  const std::string folded = parsing::FoldedWords(stem);
  const bool generic = std::any_of(kGeneric.begin(), kGeneric.end(), [&](std::string_view word) {
    return folded == word ||
           (folded.starts_with(word) && folded.size() <= word.size() + 5 &&
            std::all_of(folded.begin() + static_cast<long>(word.size()), folded.end(), [](char c) {
              return c == ' ' || std::isdigit(static_cast<unsigned char>(c));
            }));
  });
  if (!name.empty() && (odd_characters || !has_letters || generic || name.size() > 80)) {
    // The example is the user's own name ("Ana-M-Ruiz-Resume.pdf"), in ASCII letters.
    std::string example;
    for (const std::string& word :
         parsing::SplitTrimmed(parsing::FoldedWords(input.document.contact.name), " ")) {
      if (word.empty()) continue;
      std::string part = word;
      part[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(part[0])));
      example += part + "-";
    }
    const std::size_t dot = name.rfind('.');
    example += "Resume" + std::string(dot == std::string_view::npos ? ".pdf" : name.substr(dot));
    findings.push_back(
        {"unusual_file_name", Severity::kTip,
         "The file name \"" + std::string(name) +
             "\" says little about you or holds characters some systems refuse.",
         "file", "Name it with your name and the word resume, such as \"" + example + "\"."});
  }
  // Headings no system knows: what the parser kept as sections of their own.
  for (std::size_t i = 0; i < input.read_back.custom.size(); ++i) {
    const std::string& title = input.read_back.custom[i].title;
    if (title.empty()) continue;
    findings.push_back({"nonstandard_heading", Severity::kTip,
                        "The heading \"" + title +
                            "\" is not one tracking systems know; what is under it may be filed "
                            "nowhere.",
                        "section \"" + title + "\"",
                        "Use a common heading (Experience, Education, Skills, Certifications, "
                        "Projects, Volunteer Work) where one fits."});
  }
  if (!input.document.experience.empty() && input.read_back.experience.empty()) {
    findings.push_back({"experience_not_found", Severity::kBlocker,
                        "No job could be read from the file: a tracking system would show an "
                        "empty work history.",
                        "experience",
                        "Give the jobs a heading of their own (Experience) and put "
                        "each job's title, employer and dates on their own lines."});
  }
  for (const document::Experience& job : input.read_back.experience) {
    if (job.period.start) continue;
    // Where the job is in the user's document (the file's reading may hold them in another
    // order): the entry of the same title and employer, or of the same title.
    std::string where = "experience";
    for (int pass = 0; pass < 2 && where == "experience"; ++pass) {
      for (std::size_t j = 0; j < input.document.experience.size(); ++j) {
        const document::Experience& kept = input.document.experience[j];
        if (Comparable(kept.title) == Comparable(job.title) &&
            (pass == 1 || Comparable(kept.company) == Comparable(job.company))) {
          where = "experience[" + std::to_string(j) + "]";
          break;
        }
      }
    }
    findings.push_back({"job_without_dates", Severity::kWarning,
                        "No dates could be read for \"" +
                            (job.title.empty() ? job.company : job.title) +
                            "\"; systems that count years of experience count none for it.",
                        where,
                        "Write the dates as \"Jun 2019 – Present\" or \"06/2019 – 03/2023\" on "
                        "the job's first lines."});
  }
  SortBySeverity(findings);

  CheckFields(input.document, input.read_back, report.fields);
  report.fields_ok =
      static_cast<int>(std::count_if(report.fields.begin(), report.fields.end(),
                                     [](const FieldCheck& f) { return f.status == "ok"; }));
  const double read = report.fields.empty() ? 1.0
                                            : static_cast<double>(report.fields_ok) /
                                                  static_cast<double>(report.fields.size());
  int penalty = 0;
  std::set<std::string> counted;
  for (const Finding& finding : findings) {
    if (!counted.insert(finding.code).second) continue;
    penalty += finding.severity == Severity::kBlocker   ? kBlockerWeight
               : finding.severity == Severity::kWarning ? kWarningWeight
                                                        : kTipWeight;
  }
  report.score = std::clamp(static_cast<int>(std::lround(100.0 * read)) - penalty, 0, 100);
  return report;
}

json::value FindingsToJson(const std::vector<Finding>& findings) {
  json::array out;
  for (const Finding& finding : findings) {
    out.push_back(json::object{{"code", finding.code},
                               {"severity", SeverityName(finding.severity)},
                               {"message", finding.message},
                               {"where", finding.where},
                               {"fix", finding.fix}});
  }
  return out;
}

std::vector<Finding> FindingsFromJson(const json::value& value) {
  std::vector<Finding> out;
  const json::array* array = value.if_array();
  if (array == nullptr) return out;
  auto text = [](const json::object& object, std::string_view key) {
    const json::value* found = object.if_contains(key);
    return found != nullptr && found->is_string() ? std::string(found->get_string())
                                                  : std::string();
  };
  for (const json::value& item : *array) {
    const json::object* object = item.if_object();
    if (object == nullptr) continue;
    Finding finding;
    finding.code = text(*object, "code");
    const std::string severity = text(*object, "severity");
    finding.severity = severity == "blocker"   ? Severity::kBlocker
                       : severity == "warning" ? Severity::kWarning
                                               : Severity::kTip;
    finding.message = text(*object, "message");
    finding.where = text(*object, "where");
    finding.fix = text(*object, "fix");
    if (!finding.code.empty()) out.push_back(std::move(finding));
  }
  return out;
}

json::value ToJson(const Report& report) {
  json::array fields;
  for (const FieldCheck& field : report.fields) {
    fields.push_back(json::object{{"path", field.path},
                                  {"expected", field.expected},
                                  {"found", field.found},
                                  {"status", field.status}});
  }
  std::map<std::string, int> counts{{"blocker", 0}, {"warning", 0}, {"tip", 0}};
  for (const Finding& finding : report.findings)
    ++counts[std::string(SeverityName(finding.severity))];
  return json::object{
      {"score", report.score},
      {"extractedText", report.extracted_text},
      {"fields", std::move(fields)},
      {"fieldsOk", report.fields_ok},
      {"fieldsTotal", report.fields.size()},
      {"findings", FindingsToJson(report.findings)},
      {"pages",
       [&report] {
         json::array pages;
         for (const PageLink& page : report.pages) {
           pages.push_back(json::object{{"page", page.page},
                                        {"width", page.width},
                                        {"height", page.height},
                                        {"imageUrl", page.url}});
         }
         return pages;
       }()},
      {"counts",
       json::object{
           {"blocker", counts["blocker"]}, {"warning", counts["warning"]}, {"tip", counts["tip"]}}},
  };
}

}  // namespace resumax::ats
