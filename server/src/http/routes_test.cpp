#include "http/routes.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <filesystem>
#include <set>

#include "adapters/db/open_database.h"
#include "adapters/queue/database_job_queue.h"
#include "adapters/storage/local_object_store.h"
#include "core/crypto.h"
#include "core/ids.h"
#include "domain/optimize/local_change_engine.h"

namespace resumax::embedded {
std::optional<std::string_view> data(std::string_view path);
}

namespace resumax::http {
namespace {

class NoMail final : public Mailer {
 public:
  void Send(const MailMessage&) override {}
};

// Building the route table calls no service; these only satisfy the constructors.
class NoParser final : public resumes::ResumeParser {
 public:
  Result<resumes::ParsedDocument> Parse(std::string_view, std::string_view) override {
    return Error::Internal("not used");
  }
};

// The OpenAPI document and the route table must name the same operations.
TEST(Routes, MatchTheOpenApiDocument) {
  crypto::Initialize();
  auto database = db::OpenDatabase("sqlite::memory:", 1);
  db::Migrate(*database);
  SystemClock clock;
  InMemoryRateLimiter limiter(clock);
  NoMail mailer;
  auth::AccessTokens tokens({std::string(40, 's')}, clock);
  auth::AuthSettings settings;
  settings.password_hash.mem_limit_bytes = 8 * 1024;
  settings.password_hash.ops_limit = 1;
  auth::AuthService auth(*database, tokens, limiter, mailer, clock, settings);
  const auto root = std::filesystem::temp_directory_path() / ("resumax-routes-" + NewUuid());
  storage::LocalObjectStore storage(root, std::string(32, 'm'), "http://localhost");
  jobs::DatabaseJobQueue queue(*database, clock);
  NoParser parser;
  resumes::ResumeRepository resume_repository(*database);
  resumes::ResumeService resume_service(resume_repository, storage, queue, parser, clock, {});
  jobs::JobDescriptionService job_descriptions(*database, storage, queue, parser, clock);
  optimize::LocalChangeEngine engine;
  optimize::OptimizationService optimizations(*database, queue, optimize::Taxonomy::Builtin(),
                                              engine, clock, {});
  exporting::ExportService exports(*database, storage, optimizations, resume_repository, {}, clock,
                                   {});
  Metrics metrics;
  Services services{auth,    resume_service, job_descriptions, optimizations, exports,
                    storage, &storage,       *database,        metrics,       false};
  const Router router = BuildRouter(services);

  std::set<std::string> from_router;
  for (const auto& route : router.routes()) {
    std::string method = route.method;
    std::transform(method.begin(), method.end(), method.begin(), ::tolower);
    from_router.insert(method + " " + route.pattern);
  }
  const auto document = boost::json::parse(*embedded::data("openapi.json")).as_object();
  std::set<std::string> from_document;
  for (const auto& [path, item] : document.at("paths").as_object()) {
    for (const auto& [method, operation] : item.as_object()) {
      if (method == "get" || method == "post" || method == "put" || method == "patch" ||
          method == "delete") {
        from_document.insert(std::string(method) + " " + std::string(path));
      }
    }
  }
  EXPECT_EQ(from_router, from_document);
  std::filesystem::remove_all(root);
}

}  // namespace
}  // namespace resumax::http
