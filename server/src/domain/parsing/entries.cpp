#include "domain/parsing/entries.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <map>
#include <memory>
#include <set>

#include "core/text.h"
#include "domain/parsing/places.h"
#include "domain/parsing/text_normalize.h"

namespace resumax::parsing {
namespace {

constexpr std::array<std::string_view, 67> kStateCodes = {
    "al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga",  "hi",  "id",  "il",  "in",
    "ia", "ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms",  "mo",  "mt",  "ne",  "nv",
    "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa",  "ri",  "sc",  "sd",  "tn",
    "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "dc", "nsw", "vic", "qld", "tas", "act",
    "nt", "on", "bc", "qc", "ab", "mb", "sk", "ns", "nb", "nl",  "pe"};
constexpr std::array<std::string_view, 50> kStateNames = {
    "alabama",       "alaska",      "arizona",        "arkansas",      "california",
    "colorado",      "connecticut", "delaware",       "florida",       "georgia",
    "hawaii",        "idaho",       "illinois",       "indiana",       "iowa",
    "kansas",        "kentucky",    "louisiana",      "maine",         "maryland",
    "massachusetts", "michigan",    "minnesota",      "mississippi",   "missouri",
    "montana",       "nebraska",    "nevada",         "new hampshire", "new jersey",
    "new mexico",    "new york",    "north carolina", "north dakota",  "ohio",
    "oklahoma",      "oregon",      "pennsylvania",   "rhode island",  "south carolina",
    "south dakota",  "tennessee",   "texas",          "utah",          "vermont",
    "virginia",      "washington",  "west virginia",  "wisconsin",     "wyoming"};
constexpr std::array<std::string_view, 79> kCountries = {"usa",
                                                         "us",
                                                         "u.s.",
                                                         "u.s.a.",
                                                         "united states",
                                                         "uk",
                                                         "united kingdom",
                                                         "england",
                                                         "canada",
                                                         "india",
                                                         "germany",
                                                         "france",
                                                         "spain",
                                                         "italy",
                                                         "netherlands",
                                                         "ireland",
                                                         "israel",
                                                         "china",
                                                         "japan",
                                                         "korea",
                                                         "s.korea",
                                                         "south korea",
                                                         "singapore",
                                                         "australia",
                                                         "new zealand",
                                                         "brazil",
                                                         "mexico",
                                                         "sweden",
                                                         "norway",
                                                         "denmark",
                                                         "finland",
                                                         "poland",
                                                         "ukraine",
                                                         "switzerland",
                                                         "austria",
                                                         "belgium",
                                                         "portugal",
                                                         "argentina",
                                                         "nigeria",
                                                         "kenya",
                                                         "scotland",
                                                         "wales",
                                                         "northern ireland",
                                                         "czech republic",
                                                         "czechia",
                                                         "greece",
                                                         "turkey",
                                                         "south africa",
                                                         "egypt",
                                                         "uae",
                                                         "united arab emirates",
                                                         "saudi arabia",
                                                         "philippines",
                                                         "vietnam",
                                                         "thailand",
                                                         "indonesia",
                                                         "malaysia",
                                                         "hong kong",
                                                         "taiwan",
                                                         "chile",
                                                         "colombia",
                                                         "peru",
                                                         "romania",
                                                         "hungary",
                                                         "croatia",
                                                         "iceland",
                                                         "luxembourg",
                                                         "estonia",
                                                         "latvia",
                                                         "lithuania",
                                                         "slovakia",
                                                         "slovenia",
                                                         "bulgaria",
                                                         "serbia",
                                                         "ghana",
                                                         "pakistan",
                                                         "bangladesh",
                                                         "sri lanka",
                                                         "nepal"};

constexpr std::array<std::string_view, 220> kTitleWords = {"engineer",
                                                           "engineering intern",
                                                           "developer",
                                                           "manager",
                                                           "director",
                                                           "scientist",
                                                           "analyst",
                                                           "accountant",
                                                           "technician",
                                                           "intern",
                                                           "internship",
                                                           "assistant",
                                                           "advisor",
                                                           "adviser",
                                                           "consultant",
                                                           "specialist",
                                                           "lead",
                                                           "leader",
                                                           "architect",
                                                           "designer",
                                                           "administrator",
                                                           "coordinator",
                                                           "officer",
                                                           "president",
                                                           "vp",
                                                           "ceo",
                                                           "cto",
                                                           "cfo",
                                                           "coo",
                                                           "founder",
                                                           "co-founder",
                                                           "cofounder",
                                                           "owner",
                                                           "head",
                                                           "associate",
                                                           "representative",
                                                           "supervisor",
                                                           "server",
                                                           "teacher",
                                                           "nurse",
                                                           "researcher",
                                                           "fellow",
                                                           "contributor",
                                                           "programmer",
                                                           "editor",
                                                           "writer",
                                                           "clerk",
                                                           "cashier",
                                                           "agent",
                                                           "executive",
                                                           "partner",
                                                           "principal",
                                                           "staff",
                                                           "senior",
                                                           "sr",
                                                           "junior",
                                                           "jr",
                                                           "trainee",
                                                           "apprentice",
                                                           "volunteer",
                                                           "member",
                                                           "chair",
                                                           "tutor",
                                                           "instructor",
                                                           "professor",
                                                           "lecturer",
                                                           "sre",
                                                           "strategist",
                                                           "auditor",
                                                           "bookkeeper",
                                                           "receptionist",
                                                           "secretary",
                                                           "attorney",
                                                           "lawyer",
                                                           "paralegal",
                                                           "pharmacist",
                                                           "therapist",
                                                           "physician",
                                                           "driver",
                                                           "operator",
                                                           "mechanic",
                                                           "electrician",
                                                           "chef",
                                                           "cook",
                                                           "barista",
                                                           "waiter",
                                                           "waitress",
                                                           "bartender",
                                                           "recruiter",
                                                           "marketer",
                                                           "planner",
                                                           "buyer",
                                                           "inspector",
                                                           "superintendent",
                                                           "foreman",
                                                           "counselor",
                                                           "coach",
                                                           "trainer",
                                                           "devops",
                                                           "advocate",
                                                           "evangelist",
                                                           "expert",
                                                           "dean",
                                                           "investigator",
                                                           "porter",
                                                           "welder",
                                                           "laborer",
                                                           "labourer",
                                                           "carpenter",
                                                           "plumber",
                                                           "fitter",
                                                           "physiotherapist",
                                                           "radiographer",
                                                           "solicitor",
                                                           "barrister",
                                                           "resident",
                                                           "controller",
                                                           "copywriter",
                                                           "dispatcher",
                                                           "picker",
                                                           "packer",
                                                           "storekeeper",
                                                           "estimator",
                                                           "surveyor",
                                                           "draftsman",
                                                           "draughtsman",
                                                           "drafter",
                                                           "illustrator",
                                                           "photographer",
                                                           "artist",
                                                           "stylist",
                                                           "housekeeper",
                                                           "concierge",
                                                           "host",
                                                           "hostess",
                                                           "steward",
                                                           "sommelier",
                                                           "baker",
                                                           "butcher",
                                                           "dishwasher",
                                                           "educator",
                                                           "headteacher",
                                                           "aide",
                                                           "caregiver",
                                                           "midwife",
                                                           "paramedic",
                                                           "dietitian",
                                                           "optometrist",
                                                           "dentist",
                                                           "hygienist",
                                                           "technologist",
                                                           "sonographer",
                                                           "phlebotomist",
                                                           "counsel",
                                                           "notary",
                                                           "underwriter",
                                                           "actuary",
                                                           "economist",
                                                           "banker",
                                                           "teller",
                                                           "broker",
                                                           "trader",
                                                           "salesperson",
                                                           "rep",
                                                           "journeyman",
                                                           "tradesman",
                                                           "hand",
                                                           "crew",
                                                           "helper",
                                                           "student",
                                                           "pupil",
                                                           "clerkship",
                                                           "merchandiser",
                                                           "scheduler",
                                                           "handler",
                                                           "loader",
                                                           "courier",
                                                           "nanny",
                                                           "cleaner",
                                                           "janitor",
                                                           "guard",
                                                           "registrar",
                                                           "auxiliary",
                                                           "worker",
                                                           "practitioner",
                                                           "carer",
                                                           "clinician",
                                                           "psychologist",
                                                           "surgeon",
                                                           "veterinarian",
                                                           "machinist",
                                                           "installer",
                                                           "roofer",
                                                           "painter",
                                                           "bricklayer",
                                                           "joiner",
                                                           "landscaper",
                                                           "gardener",
                                                           "attendant",
                                                           "assembler",
                                                           "tester",
                                                           "translator",
                                                           "interpreter",
                                                           "librarian",
                                                           "archivist",
                                                           "curator",
                                                           "journalist",
                                                           "reporter",
                                                           "producer",
                                                           "animator",
                                                           "pilot",
                                                           "firefighter",
                                                           "mentor",
                                                           "facilitator",
                                                           "organizer",
                                                           "organiser",
                                                           "fundraiser",
                                                           "chaplain",
                                                           "groomer",
                                                           "valet"};

constexpr std::array<std::string_view, 105> kCompanyWords = {"inc",          "llc",
                                                             "ltd",          "limited",
                                                             "corp",         "corporation",
                                                             "company",      "co",
                                                             "group",        "university",
                                                             "college",      "school",
                                                             "bank",         "lab",
                                                             "labs",         "laboratory",
                                                             "laboratories", "technologies",
                                                             "technology",   "tech",
                                                             "systems",      "solutions",
                                                             "services",     "partners",
                                                             "consulting",   "associates",
                                                             "institute",    "hospital",
                                                             "agency",       "studio",
                                                             "studios",      "entertainment",
                                                             "financial",    "foundation",
                                                             "gmbh",         "plc",
                                                             "ag",           "pvt",
                                                             "enterprises",  "industries",
                                                             "holdings",     "international",
                                                             "global",       "networks",
                                                             "media",        "software",
                                                             "capital",      "ventures",
                                                             "health",       "healthcare",
                                                             "clinic",       "dental",
                                                             "center",       "centre",
                                                             "department",   "ministry",
                                                             "government",   "county",
                                                             "district",     "law",
                                                             "firm",         "store",
                                                             "restaurant",   "grill",
                                                             "cafe",         "hotel",
                                                             "airlines",     "motors",
                                                             "energy",       "insurance",
                                                             "trust",        "publishing",
                                                             "press",        "management",
                                                             "bar",          "organization",
                                                             "council",      "society",
                                                             "freelance",    "self-employed",
                                                             "nhs",          "academy",
                                                             "authority",    "court",
                                                             "cooperative",  "llp",
                                                             "pty",          "s.a",
                                                             "sp.k",         "kg",
                                                             "bv",           "nv",
                                                             "srl",          "sarl",
                                                             "oy",           "ab",
                                                             "sas",          "s.r.l",
                                                             "s.p.a",        "kft",
                                                             "zrt",          "d.o.o",
                                                             "s.r.o",        "a.s",
                                                             "o.o"};

constexpr std::array<std::string_view, 96> kDegreeWords = {"bachelor",
                                                           "bachelors",
                                                           "bachelor's",
                                                           "master",
                                                           "masters",
                                                           "master's",
                                                           "phd",
                                                           "ph.d",
                                                           "ph.d.",
                                                           "doctor",
                                                           "doctorate",
                                                           "mba",
                                                           "diploma",
                                                           "associate's",
                                                           "b.s.",
                                                           "b.s",
                                                           "bs",
                                                           "b.a.",
                                                           "ba",
                                                           "b.sc",
                                                           "bsc",
                                                           "b.sc.",
                                                           "m.s.",
                                                           "m.s",
                                                           "ms",
                                                           "m.a.",
                                                           "ma",
                                                           "m.sc",
                                                           "msc",
                                                           "m.sc.",
                                                           "meng",
                                                           "m.eng",
                                                           "beng",
                                                           "b.eng",
                                                           "b.e.",
                                                           "b.tech",
                                                           "btech",
                                                           "m.tech",
                                                           "mtech",
                                                           "b.com",
                                                           "bba",
                                                           "llb",
                                                           "j.d.",
                                                           "ged",
                                                           "llm",
                                                           "ll.m.",
                                                           "ll.b.",
                                                           "jd",
                                                           "mphil",
                                                           "dphil",
                                                           "edd",
                                                           "pharmd",
                                                           "bsn",
                                                           "msn",
                                                           "mfa",
                                                           "bfa",
                                                           "mres",
                                                           "pgce",
                                                           "pgdip",
                                                           "nvq",
                                                           "hnd",
                                                           "hnc",
                                                           "btec",
                                                           "gcse",
                                                           "a-levels",
                                                           "licence",
                                                           "licenciatura",
                                                           "abitur",
                                                           "apprenticeship",
                                                           "baccalaureate",
                                                           "msw",
                                                           "mpa",
                                                           "baccalauréat",
                                                           "bts",
                                                           "dut",
                                                           "maîtrise",
                                                           "diplôme",
                                                           "magister",
                                                           "staatsexamen",
                                                           "certificate",
                                                           "cert",
                                                           "degree",
                                                           "course",
                                                           "b.ed",
                                                           "b.ed.",
                                                           "m.ed",
                                                           "m.ed.",
                                                           "bcom",
                                                           "mcom",
                                                           "mph",
                                                           "dnp",
                                                           "dvm",
                                                           "dds",
                                                           "psyd",
                                                           "dba",
                                                           "macc"};

constexpr std::array<std::string_view, 34> kSchoolWords = {
    "university",   "college",        "institute",     "school",      "academy",
    "polytechnic",  "univ",           "conservatory",  "universidad", "universität",
    "lycée",        "lycee",          "gymnasium",     "hochschule",  "école",
    "ecole",        "escuela",        "istituto",      "liceo",       "colegio",
    "tafe",         "polytechnique",  "conservatoire", "seminary",    "universita",
    "università",   "université",     "universidade",  "uniwersytet", "politecnico",
    "politechnika", "fachhochschule", "institutet",    "högskola"};

constexpr std::array<std::string_view, 12> kDateLabels = {
    "date",  "dates", "expected", "expected graduation", "graduation", "graduated", "grad",
    "grad.", "since", "from",     "anticipated",         "class of"};

bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

// Lower-case words with edge punctuation removed.
std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string current;
  auto flush = [&] {
    while (!current.empty() &&
           std::string_view(",;:()[]\"!?").find(current.back()) != std::string_view::npos) {
      current.pop_back();
    }
    while (!current.empty() &&
           std::string_view(",;:()[]\"").find(current.front()) != std::string_view::npos) {
      current.erase(0, 1);
    }
    if (!current.empty()) words.push_back(current);
    current.clear();
  };
  for (char c : AsciiLower(text)) {
    if (c == ' ' || c == '\t' || c == '/' || c == '(' || c == ')') {
      flush();
    } else {
      current += c;
    }
  }
  flush();
  return words;
}

template <std::size_t N>
bool Contains(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

std::string StripEdges(std::string_view text) {
  // Whole characters only: a byte of "•" must not strip the first bytes of "–".
  static constexpr std::string_view kAsciiEdge = " \t,;:|-";
  static constexpr std::array<std::string_view, 3> kMarks = {"\u2022", "\u2013", "\u2014"};
  bool changed = true;
  while (changed && !text.empty()) {
    changed = false;
    if (kAsciiEdge.find(text.front()) != std::string_view::npos) {
      text.remove_prefix(1);
      changed = true;
      continue;
    }
    if (kAsciiEdge.find(text.back()) != std::string_view::npos) {
      text.remove_suffix(1);
      changed = true;
      continue;
    }
    for (std::string_view mark : kMarks) {
      if (text.starts_with(mark)) {
        text.remove_prefix(mark.size());
        changed = true;
      } else if (text.ends_with(mark)) {
        text.remove_suffix(mark.size());
        changed = true;
      }
    }
  }
  return std::string(text);
}

std::string ReplaceAll(std::string text, std::string_view from, std::string_view to) {
  std::size_t at = 0;
  while ((at = text.find(from, at)) != std::string::npos) {
    text.replace(at, from.size(), to);
    at += to.size();
  }
  return text;
}

// Splits a header line into its parts on the separators resumes use between fields.
bool StartsUpper(std::string_view text);
bool IsStateOrCountry(std::string_view piece);
bool IsDepartment(std::string_view piece);

// "The Larder House, Salford", "Acme, Leeds, UK": a name followed by its place after a comma, so a
// field of its own, never words that qualify a title ("Director – IT Operations, EMEA").
bool EndsWithPlace(std::string_view text) {
  const std::vector<std::string> pieces = SplitTrimmed(text, ",");
  if (pieces.size() < 2 || TitleScore(pieces.front()) > 0) return false;
  const std::string& last = pieces.back();
  return (IsStateOrCountry(last) && last.size() > 3) ||
         (IsKnownTown(last) && TitleScore(last) == 0 && !IsDepartment(last));
}

std::vector<std::string> SplitParts(std::string text, bool split_at) {
  for (std::string_view separator :
       {" | ", "|", " \u2022 ", "\u2022", " \u00B7 ", " \u2014 ", "\u2014", " / ", " ~ "}) {
    text = ReplaceAll(std::move(text), separator, "\t");
  }
  if (split_at) {
    text = ReplaceAll(std::move(text), " at ", "\t");
    // "Engineer @ Acme" splits; "Data Innovation Lab @ Capital One", an organisation's unit at
    // the organisation, is one employer.
    for (std::size_t at = 0; (at = text.find(" @ ", at)) != std::string::npos;) {
      const std::size_t tab = text.rfind('\t', at);
      const std::size_t from = tab == std::string::npos ? 0 : tab + 1;
      if (TitleScore(std::string_view(text).substr(from, at - from)) < 0) {
        at += 3;
        continue;
      }
      text.replace(at, 3, "\t");
    }
  }
  // An en dash or spaced hyphen separates fields ("Acme – Los Angeles, CA") unless it only
  // qualifies a title ("Director – IT Operations", "Engineer – Windows/VMWare"); a plainer title
  // after it is a field of its own ("Health Service Executive – Staff Nurse": an employer named
  // with a title's word, then the title).
  std::vector<std::string> pieces;
  std::vector<std::string> tab_pieces = SplitTrimmed(text, "\t");
  // "St.⇥David's Medical Center": the wide space a typesetter leaves after a full stop tore
  // an abbreviation from the name it begins ("St.", "Mt.", "Ft.").
  for (std::size_t i = 0; i + 1 < tab_pieces.size(); ++i) {
    const std::string& piece = tab_pieces[i];
    if (piece.size() == 3 && piece.back() == '.' &&
        std::isupper(static_cast<unsigned char>(piece[0])) &&
        std::islower(static_cast<unsigned char>(piece[1])) && StartsUpper(tab_pieces[i + 1])) {
      tab_pieces[i + 1] = piece + " " + tab_pieces[i + 1];
      tab_pieces.erase(tab_pieces.begin() + static_cast<std::ptrdiff_t>(i));
    }
  }
  for (const std::string& tab_piece : tab_pieces) {
    std::string soft = ReplaceAll(ReplaceAll(tab_piece, " \u2013 ", "\x01"), " - ", "\x01");
    std::vector<std::string> halves = SplitTrimmed(soft, "\x01");
    for (std::size_t i = 0; i < halves.size(); ++i) {
      const int score = i > 0 ? TitleScore(halves[i]) : 0;
      if (i > 0 && TitleScore(pieces.back()) > 0 && score >= 0 &&
          score <= TitleScore(pieces.back()) && !LooksLikeLocation(halves[i]) &&
          !EndsWithPlace(halves[i]) && FindDates(halves[i]).empty()) {
        pieces.back() += " \u2013 " + halves[i];
      } else {
        pieces.push_back(halves[i]);
      }
    }
  }
  std::vector<std::string> parts;
  for (const std::string& piece : pieces) {
    std::string part = StripEdges(piece);
    if (part.empty()) continue;
    const std::string lower = AsciiLower(part);
    if (Contains(kDateLabels, lower)) continue;
    bool has_alnum = false;
    for (char c : part) has_alnum = has_alnum || std::isalnum(static_cast<unsigned char>(c));
    if (has_alnum) parts.push_back(std::move(part));
  }
  return parts;
}

bool IsStateOrCountry(std::string_view piece) {
  std::string lower = AsciiLower(Trim(piece));
  while (!lower.empty() && (lower.back() == '.' || lower.back() == ')')) lower.pop_back();
  // "OH 44444", "CA 91377": a state code followed by a ZIP.
  if (lower.size() > 3 && lower[2] == ' ' && std::isdigit(static_cast<unsigned char>(lower[3]))) {
    lower.resize(2);
  }
  return Contains(kStateCodes, lower) || Contains(kStateNames, lower) ||
         Contains(kCountries, lower);
}

bool StartsUpper(std::string_view text) {
  return !text.empty() && (std::isupper(static_cast<unsigned char>(text[0])) ||
                           (static_cast<unsigned char>(text[0]) & 0x80));
}

// Removes "GPA: 3.8", "- 3.8 GPA", "; GPA 4.00 (9.15/10.0)" from a degree.
std::string StripGpa(std::string text) {
  const std::string lower = AsciiLower(text);
  const std::size_t at = lower.find("gpa");
  if (at == std::string::npos) return text;
  std::size_t cut = at;
  // "3.8 GPA": the number belongs to the GPA too.
  while (cut > 0 && (std::isdigit(static_cast<unsigned char>(text[cut - 1])) ||
                     text[cut - 1] == '.' || text[cut - 1] == '/' || text[cut - 1] == ' ')) {
    --cut;
  }
  return StripEdges(text.substr(0, cut));
}

bool IsSchool(std::string_view text);

struct Parts {
  std::vector<std::string> fields;  // title/company/degree/school candidates in order
  std::string location;
};

// Separates places from the other fields: whole parts, trailing ", City, ST" and "(City, ST)".
Parts PeelLocations(const std::vector<std::string>& raw, bool split_commas) {
  Parts out;
  for (const std::string& part : raw) {
    if (LooksLikeLocation(part)) {
      if (out.location.empty()) {
        std::string location = part;
        if (AsciiLower(location).starts_with("location")) {
          location = StripEdges(location.substr(location.find_first_of(": ") + 1));
        }
        out.location = location;
      }
      continue;
    }
    std::string rest = part;
    // "(San Francisco, Ca.)" after a company.
    if (const std::size_t open = rest.rfind('('); open != std::string::npos && open > 0) {
      const std::size_t close = rest.find(')', open);
      const std::string inner =
          rest.substr(open + 1, close == std::string::npos ? std::string::npos : close - open - 1);
      if (LooksLikeLocation(inner)) {
        if (out.location.empty()) out.location = StripEdges(inner);
        rest = StripEdges(rest.substr(0, open) +
                          (close == std::string::npos ? "" : rest.substr(close + 1)));
      }
    }
    std::vector<std::string> pieces = SplitTrimmed(rest, ",");
    // "Company, City, ST, Title": the state names where the place is.
    // A school or an employer is no town: "Columbia Law School, New York, NY" has its place in
    // "New York, NY", and "Austin, Texas, USA" runs on to its country.
    std::size_t state = 0;
    for (std::size_t i = 1; i < pieces.size(); ++i) {
      if (IsStateOrCountry(pieces[i]) && CountWords(pieces[i - 1]) <= 3 &&
          StartsUpper(pieces[i - 1]) && !IsSchool(pieces[i - 1]) &&
          TitleScore(pieces[i - 1]) >= 0) {
        state = i;
        break;
      }
    }
    std::size_t place_end = state;
    while (state > 0 && place_end + 1 < pieces.size() && IsStateOrCountry(pieces[place_end + 1])) {
      ++place_end;
    }
    if (state > 0) {
      std::string place = pieces[state - 1];
      for (std::size_t i = state; i <= place_end; ++i) place += ", " + pieces[i];
      if (out.location.empty()) out.location = place;
      std::vector<std::string> before(pieces.begin(),
                                      pieces.begin() + static_cast<std::ptrdiff_t>(state - 1));
      std::vector<std::string> after(pieces.begin() + static_cast<std::ptrdiff_t>(place_end + 1),
                                     pieces.end());
      std::string joined_before;
      for (const std::string& piece : before) {
        joined_before += (joined_before.empty() ? "" : ", ") + piece;
      }
      std::string joined_after;
      for (const std::string& piece : after) {
        joined_after += (joined_after.empty() ? "" : ", ") + piece;
      }
      if (!joined_before.empty()) out.fields.push_back(joined_before);
      if (!joined_after.empty()) out.fields.push_back(joined_after);
      continue;
    }
    // "Nurse, Acme Health" splits; "Senior Associate, Litigation Department" is one title.
    if (split_commas && pieces.size() == 2 && CountWords(pieces[0]) <= 5 &&
        CountWords(pieces[1]) <= 5 && (TitleScore(pieces[0]) > 0) != (TitleScore(pieces[1]) > 0) &&
        !(TitleScore(pieces[0]) > 0 && IsDepartment(pieces[1]))) {
      out.fields.push_back(pieces[0]);
      out.fields.push_back(pieces[1]);
      continue;
    }
    if (!rest.empty()) out.fields.push_back(rest);
  }
  return out;
}

bool IsSentence(std::string_view text) {
  text = Trim(text);
  if (text.empty()) return false;
  if (IsLower(text[0])) return true;  // a wrapped continuation
  if (text.back() != '.') return false;
  std::size_t start = text.rfind(' ');
  start = start == std::string_view::npos ? 0 : start + 1;
  std::string_view last = text.substr(start, text.size() - 1 - start);
  // "Sp. z o.o.", "e.V.": a dotted abbreviation (a legal form) ends a name, not a sentence.
  if (last.find('.') != std::string_view::npos) return false;
  return last.size() >= 3 && IsLower(last[0]);
}

// A label over part of an entry's text ("Achievements", "Key responsibilities:"): neither a
// header of its own nor a point of the entry.
bool IsEntryPartLabel(std::string_view text) {
  text = Trim(text);
  while (text.ends_with(":")) text.remove_suffix(1);
  static constexpr std::array<std::string_view, 22> kLabels = {"achievements",
                                                               "key achievements",
                                                               "selected achievements",
                                                               "main achievements",
                                                               "responsibilities",
                                                               "key responsibilities",
                                                               "main responsibilities",
                                                               "duties",
                                                               "main duties",
                                                               "key duties",
                                                               "role outline",
                                                               "role",
                                                               "highlights",
                                                               "accomplishments",
                                                               "key accomplishments",
                                                               "tasks",
                                                               "main tasks",
                                                               "activities",
                                                               "responsibilities and achievements",
                                                               "responsibilities & achievements",
                                                               "achievements and responsibilities",
                                                               "key contributions"};
  const std::string lower = AsciiLower(text);
  return std::find(kLabels.begin(), kLabels.end(), lower) != kLabels.end();
}

struct LineInfo {
  const TextLine* line = nullptr;
  std::optional<DateSpan> date;  // the entry date on this line
  std::string rest;              // text without that date
  bool header_like = false;
  bool segmented = false;
};

// Picks the date of an entry on a line: a range, or a lone date standing apart at its end.
std::optional<DateSpan> EntryDate(const TextLine& line, const std::vector<DateSpan>& spans) {
  const bool segmented = line.text.find('\t') != std::string::npos;
  if (line.is_bullet && !segmented) return std::nullopt;
  for (const DateSpan& span : spans) {
    const std::string rest =
        line.text.substr(0, span.begin) + " " + line.text.substr(span.end_offset);
    const std::size_t rest_words = CountWords(rest);
    if (span.end) {
      if (rest_words <= 24) return span;
      continue;
    }
    const std::size_t words_after = CountWords(line.text.substr(span.end_offset));
    // "... — University of Texas — 2013", "School, May 2014": the date is a field of its own.
    // "School — Degree (2013)": in brackets that close the line.
    const std::string_view before = Trim(std::string_view(line.text).substr(0, span.begin));
    const std::string_view closing = Trim(std::string_view(line.text).substr(span.end_offset));
    const bool own_field =
        (words_after == 0 && !before.empty() &&
         (before.ends_with("\u2014") || before.ends_with("\u2013") || before.ends_with("|") ||
          before.ends_with(",") || before.ends_with("-") || line.text[span.begin - 1] == '\t')) ||
        (before.size() > 1 && before.ends_with("(") && closing == ")");
    // A year inside a sentence ("…through the 2020 travel shutdown") is no entry's date: a lone
    // date stands at an end of a short line, or apart from words after it.
    const std::string_view after_text = Trim(std::string_view(line.text).substr(span.end_offset));
    const bool apart_after = after_text.empty() || after_text.front() == '\t' ||
                             after_text.front() == '|' || after_text.front() == ',' ||
                             line.text[span.end_offset] == '\t' || rest_words <= 5;
    // "…from paper charts to Epic" + "ASAP in 2010.": a year after a preposition, closing a
    // clause, is the end of a wrapped sentence.
    const std::size_t space = before.find_last_of(" \t");
    const std::string_view last_word =
        before.substr(space == std::string_view::npos ? 0 : space + 1);
    static constexpr std::array<std::string_view, 10> kPrepositions = {
        "in", "since", "by", "from", "until", "through", "during", "of", "before", "after"};
    const bool in_clause =
        Contains(kPrepositions, last_word) &&
        (after_text.starts_with('.') || after_text.starts_with(',') || after_text.starts_with(';'));
    if (in_clause) continue;
    if ((rest_words <= 10 && words_after <= 3 && (before.empty() || apart_after)) ||
        (own_field && rest_words <= 20)) {
      return span;
    }
  }
  return std::nullopt;
}

LineInfo Analyze(const TextLine& line) {
  LineInfo info;
  info.line = &line;
  info.segmented = line.text.find('\t') != std::string::npos;
  info.date = EntryDate(line, FindDates(line.text));
  info.rest = line.text;
  if (info.date) {
    std::string_view before = std::string_view(line.text).substr(0, info.date->begin);
    std::string_view after = std::string_view(line.text).substr(info.date->end_offset);
    // "School (2010 - 2012)": the brackets go with the dates they hold.
    const std::string_view trimmed_before = Trim(before);
    const std::string_view trimmed_after = Trim(after);
    if ((trimmed_before.ends_with('(') && trimmed_after.starts_with(')')) ||
        (trimmed_before.ends_with('[') && trimmed_after.starts_with(']'))) {
      before = trimmed_before.substr(0, trimmed_before.size() - 1);
      after = trimmed_after.substr(1);
    }
    // "June 2019 - Present (6 years 1 month)", "2016 — Present⇥9 years": the job's length,
    // counted for the reader, is part of its dates.
    after.remove_prefix(DurationPrefix(after));
    info.rest = std::string(before) + "\t" + std::string(after);
  }
  // A long header names its place last ("Senior Accountant, General Ledger at Vistula Business
  // Services Sp. z o.o., Warsaw, Poland") or is set in bold ("Judicial Law Clerk, United States
  // District Court for the Southern District of New York"); a long line that is neither is a
  // bullet's sentence.
  const std::string_view rest = Trim(info.rest);
  const std::size_t last_comma = rest.rfind(',');
  const bool ends_in_place = last_comma != std::string_view::npos && !rest.ends_with('.') &&
                             IsStateOrCountry(Trim(rest.substr(last_comma + 1)));
  const std::size_t words = CountWords(info.rest);
  info.header_like = (!line.is_bullet || info.segmented) &&
                     (words <= 12 || (words <= 16 && (ends_in_place || line.bold))) &&
                     !IsSentence(line.text) && !IsEntryPartLabel(line.text);
  return info;
}

int Prominence(const TextLine& line) {
  return static_cast<int>(line.font_size * 2) + (line.bold ? 3 : 0);
}

double Confidence(bool a, bool b, bool c) {
  return (a ? 0.4 : 0) + (b ? 0.35 : 0) + (c ? 0.25 : 0);
}

bool IsLegalSuffix(std::string_view piece);
std::vector<std::string> CommaPieces(std::string_view text, bool keep_legal_forms);
std::vector<std::string> MergeLegalForms(std::vector<std::string> pieces);

struct HeaderPiece {
  std::string text;
  int segment = 0;
  int score = 0;  // TitleScore: > 0 a title, < 0 an organisation
  bool department = false;
  bool legal_form = false;  // ends in "AG", "GmbH", "Inc.", "Sp. z o.o.": surely an employer
};

// "Isarwerk Technik AG", "Vistula Business Services Sp. z o.o.": the name ends in a legal form.
bool EndsWithLegalForm(std::string_view text) {
  const std::string_view trimmed = Trim(text);
  std::size_t at = trimmed.size();
  for (int words = 0; words < 3; ++words) {
    const std::size_t space = trimmed.rfind(' ', at == 0 ? 0 : at - 1);
    if (space == std::string_view::npos || space == 0) return false;
    at = space;
    if (IsLegalSuffix(trimmed.substr(at + 1))) return true;
  }
  return false;
}

// A line that names an employer outright: it ends in a legal form or reads as an organisation.
bool NamesEmployer(std::string_view text) {
  return EndsWithLegalForm(Trim(text)) || TitleScore(text) < 0;
}

// "Maison Célestine, Paris, France" read whole as a job's place: a place is never a city beside
// a city, so its first part names the employer (and so "Pentagram, New York, NY"). Gives the
// employer and the place that is left.
std::optional<std::pair<std::string, std::string>> EmployerInPlace(const std::string& location) {
  const std::vector<std::string> parts = SplitTrimmed(location, ",");
  // "Pentagram, New York, NY": a state's code ends the place as a country does.
  const bool state_code = parts.size() == 3 && parts[2].size() == 2 &&
                          parts[2] == AsciiUppercase(parts[2]) && IsStateOrCountry(parts[2]);
  // Before a state's code, a city may share its state's name ("New York, NY").
  if (parts.size() != 3 || IsStateOrCountry(parts[0]) ||
      (IsStateOrCountry(parts[1]) && (!state_code || parts[1].size() <= 3)) ||
      (!Contains(kCountries, AsciiLower(parts[2])) && !state_code)) {
    return std::nullopt;
  }
  return std::make_pair(parts[0], parts[1] + ", " + parts[2]);
}

FieldGuess EmployerFromPlaceGuess() {
  return {"company", "We took the first part of the job's place line for the employer. Check it.",
          0.5};
}

// "WarmHome Services, Bristol": a known town after a piece that names no title reads as the
// employer's place, not as part of its name ("Apprentice Plumber, Avon Plumbing, Bath").
// title_bar: how much of a title the piece before may read as and still be the employer (the
// header's own title's score, when another piece holds it).
bool IsTownAfterEmployer(std::string_view before, std::string_view piece, int title_bar = 0) {
  return TitleScore(before) <= title_bar && !IsDepartment(before) && TitleScore(piece) == 0 &&
         !IsDepartment(piece) && !IsLegalSuffix(piece) && !IsSchool(piece) && IsKnownTown(piece);
}

// Reads title, company and place from a job's header segments (the parts its separators and
// type changes made), in any order: "Title, Dept, Company, City, Country", "Company | Title",
// "Title, Company, Inc." — commas split fields too, a department or grade stays with its title,
// a legal form with its company, a city with its state or country. Returns false when no piece
// reads as a title, leaving the entry to the older rules.
bool ReadJobHeader(const std::vector<std::string>& segments, ExperienceEntry& entry) {
  std::vector<HeaderPiece> pieces;
  for (std::size_t s = 0; s < segments.size(); ++s) {
    // "Heating Engineer | WarmHome Services | Bristol": a town alone after the employer.
    // The employer may carry a title's word ("Paralegal | Baker McKenzie | Chicago") when a
    // segment before it is more of a title.
    if (LooksLikeLocation(segments[s]) ||
        (s >= 2 &&
         IsTownAfterEmployer(segments[s - 1], segments[s], std::max(0, TitleScore(segments[0]))))) {
      if (entry.location.empty()) entry.location = segments[s];
      continue;
    }
    std::string segment = segments[s];
    // "Data Lab @ Capital One (San Francisco, Ca.)": a place in parentheses at the end.
    if (segment.ends_with(")")) {
      const std::size_t open = segment.rfind('(');
      if (open != std::string::npos && open > 0) {
        const std::string inner = segment.substr(open + 1, segment.size() - open - 2);
        const std::vector<std::string> inner_parts = SplitTrimmed(inner, ",");
        if (LooksLikeLocation(inner) ||
            (inner_parts.size() == 2 && IsStateOrCountry(inner_parts[1]))) {
          if (entry.location.empty()) entry.location = inner;
          segment = std::string(Trim(segment.substr(0, open)));
        }
      }
    }
    std::vector<std::string> parts = CommaPieces(segment, /*keep_legal_forms=*/false);
    // A city with its state or country, anywhere ("Company, New Orleans, LA, Title"): a state
    // code in capitals ("CO" is Colorado, "Co." a company's legal form) or a full name.
    // The last such pair: "Pentagram, New York, NY" is a city with its state's code after a name.
    for (std::size_t i = parts.size(); i-- > 1;) {
      std::string place = parts[i];
      // "…, Oakland, CA.": the full stop closing the header is the place's last character.
      if (place.ends_with(".") && i + 1 == parts.size() && !IsLegalSuffix(place)) place.pop_back();
      const bool state = IsStateOrCountry(place) && !place.ends_with(".") &&
                         (place.size() > 3 || AsciiLower(place) != place);
      const bool city = CountWords(parts[i - 1]) <= 3 && StartsUpper(parts[i - 1]) &&
                        TitleScore(parts[i - 1]) == 0 && !IsDepartment(parts[i - 1]);
      if (!state || !city || (place.size() <= 3 && place != AsciiUppercase(place))) continue;
      // "Pentagram, New York": a state named like its town, after a name that is no town, is
      // the town alone (the name before it is the employer's).
      if (place.size() > 3 && IsKnownTown(place) && !IsKnownTown(parts[i - 1])) continue;
      if (entry.location.empty()) entry.location = parts[i - 1] + ", " + place;
      parts.erase(parts.begin() + static_cast<std::ptrdiff_t>(i - 1),
                  parts.begin() + static_cast<std::ptrdiff_t>(i + 1));
      break;
    }
    // "…, Remote" and other places that stand alone.
    while (parts.size() >= 2 && LooksLikeLocation(parts.back())) {
      if (entry.location.empty()) entry.location = parts.back();
      parts.pop_back();
    }
    // "Heating Engineer, WarmHome Services, Bristol": a town without its region or country,
    // after a piece that is no title (the employer).
    if (parts.size() >= 2 && IsTownAfterEmployer(parts[parts.size() - 2], parts.back())) {
      if (entry.location.empty()) entry.location = parts.back();
      parts.pop_back();
    }
    parts = MergeLegalForms(std::move(parts));
    for (std::string& part : parts) {
      HeaderPiece piece;
      piece.score = TitleScore(part);
      piece.department = IsDepartment(part);
      piece.legal_form = EndsWithLegalForm(part);
      // "Emergency Department", "Haematology Ward": part of the title, not an employer.
      if (piece.department && piece.score < 0) piece.score = 0;
      piece.text = std::move(part);
      piece.segment = static_cast<int>(s);
      pieces.push_back(std::move(piece));
    }
  }
  std::optional<std::size_t> title;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    if (pieces[i].score > 0 && (!title || pieces[i].score > pieces[*title].score)) title = i;
  }
  if (!title) return false;
  // The title runs on over departments and unmarked pieces of its own segment; when the type
  // or a gap set another segment apart, over everything of its own ("Software Engineer,
  // Embedded Systems" in bold, "Isarwerk Technik AG" in italics).
  const bool apart = std::any_of(pieces.begin(), pieces.end(), [&](const HeaderPiece& piece) {
    return piece.segment != pieces[*title].segment && piece.score <= 0;
  });
  // "Software Engineer, Embedded Systems, Isarwerk Technik AG": before a piece that carries a
  // legal form, an organisation-like piece after the title is its department.
  auto employer_after = [&](std::size_t from) {
    for (std::size_t i = from + 1; i < pieces.size(); ++i) {
      if (pieces[i].legal_form) return true;
    }
    return false;
  };
  std::size_t end = *title + 1;
  while (end < pieces.size() && pieces[end].segment == pieces[*title].segment &&
         (pieces[end].score == 0 ||
          (pieces[end].score < 0 && (apart || (!pieces[end].legal_form && employer_after(end)))))) {
    ++end;
  }
  std::vector<std::size_t> others;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    if (i < *title || i >= end) others.push_back(i);
  }
  // "Account Executive, Mid-Market, Orbis": with no employer elsewhere, the last unmarked piece
  // of the run is the employer, unless it names a department.
  bool guessed = false;
  // "Spreewerk Digital, Berlin, Germany" read whole as the place, and nothing else names the
  // employer: the place's first part is the employer, and the title keeps its whole run.
  std::optional<std::pair<std::string, std::string>> placed;
  if (others.empty()) {
    placed = EmployerInPlace(entry.location);
    if (placed && TitleScore(placed->first) > 0) placed.reset();
  }
  if (!placed && others.empty() && end - *title >= 2 && !pieces[end - 1].department) {
    --end;
    others.push_back(end);
    guessed = true;
  }
  std::string title_text;
  for (std::size_t i = *title; i < end; ++i) {
    title_text += (title_text.empty() ? "" : ", ") + pieces[i].text;
  }
  entry.title = title_text;
  if (placed) {
    entry.company = std::move(placed->first);
    entry.location = std::move(placed->second);
    entry.guesses.push_back(EmployerFromPlaceGuess());
    return true;
  }
  if (!others.empty()) {
    // The employer: the most organisation-like piece, joined with its segment neighbours.
    std::size_t best = others.front();
    for (std::size_t i : others) {
      if (std::make_pair(!pieces[i].legal_form, pieces[i].score) <
          std::make_pair(!pieces[best].legal_form, pieces[best].score)) {
        best = i;
      }
    }
    // "Whitman, Crane & Abernathy LLP", "Nowicki, Lis i Wspólnicy Sp.k.": a firm named for its
    // partners starts with the names before the one that carries its legal form.
    std::size_t first = best;
    while (first > 0 && pieces[best].score < 0 &&
           std::find(others.begin(), others.end(), first - 1) != others.end() &&
           pieces[first - 1].segment == pieces[best].segment && pieces[first - 1].score == 0 &&
           !pieces[first - 1].department && CountWords(pieces[first - 1].text) <= 2 &&
           StartsUpper(pieces[first - 1].text)) {
      --first;
    }
    std::string company = pieces[best].text;
    for (std::size_t i = best; i > first; --i) company.insert(0, pieces[i - 1].text + ", ");
    for (std::size_t i = best + 1; i < pieces.size(); ++i) {
      if (std::find(others.begin(), others.end(), i) == others.end() ||
          pieces[i].segment != pieces[best].segment || pieces[i].score > 0) {
        break;
      }
      if (pieces[i].department || pieces[i].score < 0) break;
      company += ", " + pieces[i].text;
    }
    entry.company = company;
    if (others.size() > 1 && pieces[best].score == 0) guessed = true;
  }
  if (guessed) {
    entry.guesses.push_back(
        {"company", "We guessed which part of the job's heading is the employer. Check it.", 0.5});
  }
  return true;
}

