#include "domain/parsing/resume_sections.h"

#include <algorithm>
#include <array>
#include <boost/algorithm/string/join.hpp>
#include <cctype>
#include <map>
#include <memory>
#include <optional>
#include <set>

#include "domain/parsing/dates.h"
#include "domain/parsing/entries.h"
#include "domain/parsing/headings.h"
#include "domain/parsing/layout.h"
#include "domain/parsing/places.h"
#include "domain/parsing/text_normalize.h"

namespace resumax::parsing {
namespace {

using LineRefs = std::vector<const TextLine*>;

struct Section {
  SectionKind kind = SectionKind::kOther;
  std::string heading;
  LineRefs lines;
  bool by_look = false;
};

bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

// Lines that read as sentences about the person ("Ten years of commercial plumbing experience
// across …"), not as a list of names: most of them long, ending in a full stop or telling of
// experience and skill.
bool ReadsAsProse(const LineRefs& lines) {
  std::size_t prose = 0;
  std::size_t total = 0;
  for (const TextLine* line : lines) {
    const std::string_view text = Trim(line->text);
    if (text.empty()) continue;
    ++total;
    const std::string lower = AsciiLower(text);
    const bool tells =
        lower.find("experience") != std::string::npos || lower.find("years") != std::string::npos ||
        lower.find("proven") != std::string::npos || lower.find("skilled") != std::string::npos ||
        lower.find("ability") != std::string::npos;
    if (CountWords(text) >= 8 && (text.back() == '.' || tells)) ++prose;
  }
  return total > 0 && 2 * prose >= total;
}
bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigitChar(char c) { return c >= '0' && c <= '9'; }

bool AllCaps(std::string_view text) {
  int letters = 0;
  for (char c : text) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 3;
}

std::string Untab(std::string_view text) {
  std::string out(text);
  std::replace(out.begin(), out.end(), '\t', ' ');
  return out;
}

double BodyFontSize(const DocumentText& document) {
  std::map<double, std::size_t> weight;
  for (const TextLine& line : document.lines) {
    if (line.font_size > 0) weight[line.font_size] += line.text.size();
  }
  double best = 0;
  std::size_t best_weight = 0;
  for (const auto& [size, chars] : weight) {
    if (chars > best_weight) {
      best = size;
      best_weight = chars;
    }
  }
  return best;
}

bool HeadingStyle(const TextLine& line) {
  return line.style.starts_with("Heading") || line.style.starts_with("heading");
}

// Small capitals ("Cᴏɴᴛᴀᴄᴛ", "Wᴏʀᴋ Exᴘᴇʀɪᴇɴᴄᴇ"): every word opens in larger type than the rest
// of its letters.
bool SmallCapitals(const TextLine& line) {
  if (line.size_runs.size() < 2 || line.font_size <= 0) return false;
  bool word_start = true;
  std::size_t words = 0;
  for (std::size_t i = 0; i < line.text.size(); ++i) {
    const char c = line.text[i];
    if (c == ' ' || c == '\t') {
      word_start = true;
      continue;
    }
    if (!word_start) continue;
    word_start = false;
    ++words;
    const auto run = std::find_if(line.size_runs.begin(), line.size_runs.end(),
                                  [i](const auto& r) { return r.first == i; });
    if (run == line.size_runs.end() || run->second < 1.15 * line.font_size) return false;
    const auto next = run + 1;
    if (next == line.size_runs.end() || next->second >= run->second) return false;
  }
  return words > 0;
}

bool Styled(const TextLine& line, double body_size) {
  return HeadingStyle(line) || line.bold || AllCaps(line.text) || SmallCapitals(line) ||
         (body_size > 0 && line.font_size > body_size + 0.9);
}

// Capitals letter-spaced into fragments of a few letters ("L IC ENSES & C ERTIFIC ATIO NS"):
// one heading of two or three words, however many pieces it came out in.
bool LetterSpacedCapitals(std::string_view text) {
  const std::size_t words = CountWords(text);
  std::size_t letters = 0;
  for (char c : text) letters += c != ' ' ? 1 : 0;
  return AllCaps(text) && words > 0 &&
         static_cast<double>(letters) < 3.4 * static_cast<double>(words);
}

bool HeadingCandidate(const TextLine& line) {
  std::string_view text = Trim(line.text);
  text.remove_prefix(SectionNumberLength(text));  // "1\tExperience": the number set apart
  if (line.is_bullet || text.empty() || CodePointCount(text) > 60 ||
      (CountWords(text) > 6 && !LetterSpacedCapitals(text))) {
    return false;
  }
  if (text.find('@') != std::string_view::npos || text.find('\t') != std::string_view::npos) {
    return false;
  }
  if (text.back() == '.' || text.back() == ',') return false;
  return FindDates(text).empty();
}

// A line's look, to find the headings that are no known name but look like the known ones:
// its size, weight, capitals, paragraph style and column (a sidebar's headings are no model for
// the main column's).
std::string Signature(const TextLine& line) {
  return std::to_string(static_cast<int>(line.font_size * 2)) + (line.bold ? "b" : "") +
         (AllCaps(line.text) ? "C" : "") + (HeadingStyle(line) ? line.style : "") + "/" +
         std::to_string(line.column);
}

// The line is set in one type throughout (a heading is; "Acme · Engineer" in bold then
// italics is an entry's header).
bool OneType(const TextLine& line) {
  for (const auto& [offset, style] : line.style_runs) {
    if (style != line.style_runs.front().second) return false;
  }
  return true;
}

// The line is the start of a sentence that goes on: it ends in a word broken by a hyphen
// ("Employment solicitor acting for em-") or the next line, in the same column and type close
// under it, carries on in lower case ("ployers and senior executives"). A paragraph's first
// line set larger than the bullets is no heading, whatever words it holds.
bool SentenceRunsOn(const DocumentText& document, std::size_t i) {
  const TextLine& line = document.lines[i];
  const std::string_view text = Trim(line.text);
  if (text.size() >= 2 && text.back() == '-' &&
      std::isalpha(static_cast<unsigned char>(text[text.size() - 2])) != 0)
    return true;
  if (i + 1 >= document.lines.size()) return false;
  const TextLine& next = document.lines[i + 1];
  const std::string_view next_text = Trim(next.text);
  return !next_text.empty() && next.page == line.page && next.column == line.column &&
         !next.is_bullet && std::abs(next.font_size - line.font_size) < 0.25 &&
         next.gap_before < 0.5 * line.font_size && next_text.front() >= 'a' &&
         next_text.front() <= 'z';
}

std::string FirstSegment(std::string_view text) {
  return std::string(Trim(text.substr(0, text.find('\t'))));
}

struct Heading {
  SectionKind kind;
  std::string rest;      // "Skills: Python, Go" keeps "Python, Go" as the section's first line
  bool by_look = false;  // no known name: taken for a heading because it looks like one
};

std::vector<std::optional<Heading>> DetectHeadings(const DocumentText& document, double body) {
  std::vector<std::optional<Heading>> headings(document.lines.size());
  std::set<std::string> known_signatures;
  // The kind and look of the last heading found: {size, bold, in capitals}.
  std::optional<SectionKind> open;
  std::tuple<int, bool, bool> open_look;
  bool open_styled = false;
  auto look = [](const TextLine& line, std::string_view label) {
    const bool bold = line.first_style != 0 ? (line.first_style & kStyleBold) != 0 : line.bold;
    return std::make_tuple(static_cast<int>(line.font_size * 2), bold, AllCaps(label));
  };
  // The type most known section names of a column are set in (the median's): a line set
  // smaller is no heading by its look alone ("Certificate of Achievement in Supply" or "Licence
  // Économie et" in bold over its school, under EDUCATION set larger, is a degree, not a
  // section; a group of skills named "Tools" in small bold type leaves the headings' size
  // alone). A sidebar's headings may be set smaller than the main column's.
  std::map<int, std::vector<double>> known_sizes;
  for (const TextLine& line : document.lines) {
    if (line.font_size > 0 && HeadingCandidate(line) && Styled(line, body) &&
        ClassifyHeading(line.text, true)) {
      known_sizes[line.column].push_back(line.font_size);
      known_sizes[-1].push_back(line.font_size);
    }
  }
  auto known_size = [&known_sizes](int column) {
    auto found = known_sizes.find(column);
    if (found == known_sizes.end()) found = known_sizes.find(-1);
    if (found == known_sizes.end()) return 0.0;
    std::vector<double>& sizes = found->second;
    std::ranges::nth_element(sizes, sizes.begin() + static_cast<std::ptrdiff_t>(sizes.size() / 2));
    return sizes[sizes.size() / 2];
  };

  for (std::size_t i = 0; i < document.lines.size(); ++i) {
    // "Tools: HubSpot, …" under SKILLS names a group: the section keeps its heading's look.
    if (i > 0 && headings[i - 1] && headings[i - 1]->kind != open) {
      open = headings[i - 1]->kind;
      const std::string label = FirstSegment(document.lines[i - 1].text);
      open_look = look(document.lines[i - 1], label.substr(0, label.find(':')));
      open_styled = Styled(document.lines[i - 1], body);
    }
    const TextLine& line = document.lines[i];
    // "ACADEMIC" over "BACKGROUND": a section's name set in a column too narrow for it.
    if (i + 1 < document.lines.size() && HeadingCandidate(line) &&
        !ClassifyHeading(line.text, true) && Styled(line, body)) {
      const TextLine& next = document.lines[i + 1];
      if (HeadingCandidate(next) && next.page == line.page && next.column == line.column &&
          std::abs(next.font_size - line.font_size) < 0.25 && next.bold == line.bold &&
          AllCaps(next.text) == AllCaps(line.text) &&
          next.gap_before < 0.5 * std::max(line.font_size, 1.0)) {
        if (std::optional<SectionKind> kind = ClassifyHeading(
                std::string(Trim(line.text)) + " " + std::string(Trim(next.text)), true)) {
          headings[i] = Heading{*kind, {}};
          headings[i + 1] = Heading{*kind, {}};
          ++i;
          continue;
        }
      }
    }
    if (HeadingCandidate(line)) {
      std::optional<SectionKind> kind = ClassifyHeading(line.text, true);
      // "Employment" over "Tribunal litigation" in a skills column: a section's name in the
      // body's plain type, where the headings so far were set apart, is no heading.
      if (kind && open && open_styled && body > 0 && line.font_size > 0 && line.first_style != 0 &&
          !Styled(line, body)) {
        kind.reset();
      }
      // "Teaching" in bold over "EFL teaching, Task-based learning" under TECHNICAL SKILLS set
      // larger: a minor section's name in a look other than the skills heading's names a
      // group of skills.
      if (kind && *kind == SectionKind::kOther && open == SectionKind::kSkills &&
          look(line, Trim(line.text)) != open_look) {
        kind.reset();
        continue;
      }
      // "Tools" in bold under SKILLS set larger in capitals: a group of the skills, no second
      // skills section.
      // "Languages" in small bold type over "C++, Python, Rust" likewise names a group: a
      // section's name set smaller than the skills heading and than the column's headings.
      if (kind && (*kind == SectionKind::kSkills || *kind == SectionKind::kLanguages) &&
          open == SectionKind::kSkills && look(line, Trim(line.text)) != open_look &&
          line.font_size > 0 && line.font_size < std::get<0>(open_look) / 2.0 - 0.25 &&
          (*kind == SectionKind::kSkills || line.font_size < known_size(line.column) - 0.25)) {
        kind.reset();
        continue;
      }
      const bool exact = kind.has_value();
      // "Cloud Skills", "HONORS & AWARDS": set apart by their look, and no field separators.
      if (!kind && Styled(line, body) && !SentenceRunsOn(document, i) &&
          (AllCaps(line.text) || HeadingStyle(line) || SmallCapitals(line) ||
           line.font_size > body + 0.9) &&
          line.text.find_first_of("|,;@") == std::string::npos &&
          line.font_size >= known_size(line.column) - 0.25) {
        kind = ClassifyHeading(line.text, false);
      }
      if (kind) {
        headings[i] = Heading{*kind, {}};
        if (exact && Styled(line, body)) known_signatures.insert(Signature(line));
        continue;
      }
    }
    // "Work⇥Staff Nurse, …": a heading in a column of its own beside the section's first line.
    if (const std::size_t tab = line.text.find('\t'); tab != std::string::npos && !line.is_bullet) {
      const std::string label(Trim(std::string_view(line.text).substr(0, tab)));
      // Inside skills, "Teaching⇥EFL teaching, Task-based learning" or "Leadership⇥Digital" in
      // a look other than the skills heading's name groups of skills: the names of minor
      // sections, no sections here (a known section's name still opens it).
      // "Languages⇥Platforms⇥Practices" likewise heads columns of skills, where
      // "Languages⇥Dutch⇥English" opens the spoken languages.
      const bool group_label = open == SectionKind::kSkills && look(line, label) != open_look;
      if (std::optional<SectionKind> kind = ClassifyHeading(label, true);
          kind && CountWords(label) <= 4 &&
          !(group_label && (*kind == SectionKind::kOther || *kind == SectionKind::kSkills ||
                            (*kind == SectionKind::kLanguages &&
                             SplitLanguages(line.text.substr(tab + 1)).empty())))) {
        // "Skills⇥Clinical⇥Systems" all set large: the names of the groups in the columns
        // below, no skills themselves.
        const bool group_names = *kind == SectionKind::kSkills && body > 0 &&
                                 line.font_size > body + 2 && !line.is_bullet;
        headings[i] = Heading{
            *kind, group_names ? std::string() : std::string(Trim(line.text.substr(tab + 1)))};
        continue;
      }
      // "Houston, TX⇥CAREER": a sidebar's line beside a heading in capitals; the heading
      // starts its section and the sidebar's words go on as its first line.
      const std::size_t last_tab = line.text.rfind('\t');
      const std::string last(Trim(std::string_view(line.text).substr(last_tab + 1)));
      if (std::optional<SectionKind> kind = ClassifyHeading(last, true);
          kind && AllCaps(last) && CountWords(last) <= 4) {
        headings[i] = Heading{*kind, std::string(Trim(line.text.substr(0, last_tab)))};
        continue;
      }
    }
    // "Skills: Python, Go, SQL" in plain text.
    const std::size_t colon = line.text.find(':');
    if (!line.is_bullet && colon != std::string::npos && colon < 40) {
      const std::string label = line.text.substr(0, colon);
      if (std::optional<SectionKind> kind = ClassifyHeading(label, true);
          kind && (*kind == SectionKind::kSkills || *kind == SectionKind::kSummary ||
                   *kind == SectionKind::kCertifications)) {
        headings[i] = Heading{*kind, std::string(Trim(line.text.substr(colon + 1)))};
      }
    }
  }
  if (known_signatures.empty()) return headings;
  // Unknown headings ("LIFE PHILOSOPHY", "A DAY OF MY LIFE") set like the known ones.
  bool seen_heading = false;
  SectionKind current_kind = SectionKind::kOther;
  for (std::size_t i = 0; i < document.lines.size(); ++i) {
    const TextLine& line = document.lines[i];
    if (headings[i]) {
      seen_heading = true;
      current_kind = headings[i]->kind;
      continue;
    }
    if (!seen_heading || !HeadingCandidate(line) || !Styled(line, body)) continue;
    // Inside a skills section a short styled line names a group of skills ("Marketing").
    if (current_kind == SectionKind::kSkills && CountWords(line.text) <= 3) continue;
    if (!known_signatures.count(Signature(line))) continue;
    if (line.text.find_first_of("0123456789|,:()") != std::string::npos || !OneType(line)) {
      continue;
    }
    // In a section of entries, a line set like the headings with a date in the next few lines
    // is an entry's first line ("Front Desk Intern" in bold over its employer and dates). A
    // year inside a paragraph's line ("… took two years out (2016–2018) as a") dates no entry.
    if (current_kind == SectionKind::kExperience || current_kind == SectionKind::kEducation ||
        current_kind == SectionKind::kProjects) {
      bool dated = false;
      for (std::size_t k = i + 1; k < document.lines.size() && k <= i + 3 && !headings[k]; ++k) {
        const std::string& text = document.lines[k].text;
        dated = dated || (CountWords(text) <= 12 && !FindDates(text).empty());
      }
      if (dated) continue;
    }
    headings[i] = Heading{SectionKind::kOther, {}, true};
  }
  return headings;
}

// Line i opens another column at its top, after a list section (certificates, languages,
// skills) of the column before, with a paragraph of prose: a section of its own.
bool OpensHeadlessSummary(const DocumentText& document, std::size_t i, SectionKind open) {
  if (i == 0 || (open != SectionKind::kCertifications && open != SectionKind::kLanguages &&
                 open != SectionKind::kSkills)) {
    return false;
  }
  const TextLine& line = document.lines[i];
  const TextLine& previous = document.lines[i - 1];
  const std::string_view text = Trim(line.text);
  return line.page == previous.page && line.column != previous.column && line.column != 0 &&
         line.y < previous.y && !line.is_bullet && CountWords(text) >= 12 &&
         text.find('\t') == std::string_view::npos &&
         (text.ends_with('.') || text.find(". ") != std::string_view::npos);
}

// A particle between the parts of a name, in lower case: "van", "der", "de", "la", …
bool IsNameParticle(std::string_view word) {
  static constexpr std::array<std::string_view, 16> kParticles = {
      "van", "der", "den", "de",  "la",  "le",  "von", "da",
      "di",  "del", "du",  "ten", "ter", "bin", "al",  "dos"};
  return std::find(kParticles.begin(), kParticles.end(), word) != kParticles.end();
}

struct NameFound {
  std::string name;
  std::string post_nominals;
  std::string headline;  // a title printed after the name on its line ("Kenji Mori, Engineer")
  double confidence = 0;
};

// A name printed in capitals as a person writes it: "CHLOÉ LEFÈVRE" → "Chloé Lefèvre",
// "DEAN MCALLISTER" → "Dean McAllister", "MARY-JO O'NEIL" → "Mary-Jo O'Neil". Letters with
// accents are lowered too (Latin-1 and Latin Extended-A capitals).
std::string NameCase(std::string_view name) {
  std::string out;
  bool word_start = true;
  std::size_t word_begin = 0;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const auto byte = static_cast<unsigned char>(name[i]);
    if (byte < 0x80) {
      char c = name[i];
      const bool letter = std::isalpha(byte) != 0;
      const std::string_view word = std::string_view(out).substr(word_begin);
      const bool after_mc = word == "Mc" || word == "O'";
      if (letter && !word_start && !after_mc) c = static_cast<char>(std::tolower(byte));
      out += c;
      if (!letter) {
        word_start = c == ' ' || c == '-' || c == '\'';
        if (c == ' ' || c == '-') word_begin = out.size();
      } else {
        word_start = false;
      }
      continue;
    }
    // Two-byte UTF-8 capitals: U+00C0–U+00DE (not ×) lower by 0x20; Latin Extended-A
    // (U+0100–U+017F) pairs lower by one, capitals mostly even.
    if ((byte & 0xE0) == 0xC0 && i + 1 < name.size()) {
      char32_t code = ((byte & 0x1F) << 6) | (static_cast<unsigned char>(name[i + 1]) & 0x3F);
      if (!word_start) {
        // Latin Extended-A: capitals are even, but odd from Ĺ (U+0139) to Ň (U+0147) and from
        // Ź (U+0179) to Ž (U+017D).
        const bool odd_capitals =
            (code >= 0x139 && code <= 0x148) || (code >= 0x179 && code <= 0x17E);
        if (code >= 0xC0 && code <= 0xDE && code != 0xD7) {
          code += 0x20;
        } else if (code >= 0x100 && code <= 0x17F && code != 0x138 &&
                   (code % 2 == 1) == odd_capitals) {
          code += 1;
        }
      }
      out += static_cast<char>(0xC0 | (code >> 6));
      out += static_cast<char>(0x80 | (code & 0x3F));
      word_start = false;
      ++i;
      continue;
    }
    out += name[i];
    word_start = false;
  }
  return out;
}

bool AllCapitals(std::string_view text) {
  bool letters = false;
  for (char c : text) {
    if (IsLower(c)) return false;
    letters = letters || std::isupper(static_cast<unsigned char>(c));
  }
  // Lower-case accented letters are two bytes starting 0xC3 with a second byte ≥ 0xA0.
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    if (static_cast<unsigned char>(text[i]) == 0xC3 &&
        static_cast<unsigned char>(text[i + 1]) >= 0xA0) {
      return false;
    }
  }
  return letters;
}

