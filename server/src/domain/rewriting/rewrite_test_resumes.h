#pragma once

#include <boost/json/parse.hpp>
#include <string>
#include <vector>

#include "domain/document/document_json.h"
#include "domain/matching/model.h"
#include "domain/rewriting/apply_changes.h"
#include "domain/rewriting/change.h"

// Realistic parsedSections and job analyses shared by the rewrite, guard and apply tests.
namespace resumax::optimize::testing {

// The month the tests run in, so years of experience do not drift.
inline constexpr const char* kToday = "2025-06";

inline boost::json::object SoftwareEngineerResume() {
  return boost::json::parse(R"json({
    "contact": {"name": "Dana Whitfield", "email": "dana.whitfield@example.com",
                "phone": "+1 415 555 0142", "location": "Oakland, CA",
                "links": ["github.com/danaw"]},
    "summary": "I am a backend engineer who likes building reliable systems.",
    "experience": [
      {"title": "Senior Software Engineer", "company": "Brightline Logistics",
       "location": "San Francisco, CA", "startDate": "2021-03", "endDate": null, "current": true,
       "bullets": [
         "Responsible for maintaining the CI/CD pipeline for 40 microservices",
         "Managed the on-call rotation for the payments team",
         "Migrated the order service from MySQL to Postgres, cutting p99 latency by 35%",
         "Helped with the rollout of k8s across three regions"],
       "confidence": 0.92},
      {"title": "Software Engineer", "company": "Cobalt Analytics", "location": "Remote",
       "startDate": "2017-06", "endDate": "2021-02", "current": false,
       "bullets": [
         "Worked on a Python ingestion service that processes 2M events per day",
         "Build internal dashboards with React.js and TypeScript",
         "I wrote integration tests for the billing API and my team adopted them",
         "Assisted in designing the event schema for the analytics platform"],
       "confidence": 0.88}],
    "education": [
      {"degree": "B.S. Computer Science", "school": "University of California, Davis",
       "location": "Davis, CA", "startDate": "2013-09", "endDate": "2017-06", "confidence": 0.9}],
    "skills": ["Python", "Go", "Postgres", "Docker", "Terraform", "React.js", "TypeScript"],
    "projects": [
      {"name": "pgwatch",
       "bullets": ["Worked on an open-source tool that alerts on slow Postgres queries"],
       "confidence": 0.8}],
    "certifications": ["AWS Certified Developer - Associate"],
    "other": []
  })json")
      .as_object();
}

inline JobAnalysis SoftwareEngineerJob() {
  return {"Senior Backend Engineer",
          "senior",
          5,
          "bachelor",
          {{"Kubernetes", SkillKind::kHard, true, 3},
           {"PostgreSQL", SkillKind::kHard, true, 3},
           {"Python", SkillKind::kHard, true, 3},
           {"Go", SkillKind::kHard, true, 2},
           {"CI/CD", SkillKind::kHard, true, 2},
           {"Java", SkillKind::kHard, true, 2},
           {"Docker", SkillKind::kHard, false, 1},
           {"Terraform", SkillKind::kHard, false, 1},
           {"React", SkillKind::kHard, false, 1},
           {"Kafka", SkillKind::kHard, false, 1},
           {"Mentoring", SkillKind::kSoft, false, 1}}};
}

inline KeywordReport SoftwareEngineerReport() {
  return {{"Python", "Go", "PostgreSQL", "Docker", "Terraform", "React"},
          {"Kubernetes", "CI/CD"},
          {"Java", "Kafka", "Mentoring"}};
}

