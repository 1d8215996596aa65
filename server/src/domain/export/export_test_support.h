#pragma once

#include <unistd.h>

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>

#include "domain/document/document_json.h"
#include "domain/export/resume_document.h"

// A realistic resume for the export tests, and small helpers to run the poppler and LibreOffice
// command-line tools on what the renderers wrote.
namespace resumax::exporting::testing {

inline boost::json::object SampleSections() {
  return boost::json::parse(R"json({
    "contact": {"name": "Dana Whitfield", "email": "dana.whitfield@example.com",
                "phone": "+1 415 555 0142", "location": "Oakland, CA",
                "links": ["github.com/danaw"]},
    "summary": "Backend engineer with eight years of experience building reliable payment and logistics systems in Python and Go.",
    "experience": [
      {"title": "Senior Software Engineer", "company": "Brightline Logistics",
       "location": "San Francisco, CA", "startDate": "2021-03", "endDate": null, "current": true,
       "bullets": [
         "Maintained the CI/CD pipeline for 40 microservices, keeping deploys under 10 minutes",
         "Led the on-call rotation for the payments team of six engineers",
         "Migrated the order service from MySQL to PostgreSQL, cutting p99 latency by 35%",
         "Rolled out Kubernetes across three regions with zero customer-facing downtime"]},
      {"title": "Software Engineer", "company": "Cobalt Analytics", "location": "Remote",
       "startDate": "2017-06", "endDate": "2021-02", "current": false,
       "bullets": [
         "Built a Python ingestion service that processes 2M events per day",
         "Built internal dashboards with React and TypeScript used by café & retail clients",
         "Wrote integration tests for the billing API <v2> that the team adopted"]}],
    "education": [
      {"degree": "B.S. Computer Science", "school": "University of California, Davis",
       "location": "Davis, CA", "startDate": "2013-09", "endDate": "2017-06"}],
    "skills": ["Python", "Go", "PostgreSQL", "Docker", "Terraform", "Kubernetes", "TypeScript"],
    "projects": [
      {"name": "pgwatch",
       "bullets": ["Open-source tool that alerts on slow PostgreSQL queries"]}],
    "certifications": ["AWS Certified Developer - Associate"],
    "other": []
  })json")
      .as_object();
}

// A file in the test's temporary directory holding bytes.
inline std::filesystem::path WriteTemp(std::string_view name, std::string_view bytes) {
  const std::filesystem::path path =
      std::filesystem::temp_directory_path() /
      ("resumax-export-" + std::to_string(::getpid()) + "-" + std::string(name));
  std::ofstream(path, std::ios::binary)
      .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return path;
}

// stdout of a shell command, or nullopt when it exits non-zero.
inline std::optional<std::string> Shell(const std::string& command) {
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return std::nullopt;
  std::string out;
  char buffer[4096];
  while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
  if (::pclose(pipe) != 0) return std::nullopt;
  return out;
}

// A JSON string's text; empty for anything else.
inline std::string Str(const boost::json::value& value) {
  return value.is_string() ? std::string(value.as_string()) : std::string();
}

// text with every run of spaces, line and page breaks folded into one space (pdftotext breaks
// long lines where the layout did).
inline std::string Folded(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '\n' || c == ' ' || c == '\f') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

inline bool HaveCommand(const std::string& name) {
  return Shell("command -v " + name + " >/dev/null 2>&1").has_value();
}

}  // namespace resumax::exporting::testing

namespace resumax::exporting {

// The print form of resume JSON (tests write their resumes as JSON).
inline PrintedResume FromSections(const boost::json::object& sections) {
  return ForPrint(document::FromJson(sections));
}

}  // namespace resumax::exporting