// A title printed after a name: capitalised words, no digits, no place, not too long.
bool LooksLikeHeadline(std::string_view text) {
  text = Trim(text);
  if (text.empty()) return false;
  const auto first = static_cast<unsigned char>(text.front());
  if ((std::isupper(first) == 0 && first < 0x80) || CountWords(text) > 8 ||
      LooksLikeLocation(text) || !FindEmail(text).empty() || !FindPhone(text).empty()) {
    return false;
  }
  return text.find_first_of("0123456789@|") == std::string_view::npos;
}

// A segment that reads as a name once credentials after it are set apart ("Li Wei, CPA"), and
// once a title after them is set apart too ("Mary-Jo O'Neil, MSN, RN, Nurse Manager, ED").
// Only a line set in the header's largest type may carry a title after the name.
std::optional<NameFound> NameIn(std::string_view segment, bool with_headline = false) {
  segment = Trim(segment);
  while (segment.ends_with(",")) segment = Trim(segment.substr(0, segment.size() - 1));
  // A form's label before the name: "Name: Ana Ruiz", "Full name – Ana Ruiz".
  for (std::string_view label : {"full name", "name"}) {
    if (segment.size() > label.size() + 2 && AsciiLower(segment.substr(0, label.size())) == label) {
      const std::string_view rest = Trim(segment.substr(label.size()));
      if (rest.starts_with(":") || rest.starts_with("\u2013") || rest.starts_with("-")) {
        segment = Trim(rest.substr(rest.starts_with("\u2013") ? 3 : 1));
      }
      break;
    }
  }
  // A title before the name ("Dr. Hannah Okoro"): the name without it.
  for (std::string_view title : {"Dr. ", "Dr ", "Prof. ", "Prof "}) {
    if (segment.starts_with(title) && CountWords(segment) >= 3) {
      segment = Trim(segment.substr(title.size()));
      break;
    }
  }
  // "Chicago, IL" is no "Chicago, IL.D."; but in the header's largest type, a name of two or
  // more words before a degree that is also a state's code ("Hannah Okoro, MD", "Sam Lee, PA")
  // is a person's.
  if (LooksLikeLocation(segment)) {
    const std::size_t comma = segment.rfind(',');
    static constexpr std::array<std::string_view, 6> kDegreeCodes = {"MD", "PA", "MA",
                                                                     "MS", "DC", "DO"};
    const bool person = with_headline && comma != std::string_view::npos &&
                        std::find(kDegreeCodes.begin(), kDegreeCodes.end(),
                                  Trim(segment.substr(comma + 1))) != kDegreeCodes.end() &&
                        CountWords(segment.substr(0, comma)) >= 2 &&
                        LooksLikeName(segment.substr(0, comma));
    if (!person) return std::nullopt;
    return NameFound{std::string(Trim(segment.substr(0, comma))),
                     std::string(Trim(segment.substr(comma + 1))),
                     {},
                     0};
  }
  // The family name first, in capitals, then a comma and the given names ("RUIZ, Ana María"):
  // the name as it is said, given names first.
  if (const std::size_t comma = segment.find(','); comma != std::string_view::npos) {
    const std::string_view family = Trim(segment.substr(0, comma));
    const std::string_view given = Trim(segment.substr(comma + 1));
    if (AllCapitals(family) && CountWords(family) <= 2 && CodePointCount(family) > 1 &&
        !AllCapitals(given) && CountWords(given) <= 3 &&
        given.find(',') == std::string_view::npos && LooksLikeName(given) &&
        LooksLikeName(family) && !document::LooksLikeCredential(given)) {
      return NameFound{std::string(given) + " " + NameCase(family), {}, {}, 0};
    }
  }
  auto [name, credentials] = document::SplitPostNominals(Trim(segment));
  // Credentials after the name without a comma ("Nkechi ADEYEMI PhD", "Ingrid SOLBERG LEED AP
  // BD+C"): the last is shaped like none of a name's words (capitals with a small letter or a
  // sign: "PhD", "MSc", "BD+C"); capitals alone ("AP", "LEED") only before such a one.
  if (credentials.empty()) {
    std::vector<std::string> words = SplitTrimmed(name, " ");
    std::vector<std::string> peeled;
    while (words.size() > 2) {
      const std::string& word = words.back();
      const auto capitals = std::count_if(word.begin(), word.end(), [](char c) {
        return std::isupper(static_cast<unsigned char>(c)) != 0;
      });
      const bool marked = std::any_of(word.begin(), word.end(), [](char c) {
        return IsLower(c) || std::string_view(".+&/").find(c) != std::string_view::npos;
      });
      const bool shaped = capitals >= 2 && (marked || (!peeled.empty() && AllCapitals(word)));
      if (!shaped || !document::LooksLikeCredential(word)) break;
      peeled.insert(peeled.begin(), word);
      words.pop_back();
    }
    if (!peeled.empty()) {
      name = boost::algorithm::join(words, " ");
      credentials = boost::algorithm::join(peeled, " ");
    }
  }
  std::string headline;
  if (!LooksLikeName(name)) {
    if (!with_headline) return std::nullopt;
    // The name before the first comma, credentials after it, then the title to the end.
    const std::vector<std::string> parts = SplitTrimmed(segment, ",");
    if (parts.size() < 2 || !LooksLikeName(parts[0])) return std::nullopt;
    std::size_t title_from = 1;
    while (title_from < parts.size()) {
      if (!document::LooksLikeCredential(parts[title_from])) break;
      ++title_from;
    }
    if (title_from == parts.size()) return std::nullopt;
    for (std::size_t k = title_from; k < parts.size(); ++k) {
      if (!headline.empty()) headline += ", ";
      headline += parts[k];
    }
    if (!LooksLikeHeadline(headline)) return std::nullopt;
    name = parts[0];
    credentials.clear();
    for (std::size_t k = 1; k < title_from; ++k) {
      if (!credentials.empty()) credentials += ", ";
      credentials += parts[k];
    }
  }
  // A name of one capitalised word ("ANDERSON") stays as printed: it may be a surname alone.
  if (AllCapitals(name) && name.find(' ') != std::string::npos) {
    // "LUIS DE LA CRUZ": particles between given and family names in lower case.
    std::vector<std::string> words = SplitTrimmed(NameCase(name), " ");
    for (std::size_t w = 1; w + 1 < words.size(); ++w) {
      if (IsNameParticle(AsciiLower(words[w]))) words[w] = AsciiLower(words[w]);
    }
    name = boost::algorithm::join(words, " ");
  } else if (name.find(' ') != std::string::npos) {
    // The family name in capitals after given names in lower case ("Björn ÅSTRÖM", "Luis DE
    // LA CRUZ"): as it is written in running text, particles in lower case.
    std::vector<std::string> words = SplitTrimmed(name, " ");
    bool changed = false;
    for (std::size_t w = 0; w < words.size(); ++w) {
      std::string& word = words[w];
      static constexpr std::array<std::string_view, 5> kNumerals = {"II", "III", "IV", "JR", "SR"};
      if (CodePointCount(word) < 2 || !AllCapitals(word) || word.ends_with(".") ||
          std::find(kNumerals.begin(), kNumerals.end(), word) != kNumerals.end()) {
        continue;
      }
      const std::string lower = AsciiLower(word);
      word = w > 0 && w + 1 < words.size() && IsNameParticle(lower) ? lower : NameCase(word);
      changed = true;
    }
    if (changed) name = boost::algorithm::join(words, " ");
  }
  return NameFound{std::move(name), std::move(credentials), std::move(headline), 0};
}