// Assigns title and company from a job's header fields.
void AssignTitleAndCompany(const std::vector<std::string>& fields, ExperienceEntry& entry) {
  if (fields.empty()) return;
  std::size_t title = 0;
  for (std::size_t i = 1; i < fields.size(); ++i) {
    if (TitleScore(fields[i]) > TitleScore(fields[title])) title = i;
  }
  if (fields.size() == 1 && TitleScore(fields[0]) < 0) {
    entry.company = fields[0];
    return;
  }
  entry.title = fields[title];
  std::optional<std::size_t> company;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i == title || AsciiLower(fields[i]) == AsciiLower(fields[title])) continue;
    if (!company || TitleScore(fields[i]) < TitleScore(fields[*company])) company = i;
  }
  if (company) entry.company = fields[*company];
}

// Legal forms that follow a company name after a comma ("Acme, Inc.", "Harper, Lowe & Co.").
constexpr std::array<std::string_view, 25> kLegalSuffixes = {
    "inc",  "llc", "ltd",     "llp", "lp",   "plc", "gmbh",     "ag",  "corp",
    "co",   "sa",  "s.a",     "bv",  "nv",   "ab",  "oy",       "spa", "srl",
    "sarl", "pty", "pty ltd", "pc",  "sp.k", "kg",  "sp. z o.o"};

