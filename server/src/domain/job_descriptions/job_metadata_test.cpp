#include "domain/job_descriptions/job_metadata.h"

#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>
#include <chrono>
#include <string>
#include <vector>

#include "domain/job_descriptions/job_text_sanitizer.h"

namespace resumax::jobs {
namespace {

using Skills = std::vector<std::string>;

JobMetadata Extract(std::string_view raw) {
  return ExtractJobMetadata(SanitizeJobText(raw), std::nullopt, std::nullopt, std::nullopt);
}

void ExpectSalary(const JobMetadata& metadata, double min, double max, std::string_view currency,
                  std::string_view period) {
  ASSERT_TRUE(metadata.salary);
  EXPECT_DOUBLE_EQ(metadata.salary->min, min);
  EXPECT_DOUBLE_EQ(metadata.salary->max, max);
  EXPECT_EQ(metadata.salary->currency, currency);
  EXPECT_EQ(metadata.salary->period, period);
}

constexpr std::string_view kSoftwareEngineer = R"(<h1>Senior Backend Engineer</h1>
<p><strong>Location:</strong> Remote (US)</p>
<p><strong>Type:</strong> Full-time</p>
<h2>About Lumen Ledger</h2>
<p>Lumen Ledger builds payment infrastructure for 4,000 small businesses. We raised $40M in
Series B funding last year.</p>
<h2>What you&rsquo;ll do</h2>
<ul>
  <li>Design and operate Go services on AWS</li>
  <li>Own our Postgres schema and Kafka pipelines</li>
</ul>
<h2>What you&rsquo;ll need</h2>
<ul>
  <li>5+ years of backend experience building distributed systems</li>
  <li>Strong Go or Java, and solid SQL</li>
  <li>Production experience with Docker and k8s</li>
  <li>Comfort with CI/CD and observability tooling</li>
</ul>
<h2>Nice to have</h2>
<ul><li>Terraform, gRPC</li><li>Experience with Kafka</li><li>Kubernetes operators</li></ul>
<p>Compensation: $160,000 &ndash; $190,000 per year + equity</p>
<script>window.dataLayer.push({salary: "$1"})</script>)";

TEST(ExtractJobMetadata, SoftwareEngineer) {
  const JobMetadata metadata = Extract(kSoftwareEngineer);
  EXPECT_EQ(metadata.title, "Senior Backend Engineer");
  EXPECT_EQ(metadata.company, "Lumen Ledger");
  EXPECT_EQ(metadata.location, "Remote (US)");
  EXPECT_EQ(metadata.work_mode, "remote");
  EXPECT_EQ(metadata.employment_type, "full_time");
  EXPECT_EQ(metadata.seniority, "senior");
  EXPECT_EQ(metadata.years_experience_min, 5);
  EXPECT_EQ(metadata.years_experience_max, std::nullopt);
  ExpectSalary(metadata, 160'000, 190'000, "USD", "year");
  EXPECT_EQ(metadata.required_skills, (Skills{"Distributed systems", "Go", "Java", "SQL", "Docker",
                                              "Kubernetes", "CI/CD", "Observability"}));
  EXPECT_EQ(metadata.preferred_skills, (Skills{"Terraform", "gRPC", "Kafka"}));
}

constexpr std::string_view kEmergencyNurse = R"(Registered Nurse (ER)
Mercy Valley Hospital is hiring a Registered Nurse to join our Level II Trauma Center emergency department in Fresno, CA.
Job type: Full-time, 3x12-hour nights
Pay: $52 - $68 per hour, plus a $10,000 sign-on bonus

Responsibilities
- Perform rapid triage and patient assessment for adult and pediatric patients
- Administer medications and start IVs per protocol
- Document care in Epic

Qualifications
- Current California RN license
- BLS and ACLS certification from the American Heart Association
- PALS and TNCC within 6 months of hire
- Minimum of two (2) years of acute care nursing experience; ER experience strongly preferred
- Experience with electronic health records (Epic)

Preferred
- BSN
- CEN certification
- Bilingual in Spanish

This is an on-site role. Must be able to lift 50 lbs and be at least 18 years of age.)";

