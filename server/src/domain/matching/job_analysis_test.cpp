#include "domain/matching/job_analysis.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "domain/job_descriptions/job_metadata.h"
#include "domain/job_descriptions/job_text_sanitizer.h"
#include "domain/matching/scoring_test_fixtures.h"

namespace resumax::optimize {
namespace {

JobAnalysis Analyze(std::string_view raw) {
  const std::string text = jobs::SanitizeJobText(raw);
  const boost::json::object metadata =
      jobs::ExtractJobMetadata(text, std::nullopt, std::nullopt, std::nullopt).ToJson();
  return AnalyzeJob(text, metadata, Taxonomy::Builtin());
}

const Keyword* Find(const JobAnalysis& analysis, std::string_view term) {
  const auto found = std::find_if(analysis.keywords.begin(), analysis.keywords.end(),
                                  [&](const Keyword& keyword) { return keyword.term == term; });
  return found == analysis.keywords.end() ? nullptr : &*found;
}

void ExpectKeyword(const JobAnalysis& analysis, std::string_view term, SkillKind kind,
                   bool required, double weight) {
  const Keyword* keyword = Find(analysis, term);
  ASSERT_NE(keyword, nullptr) << term;
  EXPECT_EQ(keyword->kind, kind) << term;
  EXPECT_EQ(keyword->required, required) << term;
  EXPECT_DOUBLE_EQ(keyword->weight, weight) << term;
}

TEST(AnalyzeJob, SoftwareEngineer) {
  const JobAnalysis job = Analyze(fixtures::kBackendEngineerJob);
  EXPECT_EQ(job.title, "Senior Backend Engineer");
  EXPECT_EQ(job.seniority, "senior");
  EXPECT_EQ(job.years_min, 5);
  EXPECT_EQ(job.education, "bachelor");
  ExpectKeyword(job, "Go", SkillKind::kHard, true, 3.5);  // mentioned twice
  // "Strong Go or Java": either meets it.
  EXPECT_EQ(Find(job, "Go")->alternatives, std::vector<std::string>{"Java"});
  EXPECT_EQ(Find(job, "Java"), nullptr);
  ExpectKeyword(job, "SQL", SkillKind::kHard, true, 3);
  ExpectKeyword(job, "Docker", SkillKind::kHard, true, 3);
  ExpectKeyword(job, "Kubernetes", SkillKind::kHard, true, 3);
  ExpectKeyword(job, "CI/CD", SkillKind::kHard, true, 3);
  ExpectKeyword(job, "Distributed systems", SkillKind::kHard, true, 3);
  ExpectKeyword(job, "Communication skills", SkillKind::kSoft, true, 1);
  ExpectKeyword(job, "Terraform", SkillKind::kHard, false, 1.5);
  ExpectKeyword(job, "gRPC", SkillKind::kHard, false, 1.5);
  ExpectKeyword(job, "Kafka", SkillKind::kHard, false, 2);  // also in the responsibilities
  ExpectKeyword(job, "AWS Certified Solutions Architect", SkillKind::kCertification, false, 1.25);
  // Only in "What you'll do": responsibilities are not requirements.
  EXPECT_EQ(Find(job, "Mentoring"), nullptr);
  EXPECT_EQ(Find(job, "Stakeholder management"), nullptr);
  // Required keywords come first.
  const auto first_preferred =
      std::find_if(job.keywords.begin(), job.keywords.end(),
                   [](const Keyword& keyword) { return !keyword.required; });
  EXPECT_TRUE(std::all_of(first_preferred, job.keywords.end(),
                          [](const Keyword& keyword) { return !keyword.required; }));
}

TEST(AnalyzeJob, EmergencyNurse) {
  const JobAnalysis job = Analyze(fixtures::kEmergencyNurseJob);
  EXPECT_EQ(job.title, "Registered Nurse - Emergency Department");
  EXPECT_EQ(job.years_min, 2);
  EXPECT_EQ(job.education, "associate");  // the BSN is only preferred
  ExpectKeyword(job, "RN license", SkillKind::kCertification, true, 2.5);
  ExpectKeyword(job, "BLS", SkillKind::kCertification, true, 2.5);
  ExpectKeyword(job, "ACLS", SkillKind::kCertification, true, 2.5);
  ExpectKeyword(job, "PALS", SkillKind::kCertification, true, 2.5);
  // "2+ years of emergency or critical care nursing experience" says how much experience.
  EXPECT_EQ(Find(job, "Critical care"), nullptr);
  ExpectKeyword(job, "Triage", SkillKind::kHard, true, 3.5);
  ExpectKeyword(job, "Emergency Severity Index", SkillKind::kHard, true, 4);  // 3 mentions
  ExpectKeyword(job, "Epic", SkillKind::kHard, true, 3.5);
  ExpectKeyword(job, "Communication skills", SkillKind::kSoft, true, 1);
  ExpectKeyword(job, "Teamwork", SkillKind::kSoft, true, 1);
  ExpectKeyword(job, "TNCC", SkillKind::kCertification, false, 1.25);
  EXPECT_EQ(Find(job, "TNCC")->alternatives, std::vector<std::string>{"CEN"});  // "TNCC or CEN"
  ExpectKeyword(job, "Bilingual", SkillKind::kHard, false, 1.5);
  ExpectKeyword(job, "Spanish", SkillKind::kHard, false, 1.5);
  EXPECT_EQ(Find(job, "Telemetry"), nullptr);  // responsibilities only
  EXPECT_EQ(Find(job, "BSN"), nullptr);        // a degree: the education requirement's
}

TEST(AnalyzeJob, StaffAccountant) {
  const JobAnalysis job = Analyze(fixtures::kStaffAccountantJob);
  EXPECT_EQ(job.title, "Staff Accountant");
  EXPECT_EQ(job.years_min, 2);
  EXPECT_EQ(job.education, "bachelor");
  ExpectKeyword(job, "GAAP", SkillKind::kHard, true, 3);
  ExpectKeyword(job, "Account reconciliation", SkillKind::kHard, true, 3.5);
  ExpectKeyword(job, "Microsoft Excel", SkillKind::kHard, true, 3);
  ExpectKeyword(job, "Pivot tables", SkillKind::kHard, true, 3);
  ExpectKeyword(job, "VLOOKUP", SkillKind::kHard, true, 3);
  ExpectKeyword(job, "NetSuite", SkillKind::kHard, true, 3);
  EXPECT_EQ(Find(job, "NetSuite")->alternatives, std::vector<std::string>{"QuickBooks"});
  ExpectKeyword(job, "Attention to detail", SkillKind::kSoft, true, 1);
  ExpectKeyword(job, "Time management", SkillKind::kSoft, true, 1);
  ExpectKeyword(job, "CPA", SkillKind::kCertification, false, 1.75);  // "CPA or CPA candidate"
  ExpectKeyword(job, "SOX compliance", SkillKind::kHard, false, 1.5);
  // "2-4 years of accounting experience" says how much experience, and "a degree in Accounting
  // or Finance" names the degree's fields: neither asks for it; "public accounting a plus" does.
  ExpectKeyword(job, "Accounting", SkillKind::kHard, false, 2.5);  // three mentions
  EXPECT_EQ(job.education_fields, (std::vector<std::string>{"Accounting", "Finance"}));
}

TEST(AnalyzeJob, WarehouseAssociate) {
  const JobAnalysis job = Analyze(fixtures::kWarehouseAssociateJob);
  EXPECT_NE(job.title.find("Warehouse Associate"), std::string::npos);
  EXPECT_EQ(job.years_min, 1);
  EXPECT_EQ(job.education, "high_school");
  ExpectKeyword(job, "Forklift certification", SkillKind::kCertification, true, 2.5);
  ExpectKeyword(job, "RF scanners", SkillKind::kHard, true, 3.5);
  ExpectKeyword(job, "Attention to detail", SkillKind::kSoft, true, 1);
  ExpectKeyword(job, "Numeracy", SkillKind::kSoft, true, 1);
  ExpectKeyword(job, "Dependability", SkillKind::kSoft, true, 1);
  ExpectKeyword(job, "Teamwork", SkillKind::kSoft, true, 1);
  ExpectKeyword(job, "OSHA 10", SkillKind::kCertification, false, 1.25);
  ExpectKeyword(job, "WMS", SkillKind::kHard, false, 1.5);
  EXPECT_EQ(Find(job, "Cycle counting"), nullptr);
}

TEST(AnalyzeJob, DigitalMarketingManager) {
  const JobAnalysis job = Analyze(fixtures::kMarketingManagerJob);
  EXPECT_EQ(job.title, "Digital Marketing Manager");
  EXPECT_EQ(job.years_min, 4);
  EXPECT_EQ(job.education, std::nullopt);
  ExpectKeyword(job, "SEO", SkillKind::kHard, true, 3);
  ExpectKeyword(job, "Google Ads", SkillKind::kHard, true, 3);
  ExpectKeyword(job, "Google Analytics", SkillKind::kHard, true, 3.5);  // and "GA4"
  ExpectKeyword(job, "Klaviyo", SkillKind::kHard, true, 3);
  ExpectKeyword(job, "A/B testing", SkillKind::kHard, true, 3);
  ExpectKeyword(job, "Conversion rate optimization", SkillKind::kHard, true, 3);
  ExpectKeyword(job, "Stakeholder management", SkillKind::kSoft, true, 1);
  ExpectKeyword(job, "Shopify", SkillKind::kHard, false, 1.5);
  ExpectKeyword(job, "Google Analytics certification", SkillKind::kCertification, false, 1.25);
}

TEST(AnalyzeJob, WithoutRequirementHeadingsTheWholeTextCounts) {
  const JobAnalysis job = AnalyzeJob(
      "Line Cook\nWe need a cook with food safety knowledge and ServSafe certification. Knife "
      "skills a plus.",
      {}, Taxonomy::Builtin());
  EXPECT_EQ(job.title, "Line Cook");
  ExpectKeyword(job, "Food safety", SkillKind::kHard, true, 3);
  ExpectKeyword(job, "ServSafe", SkillKind::kCertification, true, 2.5);
  ExpectKeyword(job, "Knife skills", SkillKind::kHard, false, 1.5);
}

TEST(AnalyzeJob, KeepsMetadataSkillsTheTaxonomyLacks) {
  const boost::json::object metadata = {
      {"title", "Widget Engineer"},
      {"requiredSkills", boost::json::array{"Widgetry", "Python"}},
      {"preferredSkills", boost::json::array{"BSN"}}};
  const JobAnalysis job =
      AnalyzeJob("Requirements\n• Widgetry and Python\n• More widgetry\n• Even more Widgetry",
                 metadata, Taxonomy::Builtin());
  ExpectKeyword(job, "Widgetry", SkillKind::kHard, true, 4);  // three mentions
  ExpectKeyword(job, "Python", SkillKind::kHard, true, 3);
  EXPECT_EQ(Find(job, "BSN"), nullptr);
}

TEST(AnalyzeJob, IsDeterministic) {
  const JobAnalysis first = Analyze(fixtures::kBackendEngineerJob);
  const JobAnalysis second = Analyze(fixtures::kBackendEngineerJob);
  ASSERT_EQ(first.keywords.size(), second.keywords.size());
  for (std::size_t i = 0; i < first.keywords.size(); ++i) {
    EXPECT_EQ(first.keywords[i].term, second.keywords[i].term);
    EXPECT_EQ(first.keywords[i].weight, second.keywords[i].weight);
  }
}

}  // namespace
}  // namespace resumax::optimize