bool IsLegalSuffix(std::string_view piece) {
  std::string lower = AsciiLower(Trim(piece));
  while (!lower.empty() && lower.back() == '.') lower.pop_back();
  return Contains(kLegalSuffixes, lower);
}

// Words that name a part of an organisation or a grade, which follow a title after a comma
// ("Staff Nurse, Cardiac Unit", "Physiotherapist, Band 6", "Teacher, Mathematics Department").
bool IsDepartment(std::string_view piece) {
  static constexpr std::array<std::string_view, 26> kWords = {
      "unit", "department", "dept", "ward", "team", "division", "band", "grade", "level",
      "accounts", "desk", "practice", "office", "floor", "wing", "programme",
      // A region a role covers: "Head of Sales, EMEA".
      "emea", "apac", "latam", "amer", "americas", "dach", "nordics", "benelux", "mena", "anz"};
  const std::vector<std::string> words = Words(piece);
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string bare = words[i];
    while (!bare.empty() && bare.back() == '.') bare.pop_back();
    if (!Contains(kWords, bare)) continue;
    // "Cook County Department of Family Services", "Texas Department of Transportation": a
    // place's department of a public service is an employer of its own.
    if (i > 0 && i + 1 < words.size() && words[i + 1] == "of") continue;
    // "Peak Office Solutions": a firm's word after it names the firm.
    if (std::any_of(words.begin() + static_cast<std::ptrdiff_t>(i) + 1, words.end(),
                    [](const std::string& later) { return Contains(kCompanyWords, later); })) {
      continue;
    }
    return true;
  }
  return false;
}