TEST(ExtractJobMetadata, EmergencyRoomNurse) {
  const JobMetadata metadata = Extract(kEmergencyNurse);
  EXPECT_EQ(metadata.title, "Registered Nurse (ER)");
  EXPECT_EQ(metadata.company, "Mercy Valley Hospital");
  EXPECT_EQ(metadata.location, "Fresno, CA");
  EXPECT_EQ(metadata.work_mode, "onsite");
  EXPECT_EQ(metadata.employment_type, "full_time");
  EXPECT_EQ(metadata.seniority, "mid");
  EXPECT_EQ(metadata.years_experience_min, 2);
  EXPECT_EQ(metadata.years_experience_max, std::nullopt);
  ExpectSalary(metadata, 52, 68, "USD", "hour");
  EXPECT_EQ(metadata.required_skills,
            (Skills{"RN license", "BLS", "ACLS", "PALS", "TNCC", "EMR", "Epic"}));
  EXPECT_EQ(metadata.preferred_skills, (Skills{"BSN", "CEN", "Spanish"}));
}

constexpr std::string_view kStaffAccountant = R"(Position: Staff Accountant
Company: Brightline Foods, Inc.
Location: Columbus, OH (Hybrid - 3 days in office)
Employment Type: Full-Time

Brightline Foods is a family-owned snack manufacturer with $300M in annual revenue.

Responsibilities:
• Prepare journal entries and account reconciliations for month-end close
• Maintain the fixed asset register

Requirements:
• Bachelor's degree in Accounting or Finance
• 2-4 years of general ledger accounting experience
• Working knowledge of US GAAP
• Advanced Excel skills (VLOOKUPs, pivot tables)
• Experience with NetSuite or a similar ERP
Preferred qualifications:
• CPA or CPA candidate
• Experience with Sage Intacct
• Experience in manufacturing cost accounting

Salary range: $58,000 to $68,000 annually, DOE.)";

TEST(ExtractJobMetadata, StaffAccountant) {
  const JobMetadata metadata = Extract(kStaffAccountant);
  EXPECT_EQ(metadata.title, "Staff Accountant");
  EXPECT_EQ(metadata.company, "Brightline Foods, Inc.");
  EXPECT_EQ(metadata.location, "Columbus, OH");
  EXPECT_EQ(metadata.work_mode, "hybrid");
  EXPECT_EQ(metadata.employment_type, "full_time");
  EXPECT_EQ(metadata.seniority, "mid");  // "Staff" ranks engineers, not accountants
  EXPECT_EQ(metadata.years_experience_min, 2);
  EXPECT_EQ(metadata.years_experience_max, 4);
  ExpectSalary(metadata, 58'000, 68'000, "USD", "year");
  EXPECT_EQ(metadata.required_skills, (Skills{"General ledger", "GAAP", "Excel", "VLOOKUP",
                                              "Pivot tables", "NetSuite", "ERP"}));
  EXPECT_EQ(metadata.preferred_skills, (Skills{"CPA", "Sage Intacct", "Cost accounting"}));
}

constexpr std::string_view kMarketingManager = R"(Marketing Manager at Northwind Outdoor Co.
Location: London, UK (Hybrid)
Contract: Permanent, full time
Salary: from £40k depending on experience

At Northwind Outdoor Co., we make weatherproof gear for people who would rather be outside.

What you’ll do
• Own the annual marketing plan and a £1.2m budget
• Run paid social and Google Ads campaigns

What we’re looking for
• 5+ years in B2C or DTC marketing, including 2 years managing a team
• Hands-on with Google Analytics (GA4), HubSpot and Meta Ads
• Strong SEO and content marketing skills
• Excellent written communication

Bonus points
• Experience with Shopify
• A/B testing and conversion rate optimisation)";

TEST(ExtractJobMetadata, MarketingManager) {
  const JobMetadata metadata = Extract(kMarketingManager);
  EXPECT_EQ(metadata.title, "Marketing Manager");
  EXPECT_EQ(metadata.company, "Northwind Outdoor Co.");
  EXPECT_EQ(metadata.location, "London, UK");
  EXPECT_EQ(metadata.work_mode, "hybrid");
  EXPECT_EQ(metadata.employment_type, "full_time");
  EXPECT_EQ(metadata.seniority, "manager");
  EXPECT_EQ(metadata.years_experience_min, 5);
  ExpectSalary(metadata, 40'000, 40'000, "GBP", "year");
  EXPECT_EQ(metadata.required_skills, (Skills{"Google Analytics", "HubSpot", "Meta Ads", "SEO",
                                              "Content marketing", "Communication skills"}));
  EXPECT_EQ(metadata.preferred_skills,
            (Skills{"Shopify", "A/B testing", "Conversion rate optimization"}));
}