// The most prominent name-shaped segment of the first of `top`'s lines (any segment: a
// two-column header puts it beside a label or the contact).
// Only the first `candidates` lines may hold the name; the lines after them may carry it on
// (a name ending with a comma over its credentials below the first heading's line).
std::optional<NameFound> ScanForName(const LineRefs& top, std::size_t candidates) {
  std::optional<NameFound> best;
  double best_size = 0;
  double largest = 0;     // the largest type of the header's lines
  double smallest = 1e9;  // and the smallest
  for (std::size_t i = 0; i < candidates && i < top.size() && i < 12; ++i) {
    for (const auto& [offset, points] : top[i]->size_runs) {
      largest = std::max(largest, points);
      smallest = std::min(smallest, points);
    }
    largest = std::max(largest, top[i]->font_size);
    if (top[i]->font_size > 0) smallest = std::min(smallest, top[i]->font_size);
  }
  int index = 0;
  std::vector<std::unique_ptr<TextLine>> joined_lines;
  for (std::size_t i = 0; i < candidates && i < top.size(); ++i) {
    const TextLine* line = top[i];
    if (++index > 12) break;
    // A name set large in a narrow column wraps: "ELEANOR" over "VOSS", "Rebecca Tran-" over
    // "Holloway", "PATRICIA" over "GÓMEZ-" over "RIVERA". A line that cannot end a name (one
    // word, a hyphen, an initial) goes on in the next line of the same size.
    for (int joins = 0; joins < 2 && i + 1 < top.size(); ++joins) {
      // The name's own type: its line's, or its first segment's when small contact details
      // stand beside it ("FELIX⇥Munich, Germany" with "FELIX" set three times as large).
      const double name_size =
          line->size_runs.empty() ? line->font_size : line->size_runs.front().second;
      bool beside_smaller = line->text.find('\t') != std::string::npos;
      for (std::size_t run = 1; run < line->size_runs.size() && beside_smaller; ++run) {
        beside_smaller = line->size_runs[run].second * 1.3 < name_size;
      }
      const std::string_view first =
          beside_smaller ? Trim(std::string_view(line->text).substr(0, line->text.find('\t')))
                         : Trim(line->text);
      const std::size_t space = first.rfind(' ');
      const std::string_view last_word =
          space == std::string_view::npos ? first : first.substr(space + 1);
      // Given names over the family name in the header's largest type ("Ana María" over
      // "Ruiz Ortega"), set well above the smallest type: the name, in two lines.
      const bool stacked = CountWords(first) <= 2 && name_size >= 0.75 * largest &&
                           name_size >= 1.4 * smallest && LooksLikeName(first);
      const bool open_by_shape =
          space == std::string_view::npos || first.ends_with("-") || first.ends_with(",") ||
          (last_word.size() == 2 && last_word[1] == '.') || IsNameParticle(last_word);
      const bool open_end = open_by_shape || stacked;
      if (!open_end || first.empty() ||
          (line->text.find('\t') != std::string::npos && !beside_smaller) || !(name_size > 0) ||
          (CountWords(first) >= 4 && !first.ends_with(","))) {
        break;
      }
      // The next line at the name's size, right below or past a few small lines of contact
      // details set beside it ("RN⇥(312) 555-0199" under "MARY-JO O'NEIL, MSN,").
      std::size_t at = i + 1;
      std::string rest;
      for (; at < top.size() && at <= i + 3; ++at) {
        const TextLine& candidate = *top[at];
        if (candidate.page != line->page || candidate.y - line->y >= 2 * name_size) {
          at = top.size();
          break;
        }
        const double size =
            candidate.size_runs.empty() ? candidate.font_size : candidate.size_runs.front().second;
        // The same size, or for given names over the family name a little larger ("Felix"
        // light over "BRAUN" bold); a smaller line under a name is its headline.
        const bool alike = std::abs(size - name_size) < 0.5 ||
                           (stacked && size > name_size && size < 1.35 * name_size);
        if (alike) {
          rest = FirstSegment(candidate.text);
          break;
        }
      }
      if (at >= top.size() || at > i + 3) break;
      const TextLine& next = *top[at];
      // Below the line's start, or centred under it.
      const double shift = (next.x + next.width / 2) - (line->x + line->width / 2);
      const bool centred = std::abs(shift) < 0.1 * std::max(next.width, line->width) + 2;
      // A stacked family name may carry credentials after it ("SOLBERG LEED AP BD+C").
      bool rest_fits =
          !rest.empty() && open_by_shape && CountWords(rest) <= (first.ends_with(",") ? 4u : 2u);
      if (!rest_fits && !rest.empty() && !first.ends_with("-")) {
        const std::optional<NameFound> whole = NameIn(std::string(first) + " " + rest);
        rest_fits =
            whole && CountWords(whole->name) > CountWords(first) && CountWords(whole->name) <= 4;
      }
      if (((next.x < line->x - 2 || next.x > line->x + line->width) && !centred) || !rest_fits) {
        break;
      }
      std::string text(first);
      if (!text.ends_with("-")) text += ' ';
      text += rest;
      // "Ana M. Ruiz, RN," goes on to its last credential.
      std::string_view probe = text;
      while (probe.ends_with(",")) probe.remove_suffix(1);
      if (!NameIn(probe)) break;
      auto joined = std::make_unique<TextLine>(*line);
      joined->text = std::move(text);
      joined->size_runs.clear();
      joined->y = next.y;  // the next line's distance is counted from the last one joined
      line = joined.get();
      joined_lines.push_back(std::move(joined));
      i = at;
    }
    const std::vector<std::string> segments = SplitTrimmed(line->text, "\t");
    // The type at a place in the line: its run's size.
    auto size_at = [line](std::size_t at) {
      double size = line->font_size;
      for (const auto& [offset, points] : line->size_runs) {
        if (offset <= at) size = points;
      }
      return size;
    };
    for (std::size_t k = 0; k < segments.size(); ++k) {
      // The size of the segment itself: a name set large beside small contact details.
      double size = line->font_size;
      std::string segment = segments[k];
      if (const std::size_t at = line->text.find(segments[k]); at != std::string::npos) {
        size = size_at(at);
        // Credentials after the name in smaller type ("Li K. Wei" large, "PharmD, BCIDP"
        // small): set apart as if by a comma.
        for (const auto& [offset, points] : line->size_runs) {
          if (offset <= at || offset >= at + segment.size() || points >= 0.75 * size ||
              line->text[offset - 1] != ' ') {
            continue;
          }
          std::string before(Trim(std::string_view(segment).substr(0, offset - at)));
          const std::string after = segment.substr(offset - at);
          std::vector<std::string> tokens = SplitTrimmed(after, " ");
          const bool credentials =
              !tokens.empty() && std::all_of(tokens.begin(), tokens.end(), [](std::string t) {
                while (t.ends_with(",")) t.pop_back();
                return document::LooksLikeCredential(t);
              });
          if (credentials && !before.ends_with(",")) segment = before.append(", ").append(after);
          break;
        }
      }
      auto found = NameIn(segment, size > 0 && size >= largest - 0.5);
      // Given and family names set apart in the same type ("JAN⇥VAN DER BERG", the family name
      // in another weight): one name.
      if (k + 1 < segments.size() && size > 0) {
        const std::size_t next_at = line->text.find(segments[k + 1]);
        const double next_size = next_at != std::string::npos ? size_at(next_at) : line->font_size;
        const std::optional<NameFound> whole =
            std::abs(next_size - size) < 0.5 && CountWords(segments[k + 1]) <= 3
                ? NameIn(segment + " " + segments[k + 1], size >= largest - 0.5)
                : std::nullopt;
        if (whole && (!found || CountWords(whole->name) > CountWords(found->name)) &&
            CountWords(whole->name) <= 5) {
          found = whole;
        }
      }
      if (!found) continue;
      // The largest name-shaped text wins; a single word ("London", "ANDERSON") only while no
      // name of two or more words is found.
      const bool several = found->name.find(' ') != std::string::npos;
      const bool best_several = best && best->name.find(' ') != std::string::npos;
      if (!best || (several && !best_several) ||
          (several == best_several && size > best_size + 0.5)) {
        best = std::move(found);
        best_size = size;
      }
      break;
    }
  }
  return best;
}

// How many of a name's words (three letters or more) the person's addresses hold: the local
// part of the e-mail address and the profile slugs ("amara.okafor@…", "…/in/mateo-herrera-ux").
int WordsInAddresses(std::string_view name, const std::vector<std::string>& addresses) {
  int shared = 0;
  for (const std::string& word : SplitTrimmed(FoldedWords(name), " ")) {
    if (word.size() < 3) continue;
    if (std::any_of(addresses.begin(), addresses.end(), [&word](const std::string& address) {
          return address.find(word) != std::string::npos;
        })) {
      ++shared;
    }
  }
  return shared;
}