// A legal form joins the company before it: "Acme", "Inc." → "Acme, Inc.".
std::vector<std::string> MergeLegalForms(std::vector<std::string> pieces) {
  std::vector<std::string> out;
  // "Nowicki, Lis i Wspólnicy Sp.k.", "Harper, Lowe & Co.": a partnership named after its
  // partners, the first name alone before a comma, the rest joined by a conjunction and ending
  // in a legal form.
  // Not a function of the firm after a title ("Senior Associate, Audit, Grant & Whitfield LLP").
  static constexpr std::array<std::string_view, 18> kFunctions = {
      "audit",      "tax",        "advisory", "assurance",  "litigation",  "sales",
      "marketing",  "finance",    "legal",    "operations", "engineering", "research",
      "compliance", "consulting", "it",       "hr",         "procurement", "logistics"};
  auto partners = [](std::string_view first, std::string_view rest) {
    const std::vector<std::string> words = Words(rest);
    return CountWords(first) == 1 && !first.empty() && !Contains(kFunctions, AsciiLower(first)) &&
           std::isupper(static_cast<unsigned char>(first.front())) != 0 && TitleScore(first) <= 0 &&
           !LooksLikeLocation(first) && EndsWithLegalForm(rest) &&
           std::any_of(words.begin(), words.end(), [](const std::string& word) {
             return word == "&" || word == "and" || word == "i" || word == "y" || word == "und" ||
                    word == "et" || word == "e";
           });
  };
  for (std::string& piece : pieces) {
    if (!out.empty() && (IsLegalSuffix(piece) || partners(out.back(), piece))) {
      out.back() += ", " + piece;
    } else {
      out.push_back(std::move(piece));
    }
  }
  return out;
}

// Commas split a header into pieces; parentheses stay whole, and a legal form stays with its
// company when asked ("Trainee (Part-time), Acme, Inc." → "Trainee (Part-time)", "Acme, Inc.").
std::vector<std::string> CommaPieces(std::string_view text, bool keep_legal_forms) {
  std::vector<std::string> pieces;
  std::string current;
  int depth = 0;
  auto flush = [&] {
    std::string piece(Trim(current));
    current.clear();
    if (!piece.empty()) pieces.push_back(std::move(piece));
  };
  for (char c : text) {
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) --depth;
    if (c == ',' && depth == 0) {
      flush();
      continue;
    }
    current += c;
  }
  flush();
  return keep_legal_forms ? MergeLegalForms(std::move(pieces)) : pieces;
}

// "A.B.", "B.B.A.", "M.P.H.", "Ph.D.", "M.Ed.", "A.A.S.": a degree's letters with their dots.
// Degrees start with the letter of their rank (associate, bachelor, master, doctor, juris,
// legum, pharmacy, education).
bool IsDottedDegree(std::string_view token) {
  if (token.size() < 3 || std::string_view("ABMDJLPE").find(token[0]) == std::string_view::npos) {
    return false;
  }
  int groups = 0;
  std::size_t i = 0;
  while (i < token.size()) {
    if (token[i] < 'A' || token[i] > 'Z') return false;
    std::size_t j = i + 1;
    while (j < token.size() && IsLower(token[j]) && j - i <= 3) ++j;
    if (j < token.size() && token[j] != '.') return false;
    ++groups;
    i = j + 1;
  }
  return groups >= 2 && groups <= 4 && token.find('.') < token.size() - 1;
}

bool IsDegree(std::string_view text) {
  const std::vector<std::string> words = Words(text);
  if (words.empty()) return false;
  static constexpr std::array<std::string_view, 9> kShort = {"bs", "ba",  "ms",  "ma", "be",
                                                             "me", "bsc", "msc", "mba"};
  if (Contains(kShort, words[0])) return true;
  if (IsDottedDegree(Trim(text).substr(0, Trim(text).find_first_of(" ,\t")))) return true;
  for (const std::string& word : words) {
    if (Contains(kDegreeWords, word) && !Contains(kShort, word)) return true;
    if (word.starts_with("bachelor") || word.starts_with("master")) return true;
  }
  const std::string lower = AsciiLower(text);
  return lower.starts_with("associate of") || lower.starts_with("associate degree") ||
         lower.find("high school diploma") != std::string::npos;
}

bool IsSchool(std::string_view text) {
  for (const std::string& word : Words(text)) {
    // "École", "Högskolan": marks folded; "Goethe-Gymnasium": the last part of a compound.
    const std::string folded(Trim(FoldedWords(word)));
    const std::size_t space = folded.rfind(' ');
    const std::string last = space == std::string::npos ? folded : folded.substr(space + 1);
    static const std::vector<std::string> kFolded = [] {
      std::vector<std::string> out;
      out.reserve(kSchoolWords.size());
      for (std::string_view school : kSchoolWords) out.emplace_back(Trim(FoldedWords(school)));
      return out;
    }();
    for (std::size_t k = 0; k < kSchoolWords.size(); ++k) {
      const std::string_view school = kSchoolWords[k];
      const std::string& bare = kFolded[k];
      for (const std::string& form : {word, folded, last}) {
        if (form == school || form == bare ||
            (form.size() > bare.size() && form.starts_with(bare) && bare.size() >= 7)) {
          return true;
        }
      }
    }
  }
  const std::string lower = AsciiLower(text);
  return lower.find("university") != std::string::npos;
}