constexpr std::string_view kWarehouseSupervisor = R"(Job Title: Warehouse Supervisor (2nd Shift)
Reports to: Operations Manager
Location: 4100 Distribution Way, Reno, NV 89502
Schedule: Monday–Friday, 2:00pm–10:30pm, full-time

Summit Freight Logistics is seeking an experienced Warehouse Supervisor to lead a team of 25 associates in our 300,000 sq ft distribution center.

Key Responsibilities
- Supervise receiving, put-away, picking and shipping teams
- Track KPIs (units per hour, order accuracy) and drive continuous improvement
- Enforce OSHA safety standards

Requirements
- 3+ years of warehouse experience, including at least 1 year in a lead or supervisory role
- Forklift certification (or ability to obtain within 30 days)
- Working knowledge of a WMS (Manhattan, SAP EWM or similar) and RF scanners
- Proficient with Microsoft Excel and Outlook
- Ability to lift up to 50 lbs and stand for 10 hours

Nice to have
- OSHA 30
- Lean or Six Sigma experience
- Bilingual (English/Spanish)

Pay: $24.50 - $29.00/hr + shift differential)";

TEST(ExtractJobMetadata, WarehouseSupervisor) {
  const JobMetadata metadata = Extract(kWarehouseSupervisor);
  EXPECT_EQ(metadata.title, "Warehouse Supervisor (2nd Shift)");
  EXPECT_EQ(metadata.company, "Summit Freight Logistics");
  EXPECT_EQ(metadata.location, "Reno, NV");
  EXPECT_EQ(metadata.work_mode, std::nullopt);
  EXPECT_EQ(metadata.employment_type, "full_time");
  EXPECT_EQ(metadata.seniority, "manager");
  EXPECT_EQ(metadata.years_experience_min, 3);
  ExpectSalary(metadata, 24.5, 29, "USD", "hour");
  EXPECT_EQ(metadata.required_skills,
            (Skills{"Forklift", "WMS", "SAP", "RF scanners", "Excel", "Outlook"}));
  EXPECT_EQ(metadata.preferred_skills, (Skills{"OSHA", "Six Sigma", "Spanish"}));
}

constexpr std::string_view kMathTeacher = R"(High School Mathematics Teacher
Riverside Unified School District | Riverside, CA
Employment: Full-time (190-day certificated contract)

About Riverside Unified School District
We serve 42,000 students across 48 schools. This is an in-person position.

Responsibilities
- Plan and deliver Algebra I and Geometry lessons aligned to Common Core standards
- Use formative assessments to adjust instruction

Qualifications
- Valid California Single Subject Teaching Credential in Mathematics
- Bachelor's degree in mathematics or a related field
- Minimum of two years of classroom teaching experience
- Demonstrated classroom management and lesson planning skills
- Experience with curriculum design for grades 9–12
- Experience with Google Classroom or another LMS

Pluses
- Experience with AP Calculus
- Bilingual in Spanish
- Experience supporting students with IEPs

Salary: $62,000 - $98,000 per year based on the district salary schedule.)";

TEST(ExtractJobMetadata, HighSchoolTeacher) {
  const JobMetadata metadata = Extract(kMathTeacher);
  EXPECT_EQ(metadata.title, "High School Mathematics Teacher");
  EXPECT_EQ(metadata.company, "Riverside Unified School District");
  EXPECT_EQ(metadata.location, "Riverside, CA");
  EXPECT_EQ(metadata.work_mode, "onsite");
  EXPECT_EQ(metadata.employment_type, "full_time");
  EXPECT_EQ(metadata.seniority, "mid");
  EXPECT_EQ(metadata.years_experience_min, 2);
  ExpectSalary(metadata, 62'000, 98'000, "USD", "year");
  EXPECT_EQ(metadata.required_skills,
            (Skills{"Teaching certification", "Classroom management", "Lesson planning",
                    "Curriculum design", "Google Classroom", "LMS"}));
  EXPECT_EQ(metadata.preferred_skills, (Skills{"Spanish", "IEP"}));
}

