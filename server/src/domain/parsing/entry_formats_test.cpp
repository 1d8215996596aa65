// Education and job entries from professions and countries the parser's fixtures do not hold,
// each written in the header formats resumes use, parsed from text. A matrix of what real
// documents vary (field order, separators, date styles, lines per entry, bullets), so that a rule
// that only fits one format shows here.

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "domain/parsing/plain_text.h"
#include "domain/parsing/resume_sections.h"

namespace resumax::parsing {
namespace {

struct Entry {
  std::string first;   // degree or job title
  std::string second;  // school or employer
  std::string place;
  std::string from;  // "Sep 2009"
  std::string to;    // "Jun 2013", "Present"
};

const std::vector<Entry>& Education() {
  static const std::vector<Entry> table = {
      {"BEng (Hons) Mechanical Engineering", "University of Strathclyde", "Glasgow, UK", "Sep 2009",
       "Jun 2013"},
      {"Level 3 Diploma in Electrical Installation", "City of Glasgow College", "Glasgow, UK",
       "Sep 2005", "Jun 2007"},
      {"HND Business and Management", "Edinburgh College", "Edinburgh, UK", "Sep 2011", "Jun 2013"},
      {"Certificate IV in Training and Assessment", "TAFE Queensland", "Brisbane, QLD", "Feb 2018",
       "Nov 2018"},
      {"Bachelor of Fine Arts in Graphic Design", "Rhode Island School of Design", "Providence, RI",
       "Sep 2006", "May 2010"},
      {"A.A.S., Culinary Arts", "Johnson & Wales University", "Providence, RI", "Sep 2008",
       "May 2010"},
      {"Diplôme d'ingénieur", "École Centrale de Lyon", "Lyon, France", "Sep 2010", "Jul 2013"},
      {"Licence en droit", "Université de Bordeaux", "Bordeaux, France", "Sep 2007", "Jun 2010"},
      {"Master of Laws (LL.M.)", "Georgetown University Law Center", "Washington, DC", "Aug 2015",
       "May 2016"},
      {"Associate Degree in Nursing", "Miami Dade College", "Miami, FL", "Aug 2016", "May 2018"},
      {"MSc Supply Chain Management", "Cranfield University", "Cranfield, UK", "Oct 2017",
       "Sep 2018"},
      {"B.Tech in Computer Science and Engineering", "Indian Institute of Technology Bombay",
       "Mumbai, India", "Jul 2010", "May 2014"},
      {"Diploma of Early Childhood Education and Care", "TAFE NSW", "Sydney, NSW", "Feb 2015",
       "Dec 2016"},
      {"MBA", "INSEAD", "Fontainebleau, France", "Jan 2018", "Dec 2018"},
      {"Postgraduate Certificate in Education (PGCE)", "University of Cambridge", "Cambridge, UK",
       "Sep 2012", "Jun 2013"},
      {"Abitur", "Goethe-Gymnasium Frankfurt", "Frankfurt, Germany", "Sep 2000", "Jun 2009"},
      {"Master of Architecture", "Delft University of Technology", "Delft, Netherlands", "Sep 2011",
       "Aug 2013"},
      {"BA (Hons) Fashion Marketing", "London College of Fashion", "London, UK", "Sep 2013",
       "Jun 2016"},
  };
  return table;
}

const std::vector<Entry>& Jobs() {
  static const std::vector<Entry> table = {
      {"Charge Nurse", "Royal Infirmary of Edinburgh", "Edinburgh, UK", "Apr 2019", "Present"},
      {"Sous Chef", "The Ledbury", "London, UK", "Jan 2020", "Present"},
      {"Site Foreman", "Balfour Beatty", "Bristol, UK", "Feb 2018", "Present"},
      {"Journeyman Electrician", "IBEW Local 46", "Seattle, WA", "Sep 2012", "Jan 2018"},
      {"Fifth Grade Teacher", "Lincoln Elementary School", "Denver, CO", "Aug 2017", "Present"},
      {"Paralegal", "Baker McKenzie", "Chicago, IL", "Oct 2019", "Present"},
      {"Warehouse Supervisor", "DHL Supply Chain", "Memphis, TN", "Jun 2020", "Present"},
      {"Account Executive", "HubSpot", "Dublin, Ireland", "Feb 2021", "Present"},
      {"Accounts Payable Clerk", "Loblaw Companies Limited", "Brampton, ON", "Mar 2016",
       "Dec 2018"},
      {"Junior Graphic Designer", "Pentagram", "New York, NY", "Jun 2017", "Aug 2020"},
      {"Front Office Manager", "Four Seasons Hotel Sydney", "Sydney, NSW", "Nov 2019", "Present"},
      {"Pharmacy Technician", "Walgreens", "Phoenix, AZ", "Mar 2018", "Present"},
      {"Apprentice Plumber", "Roto-Rooter", "Cincinnati, OH", "Jan 2015", "Jun 2019"},
      {"Customs Broker", "Kuehne + Nagel", "Hamburg, Germany", "Oct 2016", "Feb 2020"},
      {"Social Worker", "Cook County Department of Family Services", "Chicago, IL", "May 2019",
       "Present"},
      {"Case Manager", "Catholic Charities", "Boston, MA", "Aug 2015", "Apr 2019"},
      {"Senior Accountant, General Ledger", "Vistula Business Services Sp. z o.o.",
       "Warsaw, Poland", "Mar 2021", "Present"},
      {"Registered Nurse, Intensive Care Unit", "Deutsches Rotes Kreuz e.V.", "Berlin, Germany",
       "Oct 2016", "Feb 2021"},
      {"Chef de Partie", "The Savoy", "London, UK", "Apr 2014", "Dec 2016"},
      {"HGV Class 1 Driver", "Eddie Stobart Logistics", "Warrington, UK", "Jan 2017", "Present"},
      {"Director of Nursing", "Mayo Clinic", "Rochester, MN", "Jul 2020", "Present"},
      {"Audit Senior", "Ernst & Young LLP", "Toronto, ON", "Sep 2015", "Aug 2019"},
      {"Head of Sales, EMEA", "Jones Lang LaSalle", "Madrid, Spain", "May 2019", "Present"},
      {"Shift Supervisor", "Starbucks", "Seattle, WA", "Jun 2012", "Aug 2014"},
      {"Teaching Assistant", "St Mary's Catholic Primary School", "Leeds, UK", "Sep 2015",
       "Jul 2017"},
      {"Owner/Operator", "Reyes Plumbing & Heating", "Tucson, AZ", "Mar 2010", "Present"},
      {"Associate Attorney", "Kirkland & Ellis LLP", "Chicago, IL", "Sep 2016", "Present"},
      {"Infantry Team Leader", "U.S. Army", "Fort Hood, TX", "Jun 2008", "May 2012"},
  };
  return table;
}

using Format = std::function<std::string(const Entry&)>;

std::string Range(const Entry& e) { return e.from + " – " + e.to; }
// "Bristol, UK" → "Bristol": the town without its region or country, as many resumes print it.
std::string Town(const std::string& place) { return place.substr(0, place.find(',')); }
std::string Year(const std::string& date) {  // "Jun 2013" → "2013"; "Present" stays
  const std::size_t space = date.find(' ');
  return space == std::string::npos ? date : date.substr(space + 1);
}

const std::map<std::string, Format>& EducationFormats() {
  static const std::map<std::string, Format> table = {
      {"degree, school ⇥dates",
       [](const Entry& e) { return e.first + ", " + e.second + "\t" + Range(e); }},
      {"school ⇥year / degree",
       [](const Entry& e) { return e.second + "\t" + Year(e.to) + "\n" + e.first; }},
      {"degree / school, place / dates",
       [](const Entry& e) { return e.first + "\n" + e.second + ", " + e.place + "\n" + Range(e); }},
      {"dates ⇥degree / school",
       [](const Entry& e) { return Range(e) + "\t" + e.first + "\n" + e.second; }},
      {"degree | school | year",
       [](const Entry& e) { return e.first + " | " + e.second + " | " + Year(e.to); }},
      {"school — degree (year)",
       [](const Entry& e) { return e.second + " — " + e.first + " (" + Year(e.to) + ")"; }},
      {"• degree — school, year",
       [](const Entry& e) { return "• " + e.first + " — " + e.second + ", " + Year(e.to); }},
  };
  return table;
}

const std::map<std::string, Format>& JobFormats() {
  static const std::map<std::string, Format> table = {
      {"title, employer ⇥dates",
       [](const Entry& e) { return e.first + ", " + e.second + "\t" + Range(e); }},
      {"employer ⇥place / title ⇥dates",
       [](const Entry& e) { return e.second + "\t" + e.place + "\n" + e.first + "\t" + Range(e); }},
      {"title | employer | place | dates",
       [](const Entry& e) {
         return e.first + " | " + e.second + " | " + e.place + " | " + Range(e);
       }},
      {"dates ⇥title / employer, place",
       [](const Entry& e) { return Range(e) + "\t" + e.first + "\n" + e.second + ", " + e.place; }},
      {"title at employer (years)",
       [](const Entry& e) {
         return e.first + " at " + e.second + " (" + Year(e.from) + " – " + Year(e.to) + ")";
       }},
      {"employer — title / dates",
       [](const Entry& e) { return e.second + " — " + e.first + "\n" + Range(e); }},
      {"title / employer / dates",
       [](const Entry& e) { return e.first + "\n" + e.second + "\n" + Range(e); }},
      {"employer / title ⇥dates",
       [](const Entry& e) { return e.second + "\n" + e.first + "\t" + Range(e); }},
      {"title ⇥dates / employer ⇥place",
       [](const Entry& e) { return e.first + "\t" + Range(e) + "\n" + e.second + "\t" + e.place; }},
      {"employer, place ⇥dates / title",
       [](const Entry& e) { return e.second + ", " + e.place + "\t" + Range(e) + "\n" + e.first; }},
      {"title — employer — place ⇥dates",
       [](const Entry& e) {
         return e.first + " — " + e.second + " — " + e.place + "\t" + Range(e);
       }},
      {"title, employer, place (dates)",
       [](const Entry& e) {
         return e.first + ", " + e.second + ", " + e.place + " (" + Range(e) + ")";
       }},
      {"employer (dates) / title",
       [](const Entry& e) { return e.second + " (" + Range(e) + ")\n" + e.first; }},
      {"TITLE / employer | place | dates",
       [](const Entry& e) {
         std::string upper = e.first;
         for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
         return upper + "\n" + e.second + " | " + e.place + " | " + Range(e);
       }},
      {"employer / title / place / dates",
       [](const Entry& e) { return e.second + "\n" + e.first + "\n" + e.place + "\n" + Range(e); }},
      {"title @ employer ⇥dates",
       [](const Entry& e) { return e.first + " @ " + e.second + "\t" + Range(e); }},
      {"title, employer, town - dates",
       [](const Entry& e) {
         return e.first + ", " + e.second + ", " + Town(e.place) + " - " + Range(e);
       }},
      {"title – employer, town (dates)",
       [](const Entry& e) {
         return e.first + " – " + e.second + ", " + Town(e.place) + " (" + Range(e) + ")";
       }},
      {"title | employer | town ⇥dates",
       [](const Entry& e) {
         return e.first + " | " + e.second + " | " + Town(e.place) + "\t" + Range(e);
       }},
  };
  return table;
}

// Resumes of two entries each, in one format; the share of first and second fields read exactly.
double Score(const std::vector<Entry>& entries, const Format& format, bool jobs) {
  int right = 0;
  int total = 0;
  for (std::size_t k = 0; k + 1 < entries.size(); k += 2) {
    std::string text = "Jordan Reyes\njordan.reyes@example.com | +1 555 010 2030\n\n";
    if (!jobs) {
      text +=
          "Experience\nOperations Lead, Harbor Freight Partners\tMar 2019 – Present\n"
          "- Ran the night shift for a team of twelve.\n\n";
    }
    text += jobs ? "Experience\n" : "Education\n";
    for (std::size_t j = k; j < k + 2; ++j) {
      text += format(entries[j]) + "\n";
      if (jobs) text += "- Cut the average turnaround by a fifth.\n- Trained six new starters.\n";
      text += "\n";
    }
    if (jobs) text += "Education\nBSc Business, University of Leeds, 2012\n\n";
    text += "Skills\nScheduling, Budgeting\n";
    const ParsedResume parsed = ParseDocument(DocumentFromPlainText(text));
    for (std::size_t j = k; j < k + 2; ++j) {
      const std::size_t at = j - k;
      std::string first;
      std::string second;
      if (jobs && at < parsed.document.experience.size()) {
        first = parsed.document.experience[at].title;
        second = parsed.document.experience[at].company;
      } else if (!jobs && at < parsed.document.education.size()) {
        first = parsed.document.education[at].degree;
        second = parsed.document.education[at].school;
      }
      // Capitals as printed are read as printed: "CHARGE NURSE" is the title "Charge Nurse".
      auto same = [](const std::string& a, const std::string& b) {
        return a.size() == b.size() &&
               std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
                 return std::tolower(static_cast<unsigned char>(x)) ==
                        std::tolower(static_cast<unsigned char>(y));
               });
      };
      const bool first_ok = same(first, entries[j].first);
      const bool second_ok = same(second, entries[j].second);
      right += (first_ok ? 1 : 0) + (second_ok ? 1 : 0);
      if (!first_ok || !second_ok) {
        std::printf("    read [%s] [%s] for [%s] [%s]\n", first.c_str(), second.c_str(),
                    entries[j].first.c_str(), entries[j].second.c_str());
      }
      total += 2;
    }
  }
  return static_cast<double>(right) / total;
}

double Matrix(const char* what, const std::vector<Entry>& entries,
              const std::map<std::string, Format>& formats, bool jobs) {
  double sum = 0;
  for (const auto& [name, format] : formats) {
    const double score = Score(entries, format, jobs);
    std::printf("  %-10s %-36s %5.1f%%\n", what, name.c_str(), 100 * score);
    sum += score;
  }
  return sum / static_cast<double>(formats.size());
}

// Measured when written: education 99.2 %, jobs 98.8 %; every format at 93 % or more.
TEST(EntryFormats, EducationFromUnseenSchoolsInEveryFormat) {
  EXPECT_GE(Matrix("education", Education(), EducationFormats(), false), 0.95);
}

TEST(EntryFormats, JobsFromUnseenProfessionsInEveryFormat) {
  EXPECT_GE(Matrix("jobs", Jobs(), JobFormats(), true), 0.95);
}

}  // namespace
}  // namespace resumax::parsing