inline boost::json::object NurseResume() {
  return boost::json::parse(R"json({
    "contact": {"name": "Maria Santos", "email": "maria.santos@example.org",
                "phone": "(503) 555-0199", "location": "Portland, OR", "links": []},
    "summary": "Compassionate registered nurse with experience in fast-paced emergency rooms.",
    "experience": [
      {"title": "Emergency Room RN", "company": "St. Vincent Medical Center",
       "location": "Portland, OR", "startDate": "2019-08", "endDate": null, "current": true,
       "bullets": [
         "Triaged 30+ patients per shift in a 45-bed ER using the ESI scale",
         "Responsible for a caseload of 4-5 acute patients, including trauma and stroke alerts",
         "Helped with training new graduate nurses on EMR documentation in Epic",
         "Administered medications and IV therapy per physician orders"]},
      {"title": "Staff Nurse, Medical-Surgical", "company": "Providence Hospital",
       "location": "Portland, OR", "startDate": "2016-06", "endDate": "2019-07", "current": false,
       "bullets": [
         "Provide care for 6 post-surgical patients per shift",
         "Educate patients and families on discharge plans",
         "Participated in the unit's falls-prevention committee"]}],
    "education": [
      {"degree": "Bachelor of Science in Nursing", "school": "Oregon Health & Science University",
       "location": "Portland, OR", "startDate": "2012", "endDate": "2016"}],
    "skills": ["Triage", "Basic Life Support", "ACLS", "Epic", "Wound care"],
    "projects": [],
    "certifications": ["BLS - American Heart Association", "ACLS - American Heart Association",
                       "TNCC"],
    "other": [{"heading": "Languages", "text": "Spanish (fluent)"}]
  })json")
      .as_object();
}

inline JobAnalysis NurseJob() {
  return {"Emergency Department Registered Nurse",
          "mid",
          2,
          "bachelor",
          {{"Emergency department", SkillKind::kHard, true, 3},
           {"Triage", SkillKind::kHard, true, 3},
           {"BLS", SkillKind::kCertification, true, 2},
           {"ACLS", SkillKind::kCertification, true, 2},
           {"PALS", SkillKind::kCertification, true, 2},
           {"IV therapy", SkillKind::kHard, false, 1},
           {"Epic", SkillKind::kHard, false, 1},
           {"TNCC", SkillKind::kCertification, false, 1},
           {"Patient education", SkillKind::kSoft, false, 1}}};
}

inline KeywordReport NurseReport() {
  return {{"Triage", "ACLS", "Epic", "BLS", "TNCC"},
          {"Emergency department", "IV therapy"},
          {"PALS", "Patient education"}};
}

inline boost::json::object AccountantResume() {
  return boost::json::parse(R"json({
    "contact": {"name": "James Okafor", "email": "j.okafor@example.net", "phone": null,
                "location": "Atlanta, GA", "links": ["linkedin.com/in/jokafor"]},
    "summary": null,
    "experience": [
      {"title": "Senior Accountant", "company": "Harbor & Finch LLP", "location": "Atlanta, GA",
       "startDate": "2020-01", "endDate": null, "current": true,
       "bullets": [
         "Responsible for the month-end close for 3 business units",
         "Prepares journal entries, accruals and account reconciliations",
         "Reduced close time from 10 to 6 days by automating reconciliations in Excel"]},
      {"title": "Staff Accountant", "company": "Meridian Foods", "location": "Marietta, GA",
       "startDate": "2016-07", "endDate": "2019-12", "current": false,
       "bullets": [
         "Worked with AP and AR teams to resolve vendor disputes",
         "Assisted with the annual external audit and SOX testing",
         "Maintain the fixed asset register in QuickBooks Online"]}],
    "education": [
      {"degree": "B.B.A. Accounting", "school": "Georgia State University", "location": null,
       "startDate": null, "endDate": "2016"}],
    "skills": ["GAAP", "Excel", "QuickBooks Online", "Account reconciliation",
               "Financial reporting"],
    "projects": [],
    "certifications": ["CPA (Georgia)"],
    "other": []
  })json")
      .as_object();
}