TEST(ExtractJobMetadata, TypedHintsWinOverTheText) {
  const JobMetadata metadata =
      ExtractJobMetadata(SanitizeJobText(kSoftwareEngineer), "Staff Platform Engineer",
                         "Lumen Ledger Inc.", "  Denver, CO ");
  EXPECT_EQ(metadata.title, "Staff Platform Engineer");
  EXPECT_EQ(metadata.company, "Lumen Ledger Inc.");
  EXPECT_EQ(metadata.location, "Denver, CO");
  EXPECT_EQ(metadata.seniority, "lead");  // read from the hinted title

  const JobMetadata blank_hints =
      ExtractJobMetadata(SanitizeJobText(kSoftwareEngineer), " ", "", std::nullopt);
  EXPECT_EQ(blank_hints.title, "Senior Backend Engineer");
  EXPECT_EQ(blank_hints.company, "Lumen Ledger");
}

JobMetadata ExtractText(std::string_view text) {
  return ExtractJobMetadata(text, std::nullopt, std::nullopt, std::nullopt);
}

TEST(ExtractJobMetadata, TitleForms) {
  EXPECT_EQ(ExtractText("Job Title: Data Analyst II\nWe use SQL.").title, "Data Analyst II");
  EXPECT_EQ(ExtractText("Position: Forklift Operator").title, "Forklift Operator");
  EXPECT_EQ(ExtractText("Careers\nSenior Product Designer (Remote, US)\nAbout us").title,
            "Senior Product Designer");
  EXPECT_EQ(ExtractText("Staff Accountant | Brightline Foods").title, "Staff Accountant");
  EXPECT_EQ(ExtractText("Staff Accountant | Brightline Foods").company, "Brightline Foods");
  EXPECT_EQ(ExtractText("Acme Robotics is hiring a Field Service Technician to support our "
                        "customers.")
                .title,
            "Field Service Technician");
  // Sentences and label lines are not titles.
  EXPECT_EQ(ExtractText("We are a growing team of engineers.\nReports to: Director").title,
            std::nullopt);
}

TEST(ExtractJobMetadata, CompanyForms) {
  EXPECT_EQ(ExtractText("Company: Globex Corporation\nRole: Analyst").company,
            "Globex Corporation");
  EXPECT_EQ(ExtractText("Today, Initech is hiring engineers.").company, "Initech");
  EXPECT_EQ(ExtractText("About Hooli\nWe build search.").company, "Hooli");
  EXPECT_EQ(ExtractText("About the role\nYou will build things.").company, std::nullopt);
  EXPECT_EQ(ExtractText("At Vandelay Industries, we import and export.").company,
            "Vandelay Industries");
  EXPECT_EQ(ExtractText("Backend Engineer at Pied Piper").company, "Pied Piper");
  EXPECT_EQ(ExtractText("We are hiring a nurse.").company, std::nullopt);
}

TEST(ExtractJobMetadata, LocationForms) {
  EXPECT_EQ(ExtractText("Location: Berlin, Germany").location, "Berlin, Germany");
  EXPECT_EQ(ExtractText("Remote (US)\nWe hire everywhere.").location, "Remote (US)");
  EXPECT_EQ(ExtractText("Remote - Canada").location, "Remote - Canada");
  EXPECT_EQ(ExtractText("Remote work is not available").location, std::nullopt);
  EXPECT_EQ(ExtractText("Our office is in San Francisco, CA 94105.").location, "San Francisco, CA");
  EXPECT_EQ(ExtractText("Experience with Java, OR Python is fine").location, std::nullopt);
  EXPECT_EQ(ExtractText("Skills: Python, GO, and SQL").location, std::nullopt);
}

TEST(ExtractJobMetadata, WorkModeForms) {
  EXPECT_EQ(ExtractText("This is a fully remote role.").work_mode, "remote");
  EXPECT_EQ(ExtractText("Work from home anywhere in Canada.").work_mode, "remote");
  EXPECT_EQ(ExtractText("Hybrid: 3 days a week in the office").work_mode, "hybrid");
  EXPECT_EQ(ExtractText("You must work on-site in Dallas.").work_mode, "onsite");
  EXPECT_EQ(ExtractText("This is not a remote position.").work_mode, "onsite");
  EXPECT_EQ(ExtractText("Experience with hybrid cloud and remote monitoring").work_mode,
            std::nullopt);
}

