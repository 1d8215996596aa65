#include <gtest/gtest.h>
#include <unistd.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "domain/document/document_json.h"
#include "domain/document/json_resume.h"
#include "domain/document/resume_document.h"

namespace resumax::document {
namespace {

namespace json = boost::json;

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> Paths(const std::vector<Issue>& issues) {
  std::vector<std::string> paths;
  for (const Issue& issue : issues) paths.push_back(issue.path);
  return paths;
}

bool HasPath(const std::vector<Issue>& issues, std::string_view path) {
  for (const Issue& issue : issues) {
    if (issue.path == path) return true;
  }
  return false;
}

ResumeDocument Sample() {
  ResumeDocument resume;
  resume.contact.name = "Ana M. Ruiz";
  resume.contact.email = "ana@example.org";
  resume.summary = "Cardiac nurse.";
  resume.experience.push_back({"",
                               "Staff Nurse",
                               "St. Mary's",
                               "Austin, TX",
                               Period{Date{2019, 6}, std::nullopt, true},
                               "",
                               {"Cared for 6"},
                               0.8});
  resume.experience.push_back(
      {"", "Nurse", "Clinic", "", Period{Date{2016}, Date{2019, 5}, false}, "", {"Triaged"}, 0.4});
  resume.education.push_back(
      {"", "BSN", "Nursing", "UT Austin", "", Period{Date{2011}, Date{2015}, false}, {}, 0.9});
  resume.skills.push_back({"", "", {"ACLS", "Epic"}});
  AssignIds(resume);
  return resume;
}

TEST(Date, ParsesYearMonthAndDayAndRefusesTheRest) {
  EXPECT_EQ(ParseDate("2021"), (Date{2021, 0, 0}));
  EXPECT_EQ(ParseDate("2021-03"), (Date{2021, 3, 0}));
  EXPECT_EQ(ParseDate("2024-02-29"), (Date{2024, 2, 29}));
  for (std::string_view bad : {"2021-13", "2021-00", "2021-3", "21", "2021-02-30", "2021/03",
                               "March 2021", "", "2021-03-", "20x1"}) {
    EXPECT_FALSE(ParseDate(bad)) << bad;
  }
  EXPECT_EQ(FormatDate({2021, 3, 0}), "2021-03");
  EXPECT_EQ(FormatDate({2021, 0, 0}), "2021");
  EXPECT_EQ(FormatDate({2021, 3, 9}), "2021-03-09");
}

TEST(Validate, AcceptsAGoodDocumentAndNamesEveryProblemByPath) {
  EXPECT_TRUE(Validate(Sample()).empty());

  ResumeDocument bad = Sample();
  bad.experience[0].period = Period{Date{2020, 5}, Date{2019, 1}, false};  // ends before it starts
  bad.experience[1].period = Period{Date{2016}, Date{2018}, true};         // present with an end
  bad.education[0].period.start = Date{1850};
  bad.contact.name = std::string(301, 'a');
  bad.summary = "line one\nline two";  // a newline is fine in a summary
  bad.experience[0].bullets.push_back("tab\there");
  bad.experience[0].bullets.push_back("  ");
  bad.projects.push_back({});  // nothing in it
  bad.skills[0].items.push_back("evil\u202Eexe.pdf");
  bad.certifications.push_back({"crt1", "", "Board", std::nullopt});
  bad.languages.push_back({"exp1", "Spanish", ""});  // an id another entry has
  bad.awards.push_back({"bad id!", "Award", "", std::nullopt, ""});
  const auto issues = Validate(bad);
  for (std::string_view path :
       {"experience[0].endDate", "experience[1].endDate", "education[0].startDate", "contact.name",
        "experience[0].bullets[1]", "experience[0].bullets[2]", "projects[0]", "skills[0].items[2]",
        "certifications[0].name", "id:exp1", "id:bad id!"}) {
    EXPECT_TRUE(HasPath(issues, path)) << path << " in " << testing::PrintToString(Paths(issues));
  }
  EXPECT_FALSE(HasPath(issues, "summary"));

  ResumeDocument many = Sample();
  many.experience[0].bullets.assign(61, "x");
  many.custom.assign(31, CustomSection{"", "Interests", {{"", "Running", {}}}});
  const auto counted = Validate(many);
  EXPECT_TRUE(HasPath(counted, "experience[0].bullets"));
  EXPECT_TRUE(HasPath(counted, "custom"));
}

TEST(Validate, AYearOnlyEndInTheStartYearIsNotBeforeIt) {
  ResumeDocument resume = Sample();
  resume.experience[1].period = Period{Date{2019, 6}, Date{2019}, false};
  EXPECT_TRUE(Validate(resume).empty());
}

TEST(DocumentJson, RoundTripsEveryField) {
  ResumeDocument resume = Sample();
  resume.contact.headline = "Registered Nurse";
  resume.contact.post_nominals = "RN, BSN";
  resume.contact.links = {{LinkKind::kLinkedIn, "https://linkedin.com/in/ana"},
                          {LinkKind::kPortfolio, "https://ana.example.org"}};
  resume.contact.confidence = 0.7;
  resume.experience[0].summary = "A 32-bed unit.";
  resume.skills.push_back({"", "Languages", {"Spanish"}});
  resume.projects.push_back({"",
                             "Checklist",
                             "https://x.example",
                             Period{Date{2021}, {}, true},
                             "One page.",
                             {"Adopted"},
                             std::nullopt});
  resume.certifications.push_back({"", "ACLS", "AHA", Date{2020, 1}});
  resume.languages.push_back({"", "Spanish", "Native"});
  resume.awards.push_back({"", "Nurse of the Year", "St. Mary's", Date{2022}, "By patients."});
  resume.volunteer.push_back({"",
                              "Red Cross",
                              "Volunteer",
                              "Austin",
                              Period{Date{2020}, {}, true},
                              "Shelters.",
                              {"Staffed three shelters"}});
  resume.publications.push_back({"", "Alarm fatigue", "J. Cardiac Nursing", Date{2021, 4, 2},
                                 "https://x.example", "A study."});
  resume.custom.push_back({"", "Interests", {{"", "Running", {"Marathons"}}}});
  AssignIds(resume);

  const json::object stored = ToJson(resume);
  EXPECT_EQ(stored.at("schemaVersion").as_int64(), 2);
  std::vector<Issue> issues;
  const ResumeDocument back = FromJson(json::parse(json::serialize(stored)), &issues);
  EXPECT_TRUE(issues.empty()) << testing::PrintToString(Paths(issues));
  EXPECT_TRUE(back == resume) << json::serialize(ToJson(back));
  EXPECT_TRUE(ParseStored(Serialize(resume)) == resume);
  EXPECT_TRUE(ParseStored("not json") == ResumeDocument{});
}

// A row written before schemaVersion 2, exactly as the parser stored it then.
TEST(DocumentJson, ReadsRowsStoredBeforeSchemaVersionTwo) {
  const auto legacy = json::parse(R"({
    "contact": {"name": "Dana Whitfield", "email": "dana@example.com", "phone": null,
                "location": "Portland, OR", "links": ["github.com/dana", "linkedin.com/in/dana"]},
    "summary": "Backend engineer.",
    "experience": [{"title": "Engineer", "company": "Northwind", "location": null,
                    "startDate": "2021-03", "endDate": null, "current": true,
                    "bullets": ["Built it"], "confidence": 0.9}],
    "education": [{"degree": "B.S.", "school": "UW", "location": null, "startDate": "2013",
                   "endDate": "2017", "confidence": 0.5}],
    "skills": ["Go", "Python"],
    "projects": [{"name": "Planner", "bullets": ["Routes"], "confidence": 1.0}],
    "certifications": ["AWS Certified"],
    "other": [{"heading": "Volunteering", "text": "Mentor\n\nOrganizer"}]
  })");
  std::vector<Issue> issues;
  const ResumeDocument resume = FromJson(legacy, &issues);
  EXPECT_TRUE(issues.empty()) << testing::PrintToString(Paths(issues));
  EXPECT_EQ(resume.contact.name, "Dana Whitfield");
  ASSERT_EQ(resume.contact.links.size(), 2u);
  EXPECT_EQ(resume.contact.links[0].kind, LinkKind::kGitHub);
  EXPECT_EQ(resume.contact.links[1].kind, LinkKind::kLinkedIn);
  ASSERT_EQ(resume.experience.size(), 1u);
  EXPECT_EQ(resume.experience[0].id, "exp1");
  EXPECT_EQ(resume.experience[0].period.start, (Date{2021, 3}));
  EXPECT_TRUE(resume.experience[0].period.current);
  EXPECT_EQ(resume.experience[0].confidence, 0.9);
  ASSERT_EQ(resume.skills.size(), 1u);
  EXPECT_EQ(resume.skills[0].group, "");
  EXPECT_EQ(resume.skills[0].items, (std::vector<std::string>{"Go", "Python"}));
  ASSERT_EQ(resume.certifications.size(), 1u);
  EXPECT_EQ(resume.certifications[0].name, "AWS Certified");
  ASSERT_EQ(resume.custom.size(), 1u);
  EXPECT_EQ(resume.custom[0].title, "Volunteering");
  ASSERT_EQ(resume.custom[0].entries.size(), 2u);
  EXPECT_EQ(resume.custom[0].entries[1].title, "Organizer");
  EXPECT_TRUE(Validate(resume).empty());
  // Read again, the same ids: they are numbered, not random.
  EXPECT_TRUE(FromJson(legacy) == resume);
}

TEST(DocumentJson, NamesEveryValueOfTheWrongTypeByPath) {
  std::vector<Issue> issues;
  const ResumeDocument resume = FromJson(json::parse(R"({
    "contact": {"name": 5, "links": [{"kind": "myspace", "url": "x"}]},
    "summary": ["x"],
    "experience": [{"title": "A", "startDate": "2021-13", "bullets": [1, "ok"]}, "text"],
    "skills": "Go"
  })"),
                                         &issues);
  for (std::string_view path :
       {"contact.name", "contact.links[0].kind", "summary", "experience[0].startDate",
        "experience[0].bullets[0]", "experience[1]", "skills"}) {
    EXPECT_TRUE(HasPath(issues, path)) << path << " in " << testing::PrintToString(Paths(issues));
  }
  ASSERT_EQ(resume.experience.size(), 1u);
  EXPECT_EQ(resume.experience[0].bullets, (std::vector<std::string>{"ok"}));
  std::vector<Issue> root;
  FromJson(json::parse("[1, 2]"), &root);
  EXPECT_EQ(root.size(), 1u);
}