namespace resumax::optimize {
namespace {

// A list's block ends where prose follows it: the benefits and the contact line after the
// "Desirable" list ask for nothing.
TEST(AnalyzeJob, ProseAfterAListEndsItsBlock) {
  const JobAnalysis job = Analyze(
      "Warehouse Supervisor\n"
      "Requirements\n- Forklift operation\n- Inventory control\n"
      "Nice to have\n- SAP\n"
      "Compensation and perks\n"
      "Internally we live in Slack and Notion. Contact Mrs Patel in HR to apply.\n");
  EXPECT_NE(Find(job, "Inventory management"), nullptr);
  EXPECT_NE(Find(job, "SAP"), nullptr);
  EXPECT_EQ(Find(job, "Slack"), nullptr);
  EXPECT_EQ(Find(job, "Notion"), nullptr);
  EXPECT_EQ(Find(job, "Human resources"), nullptr);
  // "It would be an advantage to have:" heads the preferred list.
  const JobAnalysis advantage = Analyze(
      "Front Office Manager\nThe ideal candidate will have:\n- Forklift operation\n"
      "It would be an advantage to have:\n- SAP\n");
  ExpectKeyword(advantage, "SAP", SkillKind::kHard, false, 1.5);
}

// Credentials that go by their letters are requirements even when the taxonomy lacks them;
// capitals that name no skill (a pay word, a firm's legal form, a degree, part of a longer term,
// a clause that says what does not count) are not.
TEST(AnalyzeJob, UnknownAcronymsInRequirementsAreRequirements) {
  const JobAnalysis job = Analyze(
      "Teacher of Mathematics\n"
      "Essential\n"
      "- Qualified Teacher Status (QTS)\n"
      "- Forest School Leader award (FSL)\n"
      "- An Enhanced DBS check\n"
      "- Experience with Opera PMS\n"
      "- 3+ years of closing in SaaS (SDR/BDR time doesn't count)\n"
      "- A BS in Mathematics; OTE paid monthly\n"
      "- EPOS experience (we use LS Central, but any system is fine)\n"
      "Desirable\n- A PGCE\n- A degree in Interaction Design, HCI or a related field\n");
  ExpectKeyword(job, "Qualified Teacher Status", SkillKind::kCertification, true, 3);
  ExpectKeyword(job, "FSL", SkillKind::kHard, true, 3);
  EXPECT_FALSE(Find(job, "FSL")->known) << "the taxonomy lacks it";
  ExpectKeyword(job, "Enhanced DBS check", SkillKind::kCertification, true, 2.5);
  ExpectKeyword(job, "SaaS", SkillKind::kHard, true, 3);
  ExpectKeyword(job, "PGCE", SkillKind::kHard, false, 1.5);
  // The employer's own system and a degree's field in letters are no requirements either.
  for (const char* not_one : {"PMS", "SDR", "BDR", "BS", "OTE", "LS", "HCI"}) {
    EXPECT_EQ(Find(job, not_one), nullptr) << not_one;
  }
  // Letters before a term name who issues it; a numeral or a grade after a name or a number
  // is part of it.
  const JobAnalysis more = Analyze(
      "HR Generalist\nRequirements\n- PTCB CPhT or NHA ExCPT\n- Title VII and FLSA compliance\n"
      "- Working knowledge of WCAG 2.2 AA\n- An XYZQ card\n");
  for (const char* not_one : {"NHA", "VII", "AA"}) {
    EXPECT_EQ(Find(more, not_one), nullptr) << not_one;
  }
  EXPECT_NE(Find(more, "XYZQ"), nullptr);
  // The body that accredits a programme is no credential of its own.
  const JobAnalysis accredited = Analyze(
      "Veterinary Technician\nRequirements\n- Graduate of an AVMA-accredited program\n"
      "- An ABET accredited engineering degree\n- A certificate from an ABA-approved program\n");
  EXPECT_EQ(Find(accredited, "AVMA"), nullptr);
  EXPECT_EQ(Find(accredited, "ABET"), nullptr);
  EXPECT_EQ(Find(accredited, "Applied behavior analysis"), nullptr);  // "ABA" is its letters
  // Letters joined by "or" are one requirement; a credential the taxonomy lacks is read by the
  // capitals before its kind's word.
  const JobAnalysis vet = Analyze(
      "Veterinary Assistant\nRequirements\n- Credentialed assistant (CVA, RVA or LVA)\n"
      "- Gentle Paws certification or experience with fearful pets\n"
      "- Current certification in pet CPR\n");
  const Keyword* cva = Find(vet, "CVA");
  ASSERT_NE(cva, nullptr);
  EXPECT_EQ(cva->alternatives, (std::vector<std::string>{"RVA", "LVA"}));
  EXPECT_EQ(Find(vet, "RVA"), nullptr);
  ExpectKeyword(vet, "Gentle Paws certification", SkillKind::kCertification, true, 2.5);
  EXPECT_EQ(Find(vet, "Current certification"), nullptr);
}

// A requirement line names what a recruiter checks; the words around it say what for, how much
// or whose: those are no keywords of their own.
TEST(AnalyzeJob, WordsAroundARequirementAreNoKeywordsOfTheirOwn) {
  const JobAnalysis job = Analyze(
      "Backend Engineer\n"
      "Requirements\n"
      "- 4+ years of professional backend development experience\n"
      "- PostgreSQL: schema design, query tuning, migrations\n"
      "- AWS (we run on EKS, RDS and SQS)\n"
      "- Python for data analysis\n"
      "- Experience negotiating contracts with finance or procurement teams\n"
      "- Three years of litigation experience, and a clear command of legal research\n"
      "Nice to have\n"
      "- Event streaming with Kafka\n"
      "- Power BI dashboards\n"
      "- Experience in fintech or accounting software\n");
  for (const char* kept : {"PostgreSQL", "AWS", "Python", "Contract negotiation", "Kafka",
                           "Power BI", "Legal research"}) {
    EXPECT_NE(Find(job, kept), nullptr) << kept;
  }
  // What the posting says it does not want, and the roles a years phrase names.
  const JobAnalysis unwanted = Analyze(
      "Associate Attorney\nRequirements\n"
      "- Depositions and motions, rather than document review\n"
      "- 4+ years designing apps (print and brand design do not count)\n"
      "- 5+ years as a construction Project Manager\n");
  EXPECT_NE(Find(unwanted, "Depositions"), nullptr);
  for (const char* not_one : {"Document review", "Brand identity", "Project management"}) {
    EXPECT_EQ(Find(unwanted, not_one), nullptr) << not_one;
  }
  for (const char* not_one :
       {"Backend development", "Database design", "Query optimization", "Amazon RDS", "Amazon SQS",
        "Data analysis", "Procurement", "Litigation", "Stream processing", "Data visualization",
        "Accounting"}) {
    EXPECT_EQ(Find(job, not_one), nullptr) << not_one;
  }
}

// A soft skill asked for on a commercial object is a competence ("Supplier negotiation"); the
// same skill alone, or as a quality ("strong negotiation skills"), stays soft.
TEST(AnalyzeJob, SoftSkillOnACommercialObjectIsACompetence) {
  const JobAnalysis buyer = Analyze("Buyer\nEssential\n- Supplier negotiation\n- Excel\n");
  ExpectKeyword(buyer, "Negotiation", SkillKind::kHard, true, 3);
  const JobAnalysis seller =
      Analyze("Sales Associate\nEssential\n- Strong negotiation skills\n- Excel\n");
  ASSERT_NE(Find(seller, "Negotiation"), nullptr);
  EXPECT_EQ(Find(seller, "Negotiation")->kind, SkillKind::kSoft);
}

// A skill named only in the duties, not in the requirement blocks, is no keyword even when the
// posting's metadata lists it: "performance reviews with your key suppliers" asks for no HR
// performance management.
TEST(AnalyzeJob, SkillsNamedOnlyInTheDutiesAreNoKeywords) {
  const std::string text =
      "Procurement Buyer\nWhat you'll do\n- Hold quarterly performance reviews with your key "
      "suppliers\nEssential\n- Contract management\nDesirable\n- Supplier performance "
      "management\n";
  boost::json::object metadata =
      jobs::ExtractJobMetadata(text, std::nullopt, std::nullopt, std::nullopt).ToJson();
  metadata["preferredSkills"] = boost::json::array{"Performance management"};
  const JobAnalysis job = AnalyzeJob(text, metadata, Taxonomy::Builtin());
  EXPECT_EQ(Find(job, "Performance management"), nullptr);
  EXPECT_NE(Find(job, "Supplier performance management"), nullptr);
}

// Headings in the words postings use: "Required", "Minimum", "Person specification" head the
// requirements; the duties are no requirement block, whatever follows them.
TEST(AnalyzeJob, ReadsTheHeadingsPostingsUse) {
  for (const std::string heading :
       {"Required", "Minimum Requirements", "Person specification", "What we need", "Required:",
        "You'll have", "Key selection criteria", "To succeed in this role you will have:"}) {
    const JobAnalysis job = Analyze(
        "Litigation Paralegal\nWhat you will do\n- Manage "
        "document productions in Relativity\n" +
        heading +
        "\n- Legal research on Westlaw\nPreferred\n- "
        "Spanish\n");
    SCOPED_TRACE(heading);
    EXPECT_NE(Find(job, "Legal research"), nullptr);
    EXPECT_NE(Find(job, "Westlaw"), nullptr);
    ExpectKeyword(job, "Spanish", SkillKind::kHard, false, 1.5);
    EXPECT_EQ(Find(job, "Relativity"), nullptr);
  }
}

// A list item of a few words the taxonomy does not know is a requirement in its own words;
// one about when, where or who may work, or a degree, is not.
TEST(AnalyzeJob, AShortListItemIsARequirementInItsOwnWords) {
  const JobAnalysis job = Analyze(
      "Warehouse Shift Supervisor\nRequirements\n- Forklift operation\n- Labour planning\n"
      "- Weekend availability\n- Right to work in the UK\n- Bachelor's degree\n"
      "- 2 years in a warehouse\n- Own transport\n- Self-motivated\n- Physically fit\n"
      "Nice to have\n- Nitrous oxide monitoring permit\n");
  ExpectKeyword(job, "Labour planning", SkillKind::kHard, true, 3);
  EXPECT_FALSE(Find(job, "Labour planning")->known);
  EXPECT_NE(Find(job, "Nitrous oxide monitoring permit"), nullptr);
  EXPECT_FALSE(Find(job, "Nitrous oxide monitoring permit")->required);
  for (const char* not_one :
       {"Weekend availability", "Right to work in the UK", "Bachelor's degree",
        "2 years in a warehouse", "Own transport", "Self-motivated", "Physically fit"}) {
    EXPECT_EQ(Find(job, not_one), nullptr) << not_one;
  }
}

// The parts of a named tool listed after its colon or in its parenthesis are its uses, not
// requirements of their own; named alone, a part is one.
TEST(AnalyzeJob, PartsOfAToolAfterItAreItsUses) {
  const Taxonomy taxonomy = Taxonomy::FromTsv(
      "Microsoft Excel\thard\tdata\tExcel\n"
      "VLOOKUP\thard\tdata\tXLOOKUP\tMicrosoft Excel\n"
      "Pivot tables\thard\tdata\t\tMicrosoft Excel\n"
      "SUMIFS\thard\tdata\t\tMicrosoft Excel\n"
      "SQL\thard\tdata\t\n");
  for (const char* line : {"- Strong Excel: XLOOKUP, pivot tables, SUMIFS",
                           "- Advanced Excel (pivot tables, XLOOKUP)"}) {
    const JobAnalysis job = AnalyzeJob(
        std::string("Staff Accountant\nRequirements\n") + line + "\n- SQL\n", {}, taxonomy);
    std::vector<std::string> terms;
    for (const Keyword& keyword : job.keywords) terms.push_back(keyword.term);
    EXPECT_EQ(terms, (std::vector<std::string>{"Microsoft Excel", "SQL"})) << line;
  }
  const JobAnalysis alone =
      AnalyzeJob("Analyst\nRequirements\n- Pivot tables\n- SQL\n", {}, taxonomy);
  EXPECT_NE(Find(alone, "Pivot tables"), nullptr);
}

// A flood of requirement lines keeps a bounded list of keywords.
TEST(AnalyzeJob, AFloodOfLinesKeepsABoundedList) {
  std::string text = "Hostile Job\nRequirements\n- Python\n";
  for (int i = 0; i < 3000; ++i) {
    std::string word = "Q";
    for (int n = i; word.size() < 6; n /= 26) word += static_cast<char>('a' + n % 26);
    text += "- " + word + " handling\n";
  }
  const JobAnalysis job = Analyze(text);
  EXPECT_LE(job.keywords.size(), 80u);
  EXPECT_NE(Find(job, "Python"), nullptr);
}

// What the posting says does not count toward its years, as written.
TEST(AnalyzeJob, ReadsWhatExperienceDoesNotCount) {
  const JobAnalysis job = Analyze(
      "Account Executive\nMust have\n"
      "- 3+ years of closing experience in B2B SaaS (SDR/BDR time doesn't count toward this)\n"
      "- 1 year in a pharmacy; externship hours do not count\n"
      "- Training placements count\n"
      "- 2 years as a technician (veterinary assistant, kennel and externship time does not "
      "count)\n");
  EXPECT_EQ(
      job.uncounted_experience,
      (std::vector<std::string>{
          "externship hours", "veterinary assistant, kennel and externship time", "SDR/BDR time"}));
}

// "X or Y" asks for either: one keyword, the others its alternatives, unless asked for alone too.
TEST(AnalyzeJob, AlternativesAreOneKeyword) {
  const JobAnalysis job = Analyze(
      "Staff Accountant\n"
      "Requirements\n"
      "- US GAAP or IFRS\n"
      "- Experience with NetSuite, Xero or QuickBooks\n"
      "- Excel and SQL\n"
      "- An RN license in Michigan or a multistate compact license\n"
      "Nice to have\n- French, German, Spanish or Italian\n- QuickBooks Online\n");
  const Keyword* gaap = Find(job, "GAAP");
  ASSERT_NE(gaap, nullptr);
  EXPECT_EQ(gaap->alternatives, std::vector<std::string>{"IFRS"});
  const Keyword* netsuite = Find(job, "NetSuite");
  ASSERT_NE(netsuite, nullptr);
  EXPECT_EQ(netsuite->alternatives, std::vector<std::string>{"Xero"})
      << "QuickBooks is asked for on its own too";
  EXPECT_NE(Find(job, "QuickBooks"), nullptr);
  EXPECT_TRUE(Find(job, "Microsoft Excel")->alternatives.empty());
  EXPECT_NE(Find(job, "SQL"), nullptr);
  const Keyword* rn = Find(job, "RN license");
  ASSERT_NE(rn, nullptr);
  EXPECT_EQ(rn->alternatives, std::vector<std::string>{"Compact nursing license"});
  // What a generic head's colon or "including" introduces shows it.
  const JobAnalysis covered = Analyze(
      "Data Analyst\nRequirements\n- A solid grasp of statistics, including hypothesis testing\n"
      "- Prescription processing: order entry, filling and labeling\n");
  const Keyword* statistics = Find(covered, "Statistics");
  ASSERT_NE(statistics, nullptr);
  EXPECT_EQ(statistics->alternatives, std::vector<std::string>{"Hypothesis testing"});
  EXPECT_EQ(Find(covered, "Hypothesis testing"), nullptr);
  EXPECT_EQ(Find(covered, "Packaging and labeling"), nullptr);
  // Examples show the kind they illustrate; what "including …" lists is covered by its head.
  const JobAnalysis examples = Analyze(
      "Data Analyst\nRequirements\n- Experience with a BI tool such as Tableau or Looker\n"
      "- Budget management and cost control, including monthly cost-to-complete forecasts\n");
  const Keyword* bi = Find(examples, "Business intelligence");
  ASSERT_NE(bi, nullptr);
  EXPECT_EQ(bi->alternatives, (std::vector<std::string>{"Tableau", "Looker"}));
  EXPECT_EQ(Find(examples, "Tableau"), nullptr);
  EXPECT_EQ(Find(examples, "Forecasting"), nullptr);
  // A parenthesis after a kind lists its examples; after a name, what it is used for.
  const JobAnalysis parenthesis = Analyze(
      "Pharmacy Technician\nRequirements\n"
      "- Experience restocking automated dispensing cabinets (Pyxis or Omnicell)\n"
      "- Pharmacy calculations (doses, days' supply, IV flow rates)\n"
      "- PostgreSQL (schema design, query tuning)\n");
  const Keyword* cabinets = Find(parenthesis, "Automated dispensing cabinets");
  ASSERT_NE(cabinets, nullptr);
  EXPECT_EQ(cabinets->alternatives, (std::vector<std::string>{"Pyxis", "Omnicell"}));
  for (const char* not_one : {"Pyxis", "IV", "Database design", "Query optimization"}) {
    EXPECT_EQ(Find(parenthesis, not_one), nullptr) << not_one;
  }
  EXPECT_NE(Find(parenthesis, "PostgreSQL"), nullptr);
  const Keyword* french = Find(job, "French");
  ASSERT_NE(french, nullptr);
  EXPECT_EQ(french->alternatives, (std::vector<std::string>{"German", "Spanish", "Italian"}));
  EXPECT_FALSE(french->required);
}

}  // namespace
}  // namespace resumax::optimize