// The person's name: a "Title" paragraph, else the most prominent name-shaped segment of the
// first lines (any segment: a two-column header puts it beside a label or the contact).
NameFound FindName(const LineRefs& top, const DocumentText& document) {
  for (const TextLine& line : document.lines) {
    if (line.style != "Title") continue;
    for (const std::string& segment : SplitTrimmed(line.text, "\t")) {
      if (auto found = NameIn(segment, true)) {
        found->confidence = 0.95;
        return *found;
      }
    }
  }
  // The header's lines, then a few after them to carry a name on.
  LineRefs header = top;
  const TextLine* const first_line = document.lines.data();
  if (!top.empty() && !document.lines.empty() && top.back() >= first_line &&
      top.back() < first_line + document.lines.size()) {
    const auto after = static_cast<std::size_t>(top.back() - first_line) + 1;
    for (std::size_t at = after; at < document.lines.size() && at < after + 3; ++at) {
      header.push_back(&document.lines[at]);
    }
  }
  std::optional<NameFound> best = ScanForName(header, top.size());
  if (best) {
    best->confidence = 0.9;
    return *best;
  }
  // A name set in a sidebar read after the main column: the largest type of the first page,
  // with the lines after it (a name wrapped in a narrow column).
  if (!document.lines.empty()) {
    const int page = document.lines.front().page;
    // A line's largest type: a name may share its line with small contact details.
    auto line_largest = [](const TextLine& line) {
      double points = line.font_size;
      for (const auto& [offset, size] : line.size_runs) points = std::max(points, size);
      return points;
    };
    double largest = 0;
    for (const TextLine& line : document.lines) {
      if (line.page == page) largest = std::max(largest, line_largest(line));
    }
    for (std::size_t k = 0; k < document.lines.size() && largest > 0; ++k) {
      const TextLine& line = document.lines[k];
      if (line.page != page || line_largest(line) < largest - 0.5) continue;
      // Given names a little smaller just above ("AMARA" over "OKAFOR"): the name starts there.
      std::size_t from = k;
      for (std::size_t back = k; back > 0 && back + 3 > k; --back) {
        const TextLine& above = document.lines[back - 1];
        if (above.page == page && line_largest(above) >= 0.7 * largest &&
            std::abs(line.y - above.y) < 2 * largest) {
          from = back - 1;
        }
      }
      LineRefs big;
      for (std::size_t at = from; at < document.lines.size() && at < k + 6; ++at) {
        big.push_back(&document.lines[at]);
      }
      if (std::optional<NameFound> found = ScanForName(big, big.size())) {
        found->confidence = 0.7;
        return *found;
      }
      break;
    }
  }
  for (std::size_t i = 0; i < document.lines.size() && i < 6; ++i) {
    if (auto found = NameIn(FirstSegment(document.lines[i].text))) {
      found->confidence = 0.5;
      return *found;
    }
  }
  return {};
}

std::vector<std::string> ContactParts(std::string_view text) {
  std::string spaced(text);
  for (std::string_view separator : {"|", "\u2022", "\u00B7"}) {
    std::size_t at = 0;
    while ((at = spaced.find(separator, at)) != std::string::npos) {
      spaced.replace(at, separator.size(), "\t");
      ++at;
    }
  }
  return SplitTrimmed(spaced, "\t");
}

std::string FindLocation(const LineRefs& lines) {
  for (const TextLine* line : lines) {
    for (const std::string& part : ContactParts(line->text)) {
      std::string candidate = part;
      const std::string lower = AsciiLower(candidate);
      for (std::string_view label : {"location:", "address:", "mailaddress:"}) {
        if (lower.starts_with(label)) candidate = std::string(Trim(candidate.substr(label.size())));
      }
      if (!FindEmail(candidate).empty() || !FindPhone(candidate).empty()) continue;
      // "Columbus, Ohio 44444" and "Oak Park, CA 91377": the ZIP is part of the place.
      std::string without_zip = candidate;
      while (!without_zip.empty() && (IsDigitChar(without_zip.back()) ||
                                      without_zip.back() == ' ' || without_zip.back() == '-')) {
        without_zip.pop_back();
      }
      if (!without_zip.empty() && LooksLikeLocation(without_zip)) return without_zip;
      // "2222 McCoy Road Columbus, Ohio 44444": the city and state at the end of an address.
      if (const std::size_t comma = without_zip.rfind(','); comma != std::string::npos) {
        const std::vector<std::string> before = SplitTrimmed(without_zip.substr(0, comma), " ");
        for (std::size_t take = std::min<std::size_t>(3, before.size()); take >= 1; --take) {
          std::string tail;
          for (std::size_t k = before.size() - take; k < before.size(); ++k) {
            tail += before[k] + " ";
          }
          tail.pop_back();
          tail += without_zip.substr(comma);
          if (take < before.size() && LooksLikeLocation(tail)) return tail;
        }
      }
    }
  }
  // "ana@example.co.uk · 07700 900456 · Cardiff": a known town alone among the contact details.
  for (const TextLine* line : lines) {
    const std::vector<std::string> parts = ContactParts(line->text);
    const bool contact = std::any_of(parts.begin(), parts.end(), [](const std::string& part) {
      return !FindEmail(part).empty() || !FindPhone(part).empty();
    });
    for (const std::string& part : parts) {
      if (contact && IsKnownTown(part) && TitleScore(part) == 0) return part;
    }
  }
  return {};
}

bool IsLinkToken(std::string_view token) {
  const std::string lower = AsciiLower(token);
  if (lower.find('@') != std::string::npos) return false;
  if (lower.find("linkedin") != std::string::npos || lower.find("github") != std::string::npos ||
      lower.starts_with("http") || lower.starts_with("www.")) {
    return lower.find('.') != std::string::npos || lower.find("://") != std::string::npos;
  }
  const std::size_t dot = lower.rfind('.', lower.find('/'));
  if (dot == std::string::npos || dot == 0) return false;
  const std::string tld = lower.substr(dot + 1, lower.find('/', dot) - dot - 1);
  static constexpr std::array<std::string_view, 14> kTlds = {"com",  "io",   "dev",  "me", "org",
                                                             "net",  "in",   "ai",   "co", "app",
                                                             "page", "site", "tech", "xyz"};
  return std::find(kTlds.begin(), kTlds.end(), tld) != kTlds.end() && IsAsciiAlpha(lower.front());
}

std::vector<document::Link> FindLinks(const LineRefs& lines) {
  std::vector<document::Link> links;
  std::set<std::string> seen;
  for (const TextLine* line : lines) {
    for (const std::string& part : ContactParts(line->text)) {
      for (std::string token : SplitTrimmed(part, " ")) {
        while (!token.empty() &&
               (token.back() == ',' || token.back() == ';' || token.back() == ')')) {
          token.pop_back();
        }
        for (std::string_view label : {"homepage:", "linkedin:", "github:", "website:", "web:"}) {
          if (AsciiLower(token).starts_with(label)) token = token.substr(label.size());
        }
        if (token.empty() || !IsLinkToken(token) || !seen.insert(AsciiLower(token)).second)
          continue;
        links.push_back({document::GuessLinkKind(token), token});
      }
    }
  }
  return links;
}

bool IsGenericLabel(std::string_view label) {
  static constexpr std::array<std::string_view, 52> kGeneric = {
      "skill",       "language",       "tool",
      "technolog",   "framework",      "platform",
      "database",    "software",       "programming",
      "application", "program",        "familiar",
      "proficien",   "lines",          "other",
      "media",       "cloud",          "devops",
      "methodolog",  "soft",           "technical",
      "core",        "librar",         "operating",
      "web",         "environment",    "concept",
      "interest",    "certif",         "expertise",
      "stack",       "frontend",       "front-end",
      "backend",     "back-end",       "data",
      "testing",     "infrastructure", "version control",
      "misc",        "knowledge",      "strength",
      "competenc",   "area",           "domain",
      "hardware",    "systems",        "security",
      "analytics",   "design",         "mobile",
      "os"};
  // Stems match at the start of a word: "Microsoft Office" is no "soft skills" label.
  for (const std::string& word : SplitTrimmed(AsciiLower(label), " ")) {
    for (std::string_view stem : kGeneric) {
      if (word.starts_with(stem) || (word.starts_with("(") && word.substr(1).starts_with(stem))) {
        return true;
      }
    }
  }
  return false;
}

std::string CleanSkill(std::string_view raw) {
  std::string skill(Trim(raw));
  for (std::string_view prefix : {"and ", "& ", "or "}) {
    if (AsciiLower(skill).starts_with(prefix))
      skill = std::string(Trim(skill.substr(prefix.size())));
  }
  while (!skill.empty() && (skill.back() == '.' || skill.back() == ',' || skill.back() == ';' ||
                            skill.back() == ':' || skill.back() == ' ')) {
    skill.pop_back();
  }
  return std::string(Trim(skill));
}

// "https://www.linkedin.com/in/ana/" and "linkedin.com/in/ana" are one link.
std::string LinkKey(std::string_view url) {
  std::string key = AsciiLower(url);
  for (std::string_view prefix : {"https://", "http://"}) {
    if (key.starts_with(prefix)) key.erase(0, prefix.size());
  }
  if (key.starts_with("www.")) key.erase(0, 4);
  while (!key.empty() && key.back() == '/') key.pop_back();
  return key;
}