TEST(AssignIds, KeepsIdsAndGivesNewEntriesTheNextFreeOne) {
  ResumeDocument resume = Sample();
  resume.experience[1].id = "exp7";
  resume.experience.insert(resume.experience.begin(), Experience{});
  resume.experience.push_back({});
  AssignIds(resume);
  EXPECT_EQ(resume.experience[0].id, "exp2");
  EXPECT_EQ(resume.experience[1].id, "exp1");
  EXPECT_EQ(resume.experience[2].id, "exp7");
  EXPECT_EQ(resume.experience[3].id, "exp3");
  EXPECT_EQ(resume.skills[0].id, "skl1");
}

// Read warnings are the server's: stored and read back, never taken from a client's document.
TEST(DocumentJson, StoresReadWarningsButNeverReadsThemFromAClient) {
  ResumeDocument resume = Sample();
  resume.warnings = {{"contact", "", "name", "We guessed the name.", 0.4},
                     {"experience", "exp2", "company", "We guessed the employer.", 0.45},
                     {"skills", "skl1", "items", "Some skills may be run together.", 0.5},
                     {"experience", "exp9", "title", "An entry that is gone.", 0.3}};
  const json::object stored = ToJson(resume);
  const json::array& warnings = stored.at("warnings").as_array();
  ASSERT_EQ(warnings.size(), 3u);  // the one of a missing entry has no path
  EXPECT_EQ(warnings[0].at("path").as_string(), "contact.name");
  EXPECT_TRUE(warnings[0].at("entryId").is_null());
  EXPECT_EQ(warnings[1].at("path").as_string(), "experience[1].company");
  EXPECT_EQ(warnings[1].at("entryId").as_string(), "exp2");
  EXPECT_EQ(warnings[2].at("path").as_string(), "skills[0].items");

  const ResumeDocument back = ParseStored(Serialize(resume));
  ASSERT_EQ(back.warnings.size(), 3u);
  EXPECT_TRUE(back.warnings[1] == resume.warnings[1]);
  EXPECT_TRUE(FromJson(stored).warnings.empty());
}