// "LLB (Hons) Law, King's College London", "Master MEEF, English, Université Paris-Est": a
// degree and its school in one comma-separated field, in either order, become two fields;
// "University of California, Berkeley" and "B.A., English" stay whole.
std::vector<std::string> SplitDegreeFromSchool(std::vector<std::string> fields) {
  std::vector<std::string> out;
  auto join = [](const std::vector<std::string>& pieces, std::size_t from, std::size_t to) {
    std::string text;
    for (std::size_t i = from; i < to; ++i) text += (text.empty() ? "" : ", ") + pieces[i];
    return text;
  };
  for (std::string& field : fields) {
    const std::vector<std::string> pieces = CommaPieces(field, /*keep_legal_forms=*/true);
    std::optional<std::size_t> school;
    for (std::size_t i = 0; i < pieces.size() && !school; ++i) {
      if (IsSchool(pieces[i]) && !IsDegree(pieces[i])) school = i;
    }
    if (pieces.size() < 2 || !school) {
      out.push_back(std::move(field));
      continue;
    }
    // The school runs on ("…, Berkeley", "…, Daniels College of Business") up to a degree.
    std::size_t school_end = *school + 1;
    while (school_end < pieces.size() && !IsDegree(pieces[school_end])) ++school_end;
    const std::string before = join(pieces, 0, *school);
    const std::string after = join(pieces, school_end, pieces.size());
    if (before.empty() && after.empty()) {
      out.push_back(std::move(field));
      continue;
    }
    if (!before.empty()) out.push_back(before);
    out.push_back(join(pieces, *school, school_end));
    if (!after.empty()) out.push_back(after);
  }
  return out;
}

}  // namespace

bool LooksLikeLocation(std::string_view text) {
  std::string lower = AsciiLower(Trim(text));
  if (lower.starts_with("location:") || lower.starts_with("location ")) return true;
  while (!lower.empty() && (lower.back() == '.' || lower.back() == ')')) lower.pop_back();
  if (lower == "remote" || lower.starts_with("remote ") || lower.starts_with("remote,") ||
      lower == "hybrid" || lower == "on-site" || lower == "onsite") {
    return true;
  }
  const std::vector<std::string> pieces = SplitTrimmed(text, ",");
  if (pieces.size() < 2 || pieces.size() > 3) {
    return pieces.size() == 1 && IsStateOrCountry(pieces[0]) && CountWords(pieces[0]) <= 3;
  }
  for (const std::string& piece : pieces) {
    if (CountWords(piece) > 3 || !StartsUpper(piece)) return false;
    // "Henderson, NV": a state's code that is also a legal form ("NV", "AB") ends a place.
    if (&piece == &pieces.back() && IsStateOrCountry(piece)) continue;
    if (TitleScore(piece) != 0 || IsSchool(piece)) return false;
  }
  // "Pune, Maharashtra, India" but not "UC Berkeley, Berkeley, CA" (a school before a place).
  if (pieces.size() == 3 && !IsStateOrCountry(pieces[1]) &&
      !Contains(kCountries, AsciiLower(pieces[2]))) {
    return false;
  }
  return IsStateOrCountry(pieces.back());
}

int TitleScore(std::string_view text) {
  int score = 0;
  bool title = false;
  bool weak_title = false;  // only an occupation that opens a name ("Baker McKenzie")
  bool company = false;
  const std::vector<std::string> words = Words(text);
  auto is_title = [](const std::string& word) {
    std::string bare = word;
    while (!bare.empty() && bare.back() == '.') bare.pop_back();
    return Contains(kTitleWords, bare) || Contains(kTitleWords, word);
  };
  static constexpr std::array<std::string_view, 12> kLinks = {
      "of", "for", "to", "at", "in", "and", "&", "de", "-", "\u2013", "/", "|"};
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& word = words[i];
    std::string bare = word;
    while (!bare.empty() && bare.back() == '.') bare.pop_back();
    if (is_title(word)) {
      // A job's title ends in its occupation or goes on with a link ("Head of", "Chef de");
      // an occupation followed by a name is a name's first word.
      const std::string* next = i + 1 < words.size() ? &words[i + 1] : nullptr;
      const bool opens_name = i == 0 && next != nullptr && next->size() >= 3 && !is_title(*next) &&
                              !Contains(kLinks, *next) &&
                              next->find_first_not_of("ivx") != std::string::npos &&
                              std::isalpha(static_cast<unsigned char>(next->front())) != 0;
      if (opens_name) {
        weak_title = true;
      } else {
        title = true;
      }
    }
    // "Pembury & Shah Solicitors", "Lindqvist Marsh Architects": a plural of a title names a
    // firm.
    if (bare.size() > 1 && bare.back() == 's' && !Contains(kTitleWords, bare) &&
        Contains(kTitleWords, std::string_view(bare).substr(0, bare.size() - 1))) {
      company = true;
    }
    if (Contains(kCompanyWords, bare) || word == "@") company = true;
  }
  if (text.find('@') != std::string_view::npos) company = true;
  if (title) {
    score += 3;
  } else if (weak_title) {
    score += 1;
  }
  if (company) score -= 2;
  return score;
}

namespace {

// Where a line's words end: before the dates that close it, and the white space before them.
std::size_t EndOfWords(std::string_view text, const std::vector<DateSpan>& dates) {
  std::size_t end = text.size();
  for (const DateSpan& span : dates) {
    if (Trim(text.substr(span.end_offset)).empty()) end = span.begin;
  }
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
  return end;
}

// Joins header lines that wrap: a line whose type changes along it (a title in bold, then an
// employer in italics) and whose last run goes on in the same type at the start of the next,
// same left edge, no bullet ("Head of Department, Mathematics, Oakfield" + "Academy,
// Manchester, UK."). The joined lines live in `storage`.
std::vector<const TextLine*> JoinWrappedHeaders(const std::vector<const TextLine*>& lines,
                                                std::vector<std::unique_ptr<TextLine>>& storage) {
  std::vector<const TextLine*> out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const TextLine* line = lines[i];
    while (i + 1 < lines.size()) {
      const TextLine& next = *lines[i + 1];
      // The type where the line's words end: before its dates when they close it.
      const std::vector<DateSpan> dates = FindDates(line->text);
      std::size_t end = EndOfWords(line->text, dates);
      // "… ⇥Expected Graduation: June 2016": a label of the dates goes with them.
      if (end > 0 && line->text[end - 1] == ':') {
        const std::size_t tab = line->text.rfind('\t', end);
        if (tab != std::string::npos) end = tab;
      }
      int end_style = 0;
      for (const auto& [offset, style] : line->style_runs) {
        if (offset < end) end_style = style;
      }
      // Where the wrapped words go on: under the line's left edge or, when the line opens with
      // its dates in a column of their own ("03/2017 - Present ⇥Title, Employer"), under the
      // text beside them.
      const bool dates_lead = !dates.empty() && dates.front().begin == 0 &&
                              dates.front().end_offset < line->text.size() &&
                              line->text.find('\t', dates.front().end_offset) ==
                                  line->text.find_first_not_of(' ', dates.front().end_offset);
      // "Milwaukee Area" + "Technical College (1991 to 1994)": the wrapped words may end in
      // the dates of a line that has none of its own.
      bool closing_dates = false;
      if (dates.empty()) {
        const std::vector<DateSpan> next_dates = FindDates(next.text);
        closing_dates = next_dates.size() == 1 &&
                        Trim(std::string_view(next.text).substr(next_dates[0].end_offset))
                                .find_first_not_of(")]") == std::string_view::npos &&
                        CountWords(next.text.substr(0, next_dates[0].begin)) <= 4 &&
                        std::abs(next.font_size - line->font_size) < 0.6 &&
                        !IsDegree(next.text.substr(0, next_dates[0].begin));
      }
      // "…, Croydon, UK." closes the header with a full stop: what follows is its text, not
      // the rest of its words ("Acme Corp." may still go on).
      const std::string_view words = Trim(std::string_view(line->text).substr(0, end));
      const std::size_t last_space = words.find_last_of(" \t");
      const std::string_view last_word =
          last_space == std::string_view::npos ? words : words.substr(last_space + 1);
      const bool closed = words.ends_with('.') && last_word.size() > 2 &&
                          !IsLegalSuffix(last_word) && last_word.find('.') == last_word.size() - 1;
      const bool aligned =
          std::abs(next.x - line->x) < 2.5 ||
          (dates_lead && next.x > line->x + 2.5 && next.x < line->x + 0.5 * line->width);
      const bool wraps =
          !line->is_bullet && !next.is_bullet && end_style != 0 && line->first_style != end_style &&
          end_style == next.first_style && aligned && next.gap_before < next.font_size &&
          CountWords(next.text) <= 10 && !Trim(next.text).empty() && !IsSentence(line->text) &&
          (FindDates(next.text).empty() || closing_dates) &&
          !LooksLikeLocation(line->text.substr(0, end)) && !closed;
      if (!wraps) break;
      // The wrapped words go before the dates that close the line: "Title, Oakfield ⇥dates" +
      // "Academy, City" reads "Title, Oakfield Academy, City ⇥dates".
      auto joined = std::make_unique<TextLine>(*line);
      const std::string head = line->text.substr(0, end);
      const std::string tail(Trim(std::string_view(line->text).substr(end)));
      // A place alone on the next line is a field of its own, whatever its type.
      joined->text = head;
      if (LooksLikeLocation(next.text)) {
        joined->text += "\t" + next.text;
      } else {
        AppendWrapped(joined->text, next.text);  // "Uni-" + "versity" is one word
      }
      const std::size_t tail_at = joined->text.size() + 1;
      if (!tail.empty()) joined->text += "\t" + tail;
      joined->style_runs.clear();
      int tail_style = 0;
      for (const auto& [offset, style] : line->style_runs) {
        if (offset < end) {
          joined->style_runs.emplace_back(offset, style);
        } else {
          tail_style = style;
          break;
        }
      }
      for (const auto& [offset, style] : next.style_runs) {
        joined->style_runs.emplace_back(offset + head.size() + 1, style);
      }
      if (!tail.empty() && tail_style != 0) joined->style_runs.emplace_back(tail_at, tail_style);
      if (tail.empty()) joined->last_style = next.last_style;
      line = joined.get();
      storage.push_back(std::move(joined));
      ++i;
    }
    out.push_back(line);
  }
  return out;
}

// Lines set in a narrow box that ran out of room: "MSc Logistics and Supply Chain" over
// "Management", "The University of Texas at" over "Austin". A line wrapped when the next line's
// first word would not have fitted after it within the widest line of its column, and the next
// line goes on in the same type, at the same indent, at the same spacing. A line that starts a
// degree or a school starts a field of its own unless the one above ends mid-phrase.
std::vector<const TextLine*> JoinBoxWraps(const std::vector<const TextLine*>& lines,
                                          std::vector<std::unique_ptr<TextLine>>& storage) {
  struct Box {
    double left = 1e9;
    double right = 0;
  };
  std::map<std::pair<int, int>, Box> boxes;  // {page, column} → the extent of its lines
  for (const TextLine* line : lines) {
    if (line->width <= 0) continue;
    Box& box = boxes[{line->page, line->column}];
    box.left = std::min(box.left, line->x);
    box.right = std::max(box.right, line->x + line->width);
  }
  std::vector<const TextLine*> out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const TextLine* line = lines[i];
    const TextLine* tail = line;  // the last line joined: where the text ran out of room
    while (i + 1 < lines.size()) {
      const TextLine& next = *lines[i + 1];
      const std::string_view text = Trim(line->text);
      const std::string_view tail_text = Trim(tail->text);
      const std::string_view next_text = Trim(next.text);
      if (tail->width <= 0 || next.width <= 0 || tail_text.empty() || next_text.empty() ||
          line->is_bullet || next.is_bullet || next.page != line->page ||
          next.column != line->column || std::abs(next.font_size - line->font_size) > 0.3 ||
          next.bold != line->bold || next.gap_before > 0.6 * std::max(next.font_size, 1.0) ||
          (tail->last_style != 0 && next.first_style != 0 &&
           tail->last_style != next.first_style) ||
          text.find('\t') != std::string_view::npos ||
          next_text.find('\t') != std::string_view::npos || !FindDates(text).empty() ||
          !FindDates(next_text).empty() || text.back() == '.') {
        break;
      }
      const std::size_t first_end = next_text.find(' ');
      const std::string_view first_word = next_text.substr(0, first_end);
      const double char_width =
          tail->width / static_cast<double>(std::max<std::size_t>(CodePointCount(tail_text), 1));
      const Box& box = boxes[{line->page, line->column}];
      const double word = char_width * static_cast<double>(1 + CodePointCount(first_word));
      const double slack = 0.5 * char_width;
      const double right = tail->x + tail->width;
      const double next_right = next.x + next.width;
      // Set flush left, flush right or centred: the first line of the next word had no room.
      bool no_room = false;
      if (std::abs(next.x - tail->x) < 2.5) {
        no_room = right + word > box.right - slack;
      } else if (std::abs(next_right - right) < 2.5) {
        no_room = tail->x - word < box.left + slack;
      } else if (std::abs((next.x + next_right) - (tail->x + right)) < 5) {
        no_room = tail->width + word > box.right - box.left - slack;
      }
      if (!no_room) break;
      const std::vector<std::string> words = Words(text);
      const bool dangling =
          !words.empty() && (words.back() == "in" || words.back() == "of" || words.back() == "at" ||
                             words.back() == "and" || words.back() == "&" || text.back() == ',');
      // "…, - Chaffey" over "College": a lone word is the end of a name, not a school.
      if (!dangling && !IsLower(next_text[0]) &&
          (IsDegree(next_text) || (IsSchool(next_text) && first_end != std::string_view::npos))) {
        break;
      }
      auto joined = std::make_unique<TextLine>(*line);
      joined->text = std::string(text);
      AppendWrapped(joined->text, next_text);  // "Uni-" + "versity" is one word
      joined->last_style = next.last_style;
      joined->style_runs.clear();
      joined->size_runs.clear();
      line = joined.get();
      tail = &next;
      storage.push_back(std::move(joined));
      ++i;
    }
    out.push_back(line);
  }
  return out;
}

