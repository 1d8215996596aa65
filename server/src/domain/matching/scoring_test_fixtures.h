#pragma once

#include <boost/json/parse.hpp>
#include <string_view>

// Job descriptions and resumes of several professions for the scoring tests, written for them.
namespace resumax::optimize::fixtures {

inline constexpr std::string_view kBackendEngineerJob = R"(Senior Backend Engineer
Lumen Ledger is hiring a Senior Backend Engineer to join our payments platform team.
Location: Remote (US)

What you'll do
• Design and operate Go services on AWS
• Own our Postgres schema and Kafka pipelines
• Mentor engineers and collaborate with product stakeholders

Requirements
• 5+ years of backend experience building distributed systems
• Strong Go or Java, and solid SQL
• Production experience with Docker and k8s
• Comfort with CI/CD and observability tooling
• Excellent written and verbal communication
• Bachelor's degree in Computer Science or equivalent experience

Nice to have
• Terraform, gRPC
• Experience with Kafka
• AWS Certified Solutions Architect
)";

inline constexpr std::string_view kEmergencyNurseJob = R"(Registered Nurse - Emergency Department
Mercy General Hospital
Location: Sacramento, CA
Schedule: Night shift, 3x12

About the role
Provide emergency care to adult and pediatric patients in a Level II trauma center.

Responsibilities
• Triage patients using the Emergency Severity Index (ESI)
• Monitor telemetry and document in Epic
• Educate patients and families at discharge

Qualifications
• Active RN license in California
• BLS and ACLS required; PALS within 6 months of hire
• 2+ years of emergency or critical care nursing experience
• Triage experience with ESI and Epic charting
• Associate degree in Nursing required; BSN preferred
• Strong communication and teamwork skills

Preferred
• TNCC or CEN certification
• Bilingual (English/Spanish)
)";

inline constexpr std::string_view kStaffAccountantJob = R"(Staff Accountant
Brightline Foods is seeking a Staff Accountant to join our finance team in Columbus, OH.

Key Responsibilities
• Prepare journal entries and account reconciliations for month-end close
• Process accounts payable and support the annual audit
• Maintain fixed asset schedules

Requirements
• Bachelor's degree in Accounting or Finance
• 2-4 years of accounting experience; public accounting a plus
• Working knowledge of US GAAP and account reconciliations
• Advanced Excel skills (pivot tables, VLOOKUP)
• Experience with NetSuite or QuickBooks
• Strong attention to detail and time management

Preferred Qualifications
• CPA or CPA candidate
• Experience with SOX compliance
)";

inline constexpr std::string_view kWarehouseAssociateJob = R"(Warehouse Associate
FastFreight Logistics | Reno, NV
Pay: $19.50 - $22.00 per hour

What you'll do
• Pick, pack and ship customer orders using RF scanners
• Load and unload trucks safely
• Perform cycle counts

What we're looking for
• 1+ year of warehouse experience with RF scanners
• Forklift certification (or willingness to obtain within 30 days)
• Able to lift 50 lbs repeatedly
• Basic math skills and attention to detail
• Punctual and a team player
• High school diploma or GED

Bonus
• OSHA 10
• Experience with a WMS
)";

inline constexpr std::string_view kMarketingManagerJob = R"(Digital Marketing Manager
Acme Outdoor is looking for a Digital Marketing Manager.

The role
You will own paid and organic growth for our e-commerce store.

Must have:
• 4+ years in digital marketing with SEO, Google Ads and Google Analytics (GA4)
• Email marketing in Klaviyo or Mailchimp
• A/B testing and conversion rate optimization
• Stakeholder management and clear communication

Nice to have:
• Shopify, HubSpot
• Google Analytics certification
)";

// A backend engineer whose resume fits kBackendEngineerJob; Terraform and gRPC appear only in
// bullets, Kafka only in a project.
inline boost::json::object BackendEngineerResume() {
  return boost::json::parse(R"({
    "contact": {"name": "Ada Park", "email": "ada@example.com", "phone": "+1 415 555 0100",
                "location": "Oakland, CA", "links": []},
    "summary": "Backend engineer with 7 years building distributed systems in Go and Java.",
    "experience": [
      {"title": "Senior Software Engineer", "company": "Paywave", "location": "Remote",
       "startDate": "2020-03", "endDate": null, "current": true,
       "bullets": ["Built payment services in Go on AWS with PostgreSQL",
                   "Ran Docker workloads on Kubernetes with CI/CD in GitHub Actions",
                   "Provisioned infrastructure with Terraform and exposed gRPC APIs",
                   "Added observability with Prometheus and Grafana"]},
      {"title": "Software Engineer", "company": "Shoply", "location": "San Francisco, CA",
       "startDate": "2017-06", "endDate": "2020-02", "current": false,
       "bullets": ["Wrote Java microservices and SQL reports",
                   "Presented designs to stakeholders in writing and in person"]}
    ],
    "education": [{"degree": "B.S. Computer Science", "school": "UC Davis", "location": null,
                   "startDate": "2013", "endDate": "2017"}],
    "skills": ["Go", "Java", "SQL", "Docker", "Kubernetes", "CI/CD", "Distributed systems",
               "AWS", "Communication"],
    "projects": [{"name": "Event bus", "bullets": ["Kafka consumer library in Go"]}],
    "certifications": [],
    "other": []
  })")
      .as_object();
}

// An emergency nurse: a resume unrelated to kBackendEngineerJob.
inline boost::json::object EmergencyNurseResume() {
  return boost::json::parse(R"({
    "contact": {"name": "Maria Lopez", "email": "maria@example.com", "phone": "(916) 555-0142",
                "location": "Sacramento, CA", "links": []},
    "summary": "Registered nurse with 6 years in emergency and critical care.",
    "experience": [
      {"title": "Registered Nurse, Emergency Department", "company": "Sutter Health",
       "location": "Sacramento, CA", "startDate": "2019-01", "endDate": null, "current": true,
       "bullets": ["Triaged 40+ patients per shift using ESI in Epic",
                   "Cared for telemetry and trauma patients",
                   "Precepted new graduate nurses"]},
      {"title": "Staff Nurse, ICU", "company": "Kaiser Permanente", "location": "Roseville, CA",
       "startDate": "2017-01", "endDate": "2018-12", "current": false,
       "bullets": ["Critical care nursing for ventilated patients"]}
    ],
    "education": [{"degree": "Associate Degree in Nursing", "school": "Sacramento City College",
                   "location": null, "startDate": "2014", "endDate": "2016"}],
    "skills": ["Triage", "Patient assessment", "IV therapy", "Spanish"],
    "projects": [],
    "certifications": ["BLS", "ACLS", "RN License, California"],
    "other": [{"heading": "Volunteer", "text": "Free clinic, PALS-certified volunteer"}]
  })")
      .as_object();
}

// The plain text a parser would give for a resume: its sections' text, one per line.
inline std::string PlainText(const boost::json::value& value) {
  std::string text;
  if (value.is_string()) return std::string(value.as_string()) + "\n";
  if (value.is_array()) {
    for (const auto& item : value.as_array()) text += PlainText(item);
  } else if (value.is_object()) {
    for (const auto& field : value.as_object()) {
      if (field.key() != "confidence" && field.key() != "current") text += PlainText(field.value());
    }
  }
  return text;
}

}  // namespace resumax::optimize::fixtures