TEST(PostNominals, AreSplitFromTheNameAndPrintedAfterIt) {
  using Split = std::pair<std::string, std::string>;
  EXPECT_EQ(SplitPostNominals("Ana M. Ruiz, RN, BSN"), Split("Ana M. Ruiz", "RN, BSN"));
  EXPECT_EQ(SplitPostNominals("Li Wei, CPA"), Split("Li Wei", "CPA"));
  EXPECT_EQ(SplitPostNominals("Eleanor Voss, Esq."), Split("Eleanor Voss", "Esq."));
  EXPECT_EQ(SplitPostNominals("Nkechi Adeyemi, PhD"), Split("Nkechi Adeyemi", "PhD"));
  EXPECT_EQ(SplitPostNominals("Ingrid Solberg, LEED AP"), Split("Ingrid Solberg", "LEED AP"));
  EXPECT_EQ(SplitPostNominals("Ray Delgado, P.E."), Split("Ray Delgado", "P.E."));
  EXPECT_EQ(SplitPostNominals("Martin Luther King, Jr."), Split("Martin Luther King, Jr.", ""));
  EXPECT_EQ(SplitPostNominals("Byungjin Park"), Split("Byungjin Park", ""));
  EXPECT_EQ(SplitPostNominals("Smith, John"), Split("Smith, John", ""));
  Contact contact;
  contact.name = "Li Wei";
  contact.post_nominals = "CPA";
  EXPECT_EQ(DisplayName(contact), "Li Wei, CPA");
  contact.post_nominals.clear();
  EXPECT_EQ(DisplayName(contact), "Li Wei");
}