std::string PercentDecoded(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() &&
        std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
      out += static_cast<char>(std::stoi(std::string(text.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

// Links the file carries beside its text (icons for LinkedIn or GitHub, a linked "Email"):
// profile links wherever they are, other web links of the contact block, and the address or
// number behind a mailto:/tel: link when the text gave none.
void AddAnnotatedLinks(const DocumentText& document, const LineRefs& contact_lines,
                       document::Contact& contact) {
  std::set<const TextLine*> in_contact(contact_lines.begin(), contact_lines.end());
  std::set<std::string> seen;
  for (const document::Link& link : contact.links) seen.insert(LinkKey(link.url));
  for (const LinkTarget& link : document.links) {
    const std::string lower = AsciiLower(link.uri);
    if (lower.starts_with("mailto:")) {
      const std::string decoded = PercentDecoded(link.uri.substr(7));
      const std::string address = FindEmail(decoded.substr(0, decoded.find('?')));
      // The text's address broken over two lines in a narrow column ("siob-" over
      // "han.nibhriain@…", "…@example.co" over "m") is the link's cut short: the link's is whole.
      // Read on over the break, the text's address keeps the hyphen a typesetter may have added
      // there ("siob-han.nibhriain@…"): the link's is the same without it.
      const std::string folded = AsciiLower(address);
      const std::string shown = AsciiLower(contact.email);
      auto unhyphenated = [](std::string text) {
        std::erase(text, '-');
        return text;
      };
      if (contact.email.empty() ||
          (folded.size() > shown.size() &&
           (folded.ends_with(shown) || folded.starts_with(shown))) ||
          (folded.size() < shown.size() && unhyphenated(folded) == unhyphenated(shown))) {
        if (!address.empty()) contact.email = address;
      }
      continue;
    }
    if (lower.starts_with("tel:")) {
      if (contact.phone.empty()) contact.phone = FindPhone(PercentDecoded(link.uri.substr(4)));
      continue;
    }
    if (!lower.starts_with("http://") && !lower.starts_with("https://")) continue;
    const document::LinkKind kind = document::GuessLinkKind(link.uri);
    const bool near_contact =
        link.line >= 0 && static_cast<std::size_t>(link.line) < document.lines.size() &&
        in_contact.count(&document.lines[static_cast<std::size_t>(link.line)]);
    // A link inside an entry (a project's page, an employer's site) belongs to that entry.
    if (kind != document::LinkKind::kLinkedIn && kind != document::LinkKind::kGitHub &&
        !near_contact) {
      continue;
    }
    if (!seen.insert(LinkKey(link.uri)).second || contact.links.size() >= 20) continue;
    contact.links.push_back({kind, link.uri});
  }
}

}  // namespace

std::string FindEmail(std::string_view text) {
  auto local_char = [](char c) {
    return IsAsciiAlpha(c) || IsDigitChar(c) || c == '.' || c == '_' || c == '%' || c == '+' ||
           c == '-';
  };
  auto domain_char = [](char c) {
    return IsAsciiAlpha(c) || IsDigitChar(c) || c == '.' || c == '-';
  };
  // A Latin letter with a mark (U+00C0–U+017F, two bytes) in an internationalised address
  // ("siân.morgan@…"); an icon's glyph before the address is none.
  auto marked_letter_before = [&text](std::size_t at) {
    if (at < 2) return false;
    const auto lead = static_cast<unsigned char>(text[at - 2]);
    const auto next = static_cast<unsigned char>(text[at - 1]);
    return lead >= 0xC3 && lead <= 0xC5 && (next & 0xC0) == 0x80;
  };
  for (std::size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
    std::size_t begin = at;
    while (begin > 0) {
      if (local_char(text[begin - 1])) {
        --begin;
      } else if (marked_letter_before(begin)) {
        begin -= 2;
      } else {
        break;
      }
    }
    std::size_t end = at + 1;
    while (end < text.size() && domain_char(text[end])) ++end;
    while (end > at + 1 && (text[end - 1] == '.' || text[end - 1] == '-')) --end;
    while (begin < at && text[begin] == '.') ++begin;
    const std::string_view domain = text.substr(at + 1, end - at - 1);
    const std::size_t dot = domain.rfind('.');
    if (begin == at || dot == std::string_view::npos || dot == 0 || domain.size() - dot < 3) {
      continue;
    }
    std::string email(text.substr(begin, end - begin));
    // "hello.mateo-" ending one line over "herrera@example.net": the address broke after its own
    // hyphen, the one place a browser breaks it.
    if (begin >= 2 && text[begin - 1] == '\n' && text[begin - 2] == '-') {
      std::size_t head = begin - 2;
      while (head > 0 && local_char(text[head - 1])) --head;
      while (head < begin - 2 && text[head] == '.') ++head;
      if (head < begin - 2) email.insert(0, text.substr(head, begin - 1 - head));
    }
    // An icon glyph that extracts as a capital glued to the address ("…@example.comI").
    std::size_t tld = email.rfind('.') + 1;
    std::size_t cut = tld;
    while (cut < email.size() && IsLower(email[cut])) ++cut;
    if (cut > tld && cut < email.size() && std::isupper(static_cast<unsigned char>(email[cut]))) {
      email.resize(cut);
    }
    // Text of a neighbouring column run into the address ("…@example.comforecast").
    for (std::string_view common : {"com", "org", "net", "edu", "gov"}) {
      const std::string_view label = std::string_view(email).substr(tld);
      if (label.size() > common.size() + 3 && label.starts_with(common)) {
        email.resize(tld + common.size());
      }
    }
    return email;
  }
  return {};
}

namespace {

// An en or em dash between two digits ("555–0172"): typesetting turns a hyphen into one.
std::size_t DashBetweenDigits(std::string_view text, std::size_t at) {
  constexpr std::string_view kEnDash = "\u2013";
  constexpr std::string_view kEmDash = "\u2014";
  for (std::string_view dash : {kEnDash, kEmDash}) {
    if (at > 0 && IsDigitChar(text[at - 1]) && text.substr(at).starts_with(dash) &&
        at + dash.size() < text.size() && IsDigitChar(text[at + dash.size()])) {
      return dash.size();
    }
  }
  return 0;
}

// A label run into the number with no space ("Phone07700 900123", "Tel+44 20…"): the letters
// before `at` are one word that names a telephone.
bool PhoneLabelBefore(std::string_view text, std::size_t at) {
  std::size_t start = at;
  while (start > 0 && IsAsciiAlpha(text[start - 1])) --start;
  if (start > 0 && (text[start - 1] & 0x80) != 0) return false;
  const std::string word = AsciiLower(text.substr(start, at - start));
  for (std::string_view label :
       {"phone", "tel", "telephone", "mobile", "mob", "cell", "ph", "telefon", "handy", "fon"}) {
    if (word == label) return true;
  }
  return false;
}

}  // namespace

std::string FindPhone(std::string_view text) {
  auto phone_char = [](char c) {
    return IsDigitChar(c) || c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '+' ||
           c == '/';
  };
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char c = text[pos];
    const bool starts = IsDigitChar(c) || c == '+' || c == '(';
    if (!starts ||
        (pos > 0 && ((IsAsciiAlpha(text[pos - 1]) && !PhoneLabelBefore(text, pos)) ||
                     IsDigitChar(text[pos - 1]) || text[pos - 1] == '.' || text[pos - 1] == '/'))) {
      ++pos;
      continue;
    }
    // The run of phone characters from pos. A number never has a '+' inside it, so " +" starts
    // the next one ("02110 +1 512…": a postcode, then the phone); nor an area code in brackets
    // after a long group that did not open with a country code ("MA 02110 (212) 555-0172").
    std::size_t end = pos;
    std::size_t run_digits = 0;
    while (end < text.size()) {
      if (const std::size_t dash = DashBetweenDigits(text, end); dash > 0) {
        end += dash;
        continue;
      }
      if (!phone_char(text[end])) break;
      if (text[end] == ' ' && end + 1 < text.size()) {
        const char next = text[end + 1];
        if (next == ' ' || (next == '+' && run_digits > 0) ||
            (next == '(' && run_digits >= 4 && text[pos] != '+' &&
             !text.substr(pos).starts_with("00"))) {
          break;
        }
      }
      if (IsDigitChar(text[end])) ++run_digits;
      ++end;
    }
    std::size_t trimmed = end;
    while (trimmed > pos && !IsDigitChar(text[trimmed - 1]) && text[trimmed - 1] != ')') --trimmed;
    const std::string_view candidate = text.substr(pos, trimmed - pos);
    std::string digits;
    std::vector<std::size_t> groups;
    std::size_t group = 0;
    for (char d : candidate) {
      if (IsDigitChar(d)) {
        digits += d;
        ++group;
      } else if (group > 0) {
        groups.push_back(group);
        group = 0;
      }
    }
    if (group > 0) groups.push_back(group);
    // Letters right after the digits ("4567x") or a word after a short number ("12345 Main
    // St"); a full number with a word after it is a contact line run together ("+33 1 23 45
    // 67 89 Paris").
    const bool letters_follow =
        end < text.size() && IsAsciiAlpha(text[end]) &&
        (end == trimmed || (digits.size() < 10 && !candidate.starts_with('+')));
    bool plausible = digits.size() >= 7 && digits.size() <= 15 && !letters_follow;
    // "2020-09 - 2024-06", "09/2012 - 02/2017": a range of dates.
    if (plausible) {
      const std::vector<DateSpan> spans = FindDates(candidate);
      plausible = spans.empty() || !spans.front().end ||
                  (spans.front().end_offset - spans.front().begin) * 10 < candidate.size() * 8;
    }
    // "2013 - 2017", "2019/2020": years, not phones; "3.83 / 4.0": grades.
    if (plausible && groups.size() == 2 && groups[0] == 4 && groups[1] == 4) {
      const std::string first = digits.substr(0, 4);
      const std::string second = digits.substr(4, 4);
      if ((first.starts_with("19") || first.starts_with("20")) &&
          (second.starts_with("19") || second.starts_with("20"))) {
        plausible = false;
      }
    }
    // Dots between short groups are a version or a grade, unless the number opens with a
    // country code or is written in pairs ("+33.1.23.45.67.89", "06.12.34.56.78").
    if (plausible && candidate.find('.') != std::string_view::npos && groups.size() >= 2 &&
        groups[1] < 3 && !candidate.starts_with('+') &&
        !(groups.size() >= 4 &&
          std::all_of(groups.begin() + 1, groups.end(), [](std::size_t g) { return g >= 2; }))) {
      plausible = false;
    }
    // Too many digits for one number, or a bare group of four or more before a full number: a
    // postcode or another number opens the run ("02110 07700 900123", "02110 206-555-0113"),
    // so the next group is tried as a start.
    const bool postcode_first = groups.size() >= 2 && groups[0] >= 4 && IsDigitChar(text[pos]) &&
                                !candidate.starts_with("00") && pos + groups[0] < text.size() &&
                                text[pos + groups[0]] == ' ' && digits.size() - groups[0] >= 10;
    if (plausible && !postcode_first) return std::string(Trim(candidate));
    if (digits.size() > 15 || postcode_first) {
      const std::size_t space = text.substr(0, end).find(' ', pos);
      if (space != std::string_view::npos && space + 1 < end) {
        pos = space + 1;
        continue;
      }
    }
    pos = std::max(end, pos + 1);
  }
  return {};
}

bool LooksLikeName(std::string_view text) {
  text = Trim(text);
  if (text.empty() || CodePointCount(text) > 40) return false;
  const std::vector<std::string> words = SplitTrimmed(text, " ");
  if (words.empty() || words.size() > 5) return false;
  for (std::size_t w = 0; w < words.size(); ++w) {
    const std::string& word = words[w];
    // "Jan van der Berg", "Luis de la Cruz": particles in lower case between the names.
    if (w > 0 && w + 1 < words.size() && IsNameParticle(word)) continue;
    const auto first = static_cast<unsigned char>(word[0]);
    if (!(std::isupper(first) || (first & 0x80))) return false;
    for (char c : word) {
      const auto byte = static_cast<unsigned char>(c);
      if (!(std::isalpha(byte) || (byte & 0x80) || c == '.' || c == '\'' || c == '-')) {
        return false;
      }
    }
  }
  const std::string lower = AsciiLower(text);
  for (std::string_view word : {"resume", "curriculum", "vitae", "contact", "page"}) {
    if (lower.find(word) != std::string::npos) return false;
  }
  // The labels of a form ("JOB APPLIED FOR", "PERSONAL INFORMATION", "Date of birth").
  static constexpr std::array<std::string_view, 18> kLabelWords = {
      "information", "personal", "applied",   "position", "job",     "birth",
      "nationality", "address",  "telephone", "mobile",   "email",   "e-mail",
      "gender",      "date",     "details",   "phone",    "website", "references"};
  for (const std::string& word : words) {
    const std::string word_lower = AsciiLower(word);
    if (std::find(kLabelWords.begin(), kLabelWords.end(), word_lower) != kLabelWords.end()) {
      return false;
    }
  }
  if (ClassifyHeading(text, false) || LooksLikeLocation(text)) return false;
  // "Senior Engineer" and "Acme Corp" are no names, but "Dean McAllister" and "Amy Baker" are:
  // a word that is also a given name or a common surname does not count as a title.
  static constexpr std::array<std::string_view, 12> kNameWords = {
      "dean",  "baker",     "cook",   "porter", "butcher", "fisher",
      "mason", "carpenter", "hunter", "page",   "marshal", "chandler"};
  for (const std::string& word : words) {
    const std::string word_lower = AsciiLower(word);
    if (std::find(kNameWords.begin(), kNameWords.end(), word_lower) != kNameWords.end()) continue;
    if (TitleScore(word) != 0) return false;
  }
  return true;
}

// The certificates on one line: split like contact details, and a run of three or more short
// comma-separated names ("ACLS, BLS, PALS") split at the commas too.
std::vector<std::string> CertificationItems(std::string_view line) {
  std::vector<std::string> items;
  for (const std::string& part : ContactParts(line)) {
    const auto commas = std::count(part.begin(), part.end(), ',');
    std::vector<std::string> pieces;
    if (commas >= 2) {
      // Commas inside parentheses list a certificate's parts ("Gas Safe registered (ACS CCN1,
      // COCN1, CENWAT)"): only those outside split.
      std::size_t start = 0;
      int depth = 0;
      for (std::size_t at = 0; at <= part.size(); ++at) {
        const char c = at < part.size() ? part[at] : ',';
        depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
        if (c != ',' || (depth > 0 && at < part.size())) continue;
        const std::string piece(Trim(std::string_view(part).substr(start, at - start)));
        if (!piece.empty()) pieces.push_back(piece);
        start = at + 1;
      }
    }
    const bool short_names =
        !pieces.empty() && std::all_of(pieces.begin(), pieces.end(), [](const std::string& piece) {
          return CountWords(piece) <= 5;
        });
    if (short_names) {
      items.insert(items.end(), pieces.begin(), pieces.end());
    } else {
      items.push_back(part);
    }
  }
  return items;
}

SkillLine SplitSkillLine(std::string_view line) {
  SkillLine out;
  std::string text(Trim(line));
  const std::size_t colon = text.find(':');
  const std::size_t tab = text.find('\t');
  if (colon != std::string::npos && colon < 50 && CountWords(text.substr(0, colon)) <= 5 &&
      FindDates(text.substr(0, colon)).empty()) {
    out.label = CleanSkill(text.substr(0, colon));
    text = text.substr(colon + 1);
  } else if (tab != std::string::npos && tab < 40 && CountWords(text.substr(0, tab)) <= 3 &&
             text.find(',', tab) != std::string::npos &&
             text.substr(0, tab).find(',') == std::string::npos) {
    // "Languages⇥C++, C, Python": a label column beside its items.
    out.label = CleanSkill(text.substr(0, tab));
    text = text.substr(tab + 1);
  }
  std::string current;
  int depth = 0;
  auto flush = [&] {
    std::string skill = CleanSkill(current);
    current.clear();
    if (skill.empty() || CodePointCount(skill) > 60 || CountWords(skill) > 6) return;
    out.items.push_back(std::move(skill));
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) --depth;
    const bool bullet = text.compare(i, 3, "\u2022") == 0;
    const bool middle_dot = text.compare(i, 2, "\u00B7") == 0;
    if (depth == 0 && (c == ',' || c == ';' || c == '|' || c == '\t' || bullet || middle_dot)) {
      flush();
      i += bullet ? 2 : middle_dot ? 1 : 0;
      continue;
    }
    current += c;
  }
  flush();
  return out;
}

std::vector<std::string> SplitSkills(std::string_view line) {
  SkillLine split = SplitSkillLine(line);
  if (!split.label.empty() && !IsGenericLabel(split.label)) {
    split.items.insert(split.items.begin(), split.label);
  }
  return split.items;
}

namespace {

// Spoken languages, to tell a languages section from a list of programming languages.
constexpr std::array<std::string_view, 64> kSpokenLanguages = {
    "english",   "spanish",    "french",    "german",    "italian",    "portuguese", "dutch",
    "polish",    "russian",    "ukrainian", "czech",     "slovak",     "hungarian",  "romanian",
    "bulgarian", "greek",      "turkish",   "arabic",    "hebrew",     "persian",    "farsi",
    "urdu",      "hindi",      "bengali",   "punjabi",   "tamil",      "telugu",     "marathi",
    "gujarati",  "chinese",    "mandarin",  "cantonese", "japanese",   "korean",     "vietnamese",
    "thai",      "indonesian", "malay",     "tagalog",   "filipino",   "swahili",    "yoruba",
    "igbo",      "hausa",      "amharic",   "somali",    "swedish",    "norwegian",  "danish",
    "finnish",   "icelandic",  "irish",     "gaelic",    "welsh",      "catalan",    "basque",
    "galician",  "croatian",   "serbian",   "slovenian", "lithuanian", "latvian",    "estonian",
    "afrikaans"};

bool IsSpokenLanguage(std::string_view word) {
  const std::string lower = AsciiLower(Trim(word));
  const std::string first = lower.substr(0, lower.find(' '));
  return std::find(kSpokenLanguages.begin(), kSpokenLanguages.end(), first) !=
         kSpokenLanguages.end();
}

}  // namespace

std::vector<std::pair<std::string, std::string>> SplitLanguages(std::string_view line) {
  std::vector<std::pair<std::string, std::string>> out;
  std::string text(Trim(line));
  // "English: Native", "English – Native", "English\tNative": one language and its level.
  for (std::string_view separator : {":", "\t", " \u2013 ", " \u2014 ", " - ", " | "}) {
    const std::size_t at = text.find(separator);
    if (at == std::string::npos) continue;
    const std::string language(Trim(text.substr(0, at)));
    const std::string level(Trim(text.substr(at + separator.size())));
    if (IsSpokenLanguage(language) && CountWords(language) <= 2 && !level.empty() &&
        level.find(',') == std::string::npos) {
      out.emplace_back(language, CleanSkill(level));
      return out;
    }
  }
  // "English (native), Spanish (B2)", "English, Spanish".
  for (std::string& item : SplitSkillLine(text).items) {
    std::string language = item;
    std::string level;
    if (const std::size_t open = item.find('('); open != std::string::npos && item.ends_with(")")) {
      language = std::string(Trim(item.substr(0, open)));
      level = item.substr(open + 1, item.size() - open - 2);
    }
    if (!IsSpokenLanguage(language) || CountWords(language) > 2) continue;
    out.emplace_back(std::move(language), std::move(level));
  }
  return out;
}

namespace {

// Text that can be one entry of a short list: a few words, no sentence, no contact detail or
// date ("QuickBooks", "Microsoft Excel").
bool ListItemText(std::string_view text) {
  return !text.empty() && CountWords(text) <= 6 &&
         std::string_view(".:!?").find(text.back()) == std::string_view::npos &&
         FindEmail(text).empty() && FindPhone(text).empty() && FindDates(text).empty();
}

// Lines of a list that wrap in a narrow column ("Google Ads, Meta Ads, TikTok" over "Ads,
// SEO"): a line of several items that does not end with a separator goes on in the next line
// when that one's first word would not have fitted after it, and it is no bullet, label or
// new paragraph.
// A line's segments, empty ones kept in their places.
std::vector<std::string> TabPieces(std::string_view text) {
  std::vector<std::string> pieces;
  std::size_t start = 0;
  for (std::size_t tab = text.find('\t'); tab != std::string_view::npos;
       start = tab + 1, tab = text.find('\t', start)) {
    pieces.emplace_back(text.substr(start, tab - start));
  }
  pieces.emplace_back(text.substr(start));
  return pieces;
}

// "radiography", "reconciliations": words in lower case only, the end of an item wrapped.
bool IsLowerWords(std::string_view text) {
  return !text.empty() && text.front() >= 'a' && text.front() <= 'z' &&
         std::all_of(text.begin(), text.end(), [](char c) {
           return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == ' ' || c == '-' ||
                  (c & 0x80) != 0;
         });
}

LineRefs JoinWrappedListLines(const LineRefs& lines,
                              std::vector<std::unique_ptr<TextLine>>& storage) {
  // Each column's width, whatever the lines' alignment (a right-aligned sidebar too).
  std::map<int, std::pair<double, double>> extent;  // column → {left, right}
  for (const TextLine* line : lines) {
    auto [found, added] = extent.try_emplace(line->column, line->x, line->x + line->width);
    found->second.first = std::min(found->second.first, line->x);
    found->second.second = std::max(found->second.second, line->x + line->width);
  }
  LineRefs out;
  const TextLine* last = nullptr;  // the last printed line of out.back(), for its width
  // out.back() with `text` instead, and `line` as its last printed line.
  auto replace_last = [&](std::string text, const TextLine* line) {
    auto joined = std::make_unique<TextLine>(*out.back());
    joined->text = std::move(text);
    joined->style_runs.clear();
    joined->size_runs.clear();
    out.back() = joined.get();
    storage.push_back(std::move(joined));
    last = line;
  };
  for (const TextLine* line : lines) {
    if (!out.empty()) {
      const TextLine& previous = *last;
      const std::string_view before = Trim(out.back()->text);
      const std::string_view text = Trim(line->text);
      const auto [left, right] = extent[previous.column];
      // A list with separators, or one item a line whose next line starts in lower case
      // ("General" over "radiography").
      const bool lower_words = IsLowerWords(text);
      const bool listed = before.find_first_of(",;|") != std::string::npos || lower_words;
      const bool wraps =
          previous.width > 0 && line->width > 0 && !line->is_bullet &&
          line->column == previous.column && line->page == previous.page && !before.empty() &&
          !text.empty() && listed &&
          std::string_view(",;|:").find(before.back()) == std::string_view::npos &&
          line->gap_before <= 0.6 * std::max(line->font_size, 1.0) &&
          std::abs(line->font_size - previous.font_size) < 0.6 && line->bold == previous.bold &&
          line->text.find('\t') == std::string::npos && SplitSkillLine(text).label.empty() &&
          previous.width + FirstWordWidth(*line) > right - left - 2;
      if (wraps) {
        std::string joined = out.back()->text;
        AppendWrapped(joined, text);
        replace_last(std::move(joined), line);
        continue;
      }
      // Lists side by side: "Bank⇥QuickBooks" over "reconciliations⇥Microsoft Excel". A
      // column's piece in lower case goes on the piece above it; the others are items.
      const std::vector<std::string> above = TabPieces(out.back()->text);
      std::vector<std::string> pieces = TabPieces(line->text);
      if (above.size() >= 2 && pieces.size() == above.size() && !line->is_bullet &&
          line->column == previous.column && line->page == previous.page &&
          line->gap_before <= 0.6 * std::max(line->font_size, 1.0) &&
          std::abs(line->font_size - previous.font_size) < 0.6) {
        std::vector<std::string> merged = above;
        bool any = false;
        for (std::size_t k = 0; k < pieces.size(); ++k) {
          const std::string_view piece = Trim(pieces[k]);
          const std::string_view top = Trim(above[k]);
          if (!piece.empty() && IsLowerWords(piece) && !top.empty() &&
              std::string_view(",;|:").find(top.back()) == std::string_view::npos) {
            AppendWrapped(merged[k], piece);
            pieces[k].clear();
            any = true;
          }
        }
        if (any) {
          // The items left go on the same line: a line of their own would read as a group's
          // name.
          for (std::string& piece : pieces) {
            if (!Trim(piece).empty()) merged.push_back(std::move(piece));
          }
          replace_last(boost::algorithm::join(merged, "\t"), line);
          continue;
        }
      }
    }
    out.push_back(line);
    last = line;
  }
  return out;
}

// The skill items of some lines, in order.
std::vector<std::string> SkillItemsOf(const LineRefs& lines) {
  std::vector<std::string> items;
  for (const TextLine* line : lines) {
    for (std::string& item : SplitSkillLine(line->text).items) items.push_back(std::move(item));
  }
  return items;
}

// A line drawn with characters ("=======", "-----", "_____"): a rule under a heading in a
// document typed as plain text, no text of its own.
bool IsRuleLine(std::string_view text) {
  text = Trim(text);
  return text.size() >= 3 && text.find_first_not_of("=-_*~#+") == std::string_view::npos;
}

// The resume in a document's lines, rules already left out.
ParsedResume ParseLines(const DocumentText& document) {
  const double body = BodyFontSize(document);
  const std::vector<std::optional<Heading>> headings = DetectHeadings(document, body);

  LineRefs top;
  std::vector<Section> sections;
  std::vector<std::unique_ptr<TextLine>> inline_lines;  // "Skills: a, b" remainders
  ParsedResume parsed;
  // A page's main column read before a narrower sidebar at its right goes on at the top of the
  // next page: those lines join the main column's last section, not the sidebar's.
  std::optional<std::size_t> main_section;  // the section the last main-column line went to
  bool continues_main = false;              // lines go on in main_section
  // The sidebar's last section, when a page ended in it: the sidebar's lines on the next page go
  // on there until a heading of their own, whatever sections the main column opened before them.
  constexpr std::size_t kNoSection = static_cast<std::size_t>(-1);
  std::size_t sidebar_section = kNoSection;
  bool headless_sidebar = false;                 // lines go on in the header's
  std::map<std::pair<int, int>, double> widths;  // {page, column} → widest line
  for (std::size_t i = 0; i < document.lines.size(); ++i) {
    const TextLine& line = document.lines[i];
    if (i > 0 && !headings[i] && main_section && line.page != document.lines[i - 1].page) {
      const TextLine& before = document.lines[i - 1];
      const double sidebar = widths[{before.page, 2}];
      const double main = widths[{before.page, 1}];
      continues_main = before.column == 2 && main > 1.3 * sidebar &&
                       *main_section + 1 < sections.size() && line.column != 2;
      sidebar_section = continues_main ? sections.size() - 1 : kNoSection;
    }
    if (i > 0 && line.page != document.lines[i - 1].page && headings[i]) {
      sidebar_section = kNoSection;
    }
    if (headings[i] && line.column == 2) sidebar_section = kNoSection;
    // A column read after another, back up at the top of the page with no heading, opened by
    // the person's name in the page's largest type and holding their contact details (a
    // sidebar read after the main column): the header's lines until its first heading, not
    // the end of the section before.
    if (i > 0 && !headings[i] && !continues_main && line.page == document.lines[i - 1].page &&
        line.column != document.lines[i - 1].column && line.y < document.lines[i - 1].y) {
      double largest = 0;
      for (const TextLine& other : document.lines) {
        if (other.page == line.page) largest = std::max(largest, other.font_size);
      }
      bool contact = false;
      for (std::size_t k = i; k < document.lines.size() && k < i + 8 && !headings[k] &&
                              document.lines[k].column == line.column;
           ++k) {
        contact = contact || !FindEmail(document.lines[k].text).empty() ||
                  !FindPhone(document.lines[k].text).empty();
      }
      headless_sidebar = contact && line.font_size >= largest - 0.5;
    }
    if (headings[i]) {
      continues_main = false;
      headless_sidebar = false;
    }
    double& widest = widths[{line.page, line.column}];
    widest = std::max(widest, line.width);
    if (headings[i]) {
      if (!parsed.text.empty()) parsed.text += '\n';
      Section section;
      section.kind = headings[i]->kind;
      section.by_look = headings[i]->by_look;
      section.heading = std::string(Trim(
          Untab(headings[i]->rest.empty() ? line.text
                                          : line.text.substr(0, line.text.find_first_of(":\t")))));
      // "2. Volunteer Work" is the section "Volunteer Work": its number is the document's order.
      section.heading.erase(0, SectionNumberLength(section.heading));
      if (!headings[i]->rest.empty()) {
        auto rest = std::make_unique<TextLine>(line);
        rest->text = headings[i]->rest;
        section.lines.push_back(rest.get());
        inline_lines.push_back(std::move(rest));
      }
      sections.push_back(std::move(section));
    } else if (sections.empty() || line.style == "Header" || headless_sidebar) {
      top.push_back(&line);
    } else if (sidebar_section != kNoSection && line.column == 2) {
      sections[sidebar_section].lines.push_back(&line);
    } else if (continues_main) {
      sections[*main_section].lines.push_back(&line);
    } else if (OpensHeadlessSummary(document, i, sections.back().kind)) {
      // The main column's opening paragraph, with no heading, read after a sidebar that ended
      // with its certificates or languages: the summary, not one more certificate.
      Section section;
      section.kind =
          std::ranges::any_of(
              sections, [](const Section& other) { return other.kind == SectionKind::kSummary; })
              ? SectionKind::kOther
              : SectionKind::kSummary;
      section.lines.push_back(&line);
      sections.push_back(std::move(section));
    } else {
      sections.back().lines.push_back(&line);
    }
    if (line.column == 1 && !sections.empty() && !continues_main)
      main_section = sections.size() - 1;
    if (line.is_bullet) parsed.text += "\u2022 ";
    parsed.text += line.text;
    parsed.text += '\n';
  }

  // "Qualifications" heads a list of certificates and tickets ("NVQ Level 3 …", "CSCS card") in
  // one resume and a summary of qualifications in sentences in another: its lines decide.
  for (Section& section : sections) {
    const std::string key = HeadingKey(section.heading);
    if (section.kind == SectionKind::kCertifications &&
        (key == "qualifications" || key == "key qualifications") && ReadsAsProse(section.lines)) {
      section.kind = SectionKind::kSummary;
    }
  }

  LineRefs contact_lines = top;
  LineRefs experience;
  LineRefs education;
  LineRefs projects;
  document::ResumeDocument& out = parsed.document;
  std::string& summary = out.summary;
  std::vector<document::SkillGroup> skill_groups;
  std::set<std::string> seen_skills;
  // Items join the group their line names, or the group named by the label line above them.
  auto add_skills = [&](const std::string& label, std::vector<std::string> items) {
    // Contact details a template prints at the end of the page are no skills.
    std::erase_if(items, [](const std::string& item) {
      return !FindEmail(item).empty() || !FindPhone(item).empty() || LooksLikeLocation(item);
    });
    auto group = std::find_if(skill_groups.begin(), skill_groups.end(),
                              [&](const document::SkillGroup& g) { return g.group == label; });
    for (std::string& item : items) {
      if (!seen_skills.insert(AsciiLower(item)).second) continue;
      if (group == skill_groups.end()) {
        skill_groups.push_back({"", label, {}});
        group = skill_groups.end() - 1;
      }
      group->items.push_back(std::move(item));
    }
  };
  // A sidebar's groups without a skills heading: a short label set apart over two or more
  // short lines that are no sentences and no contact details ("Software" / "QuickBooks" /
  // "Microsoft Excel"). Returns which lines it took.
  auto sidebar_groups = [&](const LineRefs& lines) {
    std::vector<bool> listed(lines.size(), false);
    for (std::size_t k = 0; k + 2 < lines.size(); ++k) {
      const TextLine& label = *lines[k];
      const bool set_apart = Styled(label, body) || label.gap_before > 0.8 * label.font_size;
      if (!set_apart || CountWords(label.text) > 3 || !HeadingCandidate(label)) continue;
      auto is_item = [&](const TextLine& line) {
        const std::string_view text = Trim(line.text);
        return ListItemText(text) && !line.bold && line.gap_before <= 0.8 * line.font_size &&
               !LooksLikeLocation(text) && !IsLinkToken(text);
      };
      std::size_t end = k + 1;
      while (end < lines.size() && is_item(*lines[end])) ++end;
      if (end - k - 1 < 2) continue;
      add_skills(std::string(Trim(label.text)),
                 SkillItemsOf(LineRefs(lines.begin() + static_cast<std::ptrdiff_t>(k + 1),
                                       lines.begin() + static_cast<std::ptrdiff_t>(end))));
      for (std::size_t j = k; j < end; ++j) listed[j] = true;
      k = end - 1;
    }
    return listed;
  };
  for (const Section& section : sections) {
    switch (section.kind) {
      case SectionKind::kContact:
      case SectionKind::kSummary: {
        const std::vector<bool> listed = sidebar_groups(section.lines);
        for (std::size_t k = 0; k < section.lines.size(); ++k) {
          if (listed[k]) continue;
          if (section.kind == SectionKind::kContact) {
            contact_lines.push_back(section.lines[k]);
            continue;
          }
          if (!summary.empty()) summary += ' ';
          summary += Untab(section.lines[k]->text);
        }
        break;
      }
      case SectionKind::kExperience:
        experience.insert(experience.end(), section.lines.begin(), section.lines.end());
        break;
      case SectionKind::kEducation:
        education.insert(education.end(), section.lines.begin(), section.lines.end());
        break;
      case SectionKind::kProjects:
        projects.insert(projects.end(), section.lines.begin(), section.lines.end());
        break;
      case SectionKind::kSkills: {
        const LineRefs skill_lines = JoinWrappedListLines(section.lines, inline_lines);
        std::vector<SkillLine> split;
        for (const TextLine* line : skill_lines) split.push_back(SplitSkillLine(line->text));
        std::string label;
        // The two lines above were one short skill alone each, in this line's type: the section
        // lists one skill a line (tags), and this line is one more, whatever follows it.
        std::vector<std::size_t> counts;
        counts.reserve(split.size());
        for (const SkillLine& line : split) counts.push_back(line.items.size());
        auto one_of_a_list = [&](std::size_t k) {
          if (k < 2) return false;
          const TextLine& here = *skill_lines[k];
          for (std::size_t j = k - 2; j < k; ++j) {
            const TextLine& above = *skill_lines[j];
            if (!split[j].label.empty() || counts[j] != 1 || above.is_bullet ||
                CountWords(above.text) > 4 || above.bold != here.bold ||
                std::abs(above.font_size - here.font_size) >= 0.25) {
              return false;
            }
          }
          return true;
        };
        bool above_was_label = false;
        for (std::size_t k = 0; k < split.size(); ++k) {
          SkillLine& line = split[k];
          // A short line alone ("Clinical") over a line of several items names their group;
          // not the last of a list of one skill a line ("Product demonstrations" over "Veeva
          // CRM⇥Salesforce", the tags that shared a line), nor the first skill under a group's
          // name ("Tools" over "Google Analytics 4" over "Figma⇥Canva": no group is empty).
          const bool names_next =
              line.label.empty() && line.items.size() == 1 && CountWords(line.items[0]) <= 3 &&
              k + 1 < split.size() && split[k + 1].label.empty() && !skill_lines[k]->is_bullet &&
              (split[k + 1].items.size() >= 2 || skill_lines[k + 1]->is_bullet) &&
              !above_was_label && !one_of_a_list(k);
          above_was_label = false;
          // A line set apart from the next by its type (bold, or larger) names what follows:
          // "Supply chain" in bold over one item a line, or "Clinical⇥Systems" over the columns
          // of items they head.
          const TextLine& here = *skill_lines[k];
          const bool styled_apart =
              k + 1 < split.size() && !here.is_bullet && split[k + 1].label.empty() &&
              ((here.bold && !skill_lines[k + 1]->bold) ||
               here.font_size >= skill_lines[k + 1]->font_size + 0.45) &&
              here.text.find_first_of(",;") == std::string::npos &&
              std::ranges::all_of(SplitTrimmed(here.text, "\t"), [](const std::string& segment) {
                return CountWords(segment) <= 3 && segment.find("\u00B7") == std::string::npos &&
                       segment.find("\u2022") == std::string::npos;
              });
          if (styled_apart) {
            const bool heads = here.text.find('\t') != std::string::npos;
            label = heads ? "" : std::string(Trim(here.text));
            above_was_label = true;
            continue;
          }
          if (names_next || (!line.label.empty() && line.items.empty())) {
            label = names_next ? line.items[0] : line.label;
            above_was_label = true;
            continue;
          }
          // "Languages: English (native), Spanish" among the skills: spoken languages.
          if (AsciiLower(line.label).find("language") != std::string::npos) {
            const std::string& text = skill_lines[k]->text;
            const auto spoken = SplitLanguages(text.substr(text.find_first_of(":\t") + 1));
            if (!spoken.empty()) {
              for (const auto& [language, fluency] : spoken) {
                out.languages.push_back({"", language, fluency});
              }
              label.clear();
              continue;
            }
          }
          if (!line.label.empty()) {
            add_skills(line.label, std::move(line.items));
            label.clear();
          } else {
            add_skills(label, std::move(line.items));
          }
        }
        break;
      }
      case SectionKind::kLanguages: {
        bool spoken = false;
        for (std::size_t k = 0; k < section.lines.size(); ++k) {
          const std::string& text = section.lines[k]->text;
          std::vector<std::pair<std::string, std::string>> found = SplitLanguages(text);
          // A table of languages over their levels: "Dutch English German" over "Native
          // Fluent⇥Intermediate", each word a cell.
          const std::vector<std::string> names = SplitTrimmed(Untab(text), " ");
          if (found.empty() && names.size() >= 2 &&
              std::all_of(names.begin(), names.end(),
                          [](const std::string& word) { return IsSpokenLanguage(word); })) {
            std::vector<std::string> levels;
            if (k + 1 < section.lines.size()) {
              levels = SplitTrimmed(Untab(section.lines[k + 1]->text), " ");
              if (levels.size() == names.size() &&
                  std::none_of(levels.begin(), levels.end(),
                               [](const std::string& word) { return IsSpokenLanguage(word); })) {
                ++k;
              } else {
                levels.clear();
              }
            }
            for (std::size_t n = 0; n < names.size(); ++n) {
              found.emplace_back(names[n], levels.empty() ? std::string() : levels[n]);
            }
          }
          for (auto& [language, fluency] : found) {
            spoken = true;
            out.languages.push_back({"", std::move(language), std::move(fluency)});
          }
        }
        // "Languages: Python, Go, Rust" as a section: programming languages are skills.
        if (!spoken) {
          for (const TextLine* line : section.lines) {
            SkillLine split = SplitSkillLine(line->text);
            add_skills(split.label.empty() ? section.heading : split.label, std::move(split.items));
          }
        }
        break;
      }
      case SectionKind::kCertifications:
        for (const TextLine* line : section.lines) {
          for (const std::string& part : CertificationItems(line->text)) {
            // A year printed beside the certificate is not one of its own.
            if (part.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") ==
                    std::string::npos ||
                (FindDates(part).size() == 1 && CountWords(part) <= 2)) {
              continue;
            }
            out.certifications.push_back({"", part, "", std::nullopt});
          }
        }
        break;
      case SectionKind::kOther: {
        // A heading of no known name over a short list ("Software" / "QuickBooks" / "Xero"):
        // a group of skills in a sidebar.
        const bool short_list =
            section.by_look && section.lines.size() >= 2 &&
            std::all_of(section.lines.begin(), section.lines.end(),
                        [](const TextLine* line) { return ListItemText(Trim(line->text)); });
        if (short_list) {
          add_skills(section.heading,
                     SkillItemsOf(JoinWrappedListLines(section.lines, inline_lines)));
          break;
        }
        document::CustomSection custom{"", section.heading, {}};
        for (const TextLine* line : section.lines) {
          std::string text = Untab(line->text);
          if (!Trim(text).empty()) custom.entries.push_back({"", std::move(text), {}});
        }
        if (!custom.entries.empty()) out.custom.push_back(std::move(custom));
        break;
      }
    }
  }

  // The parser's dates: "Present" ends a period that runs on.
  {
    // Before the first heading, only below the contact details (a name and headline above them
    // are no group).
    std::size_t after = top.size();
    for (std::size_t k = 0; k < top.size(); ++k) {
      if (!FindEmail(top[k]->text).empty() || !FindPhone(top[k]->text).empty()) after = k + 1;
    }
    if (after < top.size()) {
      const LineRefs below(top.begin() + static_cast<std::ptrdiff_t>(after), top.end());
      const std::vector<bool> listed = sidebar_groups(below);
      std::erase_if(contact_lines, [&](const TextLine* line) {
        const auto at = std::find(below.begin(), below.end(), line);
        return at != below.end() && listed[static_cast<std::size_t>(at - below.begin())];
      });
    }
  }
  std::string all_contact_text;
  for (const TextLine* line : contact_lines) all_contact_text += line->text + "\n";
  std::string all_text;
  for (const TextLine& line : document.lines) all_text += line.text + "\n";
  std::string email = FindEmail(all_contact_text);
  if (email.empty()) email = FindEmail(all_text);
  std::string phone = FindPhone(all_contact_text);
  // A line that is nothing but a phone number, wherever it stands (sidebars).
  for (std::size_t i = 0; phone.empty() && i < document.lines.size(); ++i) {
    const std::string candidate = FindPhone(document.lines[i].text);
    if (!candidate.empty() && candidate.size() * 10 >= Trim(document.lines[i].text).size() * 8) {
      phone = candidate;
    }
  }
  // A field of a contact line set apart by a separator, nothing but a number, wherever the
  // line stands (a page footer: "Miami, FL • 305-555-0147").
  for (std::size_t i = 0; phone.empty() && i < document.lines.size(); ++i) {
    const std::vector<std::string> parts = ContactParts(document.lines[i].text);
    if (parts.size() < 2) continue;
    for (const std::string& part : parts) {
      const std::string candidate = FindPhone(part);
      if (!candidate.empty() && candidate.size() * 10 >= part.size() * 8) {
        phone = candidate;
        break;
      }
    }
  }
  if (phone.empty()) {
    // Outside the contact block only a labelled number counts.
    const std::string lower = AsciiLower(all_text);
    for (std::string_view label : {"phone", "mobile", "tel", "cell"}) {
      if (const std::size_t at = lower.find(label); at != std::string::npos) {
        phone = FindPhone(std::string_view(all_text).substr(at, 40));
        if (!phone.empty()) break;
      }
    }
  }
  NameFound name = FindName(top, document);
  // The addresses name the person too. A name that shares none of their words gives way to a
  // name-shaped text of the first page that shares two (the rules took a label or a title for
  // the name); with no name found, one that shares any will do.
  {
    std::vector<std::string> addresses;
    if (const std::size_t at = email.find('@'); at != std::string::npos) {
      addresses.push_back(FoldedWords(email.substr(0, at)));
    }
    auto add_slug = [&addresses](std::string_view text) {
      for (std::size_t at = text.find("/in/"); at != std::string_view::npos;
           at = text.find("/in/", at + 4)) {
        const std::size_t end = text.find_first_of(" \t\n/?#)", at + 4);
        addresses.push_back(FoldedWords(text.substr(
            at + 4, end == std::string_view::npos ? std::string_view::npos : end - at - 4)));
      }
    };
    add_slug(all_text);
    for (const LinkTarget& link : document.links) add_slug(link.uri);
    const int shared = name.name.empty() ? 0 : WordsInAddresses(name.name, addresses);
    if (!addresses.empty() && shared == 0 && !document.lines.empty()) {
      std::optional<NameFound> best;
      int best_shared = name.name.empty() ? 0 : 1;
      for (std::size_t i = 0; i < document.lines.size() && i < 60; ++i) {
        const TextLine& line = document.lines[i];
        if (line.page != document.lines.front().page) break;
        for (const std::string& segment : ContactParts(line.text)) {
          if (!FindEmail(segment).empty()) continue;
          std::optional<NameFound> found = NameIn(segment, true);
          if (!found) continue;
          const int words = WordsInAddresses(found->name, addresses);
          if (words > best_shared) {
            best = std::move(found);
            best_shared = words;
          }
        }
      }
      if (best) {
        best->confidence = name.name.empty() ? 0.6 : 0.7;
        name = std::move(*best);
      }
    }
  }
  // Under the name's line in the header: post-nominals on a line of their own, in type no larger
  // ("Björn Åström" over "MCSP", "Nkechi Adeyemi" over "PhD", "BHRIAIN," over "RGN"), then the
  // headline ("HVAC Service Technician"). The name may be set beside a sidebar read first, or
  // over several lines (its last line is the one matched); the credentials may come a line or
  // two lower, first on their line and aligned with the name ("Ingrid Solberg" over an address
  // over "LEED AP BD+C ⇥behance.net/…").
  if (!name.name.empty()) {
    const std::string wanted = AsciiLower(name.name);
    for (std::size_t i = 0; i + 1 < document.lines.size() && i < 40; ++i) {
      const TextLine& line = document.lines[i];
      if (line.page != document.lines.front().page) break;
      const std::string first = FirstSegment(line.text);
      std::string lower = AsciiLower(NameCase(first));
      while (!lower.empty() && (lower.back() == ',' || lower.back() == ' ')) lower.pop_back();
      const bool whole =
          first.find(name.name) != std::string::npos || lower.find(wanted) != std::string::npos;
      const bool last_part = !lower.empty() && lower.size() < wanted.size() &&
                             wanted.ends_with(lower) &&
                             wanted[wanted.size() - lower.size() - 1] == ' ';
      if (!whole && !last_part) continue;
      static constexpr std::array<std::string_view, 10> kTitles = {
          "CEO", "CTO", "CFO", "COO", "CIO", "CMO", "CISO", "VP", "SVP", "EVP"};
      // Every comma-separated token a credential, and the text no heading ("SUMMARY" under the
      // contact line is a heading, in capitals like a credential).
      auto all_credentials = [](std::string_view text, const std::vector<std::string>& tokens) {
        return !tokens.empty() && !ClassifyHeading(text, true) &&
               std::all_of(tokens.begin(), tokens.end(), [](const std::string& token) {
                 // "HEAD CHEF", "CARPENTER": a headline in capitals names an occupation.
                 return document::LooksLikeCredential(token) && TitleScore(token) <= 0 &&
                        std::find(kTitles.begin(), kTitles.end(), token) == kTitles.end();
               });
      };
      auto credentials_on = [&](const TextLine& next, bool just_below) {
        const std::string text = FirstSegment(next.text);
        std::vector<std::string> tokens = SplitTrimmed(text, ",");
        // Without positions (a DOCX paragraph) only the paragraph after the name's.
        const bool laid = line.y > 0 || next.y > 0;
        const bool placed =
            next.page == line.page && next.font_size <= line.font_size + 0.3 &&
            (laid ? next.y > line.y && next.y - line.y < 3.5 * std::max(line.font_size, 1.0)
                  : just_below) &&
            (just_below ? next.text.find('\t') == std::string::npos
                        : std::abs(next.x - line.x) < 2.5 && !next.bold);
        if (!placed || !all_credentials(text, tokens)) {
          return std::optional<std::string>();
        }
        return std::optional<std::string>(boost::algorithm::join(tokens, ", "));
      };
      std::size_t after = i + 1;
      std::optional<std::string> credentials;
      // "LUIS DE LA CRUZ, ⇥CPA": after the name's comma, in a type of their own on its line.
      if (const std::vector<std::string> parts = SplitTrimmed(line.text, "\t");
          parts.size() >= 2 && parts[0].ends_with(",") && name.post_nominals.empty()) {
        const std::vector<std::string> tokens = SplitTrimmed(parts[1], ",");
        if (all_credentials(parts[1], tokens)) {
          name.post_nominals = boost::algorithm::join(tokens, ", ");
        }
      }
      credentials = credentials_on(document.lines[after], true);
      const bool right_under = credentials.has_value();
      for (std::size_t k = i + 2; !credentials && k <= i + 3 && k < document.lines.size(); ++k) {
        credentials = credentials_on(document.lines[k], false);
      }
      if (credentials && name.post_nominals.empty()) name.post_nominals = *credentials;
      if (right_under) ++after;
      if (name.headline.empty() && after < document.lines.size()) {
        const TextLine& below = document.lines[after];
        const std::string headline = FirstSegment(below.text);
        const bool in_header = std::find(top.begin(), top.end(), &below) != top.end();
        if (in_header && below.page == line.page && !below.is_bullet &&
            below.font_size <= line.font_size && CountWords(headline) <= 6 &&
            LooksLikeHeadline(headline) && !IsLinkToken(headline) &&
            !ClassifyHeading(headline, true) && headline.find(',') == std::string::npos) {
          name.headline = headline;
        }
      }
      break;
    }
  }
  out.contact.name = std::move(name.name);
  out.contact.post_nominals = std::move(name.post_nominals);
  out.contact.headline = std::move(name.headline);
  out.contact.email = email;
  out.contact.phone = phone;
  {
    // The name's own line is no place, whatever it looks like ("Hannah Okoro, MD").
    LineRefs place_lines = contact_lines;
    if (!out.contact.name.empty()) {
      std::erase_if(place_lines, [&out](const TextLine* line) {
        return line->text.find('\t') == std::string::npos &&
               line->text.find(out.contact.name) != std::string::npos;
      });
    }
    out.contact.location = FindLocation(place_lines);
  }
  out.contact.links = FindLinks(contact_lines);
  AddAnnotatedLinks(document, contact_lines, out.contact);

  std::vector<std::vector<FieldGuess>> job_guesses;
  for (ExperienceEntry& entry : ExtractExperience(experience)) {
    out.experience.push_back({"", std::move(entry.title), std::move(entry.company),
                              std::move(entry.location), PeriodOf(entry.start, entry.end), "",
                              std::move(entry.bullets), entry.confidence});
    job_guesses.push_back(std::move(entry.guesses));
  }
  std::vector<std::vector<FieldGuess>> school_guesses;
  for (EducationEntry& entry : ExtractEducation(education)) {
    school_guesses.push_back(std::move(entry.guesses));
    out.education.push_back({"",
                             std::move(entry.degree),
                             "",
                             std::move(entry.school),
                             std::move(entry.location),
                             PeriodOf(entry.start, entry.end),
                             {},
                             entry.confidence});
  }
  out.skills = std::move(skill_groups);
  // "Katarzyna Zielińska – Résumé" at the top of the second page, read into the list it broke:
  // a running header that names the candidate is no skill.
  if (const std::string folded_name(Trim(FoldedWords(out.contact.name)));
      folded_name.find(' ') != std::string::npos) {
    for (document::SkillGroup& group : out.skills) {
      std::erase_if(group.items, [&folded_name](const std::string& item) {
        return (" " + std::string(Trim(FoldedWords(item))) + " ").find(" " + folded_name + " ") !=
               std::string::npos;
      });
    }
    std::erase_if(out.skills,
                  [](const document::SkillGroup& group) { return group.items.empty(); });
  }
  for (ProjectEntry& entry : ExtractProjects(projects)) {
    out.projects.push_back(
        {"", std::move(entry.name), "", {}, "", std::move(entry.bullets), entry.confidence});
  }
  document::AssignIds(out);

  // What the user should check, field by field.
  std::vector<document::ReadWarning>& warnings = out.warnings;
  auto warn = [&](std::string section, std::string id, std::string field, std::string message,
                  double confidence) {
    warnings.push_back(
        {std::move(section), std::move(id), std::move(field), std::move(message), confidence});
  };
  double contact_confidence = 1;
  if (out.contact.name.empty()) {
    warn("contact", "", "name", "We could not find your name. Add it here.", 0);
    contact_confidence = 0.2;
  } else if (name.confidence < document::kCheckBelow) {
    warn("contact", "", "name", "We took this line for your name. Check it.", name.confidence);
    contact_confidence = name.confidence;
  }
  if (out.contact.email.empty()) {
    warn("contact", "", "email", "We found no email address. Add the one employers should use.",
         0.3);
    contact_confidence = std::min(contact_confidence, 0.5);
  }
  out.contact.confidence = contact_confidence;
  for (std::size_t i = 0; i < out.experience.size(); ++i) {
    document::Experience& job = out.experience[i];
    std::vector<FieldGuess> guesses = std::move(job_guesses[i]);
    if (job.title.empty()) guesses.push_back({"title", "We found no job title here.", 0.2});
    if (job.company.empty()) guesses.push_back({"company", "We found no employer here.", 0.3});
    if (!job.period.start) {
      guesses.push_back({"startDate", "We found no dates for this job.", 0.3});
    }
    for (const FieldGuess& guess : guesses) {
      warn("experience", job.id, guess.field, guess.message, guess.confidence);
      if (job.confidence) job.confidence = std::min(*job.confidence, guess.confidence);
    }
  }
  for (std::size_t i = 0; i < out.education.size(); ++i) {
    document::Education& school = out.education[i];
    std::vector<FieldGuess> guesses = std::move(school_guesses[i]);
    if (school.degree.empty()) guesses.push_back({"degree", "We found no degree here.", 0.3});
    if (school.school.empty()) guesses.push_back({"school", "We found no school here.", 0.3});
    for (const FieldGuess& guess : guesses) {
      warn("education", school.id, guess.field, guess.message, guess.confidence);
      if (school.confidence) school.confidence = std::min(*school.confidence, guess.confidence);
    }
  }
  for (const document::SkillGroup& group : out.skills) {
    const bool run_together = std::any_of(group.items.begin(), group.items.end(),
                                          [](const auto& item) { return CountWords(item) > 5; });
    if (run_together) {
      warn("skills", group.id, "items",
           "Some of these read like sentences or several skills run together. Check them.", 0.5);
    }
  }
  return parsed;
}

}  // namespace

ParsedResume ParseDocument(const DocumentText& document) {
  if (std::none_of(document.lines.begin(), document.lines.end(),
                   [](const TextLine& line) { return IsRuleLine(line.text); })) {
    return ParseLines(document);
  }
  DocumentText without_rules = document;
  std::erase_if(without_rules.lines, [](const TextLine& line) { return IsRuleLine(line.text); });
  return ParseLines(without_rules);
}

}  // namespace resumax::parsing