TEST(ExtractJobMetadata, EmploymentTypeForms) {
  EXPECT_EQ(ExtractText("Job type: Part-time").employment_type, "part_time");
  EXPECT_EQ(ExtractText("Employment type: Contract").employment_type, "contract");
  EXPECT_EQ(ExtractText("This is a 6-month contract position.").employment_type, "contract");
  EXPECT_EQ(ExtractText("Summer Marketing Intern").employment_type, "internship");
  EXPECT_EQ(ExtractText("Seasonal warehouse associates needed").employment_type, "temporary");
  EXPECT_EQ(ExtractText("Negotiate vendor contracts").employment_type, std::nullopt);
}

TEST(ExtractJobMetadata, SalaryForms) {
  ExpectSalary(ExtractText("Salary: $120,000 - $150,000"), 120'000, 150'000, "USD", "year");
  ExpectSalary(ExtractText("$120k–$150k/yr"), 120'000, 150'000, "USD", "year");
  ExpectSalary(ExtractText("USD 60-75 per hour"), 60, 75, "USD", "hour");
  ExpectSalary(ExtractText("€55.000 – €65.000 brutto"), 55'000, 65'000, "EUR", "year");
  ExpectSalary(ExtractText("Salary: £40k"), 40'000, 40'000, "GBP", "year");
  ExpectSalary(ExtractText("Pay: C$85,000–95,000 a year"), 85'000, 95'000, "CAD", "year");
  ExpectSalary(ExtractText("Base pay $120-150K"), 120'000, 150'000, "USD", "year");
  ExpectSalary(ExtractText("Earn $28/hour"), 28, 28, "USD", "hour");
  ExpectSalary(ExtractText("$4,500 - $5,200 per month"), 4'500, 5'200, "USD", "month");
  ExpectSalary(ExtractText("Rate: 45,50 EUR - 55 EUR hourly"), 45.5, 55, "EUR", "hour");
  for (std::string_view no_salary :
       {"We raised $40M in 2023", "Enjoy a $5,000 sign-on bonus", "Manage a $2 million budget",
        "401(k) with 6% match", "Grow revenue by $500,000 in sales", "Team of 120 - 150 people",
        "Paid $30 per day"}) {
    EXPECT_EQ(ExtractText(no_salary).salary.has_value(), false) << no_salary;
  }
}

TEST(ExtractJobMetadata, YearsOfExperienceForms) {
  const auto years = [](std::string_view text) {
    const JobMetadata metadata = ExtractText(text);
    return std::pair(metadata.years_experience_min, metadata.years_experience_max);
  };
  using Years = std::pair<std::optional<int>, std::optional<int>>;
  EXPECT_EQ(years("5+ years of Python"), Years(5, std::nullopt));
  EXPECT_EQ(years("3-5 years of experience"), Years(3, 5));
  EXPECT_EQ(years("3 – 5 yrs experience"), Years(3, 5));
  EXPECT_EQ(years("at least 7 years of experience in retail"), Years(7, std::nullopt));
  EXPECT_EQ(years("minimum of two years of experience"), Years(2, std::nullopt));
  EXPECT_EQ(years("Ten or more years managing teams"), Years(10, std::nullopt));
  EXPECT_EQ(years("One year of experience preferred"), Years(1, std::nullopt));
  EXPECT_EQ(years("Must be 18 years of age or older"), Years(std::nullopt, std::nullopt));
  EXPECT_EQ(years("Founded 30 years ago; 20 years in business"), Years(std::nullopt, std::nullopt));
}

TEST(ExtractJobMetadata, SeniorityForms) {
  const auto seniority = [](std::string_view title) {
    return ExtractJobMetadata("", std::string(title), std::nullopt, std::nullopt).seniority;
  };
  EXPECT_EQ(seniority("Junior Data Analyst"), "junior");
  EXPECT_EQ(seniority("Software Engineer I"), "junior");
  EXPECT_EQ(seniority("Software Engineer II"), "mid");
  EXPECT_EQ(seniority("Sr. Software Engineer"), "senior");
  EXPECT_EQ(seniority("Staff Software Engineer"), "lead");
  EXPECT_EQ(seniority("Team Lead, Customer Support"), "lead");
  EXPECT_EQ(seniority("Principal Architect"), "principal");
  EXPECT_EQ(seniority("Engineering Manager"), "manager");
  EXPECT_EQ(seniority("Director of Nursing"), "director");
  EXPECT_EQ(seniority("VP of Sales"), "executive");
  EXPECT_EQ(seniority("Chief Financial Officer"), "executive");
  EXPECT_EQ(seniority("Marketing Intern"), "intern");
  EXPECT_EQ(seniority("Pharmacist"), std::nullopt);
  EXPECT_EQ(ExtractText("Pharmacist\n8+ years of experience").seniority, "senior");
  EXPECT_EQ(ExtractText("Pharmacist\nThis is an entry-level role.").seniority, "junior");
}