// A line's last field that ran out of room and goes on alone on the next line, whatever else
// the line holds (a heading beside it, dates after it): "…, Daniels College" over "of
// Business", "Education ⇥University of Denver, Daniels College of" over "Business",
// "University of Nebraska–" over "Lincoln". The next line is a few words close below, in the
// same type, without dates, tabs or a bullet, and no sentence, and it opens with a word no field
// starts with or the field above ends mid-phrase. Only laid-out lines: a paragraph is whole.
std::vector<const TextLine*> JoinTrailingWraps(const std::vector<const TextLine*>& lines,
                                               std::vector<std::unique_ptr<TextLine>>& storage) {
  static constexpr std::array<std::string_view, 14> kJoining = {
      "of", "in", "at", "and", "for", "the", "on", "&", "de", "du", "des", "der", "und", "für"};
  std::vector<const TextLine*> out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const TextLine* line = lines[i];
    if (i + 1 < lines.size()) {
      const TextLine& next = *lines[i + 1];
      // Where the field ends: before dates that close the line.
      const std::size_t end = EndOfWords(line->text, FindDates(line->text));
      const std::size_t tab = line->text.rfind('\t', end == 0 ? 0 : end - 1);
      const std::size_t field_begin = tab == std::string::npos ? 0 : tab + 1;
      const std::string_view field =
          Trim(std::string_view(line->text).substr(field_begin, end - field_begin));
      const std::string_view next_text = Trim(next.text);
      const std::vector<std::string> field_words = Words(field);
      const std::size_t first_end = next_text.find(' ');
      const std::string_view first_word = next_text.substr(0, first_end);
      const bool dash_end =
          field.ends_with("\u2013") && field.size() > 3 && field[field.size() - 4] != ' ';
      const bool dangling = (!field_words.empty() && Contains(kJoining, field_words.back())) ||
                            field.ends_with(',') || dash_end;
      const bool continues = Contains(kJoining, first_word) && first_word != "&";
      // "Senior Physiotherapist, Musculoskeletal⇥dates" in bold over "Outpatients" in bold over
      // the employer in plain type: the bold title ran out of room before its dates.
      auto bold_all = [](const TextLine& text_line) {
        return text_line.first_style != 0 ? (text_line.first_style & kStyleBold) != 0 &&
                                                (text_line.last_style & kStyleBold) != 0
                                          : text_line.bold;
      };
      const bool bold_run_goes_on =
          end < line->text.size() && field_begin == 0 &&
          (line->first_style != 0 ? (line->first_style & kStyleBold) != 0 : line->bold) &&
          bold_all(next) && CountWords(next_text) <= 3 && TitleScore(next_text) >= 0 &&
          !LooksLikeLocation(next_text) && i + 2 < lines.size() && !bold_all(*lines[i + 2]) &&
          !lines[i + 2]->is_bullet && field.find(", ") != std::string_view::npos;
      const bool wraps =
          !field.empty() && !next_text.empty() && !line->is_bullet && !next.is_bullet &&
          line->width > 0 && next.width > 0 &&
          !(next_text.ends_with('.') && CountWords(next_text) >= 3) && next.page == line->page &&
          next.column == line->column && std::abs(next.font_size - line->font_size) <= 0.3 &&
          next.bold == line->bold && next.gap_before < 0.6 * std::max(next.font_size, 1.0) &&
          next.x > line->x - 2.5 && next_text.find('\t') == std::string_view::npos &&
          CountWords(next_text) <= 5 && FindDates(next_text).empty() && !field.ends_with('.') &&
          !IsSentence(field) && CountWords(field) >= 2 &&
          (dangling || continues || bold_run_goes_on);
      if (wraps) {
        auto joined = std::make_unique<TextLine>(*line);
        std::string head = line->text.substr(0, end);
        const std::size_t added = head.size();
        if (dash_end) {
          head += next_text;  // "Nebraska–" + "Lincoln": a name broken at its own dash
        } else {
          AppendWrapped(head, next_text);
        }
        joined->text = head + line->text.substr(end);
        const std::size_t grown = head.size() - added;
        for (auto& [offset, style] : joined->style_runs) {
          if (offset >= end) offset += grown;
        }
        for (auto& [offset, size] : joined->size_runs) {
          if (offset >= end) offset += grown;
        }
        if (end == line->text.size()) joined->last_style = next.last_style;
        line = joined.get();
        storage.push_back(std::move(joined));
        ++i;
      }
    }
    out.push_back(line);
  }
  return out;
}

// A range set in a column too narrow for it: "September 2000" at the end of a header and
// "to June 2002" at the end of the line under it ("April 2022" over "— Present"). The range
// goes back together on the first line; the second keeps its other words.
std::vector<const TextLine*> JoinSplitRanges(const std::vector<const TextLine*>& lines,
                                             std::vector<std::unique_ptr<TextLine>>& storage) {
  std::vector<const TextLine*> out(lines.begin(), lines.end());
  auto last_segment = [](const std::string& text) {
    const std::size_t tab = text.rfind('\t');
    return tab == std::string::npos ? std::size_t{0} : tab + 1;
  };
  for (std::size_t i = 0; i + 1 < out.size(); ++i) {
    const TextLine& line = *out[i];
    const TextLine& next = *out[i + 1];
    if (next.page != line.page || next.gap_before > std::max(line.font_size, 1.0)) continue;
    const std::size_t at = last_segment(line.text);
    const std::string start(Trim(std::string_view(line.text).substr(at)));
    const std::vector<DateSpan> start_dates = FindDates(start);
    if (start_dates.size() != 1 || start_dates[0].end || !OnlyDates(start)) continue;
    const std::size_t next_at = last_segment(next.text);
    const std::string rest(Trim(std::string_view(next.text).substr(next_at)));
    const bool connector =
        !rest.empty() && (std::isalnum(static_cast<unsigned char>(rest.front())) == 0 ||
                          rest.starts_with("to ") || rest.starts_with("until "));
    if (!connector) continue;
    std::string range = start;
    range.append(" ").append(rest);
    const std::vector<DateSpan> joined = FindDates(range);
    if (joined.size() != 1 || !joined[0].end || joined[0].begin != 0 ||
        joined[0].end_offset != range.size()) {
      continue;
    }
    auto head = std::make_unique<TextLine>(line);
    head->text = line.text.substr(0, at) + range;
    auto tail = std::make_unique<TextLine>(next);
    std::string kept = next_at == 0 ? std::string() : next.text.substr(0, next_at - 1);
    tail->text = std::string(Trim(kept));
    out[i] = head.get();
    storage.push_back(std::move(head));
    if (tail->text.empty()) {
      out.erase(out.begin() + static_cast<std::ptrdiff_t>(i) + 1);
    } else {
      out[i + 1] = tail.get();
      storage.push_back(std::move(tail));
    }
  }
  return out;
}

}  // namespace

