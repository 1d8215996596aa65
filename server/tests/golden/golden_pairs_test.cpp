// Golden resume/job pairs from different professions, through the whole pipeline: job analysis,
// score, local rewrites, the truthfulness guard, and applying every change.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <set>

#include "domain/document/document_json.h"
#include "domain/job_descriptions/job_metadata.h"
#include "domain/job_descriptions/job_text_sanitizer.h"
#include "domain/matching/job_analysis.h"
#include "domain/matching/scorer.h"
#include "domain/rewriting/apply_changes.h"
#include "domain/rewriting/guard_truthfulness.h"
#include "domain/rewriting/rewrite_engine.h"

namespace resumax::optimize {
namespace {

namespace json = boost::json;

struct Golden {
  std::string name;
  std::string resume_json;
  std::string job_text;
  std::vector<std::string> matched;    // each must be matched
  std::vector<std::string> evidenced;  // each must be evidenced
  std::vector<std::string> missing;    // each must be missing
};

std::vector<Golden> Pairs() {
  return {
      {"er-nurse",
       R"({"contact":{"name":"Maria Lopez","email":"maria@example.com","phone":"555-0100","location":"Austin, TX","links":[]},
           "summary":"Registered nurse in emergency care.",
           "experience":[{"title":"Emergency Room Nurse","company":"St. David's Medical Center","location":"Austin, TX",
             "startDate":"2019-06","endDate":null,"current":true,
             "bullets":["Responsible for triage of 40 patients per shift using the Emergency Severity Index",
                        "Helped with Epic charting audits","Administered IV medications and monitored telemetry"]}],
           "education":[{"degree":"Bachelor of Science in Nursing","school":"University of Texas","startDate":"2014","endDate":"2018"}],
           "skills":["Patient care","IV therapy"],"certifications":["BLS"],"projects":[],"other":[]})",
       "Emergency Department Registered Nurse\nRequirements\n- 3+ years of emergency nursing "
       "experience\n"
       "- Triage using ESI\n- Epic EMR documentation\n- BLS and ACLS certification\n"
       "Preferred\n- TNCC\n",
       {"BLS"},
       {"Epic"},
       {"ACLS", "TNCC"}},
      {"staff-accountant",
       R"({"contact":{"name":"Dev Patel","email":"dev@example.com","phone":"555-0101","location":"Chicago, IL","links":[]},
           "summary":"",
           "experience":[{"title":"Staff Accountant","company":"Acme Foods","location":"Chicago, IL",
             "startDate":"2020-01","endDate":"2024-05","current":false,
             "bullets":["Worked on month-end close and account reconciliations for 12 entities",
                        "Prepared journal entries under GAAP in NetSuite"]}],
           "education":[{"degree":"BBA in Accounting","school":"DePaul University","startDate":"2015","endDate":"2019"}],
           "skills":["Microsoft Excel","Accounts payable"],"certifications":[],"projects":[],"other":[]})",
       "Senior Staff Accountant\nRequirements\n- Bachelor's degree in accounting\n- 3+ years of "
       "general accounting\n"
       "- GAAP, account reconciliation, month-end close\n- Advanced Excel\nNice to have\n- CPA\n- "
       "SAP\n",
       {"Microsoft Excel"},
       {"GAAP"},
       {"CPA", "SAP"}},
      {"backend-engineer",
       R"({"contact":{"name":"Sam Lee","email":"sam@example.com","phone":"555-0102","location":"Remote","links":[]},
           "summary":"Engineer building APIs.",
           "experience":[{"title":"Software Engineer","company":"Initech","location":"Remote",
             "startDate":"2018-02","endDate":null,"current":true,
             "bullets":["Built REST APIs in Go backed by Postgres","Helped with the k8s migration of 30 services"]}],
           "education":[{"degree":"B.S. Computer Science","school":"Ohio State University","startDate":"2014","endDate":"2018"}],
           "skills":["Go","Docker"],"certifications":[],"projects":[],"other":[]})",
       "Backend Engineer\nRequirements\n- 4+ years building backend services in Go\n- PostgreSQL "
       "and Kubernetes\n"
       "- Docker\nNice to have\n- Terraform\n",
       {"Go", "Docker"},
       {"PostgreSQL", "Kubernetes"},
       {"Terraform"}},
  };
}

bool Has(const std::vector<std::string>& values, const std::string& wanted) {
  return std::find(values.begin(), values.end(), wanted) != values.end();
}

TEST(GoldenPairs, KeywordsChangesAndScoresHoldAcrossProfessions) {
  const Taxonomy& taxonomy = Taxonomy::Builtin();
  for (const auto& pair : Pairs()) {
    SCOPED_TRACE(pair.name);
    const auto sections = document::FromJson(json::parse(pair.resume_json));
    const std::string resume_text = pair.resume_json;
    const std::string job_text = jobs::SanitizeJobText(pair.job_text);
    const auto metadata =
        jobs::ExtractJobMetadata(job_text, std::nullopt, std::nullopt, std::nullopt);
    const auto job = AnalyzeJob(job_text, metadata.ToJson(), taxonomy);
    const auto score = Score(sections, resume_text, job, taxonomy);
    for (const auto& term : pair.matched)
      EXPECT_TRUE(Has(score.keywords.matched, term)) << "matched " << term;
    for (const auto& term : pair.evidenced)
      EXPECT_TRUE(Has(score.keywords.evidenced, term)) << "evidenced " << term;
    for (const auto& term : pair.missing)
      EXPECT_TRUE(Has(score.keywords.missing, term)) << "missing " << term;

    for (const auto strategy : {Strategy::kConservative, Strategy::kBalanced, Strategy::kBold}) {
      const auto proposed = ProposeLocalChanges(sections, job, score.keywords, strategy);
      std::vector<std::string> known;
      for (const auto& keyword : job.keywords) known.push_back(keyword.term);
      const auto guarded = FilterChanges(sections, resume_text, proposed, known);
      EXPECT_TRUE(guarded.dropped.empty())
          << "the local engine proposed something the guard refused: "
          << (guarded.dropped.empty() ? "" : guarded.dropped[0].reason);
      for (const auto& change : guarded.kept) {
        for (const auto& term : pair.missing) {
          EXPECT_EQ(change.after.find(term), std::string::npos)
              << "inserted missing skill " << term;
        }
      }
      auto applied = ApplyChanges(sections, guarded.kept);
      ASSERT_TRUE(applied.has_value());
      EXPECT_EQ(applied->contact, sections.contact) << "identity never changes";
      const auto after = Score(*applied, resume_text, job, taxonomy);
      EXPECT_GE(after.total, score.total) << "accepting every change never lowers the score";
    }
  }
}

}  // namespace
}  // namespace resumax::optimize
