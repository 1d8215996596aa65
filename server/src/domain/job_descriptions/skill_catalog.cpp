#include "domain/job_descriptions/skill_catalog.h"

#include <algorithm>
#include <map>

#include "domain/job_descriptions/text_scan.h"

namespace resumax::jobs {
namespace {

using text::IsAsciiAlnum;
using text::IsAsciiAlpha;
using text::ToLowerAscii;

// A skill and the other ways job descriptions write it ('|'-separated). Exact-case terms are
// ordinary words or letters in other spellings ("go", "excel", "epic", "R&D").
struct SkillTerm {
  std::string_view canonical;
  std::string_view aliases = {};
  bool exact_case = false;
};

constexpr SkillTerm kSkillTerms[] = {
    // Programming languages and runtimes.
    {"Python"},
    {"Java"},
    {"JavaScript", "js|ecmascript"},
    {"TypeScript", "ts"},
    {"Go", "Golang|golang|GoLang|GOLANG", true},
    {"Rust", "", true},
    {"C", "", true},
    {"C++", "cpp"},
    {"C#", "csharp"},
    {".NET", "dotnet|.net core"},
    {"ASP.NET"},
    {"Ruby"},
    {"Ruby on Rails", "rails|ror"},
    {"PHP"},
    {"Kotlin"},
    {"Swift", "", true},
    {"Objective-C"},
    {"Scala"},
    {"Elixir"},
    {"Erlang"},
    {"Haskell"},
    {"Perl"},
    {"R", "", true},
    {"MATLAB"},
    {"Bash", "shell scripting"},
    {"PowerShell"},
    {"SQL"},
    {"NoSQL"},
    {"GraphQL"},
    {"HTML", "html5"},
    {"CSS", "css3"},
    {"Sass", "scss"},
    {"Tailwind CSS", "tailwind|tailwindcss"},
    // Frameworks and libraries.
    {"React", "react.js|reactjs"},
    {"React Native"},
    {"Angular", "angularjs"},
    {"Vue.js", "vue|vuejs"},
    {"Svelte"},
    {"Next.js", "nextjs"},
    {"Node.js", "nodejs"},
    {"Node.js", "Node", true},
    {"Express.js", "expressjs"},
    {"Django"},
    {"Flask"},
    {"FastAPI"},
    {"Spring", "", true},
    {"Spring Boot"},
    {"Hibernate"},
    {"Laravel"},
    {"jQuery"},
    {"Redux"},
    {"Webpack"},
    {"gRPC"},
    {"Protocol Buffers", "protobuf"},
    // Engineering practice.
    {"REST APIs", "REST|RESTful|Restful|REST API|RESTful API|RESTful APIs", true},
    {"REST APIs", "restful apis|rest api|restful api|restful services|restful web services"},
    {"Microservices", "microservice|microservices architecture"},
    {"Distributed systems"},
    {"System design"},
    {"Data structures"},
    {"Algorithms"},
    {"Object-oriented programming", "oop|object oriented programming|object-oriented design"},
    {"Unit testing", "unit tests"},
    {"Test-driven development", "tdd|test driven development"},
    {"Jest"},
    {"Cypress"},
    {"Selenium"},
    {"Playwright"},
    {"JUnit"},
    {"pytest"},
    {"Git"},
    {"GitHub"},
    {"GitLab"},
    {"Bitbucket"},
    {"Jira"},
    {"Confluence"},
    {"Agile", "agile methodologies"},
    {"Scrum"},
    {"Kanban"},
    {"CI/CD",
     "continuous integration|continuous delivery|continuous deployment|ci/cd pipelines|ci cd"},
    {"Jenkins"},
    {"GitHub Actions"},
    {"CircleCI"},
    {"Docker", "containerization"},
    {"Kubernetes", "k8s"},
    {"Helm"},
    {"Terraform"},
    {"Ansible"},
    {"Infrastructure as code", "iac"},
    {"Linux"},
    {"Unix"},
    {"Nginx"},
    {"Kafka", "apache kafka"},
    {"RabbitMQ"},
    {"Redis"},
    {"Observability"},
    {"Prometheus"},
    {"Grafana"},
    {"Datadog"},
    {"Splunk"},
    {"OpenTelemetry"},
    {"Site reliability engineering", "sre"},
    {"Performance tuning", "performance optimization"},
    // Data stores and data work.
    {"PostgreSQL", "postgres|postgre|psql"},
    {"MySQL"},
    {"SQLite"},
    {"MongoDB", "mongo"},
    {"Cassandra"},
    {"DynamoDB"},
    {"Elasticsearch", "elastic search|opensearch"},
    {"Oracle Database", "oracle db"},
    {"SQL Server", "mssql|microsoft sql server|ms sql"},
    {"Snowflake"},
    {"BigQuery"},
    {"Redshift"},
    {"Databricks"},
    {"Apache Spark", "spark|pyspark"},
    {"Hadoop"},
    {"Airflow", "apache airflow"},
    {"dbt", "", true},
    {"ETL", "elt|etl pipelines|data pipelines"},
    {"Data modeling", "data modelling"},
    {"Data warehousing", "data warehouse"},
    {"Pandas"},
    {"NumPy"},
    {"scikit-learn", "sklearn"},
    {"TensorFlow"},
    {"PyTorch"},
    {"Machine learning", "machine-learning"},
    {"Machine learning", "ML", true},
    {"Deep learning"},
    {"NLP", "natural language processing"},
    {"Computer vision"},
    {"LLMs", "llm|large language models|large language model"},
    {"Statistics", "statistical analysis|statistical modeling"},
    {"A/B testing", "a/b tests|ab testing"},
    {"Tableau"},
    {"Power BI", "powerbi"},
    {"Looker"},
    {"Data visualization", "data visualisation|dashboards|dashboarding"},
    {"Data analysis", "data analytics"},
    // Cloud.
    {"AWS", "amazon web services"},
    {"Azure", "microsoft azure"},
    {"Google Cloud", "gcp|google cloud platform"},
    {"AWS Lambda", "lambda"},
    {"EC2"},
    {"S3", "", true},
    {"Serverless"},
    {"Networking", "computer networking"},
    {"TCP/IP"},
    // Security.
    {"Cybersecurity", "cyber security|information security|infosec"},
    {"Penetration testing", "pen testing|pentesting"},
    {"SIEM"},
    {"IAM", "identity and access management"},
    {"OAuth", "oauth2|oauth 2.0"},
    {"SOC 2", "soc2"},
    {"ISO 27001"},
    // Design and product.
    {"Figma"},
    {"Sketch", "", true},
    {"Adobe Creative Suite", "adobe creative cloud|creative cloud"},
    {"Photoshop", "adobe photoshop"},
    {"Illustrator", "adobe illustrator"},
    {"InDesign", "adobe indesign"},
    {"UX design", "user experience design|ux"},
    {"UI design", "user interface design"},
    {"Wireframing", "wireframes"},
    {"Prototyping"},
    {"User research"},
    {"Accessibility", "wcag|a11y"},
    {"iOS"},
    {"Android"},
    {"Product management"},
    {"Project management"},
    {"Stakeholder management"},
    {"PMP"},
    {"Six Sigma", "lean six sigma"},
    // Healthcare.
    {"ACLS", "advanced cardiovascular life support|advanced cardiac life support"},
    {"BLS", "basic life support"},
    {"PALS", "pediatric advanced life support"},
    {"TNCC", "trauma nursing core course"},
    {"ENPC"},
    {"CEN", "certified emergency nurse"},
    {"NIHSS"},
    {"CPR"},
    {"First aid"},
    {"Triage"},
    {"EMR",
     "ehr|electronic medical records|electronic health records|electronic medical record|"
     "electronic health record"},
    {"Epic", "Epic Systems", true},
    {"Cerner"},
    {"Meditech"},
    {"IV therapy", "iv insertion|iv starts|intravenous therapy"},
    {"Phlebotomy"},
    {"Patient assessment", "patient assessments|physical assessment"},
    {"Medication administration"},
    {"Wound care"},
    {"Telemetry"},
    {"Critical care"},
    {"Patient education"},
    {"Infection control"},
    {"HIPAA"},
    {"Care planning", "care plans"},
    {"Vital signs"},
    {"ICD-10"},
    {"CPT coding"},
    {"Medical coding"},
    {"Medical terminology"},
    {"Patient care"},
    {"RN license",
     "rn licensure|registered nurse license|nursing license|license as a registered nurse"},
    {"BSN", "bachelor of science in nursing"},
    {"NCLEX", "nclex-rn"},
    // Finance and accounting.
    {"GAAP", "us gaap|u.s. gaap|generally accepted accounting principles"},
    {"IFRS"},
    {"CPA", "certified public accountant"},
    {"CMA"},
    {"CFA"},
    {"Excel", "MS Excel|Microsoft Excel|EXCEL|MS excel|microsoft excel|Excel", true},
    {"VLOOKUP", "xlookup"},
    {"Pivot tables", "pivot table|pivottables"},
    {"Reconciliation",
     "reconciliations|account reconciliation|account reconciliations|bank reconciliation|"
     "bank reconciliations|balance sheet reconciliations|reconciling accounts"},
    {"Month-end close", "month end close|month-end closing|month end closing|month-end"},
    {"Journal entries", "journal entry"},
    {"General ledger"},
    {"Accounts payable"},
    {"Accounts receivable"},
    {"Financial reporting"},
    {"Financial statements", "financial statement"},
    {"Financial analysis"},
    {"Financial modeling", "financial modelling"},
    {"Budgeting", "budget management"},
    {"Forecasting"},
    {"Variance analysis"},
    {"Auditing", "audits|internal audit|external audit"},
    {"Tax preparation", "tax returns"},
    {"Payroll"},
    {"QuickBooks"},
    {"NetSuite", "oracle netsuite"},
    {"SAP"},
    {"Sage Intacct"},
    {"Xero"},
    {"Accruals", "accrual"},
    {"Fixed assets"},
    {"SOX compliance", "sox|sarbanes-oxley"},
    {"Internal controls"},
    {"Cost accounting"},
    {"Bookkeeping"},
    // Marketing.
    {"SEO", "search engine optimization|search engine optimisation"},
    {"SEM", "search engine marketing"},
    {"PPC", "pay-per-click|paid search"},
    {"Google Analytics", "ga4"},
    {"Google Ads", "adwords|google adwords"},
    {"Meta Ads", "facebook ads"},
    {"HubSpot"},
    {"Marketo"},
    {"Mailchimp"},
    {"Email marketing"},
    {"Content marketing"},
    {"Content strategy"},
    {"Social media marketing", "social media"},
    {"Copywriting"},
    {"Brand management", "branding"},
    {"Marketing automation"},
    {"Demand generation", "demand gen"},
    {"Lead generation", "lead gen"},
    {"Campaign management", "campaign planning"},
    {"Market research"},
    {"Digital marketing"},
    {"Product marketing"},
    {"Conversion rate optimization",
     "cro|conversion optimization|conversion rate optimisation|conversion optimisation"},
    {"Marketing analytics"},
    {"Public relations"},
    {"WordPress"},
    {"Shopify"},
    {"Canva"},
    {"Go-to-market strategy", "go-to-market|go to market"},
    {"Go-to-market strategy", "GTM", true},
    // Sales and customer work.
    {"Salesforce", "sfdc"},
    {"CRM", "customer relationship management"},
    {"Pipeline management", "pipeline development|managing a pipeline"},
    {"Prospecting"},
    {"Cold calling"},
    {"Lead qualification"},
    {"Account management"},
    {"Negotiation", "negotiating"},
    {"B2B sales"},
    {"Consultative selling"},
    {"Solution selling"},
    {"Territory management"},
    {"Customer success"},
    {"Customer service", "customer support"},
    {"Zendesk"},
    {"LinkedIn Sales Navigator", "sales navigator"},
    // Operations, logistics and trades.
    {"Supply chain management", "supply chain"},
    {"Logistics"},
    {"Inventory management", "inventory control"},
    {"WMS", "warehouse management system|warehouse management systems"},
    {"ERP", "erp systems"},
    {"Lean manufacturing"},
    {"Kaizen"},
    {"5S", "", true},
    {"Procurement"},
    {"Vendor management"},
    {"Shipping and receiving", "shipping & receiving"},
    {"Order fulfillment", "order fulfilment"},
    {"Cycle counting", "cycle counts"},
    {"Forklift", "forklifts|forklift operation|forklift certification"},
    {"Pallet jack", "electric pallet jack"},
    {"RF scanners", "rf scanner|rf scanning|rf guns"},
    {"Material handling"},
    {"Warehouse operations"},
    {"Fleet management"},
    {"TMS", "transportation management system"},
    {"KPIs", "kpi|key performance indicators"},
    {"Process improvement", "continuous improvement"},
    {"Root cause analysis"},
    {"Scheduling"},
    {"P&L management", "p&l|profit and loss"},
    {"OSHA", "osha 10|osha 30|osha regulations|osha compliance"},
    {"HAZMAT", "hazardous materials"},
    {"CDL", "commercial driver's license|commercial drivers license"},
    {"Quality control"},
    {"Quality assurance"},
    {"Blueprint reading", "blueprints|reading blueprints"},
    {"Welding", "mig welding|tig welding"},
    {"HVAC"},
    {"Plumbing"},
    {"Carpentry"},
    {"Electrical systems"},
    {"Power tools"},
    {"Preventive maintenance", "preventative maintenance"},
    {"PLC programming", "plc|plcs"},
    {"AutoCAD"},
    {"SolidWorks"},
    {"CNC"},
    // Education.
    {"Curriculum design", "curriculum development|curriculum planning"},
    {"Classroom management"},
    {"Lesson planning", "lesson plans"},
    {"Differentiated instruction", "differentiation"},
    {"Common Core"},
    {"IEP", "individualized education program|individualized education plan"},
    {"Google Classroom"},
    {"LMS", "learning management system|canvas lms"},
    {"Formative assessment", "formative assessments"},
    {"Special education"},
    {"ESL", "ell|english as a second language"},
    {"Teaching certification",
     "teaching certificate|teaching license|teaching credential|teacher certification|"
     "state teaching certification|state teaching license"},
    {"STEM"},
    {"Project-based learning", "project based learning"},
    {"Student engagement"},
    // People, HR and general tools.
    {"Recruiting", "recruitment"},
    {"Talent acquisition"},
    {"Onboarding"},
    {"Employee relations"},
    {"HRIS"},
    {"Workday"},
    {"ADP"},
    {"Benefits administration"},
    {"Performance management"},
    {"Microsoft Office", "ms office|microsoft 365|office 365|microsoft office suite"},
    {"Microsoft Word", "ms word"},
    {"PowerPoint"},
    {"Outlook", "", true},
    {"Google Workspace", "g suite|gsuite"},
    {"Communication skills", "communication|written and verbal communication"},
    {"Leadership"},
    {"Team leadership", "people management|team management"},
    {"Problem solving", "problem-solving"},
    {"Time management"},
    {"Attention to detail", "detail-oriented|detail oriented"},
    {"Spanish", "", true},
    {"French", "", true},
    {"Mandarin", "", true},
    {"Regulatory compliance"},
    {"Risk management"},
    {"Legal research"},
    {"Data entry"},
};

struct Pattern {
  std::string text;  // lowered unless exact_case
  std::string_view canonical;
  bool exact_case = false;
};

// Key of a term or of a text position: the run of letters and digits it starts with, or its
// first character when that is not one (".NET").
std::string_view KeyAt(std::string_view lowered, std::size_t at) {
  std::size_t end = at;
  while (end < lowered.size() && IsAsciiAlnum(lowered[end])) ++end;
  return lowered.substr(at, std::max<std::size_t>(end - at, 1));
}

using PatternIndex = std::map<std::string, std::vector<Pattern>, std::less<>>;

const PatternIndex& Patterns() {
  static const PatternIndex kIndex = [] {
    PatternIndex index;
    const auto add = [&](std::string_view written, const SkillTerm& term) {
      Pattern pattern{term.exact_case ? std::string(written) : text::ToLowerAscii(written),
                      term.canonical, term.exact_case};
      const std::string lowered = text::ToLowerAscii(written);
      index[std::string(KeyAt(lowered, 0))].push_back(std::move(pattern));
    };
    for (const SkillTerm& term : kSkillTerms) {
      add(term.canonical, term);
      if (!term.aliases.empty()) {
        text::ForEachAlternative(term.aliases, [&](std::string_view alias) { add(alias, term); });
      }
    }
    return index;
  }();
  return kIndex;
}

// A term may not continue into a longer word: "C" in "C++", "js" in "Node.js", "Go" in "Google".
bool ClearBefore(std::string_view text, std::size_t at, const Pattern& pattern) {
  if (at == 0) return true;
  const char before = text[at - 1];
  if (IsAsciiAlnum(before) || before == '_') return false;
  if (before == '.' && IsAsciiAlnum(pattern.text.front())) return false;
  // Short exact terms are letters in "R&D", "C-suite", "Go-getter".
  if (pattern.exact_case && pattern.text.size() <= 2 && (before == '&' || before == '-')) {
    return false;
  }
  return true;
}

// Returns the matched length including an optional plural "s", or 0.
std::size_t MatchAt(std::string_view line, std::string_view lowered, std::size_t at,
                    const Pattern& pattern) {
  const std::string_view source = pattern.exact_case ? line : lowered;
  if (source.substr(at, pattern.text.size()) != pattern.text) return 0;
  if (!ClearBefore(lowered, at, pattern)) return 0;
  std::size_t end = at + pattern.text.size();
  if (!pattern.exact_case && IsAsciiAlpha(pattern.text.back()) && end < lowered.size() &&
      lowered[end] == 's') {
    if (end + 1 == lowered.size() || !IsAsciiAlnum(lowered[end + 1])) ++end;
  }
  if (end == lowered.size()) return end - at;
  const char after = lowered[end];
  if (IsAsciiAlnum(after) || after == '_' || after == '+' || after == '#') return 0;
  if (after == '.' && end + 1 < lowered.size() && IsAsciiAlnum(lowered[end + 1])) return 0;
  if (pattern.exact_case && pattern.text.size() <= 2 &&
      (after == '&' || after == '-' || after == '\'')) {
    return 0;
  }
  return end - at;
}

}  // namespace

void CollectSkills(std::string_view text, std::vector<std::string>& skills) {
  const std::string lowered = text::ToLowerAscii(text);
  const PatternIndex& index = Patterns();
  for (std::size_t at = 0; at < lowered.size();) {
    const bool word_start =
        IsAsciiAlnum(lowered[at]) && (at == 0 || !IsAsciiAlnum(lowered[at - 1]));
    if (!word_start && lowered[at] != '.') {
      ++at;
      continue;
    }
    std::size_t best_length = 0;
    std::string_view best;
    const std::string_view key = KeyAt(lowered, at);
    // "KPIs" is keyed under "kpi".
    for (std::string_view candidate_key : {key, key.substr(0, key.size() - 1)}) {
      const auto found = index.find(candidate_key);
      if (found == index.end()) continue;
      for (const Pattern& pattern : found->second) {
        const std::size_t length = MatchAt(text, lowered, at, pattern);
        if (length > best_length) {
          best_length = length;
          best = pattern.canonical;
        }
      }
      if (!key.ends_with('s')) break;
    }
    if (best_length == 0) {
      ++at;
      continue;
    }
    if (std::find(skills.begin(), skills.end(), best) == skills.end()) skills.emplace_back(best);
    at += best_length;
  }
}

bool IsSkillTerm(std::string_view text) {
  std::vector<std::string> found;
  CollectSkills(text, found);
  if (found.size() != 1) return false;
  const std::string lowered = text::ToLowerAscii(text::Trim(text));
  const auto entries = Patterns().find(KeyAt(lowered, 0));
  if (entries == Patterns().end()) return false;
  return std::any_of(entries->second.begin(), entries->second.end(), [&](const Pattern& pattern) {
    return text::ToLowerAscii(pattern.text) == lowered;
  });
}

}  // namespace resumax::jobs