TEST(ExtractJobMetadata, SkillsUseAliasesAndWordBoundaries) {
  const JobMetadata metadata = ExtractText(
      "Requirements\n"
      "• k8s, JS and Postgres; golang a must\n"
      "• Google Workspace and C++ (not C#), Node.js, R&D mindset\n"
      "• You excel at customer service; MS Excel; React.js or ReactJS\n"
      "• .NET and ASP.NET, Python-based tooling, python again\n");
  EXPECT_EQ(metadata.required_skills,
            (Skills{"Kubernetes", "JavaScript", "PostgreSQL", "Go", "Google Workspace", "C++", "C#",
                    "Node.js", "Customer service", "Excel", "React", ".NET", "ASP.NET", "Python"}));
}

TEST(ExtractJobMetadata, LeadInsAndLineCuesSplitRequiredFromPreferred) {
  const JobMetadata metadata = Extract(
      "Must have: Python, Django\n"
      "Nice to have: React, Python\n"
      "Requirements\n"
      "- PostgreSQL\n"
      "- Redis is a plus; MySQL too\n"
      "- Kafka (RabbitMQ a plus)\n"
      "We are an equal opportunity employer and love Terraform.\n");
  EXPECT_EQ(metadata.required_skills, (Skills{"Python", "Django", "PostgreSQL", "MySQL", "Kafka"}));
  EXPECT_EQ(metadata.preferred_skills, (Skills{"React", "Redis", "RabbitMQ"}));
}

TEST(ExtractJobMetadata, TextWithoutSectionsGivesItsSkillsAsRequired) {
  const JobMetadata metadata =
      ExtractText("Looking for a bookkeeper who knows QuickBooks and payroll. Xero is a plus.");
  EXPECT_EQ(metadata.required_skills, (Skills{"QuickBooks", "Payroll"}));
}

TEST(ExtractJobMetadata, ToJsonUsesCamelCaseAndNulls) {
  const boost::json::object empty = ExtractText("").ToJson();
  for (std::string_view key : {"title", "company", "location", "workMode", "employmentType",
                               "seniority", "yearsExperience", "salary"}) {
    ASSERT_TRUE(empty.contains(key)) << key;
    EXPECT_TRUE(empty.at(key).is_null()) << key;
  }
  EXPECT_TRUE(empty.at("requiredSkills").as_array().empty());
  EXPECT_TRUE(empty.at("preferredSkills").as_array().empty());

  const boost::json::object json = Extract(kStaffAccountant).ToJson();
  EXPECT_EQ(json.at("title"), "Staff Accountant");
  EXPECT_EQ(json.at("workMode"), "hybrid");
  EXPECT_EQ(json.at("employmentType"), "full_time");
  EXPECT_EQ(json.at("yearsExperience"), (boost::json::object{{"min", 2}, {"max", 4}}));
  EXPECT_EQ(boost::json::serialize(json.at("salary")),
            R"({"min":58000,"max":68000,"currency":"USD","period":"year"})");
  EXPECT_EQ(Extract("Pay: $24.50 - $29.00/hr").ToJson().at("salary").at("min"), 24.5);
  EXPECT_EQ(json.at("preferredSkills"),
            (boost::json::array{"CPA", "Sage Intacct", "Cost accounting"}));
  EXPECT_TRUE(Extract(kSoftwareEngineer).ToJson().at("yearsExperience").at("max").is_null());
}

TEST(ExtractJobMetadata, LargeInputsStayFast) {
  std::string text;
  while (text.size() < kMaxJobTextBytes) {
    text += "Requirements\n• 5+ years with Python, k8s and $120k - $150k/yr at Acme, TX\n";
  }
  const auto start = std::chrono::steady_clock::now();
  const JobMetadata metadata = ExtractText(SanitizeJobText(text));
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  EXPECT_EQ(metadata.required_skills, (Skills{"Python", "Kubernetes"}));
}

}  // namespace
}  // namespace resumax::jobs
