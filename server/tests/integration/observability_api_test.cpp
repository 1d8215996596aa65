// Observability end to end: one trace from a request through the queue, the worker, a language
// model provider (the fake, over its real wire format) and storage, exported with OTLP/HTTP to a
// receiver that decodes it with OpenTelemetry's own protobuf types; and the server's metrics
// scraped and queried by a real Prometheus.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <boost/json.hpp>
#include <cctype>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <thread>

#include "harness.h"

namespace resumax::testing {
namespace {

namespace json = boost::json;

constexpr const char* kMetricsToken = "observability-metrics-token";

// A trace id and the caller's own span id, as a client that traces itself sends them.
constexpr const char* kTraceId = "4bf92f3577b34da6a3ce929d0e0e4736";
constexpr const char* kCallerSpan = "00f067aa0ba902b7";

std::vector<std::string> Traced(const std::string& token) {
  return {"Content-Type: application/json", "Authorization: Bearer " + token,
          std::string("traceparent: 00-") + kTraceId + "-" + kCallerSpan + "-01"};
}

// A PromQL expression as a query parameter.
std::string Encoded(const std::string& text) {
  std::string out;
  for (const unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      constexpr char kHex[] = "0123456789ABCDEF";
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string Str(const json::value& value) {
  return value.is_string() ? std::string(value.as_string()) : std::string();
}

class ObservabilityApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    receiver_ = new NodePeer(RESUMAX_OTLP_RECEIVER);
    fake_ = new NodePeer(RESUMAX_FAKE_LLM);
    server_ = new ServerProcess(Env{{"RESUMAX_OTLP_ENDPOINT", receiver_->url()},
                                    {"RESUMAX_TRACE_SAMPLE_RATIO", "1"},
                                    {"RESUMAX_LOG_LEVEL", "info"},
                                    {"RESUMAX_METRICS_TOKEN", kMetricsToken},
                                    {"RESUMAX_OPENAI_API_KEY", "sk-test-openai"},
                                    {"RESUMAX_OPENAI_BASE_URL", fake_->url()},
                                    {"RESUMAX_ANTHROPIC_API_KEY", "sk-test-anthropic"},
                                    {"RESUMAX_ANTHROPIC_BASE_URL", fake_->url()}});
    email_ = new std::string(UniqueEmail("observed"));
    const auto registered = server_->PostJson(
        "/api/v1/auth/register",
        {{"email", *email_}, {"password", "correct horse battery staple 9"}, {"name", "Observed"}});
    token_ = new std::string(registered.Field("accessToken"));
    std::string link;
    for (const auto& message : server_->MailsTo(*email_)) link = TokenFromEmail(message);
    server_->PostJson("/api/v1/auth/verify", {{"token", link}});
  }
  static void TearDownTestSuite() {
    delete server_;
    delete fake_;
    delete receiver_;
    delete token_;
    delete email_;
  }

  static HttpResponse SendTraced(const std::string& method, const std::string& path,
                                 const json::value& body) {
    return server_->Send(method, path, json::serialize(body), Traced(*token_));
  }

  // Spans of kTraceId at the receiver once `name` is among them and every parent link
  // resolves (a request's own span ends after its response, so it can arrive in a later
  // batch than its children), or what has arrived after ~20 s.
  static json::array SpansOnceThere(const std::string& name) {
    json::array spans;
    for (int attempt = 0; attempt < 100; ++attempt) {
      const auto answer = SendTo("GET", receiver_->url() + "/spans?traceId=" + kTraceId, "", {});
      spans = json::parse(answer.body).at("spans").as_array();
      std::set<std::string> ids;
      bool named = false;
      for (const auto& span : spans) {
        ids.insert(Str(span.at("spanId")));
        named = named || Str(span.at("name")) == name;
      }
      const bool linked = std::ranges::all_of(spans, [&](const json::value& span) {
        const std::string parent = Str(span.at("parentSpanId"));
        return parent == kCallerSpan || ids.contains(parent);
      });
      if (named && linked) return spans;
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    return spans;
  }

  static NodePeer* receiver_;
  static NodePeer* fake_;
  static ServerProcess* server_;
  static std::string* token_;
  static std::string* email_;
};

NodePeer* ObservabilityApi::receiver_ = nullptr;
NodePeer* ObservabilityApi::fake_ = nullptr;
ServerProcess* ObservabilityApi::server_ = nullptr;
std::string* ObservabilityApi::token_ = nullptr;
std::string* ObservabilityApi::email_ = nullptr;

TEST_F(ObservabilityApi, OneTraceHoldsTheRequestTheJobTheProviderTheExportAndStorage) {
  // The journey, every step sent with the caller's traceparent.
  const std::string pdf = Fixture("api/resume.pdf");
  const auto presigned =
      SendTraced("POST", "/api/v1/resumes/presign",
                 {{"filename", "cv.pdf"}, {"mimeType", "application/pdf"}, {"size", pdf.size()}});
  ASSERT_EQ(presigned.status, 201) << presigned.body;
  const std::string answered = presigned.headers.count("traceparent") != 0
                                   ? presigned.headers.at("traceparent")
                                   : std::string();
  EXPECT_TRUE(answered.starts_with(std::string("00-") + kTraceId + "-")) << answered;
  EXPECT_EQ(answered.find(kCallerSpan), std::string::npos) << "the server answers with its span";
  const std::string resume = presigned.Field("resumeId");
  const std::string upload_url = PathOf(presigned.Field("uploadUrl"));
  ASSERT_EQ(server_
                ->Send("PUT", upload_url, pdf,
                       {"Content-Type: application/pdf",
                        std::string("traceparent: 00-") + kTraceId + "-" + kCallerSpan + "-01"})
                .status,
            200);
  ASSERT_EQ(SendTraced("POST", "/api/v1/resumes/" + resume + "/parse", json::object{}).status, 202);
  const auto parsed = WaitForField(*server_, "/api/v1/resumes/" + resume, *token_, "parseStatus",
                                   {"completed", "failed"})
                          .Json()
                          .as_object();
  ASSERT_EQ(Str(parsed.at("parseStatus")), "completed");
  const auto job =
      SendTraced("POST", "/api/v1/job-descriptions", {{"title", "Backend"}, {"text", kBackendJob}});
  ASSERT_EQ(job.status, 201) << job.body;
  const auto started = SendTraced("POST", "/api/v1/optimize",
                                  {{"resumeId", resume}, {"jobDescriptionId", job.Field("id")}});
  ASSERT_EQ(started.status, 202) << started.body;
  const std::string optimization = started.Field("optimizationId");
  const auto result = WaitForField(*server_, "/api/v1/optimize/" + optimization, *token_, "status",
                                   {"completed", "failed"})
                          .Json()
                          .as_object();
  ASSERT_EQ(Str(result.at("status")), "completed") << json::serialize(result);
  EXPECT_EQ(Str(result.at("provider")), "openai");
  json::array accepted;
  for (const auto& change : result.at("changes").as_array()) accepted.push_back(change.at("id"));
  const auto version = SendTraced("POST", "/api/v1/optimize/" + optimization + "/accept",
                                  {{"acceptedChanges", accepted}});
  ASSERT_EQ(version.status, 201) << version.body;
  const auto exported = SendTraced("POST", "/api/v1/exports",
                                   {{"versionId", version.Field("versionId")}, {"format", "pdf"}});
  ASSERT_LT(exported.status, 300) << exported.body;

  const json::array spans = SpansOnceThere("export.render");
  // Exported in OTLP's binary protobuf encoding, every export verified by the official types.
  const auto received =
      json::parse(SendTo("GET", receiver_->url() + "/spans?traceId=" + kTraceId, "", {}).body);
  EXPECT_EQ(json::serialize(received.at("contentTypes")), R"(["application/x-protobuf"])");
  EXPECT_EQ(received.at("rejected").to_number<int>(), 0);
  std::map<std::string, json::object> by_id;
  std::multimap<std::string, json::object> by_name;
  for (const auto& value : spans) {
    const auto& span = value.as_object();
    by_id[Str(span.at("spanId"))] = span;
    by_name.emplace(Str(span.at("name")), span);
  }
  const auto named = [&](const std::string& name) -> const json::object* {
    const auto found = by_name.find(name);
    return found == by_name.end() ? nullptr : &found->second;
  };
  const auto parent_of = [&](const json::object& span) -> const json::object* {
    const auto found = by_id.find(Str(span.at("parentSpanId")));
    return found == by_id.end() ? nullptr : &found->second;
  };
  // Climbs the parent links from `span` to a span named `ancestor`.
  const auto descends_from = [&](const json::object& span, const std::string& ancestor) {
    const json::object* at = &span;
    for (int depth = 0; at != nullptr && depth < 30; ++depth) {
      if (Str(at->at("name")) == ancestor) return true;
      at = parent_of(*at);
    }
    return false;
  };

  // Every parent link points at a span of the trace, or at the caller's own span.
  for (const auto& [id, span] : by_id) {
    const std::string parent = Str(span.at("parentSpanId"));
    EXPECT_TRUE(parent == kCallerSpan || by_id.contains(parent))
        << Str(span.at("name")) << " has an unknown parent " << parent;
  }
  // The requests are server spans, children of the caller's span.
  for (const char* name :
       {"POST /api/v1/resumes/presign", "PUT /api/v1/storage/upload",
        "POST /api/v1/resumes/{id}/parse", "POST /api/v1/optimize", "POST /api/v1/exports"}) {
    const json::object* span = named(name);
    ASSERT_NE(span, nullptr) << name;
    EXPECT_EQ(span->at("kind").to_number<int>(), 2) << name;
    EXPECT_EQ(Str(span->at("parentSpanId")), kCallerSpan) << name;
    EXPECT_FALSE(span->at("attributes").as_object().if_contains("http.response.status_code") ==
                 nullptr);
  }
  // The parse: queued by the request, run by a worker, reading the file from storage.
  const json::object* parse_run = named("job.run resume.parse");
  ASSERT_NE(parse_run, nullptr);
  EXPECT_EQ(parse_run->at("kind").to_number<int>(), 5);
  ASSERT_NE(parent_of(*parse_run), nullptr);
  EXPECT_EQ(Str(parent_of(*parse_run)->at("name")), "job.enqueue resume.parse");
  EXPECT_TRUE(descends_from(*parent_of(*parse_run), "POST /api/v1/resumes/{id}/parse"));
  ASSERT_NE(named("resume.parse"), nullptr);
  EXPECT_TRUE(descends_from(*named("resume.parse"), "job.run resume.parse"));
  // The optimization: analysis, scoring, the provider's calls and their HTTP attempts, the guard.
  const json::object* optimize_run = named("job.run optimize.run");
  ASSERT_NE(optimize_run, nullptr);
  EXPECT_TRUE(descends_from(*optimize_run, "POST /api/v1/optimize"));
  for (const char* name : {"job.analysis", "matching.score", "rewrite.guard"}) {
    ASSERT_NE(named(name), nullptr) << name;
    EXPECT_TRUE(descends_from(*named(name), "job.run optimize.run")) << name;
  }
  const json::object* provider = named("provider.call openai");
  ASSERT_NE(provider, nullptr);
  EXPECT_TRUE(descends_from(*provider, "job.run optimize.run"));
  const auto& provider_attributes = provider->at("attributes").as_object();
  EXPECT_EQ(Str(provider_attributes.at("gen_ai.system")), "openai");
  EXPECT_EQ(Str(provider_attributes.at("resumax.outcome")), "ok");
  EXPECT_GT(provider_attributes.at("gen_ai.usage.input_tokens").to_number<double>(), 0);
  const json::object* attempt = nullptr;
  for (auto [it, end] = by_name.equal_range("http POST"); it != end; ++it) {
    if (descends_from(it->second, "provider.call openai")) attempt = &it->second;
  }
  ASSERT_NE(attempt, nullptr) << "the provider's HTTP attempt";
  EXPECT_EQ(attempt->at("attributes").at("resumax.attempt").to_number<int>(), 1);
  const json::object* guard = named("rewrite.guard");
  EXPECT_NE(guard->at("attributes").as_object().if_contains("resumax.guard.kept"), nullptr);
  // The export and its file.
  ASSERT_NE(named("export.render"), nullptr);
  EXPECT_TRUE(descends_from(*named("export.render"), "POST /api/v1/exports"));
  bool stored_export = false;
  for (auto [it, end] = by_name.equal_range("storage.put"); it != end; ++it) {
    stored_export = stored_export || descends_from(it->second, "POST /api/v1/exports");
  }
  EXPECT_TRUE(stored_export);
  // Database statements are named, never quoted.
  bool statement = false;
  for (const auto& [name, span] : by_name) {
    if (!name.starts_with("SELECT ") && !name.starts_with("INSERT ")) continue;
    statement = true;
    EXPECT_EQ(span.at("kind").to_number<int>(), 3);
    EXPECT_EQ(json::serialize(span).find('?'), std::string::npos) << name;
  }
  EXPECT_TRUE(statement);

  // No personal data in any span: not the address, not the resume's or the job's text.
  const std::string everything = json::serialize(spans);
  const auto& contact = parsed.at("parsedSections").at("contact").as_object();
  for (const std::string& secret : {*email_, Str(contact.at("email")), Str(contact.at("name")),
                                    std::string("Globex"), std::string("PostgreSQL and Docker")}) {
    if (secret.empty()) continue;
    EXPECT_EQ(everything.find(secret), std::string::npos) << secret;
  }

  // The provider was called with the trace.
  const auto requests = json::parse(SendTo("POST", fake_->url() + "/__requests", "", {}).body);
  bool propagated = false;
  for (const auto& request : requests.as_array()) {
    const auto* header = request.at("headers").as_object().if_contains("traceparent");
    propagated =
        propagated || (header && Str(*header).starts_with(std::string("00-") + kTraceId + "-"));
  }
  EXPECT_TRUE(propagated);

  // Log lines name the trace, the worker's too.
  std::ifstream log(server_->data_dir() / ("server-" + std::to_string(server_->port()) + ".log"));
  std::string line;
  bool request_line = false;
  bool job_line = false;
  while (std::getline(log, line)) {
    if (line.find(std::string("\"traceId\":\"") + kTraceId + "\"") == std::string::npos) continue;
    request_line = request_line || line.find("\"event\":\"request\"") != std::string::npos;
    job_line = job_line || line.find("\"event\":\"job_done\"") != std::string::npos;
  }
  EXPECT_TRUE(request_line);
  EXPECT_TRUE(job_line);
}

TEST_F(ObservabilityApi, ABadTraceparentStartsANewTrace) {
  for (const std::string& header :
       {std::string("00-") + kTraceId + "-" + kCallerSpan, std::string("garbage"),
        std::string("00-00000000000000000000000000000000-") + kCallerSpan + "-01",
        std::string("00-") + kTraceId + "-0000000000000000-01",
        std::string("ff-") + kTraceId + "-" + kCallerSpan + "-01",
        std::string("00-") + std::string(32, 'G') + "-" + kCallerSpan + "-01",
        std::string(4000, 'a')}) {
    const auto answer =
        server_->Send("GET", "/api/v1/users/me", "",
                      {"Authorization: Bearer " + *token_, "traceparent: " + header});
    EXPECT_EQ(answer.status, 200);
    const std::string traceparent = answer.headers.at("traceparent");
    EXPECT_EQ(traceparent.size(), 55u) << traceparent;
    EXPECT_EQ(traceparent.find(kTraceId), std::string::npos) << header;
  }
}

// The server's /metrics scraped by Debian's Prometheus, each new metric queried through its API.
TEST_F(ObservabilityApi, PrometheusScrapesEveryMetric) {
  if (std::system("command -v prometheus >/dev/null 2>&1") != 0) {
    GTEST_SKIP() << "prometheus is not installed (Debian package `prometheus`)";
  }
  // Exercise what only some requests count: a signed URL with a bad signature, a retried and a
  // failing provider (with a fallback), the guard's drops, a live event stream, an export.
  EXPECT_EQ(server_->Get("/api/v1/storage/download?key=users/x/y&sig=00&expires=1").status, 403);
  const auto fake_mode = [](const std::string& body) {
    SendTo("POST", fake_->url() + "/__mode", body, {"Content-Type: application/json"});
  };
  const std::string resume = UploadParsedResume(*server_, *token_);
  const std::string job = server_
                              ->PostJson("/api/v1/job-descriptions",
                                         {{"title", "Backend"}, {"text", kBackendJob}}, *token_)
                              .Field("id");
  for (const char* mode :
       {R"({"openai":{"mode":"429"},"anthropic":{"mode":"ok"}})", R"({"mode":"hallucinate"})"}) {
    fake_mode(mode);
    const auto started = server_->PostJson(
        "/api/v1/optimize", {{"resumeId", resume}, {"jobDescriptionId", job}}, *token_);
    ASSERT_EQ(started.status, 202) << started.body;
    const std::string id = started.Field("optimizationId");
    const auto result =
        WaitForField(*server_, "/api/v1/optimize/" + id, *token_, "status", {"completed", "failed"})
            .Json()
            .as_object();
    EXPECT_EQ(server_->Get("/api/v1/optimize/" + id + "/events", *token_).status, 200);
    json::array accepted;
    for (const auto& change : result.at("changes").as_array()) accepted.push_back(change.at("id"));
    const auto version = server_->PostJson("/api/v1/optimize/" + id + "/accept",
                                           {{"acceptedChanges", accepted}}, *token_);
    EXPECT_LT(
        server_
            ->PostJson("/api/v1/exports",
                       {{"versionId", version.Field("versionId")}, {"format", "docx"}}, *token_)
            .status,
        300);
  }
  fake_mode(R"({"mode":"ok"})");

  const auto directory =
      std::filesystem::temp_directory_path() /
      ("resumax-prometheus-" + std::to_string(::getpid()) + "-" + std::to_string(server_->port()));
  std::filesystem::create_directories(directory);
  const unsigned short port = FreePort();
  {
    std::ofstream config(directory / "prometheus.yml");
    config << "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
           << "scrape_configs:\n  - job_name: resumax\n    metrics_path: /metrics\n"
           << "    authorization:\n      type: Bearer\n      credentials: " << kMetricsToken << "\n"
           << "    static_configs:\n      - targets: ['127.0.0.1:" << server_->port() << "']\n";
  }
  const pid_t prometheus = ::fork();
  if (prometheus == 0) {
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    const std::string config = "--config.file=" + (directory / "prometheus.yml").string();
    const std::string storage = "--storage.tsdb.path=" + (directory / "data").string();
    const std::string listen = "--web.listen-address=127.0.0.1:" + std::to_string(port);
    const std::string log = (directory / "prometheus.log").string();
    std::freopen(log.c_str(), "w", stderr);
    ::execlp("prometheus", "prometheus", config.c_str(), storage.c_str(), listen.c_str(), nullptr);
    ::_exit(127);
  }
  const std::string api = "http://127.0.0.1:" + std::to_string(port) + "/api/v1/query?query=";
  // A metric, and how many series Prometheus holds for it once it scraped them.
  const auto series = [&](const std::string& query) -> std::size_t {
    const auto answer = SendTo("GET", api + Encoded(query), "", {});
    if (answer.status != 200) return 0;
    const auto body = json::parse(answer.body);
    return body.at("data").at("result").as_array().size();
  };
  const std::vector<std::string> metrics = {"resumax_build_info",
                                            "process_cpu_seconds_total",
                                            "process_resident_memory_bytes",
                                            "process_open_fds",
                                            "process_start_time_seconds",
                                            "resumax_http_requests_total",
                                            "resumax_auth_events_total",
                                            "resumax_parses_total",
                                            "resumax_parse_duration_seconds_count",
                                            "resumax_optimization_duration_seconds_count",
                                            "resumax_provider_calls_total",
                                            "resumax_provider_retries_total",
                                            "resumax_provider_fallbacks_total",
                                            "resumax_provider_tokens_total",
                                            "resumax_guard_drops_total",
                                            "resumax_queue_depth",
                                            "resumax_jobs",
                                            "resumax_jobs_oldest_seconds",
                                            "resumax_job_runs_total",
                                            "resumax_job_duration_seconds_count",
                                            "resumax_exports_total",
                                            "resumax_export_render_duration_seconds_count",
                                            "resumax_storage_errors_total",
                                            "resumax_signed_url_rejections_total",
                                            "resumax_sse_streams_open",
                                            "resumax_funnel_events_total",
                                            "resumax_trace_spans_exported_total",
                                            "resumax_trace_spans_dropped_total"};
  std::map<std::string, std::size_t> found;
  for (int attempt = 0; attempt < 150; ++attempt) {
    bool all = true;
    for (const auto& metric : metrics) {
      if (found[metric] == 0) found[metric] = series(metric);
      all = all && found[metric] > 0;
    }
    if (all) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  const std::string exposition = server_->Get("/metrics", kMetricsToken).body;
  for (const auto& metric : metrics) {
    EXPECT_GT(found[metric], 0u) << metric << " (served: "
                                 << (exposition.find("\n" + metric) != std::string::npos) << ")";
  }
  // Values that must hold after this suite's journeys.
  const auto value = [&](const std::string& query) {
    const auto body = json::parse(SendTo("GET", api + Encoded(query), "", {}).body);
    const auto& result = body.at("data").at("result").as_array();
    if (result.empty()) return -1.0;
    return std::stod(Str(result.at(0).at("value").at(1)));
  };
  EXPECT_GE(value("sum(resumax_funnel_events_total{step=\"signed_up\"})"), 1);
  EXPECT_GE(value("sum(resumax_funnel_events_total{step=\"first_export\"})"), 1);
  EXPECT_GE(value("sum(resumax_signed_url_rejections_total{reason=\"bad_signature\"})"), 1);
  EXPECT_GE(value("sum(resumax_provider_fallbacks_total{provider=\"openai\"})"), 1);
  EXPECT_GE(value("sum(resumax_guard_drops_total)"), 1);
  EXPECT_GE(value("sum(resumax_parses_total{outcome=\"ok\"})"), 1);
  EXPECT_GE(value("sum(resumax_auth_events_total{kind=\"sign_up\",outcome=\"success\"})"), 1);
  EXPECT_GE(value("sum(resumax_trace_spans_exported_total)"), 1);
  EXPECT_EQ(value("up{job=\"resumax\"}"), 1);
  // The brief's optimization p90, as the dashboard computes it.
  EXPECT_GT(value("histogram_quantile(0.9, sum by (le) "
                  "(resumax_optimization_duration_seconds_bucket))"),
            0);
  ::kill(prometheus, SIGTERM);
  ::waitpid(prometheus, nullptr, 0);
  std::filesystem::remove_all(directory);
}

}  // namespace
}  // namespace resumax::testing