std::vector<ExperienceEntry> ExtractExperience(const std::vector<const TextLine*>& source) {
  std::vector<std::unique_ptr<TextLine>> storage;
  // "5 years 5 months" alone under an employer over its roles: the time spent there, counted
  // for the reader, is no part of any job.
  std::vector<const TextLine*> kept;
  for (const TextLine* line : source) {
    const std::string_view text = Trim(line->text);
    if (!line->is_bullet && !text.empty() && DurationPrefix(text) == text.size()) continue;
    kept.push_back(line);
  }
  const std::vector<const TextLine*> lines = JoinTrailingWraps(
      JoinWrappedHeaders(JoinBoxWraps(JoinSplitRanges(kept, storage), storage), storage), storage);
  const int count = static_cast<int>(lines.size());
  std::vector<LineInfo> infos;
  infos.reserve(lines.size());
  for (const TextLine* line : lines) infos.push_back(Analyze(*line));
  std::vector<int> anchors;
  for (int i = 0; i < count; ++i) {
    if (infos[static_cast<std::size_t>(i)].date) anchors.push_back(i);
  }
  auto info = [&](int i) -> const LineInfo& { return infos[static_cast<std::size_t>(i)]; };
  auto fields_of = [&](int i) {
    return PeelLocations(SplitParts(info(i).rest, true), true).fields.size();
  };
  std::vector<int> owner(lines.size(), -1);
  struct Block {
    int first;
    int last;
    int anchor;
  };
  std::vector<Block> blocks;
  for (std::size_t k = 0; k < anchors.size(); ++k) {
    const int anchor = anchors[k];
    const int next_anchor = k + 1 < anchors.size() ? anchors[k + 1] : count;
    auto usable = [&](int i) {
      if (!(i >= 0 && i < count && owner[static_cast<std::size_t>(i)] == -1 && !info(i).date &&
            info(i).header_like && i < next_anchor)) {
        return false;
      }
      if (i >= anchor) return true;
      // A line above the header that keeps close to the lines above it, with a wider space
      // below, ends what came before ("…to Epic" over "ASAP in 2010."), not this job.
      const TextLine& line = *lines[static_cast<std::size_t>(i)];
      const TextLine& below = *lines[static_cast<std::size_t>(i) + 1];
      return !(below.gap_before > 0.6 * below.font_size &&
               below.gap_before > 2 * std::max(line.gap_before, 1.0));
    };
    int first = anchor;
    int last = anchor;
    std::size_t have = fields_of(anchor);
    // The line above names the employer of a title with its department on the anchor's line.
    auto employer_above = [&] {
      if (!usable(anchor - 1) || lines[static_cast<std::size_t>(anchor) - 1]->is_bullet) {
        return false;
      }
      // "Elbe Container Lines AG — Hamburg" in bold over "Logistics Planner, Ocean Freight
      // ⇥dates": set more prominently.
      const bool set_above =
          fields_of(anchor - 1) >= 1 &&
          Prominence(*lines[static_cast<std::size_t>(anchor) - 1]) >
              Prominence(*lines[static_cast<std::size_t>(anchor)]) &&
          !(usable(anchor + 1) && Prominence(*lines[static_cast<std::size_t>(anchor) + 1]) >=
                                      Prominence(*lines[static_cast<std::size_t>(anchor) - 1]));
      // "Vistula Business Services Sp. z o.o." over "Senior Accountant, General Ledger ⇥dates":
      // named outright.
      const bool named_above =
          fields_of(anchor - 1) == 1 &&
          Trim(info(anchor).rest).find('\t') == Trim(info(anchor).rest).rfind('\t') &&
          NamesEmployer(info(anchor - 1).rest) && TitleScore(info(anchor).rest) > 0 &&
          !(usable(anchor + 1) && !lines[static_cast<std::size_t>(anchor) + 1]->is_bullet);
      return set_above || named_above;
    };
    if (have == 1) {
      const bool back = usable(anchor - 1);
      const bool forward = usable(anchor + 1);
      // The neighbour that completes the anchor's field: a title beside a company, and back.
      const int anchor_score = TitleScore(info(anchor).rest);
      auto completes = [&](int i) {
        const int score = TitleScore(info(i).rest);
        return anchor_score * score < 0 || (anchor_score == 0 && score != 0);
      };
      bool prefer_back = back && !forward;
      if (back && forward) {
        if (completes(anchor - 1) != completes(anchor + 1)) {
          prefer_back = completes(anchor - 1);
        } else {
          prefer_back = Prominence(*lines[static_cast<std::size_t>(anchor - 1)]) >
                        Prominence(*lines[static_cast<std::size_t>(anchor) + 1]);
        }
      }
      if (prefer_back) {
        first = anchor - 1;
      } else if (forward) {
        last = anchor + 1;
      }
    } else if (have == 2 && employer_above()) {
      first = anchor - 1;
    } else if (have == 2 && Trim(info(anchor).rest).find('\t') == std::string_view::npos &&
               usable(anchor + 1) && fields_of(anchor + 1) >= 1 &&
               !lines[static_cast<std::size_t>(anchor) + 1]->is_bullet) {
      // "Trainee, Online Marketing" over "Spreewerk Digital, Berlin": a title with its
      // department, and the employer on the next line.
      last = anchor + 1;
    } else if (have == 0) {
      // A line that holds only a place ("Edinburgh, UK") takes no field's room: "Employer" /
      // "Title" / "City" / dates.
      int places = 0;
      while (have < 2 && anchor - first < 2 + places && places <= 1 && usable(first - 1)) {
        --first;
        const std::size_t fields = fields_of(first);
        if (fields == 0 && LooksLikeLocation(Trim(info(first).rest))) ++places;
        have += fields;
      }
      while (have < 2 && last - anchor < 2 && usable(last + 1)) {
        ++last;
        have += fields_of(last);
      }
      // "Summitline Software, Inc." over "Regional Vice President, Sales" over the dates: an
      // employer named outright above a title with its department, each on a line of its own.
      if (have == 2 && first == anchor - 1 && fields_of(first) == 2 && usable(first - 1) &&
          !lines[static_cast<std::size_t>(first) - 1]->is_bullet && fields_of(first - 1) == 1 &&
          Trim(info(first).rest).find('\t') == std::string_view::npos &&
          NamesEmployer(info(first - 1).rest) && !LooksLikeLocation(Trim(info(first - 1).rest)) &&
          TitleScore(info(first).rest) > 0 &&
          Prominence(*lines[static_cast<std::size_t>(first) - 1]) >=
              Prominence(*lines[static_cast<std::size_t>(first)])) {
        --first;
      }
    }
    for (int i = first; i <= last; ++i) owner[static_cast<std::size_t>(i)] = static_cast<int>(k);
    blocks.push_back({first, last, anchor});
  }
  // A layout sets its jobs alike: when most dated blocks take the same lines around their dates
  // ("Employer, City" / "Title, Specialty" / dates), a block that stopped short takes the lines
  // it left, when they look like the majority's lines in the same places.
  if (blocks.size() >= 3) {
    std::map<std::pair<int, int>, int> shapes;  // {lines before the dates, lines after} → blocks
    for (const Block& block : blocks)
      ++shapes[{block.anchor - block.first, block.last - block.anchor}];
    const auto majority =
        std::max_element(shapes.begin(), shapes.end(),
                         [](const auto& a, const auto& b) { return a.second < b.second; });
    const int before = majority->first.first;
    const int after = majority->first.second;
    if (2 * majority->second > static_cast<int>(blocks.size())) {
      const auto model = std::find_if(blocks.begin(), blocks.end(), [&](const Block& block) {
        return block.anchor - block.first == before && block.last - block.anchor == after;
      });
      auto look = [&](int i) {
        const TextLine& line = *lines[static_cast<std::size_t>(i)];
        return std::make_tuple(std::lround(line.font_size * 2), line.bold, line.first_style);
      };
      for (std::size_t k = 0; k < blocks.size(); ++k) {
        Block& block = blocks[k];
        const int next_anchor = k + 1 < blocks.size() ? blocks[k + 1].anchor : count;
        auto fits = [&](int i, int offset) {
          return i >= 0 && i < count && owner[static_cast<std::size_t>(i)] == -1 && !info(i).date &&
                 info(i).header_like && i < next_anchor &&
                 !lines[static_cast<std::size_t>(i)]->is_bullet &&
                 look(i) == look(model->anchor + offset);
        };
        int first = block.first;
        while (block.anchor - first < before && fits(first - 1, first - 1 - block.anchor)) --first;
        int last = block.last;
        while (last - block.anchor < after && fits(last + 1, last + 1 - block.anchor)) ++last;
        if (block.anchor - first != before || last - block.anchor != after) continue;
        for (int i = first; i <= last; ++i)
          owner[static_cast<std::size_t>(i)] = static_cast<int>(k);
        block.first = first;
        block.last = last;
      }
    }
  }
  // Entries without dates: header lines styled like the dated entries' first lines.
  if (!blocks.empty()) {
    std::map<int, int> styles;
    for (const Block& block : blocks)
      ++styles[Prominence(*lines[static_cast<std::size_t>(block.first)])];
    const int title_style =
        std::max_element(styles.begin(), styles.end(), [](const auto& a, const auto& b) {
          return a.second < b.second;
        })->first;
    std::map<int, int> all_styles;
    for (const TextLine* line : lines) ++all_styles[Prominence(*line)];
    const int body_style =
        std::max_element(all_styles.begin(), all_styles.end(), [](const auto& a, const auto& b) {
          return a.second < b.second;
        })->first;
    if (title_style > body_style) {
      for (int i = 0; i < count; ++i) {
        // A place alone under a header ("London, UK") is the job's place, no job of its own.
        if (owner[static_cast<std::size_t>(i)] != -1 || !info(i).header_like ||
            lines[static_cast<std::size_t>(i)]->is_bullet ||
            Prominence(*lines[static_cast<std::size_t>(i)]) != title_style ||
            LooksLikeLocation(lines[static_cast<std::size_t>(i)]->text)) {
          continue;
        }
        owner[static_cast<std::size_t>(i)] = static_cast<int>(blocks.size());
        blocks.push_back({i, i, -1});
      }
      std::sort(blocks.begin(), blocks.end(),
                [](const Block& a, const Block& b) { return a.first < b.first; });
    }
  }
  // Paragraphs without bullet marks, spaced apart: the space above a line that follows a
  // finished sentence. A line much closer than that to an unfinished one goes on its paragraph.
  std::vector<double> paragraph_gaps;
  for (int i = 1; i < count; ++i) {
    const TextLine& line = *lines[static_cast<std::size_t>(i)];
    const std::string_view above = Trim(lines[static_cast<std::size_t>(i) - 1]->text);
    if (owner[static_cast<std::size_t>(i)] == -1 && owner[static_cast<std::size_t>(i) - 1] == -1 &&
        !line.is_bullet && above.ends_with('.')) {
      paragraph_gaps.push_back(line.gap_before);
    }
  }
  std::sort(paragraph_gaps.begin(), paragraph_gaps.end());
  const double paragraph_gap =
      paragraph_gaps.size() >= 3 ? paragraph_gaps[paragraph_gaps.size() / 2] : 0;
  auto wrapped_sentence = [&](int i) {
    const TextLine& line = *lines[static_cast<std::size_t>(i)];
    const TextLine& above = *lines[static_cast<std::size_t>(i) - 1];
    const std::string_view text = Trim(above.text);
    // Under the line above, or left of it by a first line's indent ("    Advised SMEs on … and"
    // over "TUPE transfers.").
    const bool under = std::abs(line.x - above.x) < 2.5 ||
                       (line.x < above.x && above.x - line.x < 2.5 * std::max(line.font_size, 1.0));
    // A clause closed by a semicolon goes on when the next line does not open a sentence
    // ("…in four years;" over "118% of plan in 2023").
    const std::string_view next_text = Trim(line.text);
    const bool clause_goes_on = (text.ends_with(';') || text.ends_with(':')) &&
                                !next_text.empty() && !StartsUpper(next_text);
    return paragraph_gap > 2 && line.gap_before < 0.65 * paragraph_gap && !text.empty() &&
           (std::string_view(".!?;:").find(text.back()) == std::string_view::npos ||
            clause_goes_on) &&
           under && std::abs(line.font_size - above.font_size) < 0.6;
  };
  // "• Run my own electrical business, about" over "180 jobs a year.": a typed bullet's
  // sentence wraps under its mark, not under its text, close below and in the same type.
  // The same under a line that went on a bullet: "robots, written in C++20 on ROS" over "2.".
  auto wrapped_item = [&](int i, bool above_in_item) {
    const TextLine& line = *lines[static_cast<std::size_t>(i)];
    const TextLine& above = *lines[static_cast<std::size_t>(i) - 1];
    const std::string_view text = Trim(above.text);
    const bool under = above.is_bullet ? line.x < above.x + 2.5 &&
                                             line.x > above.x - 1.5 * std::max(line.font_size, 1.0)
                                       : std::abs(line.x - above.x) < 2.5;
    return above_in_item && under && !text.empty() && line.text.find('\t') == std::string::npos &&
           std::string_view(".!?;:").find(text.back()) == std::string_view::npos &&
           line.gap_before < 0.6 * std::max(line.font_size, 1.0) &&
           std::abs(line.font_size - above.font_size) < 0.6;
  };
  std::vector<ExperienceEntry> entries;
  bool employer_over_roles = false;  // the last job's employer had a line of its own above it
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    const Block& block = blocks[k];
    ExperienceEntry entry;
    std::vector<std::string> raw;
    for (int i = block.first; i <= block.last; ++i) {
      for (std::string& part : SplitParts(info(i).rest, true)) raw.push_back(std::move(part));
    }
    if (!ReadJobHeader(raw, entry)) {
      Parts parts = PeelLocations(raw, true);
      AssignTitleAndCompany(parts.fields, entry);
      entry.location = parts.location;
    }
    // "Wawel Technologies S.A., Kraków": a short part after the company's legal form is its
    // town.
    if (const std::size_t comma = entry.company.rfind(", "); comma != std::string::npos) {
      const std::string town = entry.company.substr(comma + 2);
      const std::vector<std::string> before = Words(entry.company.substr(0, comma));
      const std::vector<std::string> town_words = Words(town);
      if (!before.empty() && IsLegalSuffix(before.back()) && !town_words.empty() &&
          town_words.size() <= 2 && StartsUpper(town) && !IsLegalSuffix(town) &&
          std::none_of(town_words.begin(), town_words.end(),
                       [](const std::string& word) { return Contains(kCompanyWords, word); })) {
        entry.location = entry.location.empty() ? town : town + ", " + entry.location;
        entry.company = entry.company.substr(0, comma);
      }
    }
    if (block.anchor >= 0) {
      const DateSpan& date = *info(block.anchor).date;
      entry.start = date.start;
      entry.end = date.end;
    }
    const int end = k + 1 < blocks.size() ? blocks[k + 1].first : count;
    bool in_item = false;  // the line above went on a bullet
    for (int i = block.last + 1; i < end; ++i) {
      if (owner[static_cast<std::size_t>(i)] != -1) continue;
      const TextLine& line = *lines[static_cast<std::size_t>(i)];
      // "Paris, France" on a line of its own under the header: the job's place.
      if (i == block.last + 1 && !line.is_bullet && LooksLikeLocation(line.text)) {
        if (entry.location.empty()) entry.location = std::string(Trim(line.text));
        continue;
      }
      // "…⇥Thamesbank NHS" over "Foundation Trust,⇥London, UK": the header ran out of width in
      // the employer's name, its last field; the words before the place finish the name.
      if (i == block.last + 1 && !line.is_bullet && entry.location.empty()) {
        const std::string header(
            Trim(ReplaceAll(lines[static_cast<std::size_t>(block.last)]->text, "\t", " ")));
        std::string& field = entry.company;
        const std::string text(Trim(ReplaceAll(line.text, "\t", " ")));
        const std::size_t comma = text.find(", ");
        if (!field.empty() && header.ends_with(field) && comma != std::string::npos &&
            !header.empty() && std::isalnum(static_cast<unsigned char>(header.back())) != 0 &&
            FindDates(text).empty()) {
          const std::string head = text.substr(0, comma);
          std::string place = text.substr(comma + 2);
          while (place.ends_with(".")) place.pop_back();
          if (CountWords(head) <= 3 && StartsUpper(head) && LooksLikeLocation(place)) {
            AppendWrapped(field, head);
            entry.location = place;
            continue;
          }
        }
      }
      if (IsEntryPartLabel(line.text)) {
        in_item = false;
        continue;
      }
      std::string text = ReplaceAll(line.text, "\t", " ");
      if (!line.is_bullet && !entry.bullets.empty() && !text.empty() &&
          (IsLower(text[0]) ||
           (i > block.last + 1 && (wrapped_sentence(i) || wrapped_item(i, in_item))))) {
        AppendWrapped(entry.bullets.back(), text);
      } else {
        in_item = line.is_bullet;
        entry.bullets.push_back(std::move(text));
      }
    }
    // "Maison Célestine, Paris, France" read whole as a place, and no employer anywhere else:
    // a place is never a city beside a city, so its first part is the employer.
    if (entry.company.empty() && !entry.title.empty()) {
      if (auto placed = EmployerInPlace(entry.location)) {
        entry.company = std::move(placed->first);
        entry.location = std::move(placed->second);
        entry.guesses.push_back(EmployerFromPlaceGuess());
      }
    }
    // "Pennine Building Services Ltd." over "Electrician ⇥dates" and then "Apprentice
    // Electrician ⇥dates": roles held one after another under an employer named once on a
    // line of its own above the first of them.
    const bool own_line = block.first != block.anchor && !entry.company.empty() &&
                          Trim(info(block.first).rest) == entry.company;
    if (entry.company.empty() && !entry.title.empty() && entry.start && !entries.empty() &&
        employer_over_roles) {
      entry.company = entries.back().company;
      entry.guesses.push_back(
          {"company", "We took the employer named above the previous role for this one. Check it.",
           0.7});
    } else {
      employer_over_roles = own_line;
    }
    entry.confidence =
        Confidence(!entry.title.empty(), !entry.company.empty(), entry.start.has_value());
    entries.push_back(std::move(entry));
  }
  return entries;
}

