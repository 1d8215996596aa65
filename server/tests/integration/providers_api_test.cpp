// Optimizations through language-model providers, against a fake provider server that speaks
// the OpenAI and Anthropic wire formats: success, hallucinations dropped by the guard, and
// failures that fall back to the other provider and to the local engine.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/json.hpp>
#include <cstdio>
#include <thread>

#include "harness.h"

namespace resumax::testing {
namespace {

namespace json = boost::json;

// The fake provider as a child process on a free port.
class FakeProvider {
 public:
  std::string url() const { return peer_.url(); }
  // Every request the fake has answered so far.
  json::array Requests() const {
    const std::string command = "curl -s -X POST " + url() + "/__requests";
    std::string out;
    if (FILE* pipe = ::popen(command.c_str(), "r")) {
      char buffer[4096];
      std::size_t read = 0;
      while ((read = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, read);
      ::pclose(pipe);
    }
    return json::parse(out).as_array();
  }
  void Mode(const std::string& body) const {
    const std::string command = "curl -s -X POST -H 'Content-Type: application/json' -d '" + body +
                                "' " + url() + "/__mode >/dev/null";
    if (std::system(command.c_str()) != 0) throw std::runtime_error("cannot set the fake's mode");
  }

 private:
  NodePeer peer_{RESUMAX_FAKE_LLM};
};

constexpr const char* kJob =
    "Senior Backend Engineer\nRequirements\n- 5+ years building services in Go or Python\n"
    "- PostgreSQL, Docker and Kubernetes\nNice to have\n- Terraform\n";

class ProvidersApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    fake_ = new FakeProvider();
    server_ = new ServerProcess(Env{{"RESUMAX_OPENAI_API_KEY", "sk-test-openai"},
                                    {"RESUMAX_OPENAI_BASE_URL", fake_->url()},
                                    {"RESUMAX_ANTHROPIC_API_KEY", "sk-test-anthropic"},
                                    {"RESUMAX_ANTHROPIC_BASE_URL", fake_->url()}});
    token_ = new std::string(server_->VerifiedUser("providers"));
    const std::string pdf = Fixture("api/resume.pdf");
    const auto presigned = server_->PostJson(
        "/api/v1/resumes/presign",
        {{"filename", "cv.pdf"}, {"mimeType", "application/pdf"}, {"size", pdf.size()}}, *token_);
    server_->Upload(presigned.Field("uploadUrl"), "application/pdf", pdf);
    resume_ = new std::string(presigned.Field("resumeId"));
    server_->PostJson("/api/v1/resumes/" + *resume_ + "/parse", json::object{}, *token_);
    WaitForField(*server_, "/api/v1/resumes/" + *resume_, *token_, "parseStatus",
                 {"completed", "failed"});
    job_ = new std::string(
        server_
            ->PostJson("/api/v1/job-descriptions", {{"title", "Backend"}, {"text", kJob}}, *token_)
            .Field("id"));
  }
  static void TearDownTestSuite() {
    delete server_;
    delete fake_;
    delete token_;
    delete resume_;
    delete job_;
  }
  // Uploads the API fixture resume and waits for its parse; returns the resume as read back.
  static json::object UploadAndParse() {
    const std::string pdf = Fixture("api/resume.pdf");
    const auto presigned = server_->PostJson(
        "/api/v1/resumes/presign",
        {{"filename", "cv.pdf"}, {"mimeType", "application/pdf"}, {"size", pdf.size()}}, *token_);
    server_->Upload(presigned.Field("uploadUrl"), "application/pdf", pdf);
    const std::string id = presigned.Field("resumeId");
    server_->PostJson("/api/v1/resumes/" + id + "/parse", json::object{}, *token_);
    return WaitForField(*server_, "/api/v1/resumes/" + id, *token_, "parseStatus",
                        {"completed", "failed"})
        .Json()
        .as_object();
  }
  json::object Optimize() {
    const auto started = server_->PostJson(
        "/api/v1/optimize", {{"resumeId", *resume_}, {"jobDescriptionId", *job_}}, *token_);
    EXPECT_EQ(started.status, 202) << started.body;
    return WaitForField(*server_, "/api/v1/optimize/" + started.Field("optimizationId"), *token_,
                        "status", {"completed", "failed"})
        .Json()
        .as_object();
  }
  static FakeProvider* fake_;
  static ServerProcess* server_;
  static std::string* token_;
  static std::string* resume_;
  static std::string* job_;
};

FakeProvider* ProvidersApi::fake_ = nullptr;
ServerProcess* ProvidersApi::server_ = nullptr;
std::string* ProvidersApi::token_ = nullptr;
std::string* ProvidersApi::resume_ = nullptr;
std::string* ProvidersApi::job_ = nullptr;

// The fixture's second job has an employer the rules guessed at: the provider is asked to
// read it again, with the contact details masked, and its answer is kept only where the file
// says it.
TEST_F(ProvidersApi, FieldsTheParserWasUnsureOfAreReadAgain) {
  fake_->Mode(R"({"mode":"ok"})");
  const json::object resume = UploadAndParse();
  ASSERT_EQ(resume.at("parseStatus").as_string(), "completed");
  const json::object& sections = resume.at("parsedSections").as_object();
  const std::string warnings = json::serialize(sections.at("warnings"));
  EXPECT_NE(warnings.find("AI assistant"), std::string::npos) << warnings;
  bool asked = false;
  for (const json::value& request : fake_->Requests()) {
    const std::string body = json::serialize(request.at("body"));
    if (body.find("read_fields") == std::string::npos) continue;
    asked = true;
    EXPECT_NE(body.find("experience[1].company"), std::string::npos);
    EXPECT_EQ(body.find(json::serialize(sections.at("contact").at("email"))), std::string::npos);
  }
  EXPECT_TRUE(asked);

  fake_->Mode(R"({"mode":"hallucinate"})");
  const json::object guessed = UploadAndParse();
  ASSERT_EQ(guessed.at("parseStatus").as_string(), "completed");
  const std::string read = json::serialize(guessed.at("parsedSections"));
  EXPECT_EQ(read.find("Google"), std::string::npos) << read;
  EXPECT_EQ(read.find("AI assistant"), std::string::npos) << read;

  // A provider that fails leaves the rules' reading; the upload still completes.
  fake_->Mode(R"({"mode":"500"})");
  EXPECT_EQ(UploadAndParse().at("parseStatus").as_string(), "completed");
}

TEST_F(ProvidersApi, ChangesComeFromTheFirstProviderWithTokensCounted) {
  fake_->Mode(R"({"mode":"ok"})");
  const auto result = Optimize();
  ASSERT_EQ(result.at("status").as_string(), "completed") << json::serialize(result);
  EXPECT_EQ(result.at("provider").as_string(), "openai");
  EXPECT_GT(result.at("tokensUsed").to_number<double>(), 0);
  EXPECT_FALSE(result.at("changes").as_array().empty());
}

TEST_F(ProvidersApi, HallucinationsAreDroppedByTheGuard) {
  fake_->Mode(R"({"mode":"hallucinate"})");
  const auto result = Optimize();
  ASSERT_EQ(result.at("status").as_string(), "completed");
  const std::string changes = json::serialize(result.at("changes"));
  EXPECT_EQ(changes.find("Google"), std::string::npos) << changes;
  EXPECT_EQ(changes.find("40%"), std::string::npos) << changes;
  EXPECT_EQ(changes.find("PMP"), std::string::npos) << changes;
  EXPECT_FALSE(result.at("droppedChanges").as_array().empty());
}

TEST_F(ProvidersApi, FailuresFallBackAndStillComplete) {
  fake_->Mode(R"({"openai":{"mode":"429"},"anthropic":{"mode":"ok"}})");
  auto result = Optimize();
  ASSERT_EQ(result.at("status").as_string(), "completed");
  EXPECT_EQ(result.at("provider").as_string(), "anthropic");

  fake_->Mode(R"({"openai":{"mode":"500"},"anthropic":{"mode":"garbage"}})");
  result = Optimize();
  ASSERT_EQ(result.at("status").as_string(), "completed") << json::serialize(result);
  EXPECT_EQ(result.at("provider").as_string(), "local");
  EXPECT_FALSE(result.at("engineNotes").as_array().empty());
  fake_->Mode(R"({"mode":"ok"})");
}

}  // namespace
}  // namespace resumax::testing