TEST(CarryConfidence, KeepsTheReadWarningsOfUnchangedEntriesOnly) {
  ResumeDocument stored = Sample();
  stored.contact.confidence = 0.5;
  stored.warnings = {{"contact", "", "name", "We guessed the name.", 0.4},
                     {"experience", "exp1", "company", "We guessed the employer.", 0.45},
                     {"experience", "exp2", "title", "We guessed the title.", 0.4},
                     {"skills", "skl1", "items", "Run together.", 0.5}};
  ResumeDocument saved = stored;
  saved.warnings = {{"education", "edu1", "school", "A client's own warning.", 0.1}};
  saved.experience[0].company = "St. Mary's Hospital";  // edited: its warning goes
  saved.skills[0].items.push_back("BLS");               // edited: its warning goes
  CarryConfidence(stored, saved);
  ASSERT_EQ(saved.warnings.size(), 2u);
  EXPECT_EQ(saved.warnings[0].field, "name");
  EXPECT_EQ(saved.warnings[1].entry_id, "exp2");

  saved.contact.name = "Ana Ruiz";
  CarryConfidence(stored, saved);
  ASSERT_EQ(saved.warnings.size(), 1u);
  EXPECT_EQ(saved.warnings[0].entry_id, "exp2");
}

TEST(CarryConfidence, AnEditedEntryIsConfirmedAndAClientCannotRaiseOne) {
  const ResumeDocument stored = Sample();
  ResumeDocument saved = stored;
  saved.experience[0].company = "St. Mary's Hospital";  // edited
  saved.experience[1].confidence = 0.99;                // unchanged, but a raised confidence
  saved.education[0].confidence.reset();                // "looks right"
  saved.experience.push_back({"", "New", "Job", "", {}, "", {}, 0.5});
  CarryConfidence(stored, saved);
  EXPECT_FALSE(saved.experience[0].confidence);
  EXPECT_EQ(saved.experience[1].confidence, 0.4);
  EXPECT_FALSE(saved.education[0].confidence);
  EXPECT_FALSE(saved.experience[2].confidence);

  ResumeDocument untouched = stored;
  CarryConfidence(stored, untouched);
  EXPECT_TRUE(untouched == stored);
}