inline JobAnalysis AccountantJob() {
  return {"Senior Accountant",
          "senior",
          4,
          "bachelor",
          {{"GAAP", SkillKind::kHard, true, 3},
           {"Month-end close", SkillKind::kHard, true, 3},
           {"Journal entries", SkillKind::kHard, true, 2},
           {"NetSuite", SkillKind::kHard, true, 2},
           {"Excel", SkillKind::kHard, true, 2},
           {"CPA", SkillKind::kCertification, true, 2},
           {"QuickBooks", SkillKind::kHard, false, 1},
           {"SOX compliance", SkillKind::kHard, false, 1},
           {"Accounts payable", SkillKind::kHard, false, 1}}};
}

inline KeywordReport AccountantReport() {
  return {{"GAAP", "Excel", "QuickBooks", "CPA"},
          {"Month-end close", "Journal entries", "Accounts payable"},
          {"NetSuite", "SOX compliance"}};
}

inline boost::json::object MarketingManagerResume() {
  return boost::json::parse(R"json({
    "contact": {"name": "Priya Raman", "email": "priya@ramanmail.com", "phone": "312-555-0123",
                "location": "Chicago, IL", "links": []},
    "summary": "Marketing manager with a track record of growing organic traffic. I specialize in SEO and lifecycle email.",
    "experience": [
      {"title": "Marketing Manager", "company": "Fernway Outdoor", "location": "Chicago, IL",
       "startDate": "2021-05", "endDate": "2024-08", "current": false,
       "bullets": [
         "Lead a team of 4 marketers across content, paid social and email",
         "Grew organic search traffic 120% in 18 months through search engine optimization and content refreshes",
         "Manages the $1.2M annual paid media budget across Google AdWords and Facebook Ads",
         "Worked on the launch of the spring catalog campaign"]},
      {"title": "Digital Marketing Specialist", "company": "Lumen Books", "location": "Evanston, IL",
       "startDate": "2018-02", "endDate": "2021-04", "current": false,
       "bullets": [
         "Helped launch the company's first loyalty program",
         "Ran A/B tests on email subject lines, raising open rates from 18% to 24%",
         "Tasked with reporting weekly KPI dashboards to leadership"]}],
    "education": [
      {"degree": "B.A. Communications", "school": "Loyola University Chicago", "location": null,
       "startDate": "2014", "endDate": "2018"}],
    "skills": ["SEO", "Google Analytics", "HubSpot", "Copywriting", "Adwords"],
    "projects": [],
    "certifications": [],
    "other": []
  })json")
      .as_object();
}

inline JobAnalysis MarketingManagerJob() {
  return {"Growth Marketing Manager",
          "mid",
          4,
          std::nullopt,
          {{"SEO", SkillKind::kHard, true, 3},
           {"Google Ads", SkillKind::kHard, true, 2},
           {"A/B testing", SkillKind::kHard, true, 2},
           {"Salesforce", SkillKind::kHard, true, 2},
           {"Meta Ads", SkillKind::kHard, false, 1},
           {"HubSpot", SkillKind::kHard, false, 1},
           {"KPIs", SkillKind::kHard, false, 1},
           {"Content marketing", SkillKind::kHard, false, 1}}};
}

inline KeywordReport MarketingManagerReport() {
  return {{"SEO", "HubSpot", "Google Ads"},
          {"A/B testing", "Meta Ads", "KPIs"},
          {"Salesforce", "Content marketing"}};
}

// The text at `path`, or the error's message in angle brackets.
inline std::string TextAt(const document::ResumeDocument& resume, std::string_view path) {
  const auto text = CurrentText(resume, path);
  return text ? *text : "<" + text.error().message + ">";
}

// The job's keyword terms: what callers pass the guard as known skills.
inline std::vector<std::string> KnownSkills(const JobAnalysis& job) {
  std::vector<std::string> terms;
  for (const Keyword& keyword : job.keywords) terms.push_back(keyword.term);
  return terms;
}

}  // namespace resumax::optimize::testing