std::vector<EducationEntry> ExtractEducation(const std::vector<const TextLine*>& source) {
  std::vector<std::unique_ptr<TextLine>> storage;
  const std::vector<const TextLine*> lines = JoinTrailingWraps(
      JoinWrappedHeaders(JoinBoxWraps(JoinSplitRanges(source, storage), storage), storage),
      storage);
  std::vector<EducationEntry> entries;
  EducationEntry current;
  bool degree_open = false;  // the degree ended mid-phrase ("Bachelor of Science in")
  int degree_line = -100;
  std::string pending_school;  // a keyword-less name that may be the next degree's school
  auto push = [&] {
    // "Glasgow Caledonian University, Glasgow", "Kühne Logistics University, Hamburg": a short
    // part after a school whose name ends with its kind, or names that part itself, is the
    // school's place ("University of California, Berkeley" keeps its campus).
    for (std::vector<std::string> parts = SplitTrimmed(current.school, ",");
         parts.size() >= 2 && current.school.find('(') == std::string::npos;) {
      const std::string& last = parts.back();
      std::string rest = parts.front();
      for (std::size_t k = 1; k + 1 < parts.size(); ++k) rest += ", " + parts[k];
      const std::vector<std::string> rest_words = Words(rest);
      const std::vector<std::string> last_words = Words(last);
      const bool named_in =
          !last_words.empty() &&
          std::find(rest_words.begin(), rest_words.end(), last_words.front()) != rest_words.end();
      const bool ends_with_kind = !rest_words.empty() && IsSchool(rest_words.back());
      if (last_words.empty() || last_words.size() > 3 || IsSchool(last) || !StartsUpper(last) ||
          IsDegree(last) || !(named_in || ends_with_kind)) {
        break;
      }
      current.location = current.location.empty() ? last : last + ", " + current.location;
      current.school = rest;
      parts.pop_back();
    }
    if (!current.degree.empty() || !current.school.empty()) {
      current.confidence = Confidence(!current.degree.empty(), !current.school.empty(),
                                      current.end || current.start);
      entries.push_back(std::move(current));
    }
    current = EducationEntry{};
    degree_open = false;
  };
  for (std::size_t index = 0; index < lines.size(); ++index) {
    const TextLine& line = *lines[index];
    LineInfo info = Analyze(line);
    TextLine unmarked;  // the bullet's line read as an entry's line
    // A bullet is a detail of the entry above ("• Dean's List"), unless it holds an entry of
    // its own: a degree with its school or its dates ("• BSc Nursing — University of Leeds,
    // 2015").
    if (line.is_bullet && !info.segmented) {
      const std::vector<std::string> fields =
          SplitDegreeFromSchool(PeelLocations(SplitParts(info.rest, false), false).fields);
      const bool degree = std::any_of(fields.begin(), fields.end(),
                                      [](const std::string& field) { return IsDegree(field); });
      const bool school = std::any_of(fields.begin(), fields.end(), [](const std::string& field) {
        return IsSchool(field) && !IsDegree(field);
      });
      unmarked = line;
      unmarked.is_bullet = false;
      const LineInfo entry_info = Analyze(unmarked);
      if (!degree || !(school || entry_info.date)) continue;
      info = entry_info;
    }
    const int line_number = static_cast<int>(index);
    // "GPA: 3.6", "Honors: University Scholar", "Expected Graduation: May 2018": details of
    // the entry (only their dates count), unless the label itself is the degree.
    const std::size_t colon = line.text.find(':');
    const bool labelled = colon != std::string::npos &&
                          CountWords(line.text.substr(0, colon)) <= 3 &&
                          !IsDegree(line.text.substr(0, colon));
    // Prose is no entry line; a line of fields ("Degree | School | City, ST") may run long.
    std::size_t longest_part = 0;
    for (const std::string& part : SplitParts(info.rest, false)) {
      longest_part = std::max(longest_part, CountWords(part));
    }
    if (labelled || longest_part > 14 || CountWords(info.rest) > 30) {
      if (labelled && info.date) {
        if (info.date->end) {
          current.start = info.date->start;
          current.end = info.date->end;
        } else if (!current.end) {
          current.end = info.date->start;
        }
      }
      pending_school.clear();
      continue;
    }
    // "Queen Mary University of London, London, UK (MSc Sports Medicine)": the degree in
    // brackets after its school and place goes first, as its own field; a school in brackets
    // after its degree is a field of its own.
    std::string rest = info.rest;
    if (const std::string_view trimmed = Trim(rest); trimmed.ends_with(")")) {
      int depth = 0;
      std::size_t open = std::string_view::npos;
      for (std::size_t at = trimmed.size(); at-- > 0;) {
        depth += trimmed[at] == ')' ? 1 : trimmed[at] == '(' ? -1 : 0;
        if (depth == 0) {
          open = at;
          break;
        }
      }
      if (open != std::string_view::npos && open > 0) {
        const std::string inside(Trim(trimmed.substr(open + 1, trimmed.size() - open - 2)));
        const std::string before(Trim(trimmed.substr(0, open)));
        const std::string lower = AsciiLower(inside);
        const bool qualification = IsDegree(inside) || lower.find("course") != std::string::npos ||
                                   lower.find("qualification") != std::string::npos;
        if (qualification && IsSchool(before) && !IsDegree(before)) {
          rest = inside;
          rest += '\t';
          rest += before;
        } else if (IsDegree(before) && IsSchool(inside) && !IsDegree(inside)) {
          // "PhD in Statistics (University of Leeds, Leeds, UK)": the school and its place in
          // brackets after the degree.
          rest = before;
          rest += '\t';
          rest += inside;
        }
      }
    }
    Parts parts = PeelLocations(SplitParts(rest, false), false);
    // "MSc Sports Medicine at Queen Mary University of London", "Master MEEF, English at …".
    for (std::size_t f = 0; f < parts.fields.size(); ++f) {
      const std::size_t at = parts.fields[f].rfind(" at ");
      if (at == std::string::npos) continue;
      std::string left = parts.fields[f].substr(0, at);
      std::string right = parts.fields[f].substr(at + 4);
      if (!IsSchool(right) || IsSchool(left)) continue;
      parts.fields[f] = std::move(left);
      parts.fields.insert(parts.fields.begin() + static_cast<std::ptrdiff_t>(f) + 1,
                          std::move(right));
      ++f;
    }
    parts.fields = SplitDegreeFromSchool(std::move(parts.fields));
    std::vector<std::string> unclassified;
    for (std::string& field : parts.fields) {
      field = StripGpa(field);
      if (field.empty()) continue;
      // "Doctor of Pharmacy" over "(PharmD)": the abbreviation wrapped to the next line.
      const bool bracket_after = !current.degree.empty() && line_number == degree_line + 1 &&
                                 field.starts_with("(") && field.ends_with(")") &&
                                 CountWords(field) <= 3;
      // A name in capitals alone ("INSEAD", "UCLA") is the school, not the degree's subject.
      const bool capitals_name =
          field.size() >= 3 && std::all_of(field.begin(), field.end(), [](char c) {
            return (c >= 'A' && c <= 'Z') || c == '&';
          });
      if ((degree_open && line_number == degree_line + 1 && !IsSchool(field) && !capitals_name &&
           current.school.empty() && !(IsDegree(field) && StartsUpper(field))) ||
          bracket_after) {
        current.degree += " " + field;
        degree_open = false;
        continue;
      }
      if (IsDegree(field)) {
        if (!current.degree.empty()) push();
        current.degree = field;
        // "UC Berkeley | 2019" on the line above the degree.
        if (current.school.empty() && !pending_school.empty()) current.school = pending_school;
        degree_line = line_number;
        const std::vector<std::string> words = Words(field);
        degree_open = words.size() == 1 || words.back() == "in" || words.back() == "of";
        continue;
      }
      if (IsSchool(field)) {
        if (!current.school.empty()) push();
        current.school = field;
        continue;
      }
      unclassified.push_back(field);
    }
    // "M.S. Data Science | Columbia University": a school without a keyword sits beside the
    // degree ("B.S. Mathematics | NYU", "B.S. in Business — UC Berkeley").
    if (!unclassified.empty() && current.school.empty() && !current.degree.empty() &&
        (line_number == degree_line || line_number == degree_line + 1) && info.header_like &&
        CountWords(unclassified.front()) <= 6 && StartsUpper(unclassified.front())) {
      current.school = unclassified.front();
      unclassified.erase(unclassified.begin());  // no school for the next degree as well
    }
    // "Legal Practice Course (LPC), The University of Law": beside a school found on this line,
    // a name without a degree word is the qualification.
    if (unclassified.size() == 1 && current.degree.empty() && !current.school.empty() &&
        parts.fields.size() == 2 && info.header_like && StartsUpper(unclassified.front()) &&
        CountWords(unclassified.front()) <= 8) {
      current.degree = unclassified.front();
      unclassified.clear();
    }
    pending_school.clear();
    if (parts.fields.size() == 1 && unclassified.size() == 1 && info.header_like &&
        CountWords(unclassified.front()) <= 6 && StartsUpper(unclassified.front())) {
      pending_school = unclassified.front();
    }
    // "MBA" over "INSEAD, Fontainebleau, France": under a degree without its school, a line
    // read whole as a place of three parts names the school first.
    if (parts.fields.empty() && line_number == degree_line + 1 && !current.degree.empty() &&
        current.school.empty() && info.header_like) {
      const std::vector<std::string> pieces = SplitTrimmed(parts.location, ",");
      if (pieces.size() == 3 && !IsStateOrCountry(pieces[0]) && StartsUpper(pieces[0]) &&
          LooksLikeLocation(pieces[1] + ", " + pieces[2])) {
        current.school = pieces[0];
        parts.location = pieces[1] + ", " + pieces[2];
      }
    }
    if (!parts.location.empty() && current.location.empty()) current.location = parts.location;
    if (info.date) {
      if (info.date->end) {
        current.start = info.date->start;
        current.end = info.date->end;
      } else {
        current.end = info.date->start;
      }
    }
  }
  push();
  return entries;
}

std::vector<ProjectEntry> ExtractProjects(const std::vector<const TextLine*>& lines) {
  std::vector<ProjectEntry> entries;
  bool any_bullet = false;
  std::vector<double> gaps;
  for (const TextLine* line : lines) {
    any_bullet = any_bullet || line->is_bullet;
    gaps.push_back(line->gap_before);
  }
  std::sort(gaps.begin(), gaps.end());
  const double median_gap = gaps.empty() ? 0 : gaps[gaps.size() / 2];
  for (const TextLine* line : lines) {
    const std::string text = ReplaceAll(line->text, "\t", " ");
    // Without bullets, projects are paragraphs: a new one starts after wider spacing.
    const bool paragraph_start = any_bullet || entries.empty() ||
                                 line->gap_before > std::max(1.5 * median_gap, median_gap + 2);
    const bool starts_entry =
        !line->is_bullet && !IsSentence(line->text) && CountWords(line->text) <= 12 &&
        paragraph_start &&
        (entries.empty() || !entries.back().bullets.empty() || line->bold || !any_bullet);
    if (starts_entry || entries.empty()) {
      ProjectEntry entry;
      if (!line->is_bullet) {
        std::vector<std::string> parts = SplitParts(line->text, false);
        entry.name = parts.empty() ? text : parts.front();
      } else {
        entry.bullets.push_back(text);
      }
      entries.push_back(std::move(entry));
      continue;
    }
    ProjectEntry& entry = entries.back();
    if (!line->is_bullet && !entry.bullets.empty() && !text.empty() && IsLower(text[0])) {
      AppendWrapped(entry.bullets.back(), text);
    } else {
      entry.bullets.push_back(text);
    }
  }
  for (ProjectEntry& entry : entries) {
    entry.confidence = Confidence(!entry.name.empty(), !entry.bullets.empty(), !entry.name.empty());
  }
  return entries;
}

}  // namespace resumax::parsing