TEST(AllText, HasEveryTextButNoDatesOrIds) {
  const std::string text = AllText(Sample());
  EXPECT_NE(text.find("St. Mary's\n"), std::string::npos);
  EXPECT_NE(text.find("ACLS\n"), std::string::npos);
  EXPECT_EQ(text.find("2019"), std::string::npos);
  EXPECT_EQ(text.find("exp1"), std::string::npos);
}

// The JSON Resume files the tests use: the schema package's own samples (installed by
// scripts/install-deps into the test support's node_modules) and a fuller one of ours.
std::vector<std::filesystem::path> JsonResumeFiles() {
  std::vector<std::filesystem::path> files{std::filesystem::path(RESUMAX_FIXTURES) / "json-resume" /
                                           "full.json"};
  const std::filesystem::path package(RESUMAX_JSON_RESUME_PACKAGE);
  if (std::filesystem::exists(package / "sample.resume.json")) {
    files.push_back(package / "sample.resume.json");
    for (const auto& entry : std::filesystem::directory_iterator(package / "examples")) {
      if (entry.path().string().ends_with(".resume.json")) files.push_back(entry.path());
    }
  }
  return files;
}

// What JSON Resume has that the document does not: left out of the round-trip comparison.
bool NotInTheDocument(const std::string& path) {
  std::string normalized;  // "work[0].url" → "work.url"
  for (std::size_t i = 0; i < path.size(); ++i) {
    if (path[i] == '[') {
      i = path.find(']', i);
      continue;
    }
    normalized += path[i];
  }
  static const std::set<std::string> kSkipped = {"$schema",
                                                 "meta",
                                                 "basics.image",
                                                 "basics.location.address",
                                                 "basics.location.postalCode",
                                                 "work.description",
                                                 "work.url",
                                                 "volunteer.url",
                                                 "education.url",
                                                 "certificates.url",
                                                 "projects.keywords",
                                                 "projects.roles",
                                                 "projects.entity",
                                                 "projects.type",
                                                 "skills.level"};
  return kSkipped.contains(normalized) || normalized.starts_with("meta.");
}

// Every value of `original` (a JSON Resume) is in `exported` at the same path, unless the
// document has no place for it. Skills and profiles are compared as sets (the document keeps a
// skill without keywords in one unnamed group; the personal site is basics.url).
void ExpectContains(const json::value& original, const json::value& exported,
                    const std::string& path) {
  if (NotInTheDocument(path)) return;
  if (original.is_object()) {
    for (const auto& [key, value] : original.as_object()) {
      const std::string at = path.empty() ? std::string(key) : path + "." + std::string(key);
      if (NotInTheDocument(at)) continue;
      if (value.is_string() && value.as_string().empty()) continue;
      const json::object* target = exported.if_object();
      ASSERT_TRUE(target != nullptr && target->contains(key)) << at << " was lost";
      ExpectContains(value, target->at(key), at);
    }
  } else if (original.is_array()) {
    ASSERT_TRUE(exported.is_array()) << path;
    ASSERT_EQ(original.as_array().size(), exported.as_array().size()) << path;
    for (std::size_t i = 0; i < original.as_array().size(); ++i) {
      ExpectContains(original.as_array()[i], exported.as_array()[i],
                     path + "[" + std::to_string(i) + "]");
    }
  } else {
    EXPECT_EQ(json::serialize(original), json::serialize(exported)) << path;
  }
}

TEST(JsonResume, RoundTripsEveryFieldBothModelsHave) {
  const auto files = JsonResumeFiles();
  if (files.size() == 1) {
    std::cout << "[ NOTE ] @jsonresume/schema is not installed (scripts/install-deps): only "
                 "the project's own JSON Resume is checked\n";
  }
  const auto out_dir = std::filesystem::temp_directory_path() /
                       ("resumax-json-resume-" + std::to_string(::getpid()));
  std::filesystem::create_directories(out_dir);
  std::vector<std::string> exported_files;
  for (const auto& file : files) {
    SCOPED_TRACE(file.filename().string());
    const json::value original = json::parse(ReadFile(file));
    ASSERT_TRUE(LooksLikeJsonResume(original));
    std::vector<Issue> issues;
    const ResumeDocument imported = FromJsonResume(original, issues);
    EXPECT_TRUE(issues.empty()) << testing::PrintToString(Paths(issues));
    EXPECT_TRUE(Validate(imported).empty()) << testing::PrintToString(Paths(Validate(imported)));
    EXPECT_FALSE(imported.contact.name.empty());

    const json::object exported = ToJsonResume(imported);
    // Import → export → import gives the same document, and the export keeps what the
    // original said in every field the document has.
    std::vector<Issue> again_issues;
    EXPECT_TRUE(FromJsonResume(exported, again_issues) == imported) << json::serialize(exported);
    json::object original_skills_free = original.as_object();
    json::object exported_skills_free = exported;
    for (json::object* side : {&original_skills_free, &exported_skills_free}) {
      side->erase("skills");
      if (auto* basics = side->if_contains("basics"); basics && basics->is_object()) {
        basics->as_object().erase("profiles");
        basics->as_object().erase("url");
      }
    }
    ExpectContains(original_skills_free, exported_skills_free, "");
    auto skill_names = [](const json::value& resume) {
      std::multiset<std::string> names;
      if (const auto* skills = resume.as_object().if_contains("skills")) {
        for (const auto& skill : skills->as_array()) {
          const auto& object = skill.as_object();
          names.insert(std::string(object.at("name").as_string()));
          if (const auto* keywords = object.if_contains("keywords")) {
            for (const auto& keyword : keywords->as_array()) {
              names.insert(std::string(keyword.as_string()));
            }
          }
        }
      }
      return names;
    };
    EXPECT_EQ(skill_names(original), skill_names(exported));
    auto link_urls = [](const json::value& resume) {
      std::multiset<std::string> urls;
      const auto* basics = resume.as_object().if_contains("basics");
      if (basics == nullptr) return urls;
      if (const auto* url = basics->as_object().if_contains("url"); url && url->is_string()) {
        if (!url->as_string().empty()) urls.insert(std::string(url->as_string()));
      }
      if (const auto* profiles = basics->as_object().if_contains("profiles")) {
        for (const auto& profile : profiles->as_array()) {
          if (const auto* url = profile.as_object().if_contains("url")) {
            urls.insert(std::string(url->as_string()));
          }
        }
      }
      return urls;
    };
    EXPECT_EQ(link_urls(original), link_urls(exported));

    const auto out = out_dir / file.filename();
    std::ofstream(out) << json::serialize(exported);
    exported_files.push_back(out.string());
  }

  // Every export validates against the published schema.
  const std::filesystem::path validator(RESUMAX_JSON_RESUME_VALIDATOR);
  if (std::system("node --version > /dev/null 2>&1") != 0 || files.size() == 1) {
    std::cout << "[ NOTE ] node or @jsonresume/schema missing: schema validation skipped\n";
  } else {
    std::string command = "node " + validator.string();
    for (const auto& file : exported_files) command += " " + file;
    EXPECT_EQ(std::system(command.c_str()), 0) << "exports that do not validate (above)";
  }
  std::filesystem::remove_all(out_dir);
}

TEST(JsonResume, ReportsWrongTypesAtTheirJsonResumePath) {
  std::vector<Issue> issues;
  FromJsonResume(json::parse(R"({"basics": {"name": 7}, "work": [{"startDate": "June 2020"}],
                                 "skills": [{"name": "Go", "keywords": "x"}]})"),
                 issues);
  EXPECT_TRUE(HasPath(issues, "basics.name"));
  EXPECT_TRUE(HasPath(issues, "work[0].startDate"));
  EXPECT_TRUE(HasPath(issues, "skills[0].keywords"));
  EXPECT_FALSE(LooksLikeJsonResume(json::parse(R"({"name": "x"})")));
  EXPECT_FALSE(LooksLikeJsonResume(json::parse("[]")));
}

}  // namespace
}  // namespace resumax::document
