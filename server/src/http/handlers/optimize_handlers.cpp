#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <cmath>

#include "core/metrics.h"
#include "core/text.h"
#include "domain/document/document_json.h"
#include "http/handlers/handlers.h"
#include "http/json_body.h"
#include "http/query.h"

namespace resumax::http {
namespace {

namespace json = boost::json;

json::value ParseOr(const std::string& text, const json::value& fallback) {
  boost::system::error_code ec;
  auto value = json::parse(text, ec);
  return ec ? fallback : value;
}

json::object OptimizationJson(const optimize::Optimization& optimization) {
  json::object out{{"id", optimization.id},
                   {"optimizationId", optimization.id},
                   {"resumeId", optimization.resume_id},
                   {"jobDescriptionId", optimization.job_description_id},
                   {"status", optimize::StatusName(optimization.status)},
                   {"strategy", optimize::StrategyName(optimization.strategy)},
                   {"tokensUsed", optimization.tokens_used},
                   {"creditsSpent", optimization.credits_spent},
                   {"provider", Nullable(optimization.provider)},
                   {"createdAt", optimization.created_at},
                   {"updatedAt", optimization.updated_at},
                   {"completedAt", Nullable(optimization.completed_at)}};
  if (optimization.status == optimize::OptimizationStatus::kCompleted) {
    const auto result = ParseOr(optimization.result_json, json::object());
    if (result.is_object()) {
      for (const auto& [key, value] : result.as_object()) out[key] = value;
    }
    out["summary"] = Nullable(optimization.summary);
  }
  out["error"] =
      optimization.error_code
          ? json::value(json::object{{"code", *optimization.error_code},
                                     {"message", optimization.error_message.value_or("")}})
          : json::value(nullptr);
  return out;
}

json::object VersionJson(const optimize::Version& version, bool full) {
  const auto breakdown = ParseOr(version.score_breakdown_json, json::object());
  json::object out{{"id", version.id},
                   {"versionId", version.id},
                   {"optimizationId", version.optimization_id},
                   {"resumeId", version.resume_id},
                   {"jobDescriptionId", version.job_description_id},
                   {"jobTitle", Nullable(version.job_title)},
                   {"company", Nullable(version.company)},
                   {"resumeTitle", Nullable(version.resume_title)},
                   {"alignmentScore", std::llround(version.alignment_score)},
                   {"status", "saved"},
                   {"acceptedChanges", ParseOr(version.accepted_changes_json, json::array())},
                   {"tokensUsed", version.tokens_used},
                   {"parentVersionId", Nullable(version.parent_version_id)},
                   {"origin", optimize::OriginName(version.origin)},
                   {"createdAt", version.created_at}};
  if (full) {
    if (breakdown.is_object()) {
      for (const auto& [key, value] : breakdown.as_object()) {
        if (key != "alignmentScore") out[key] = value;
      }
    }
    out["optimizedSections"] = document::ToJson(version.document);
    out["diff"] = ParseOr(version.diff_json, json::array());
  }
  return out;
}

// Counts a server-sent event stream in resumax_sse_streams_open while it lives.
class OpenStream {
 public:
  OpenStream() { Gauge().Add({}, 1); }
  ~OpenStream() { Gauge().Add({}, -1); }
  OpenStream(const OpenStream&) = delete;
  OpenStream& operator=(const OpenStream&) = delete;

 private:
  static metrics::Gauge& Gauge() {
    static auto& gauge =
        metrics::Gauge::Get("resumax_sse_streams_open", "Server-sent event streams open now.");
    return gauge;
  }
};

// Server-sent events of an optimization's status until it completes or fails, for at most
// kMaxStream: a stream that outlives it ends with `event: timeout` and the client polls.
class OptimizationEvents final : public BodySource {
 public:
  static constexpr std::chrono::minutes kMaxStream{10};
  static constexpr std::chrono::seconds kKeepAlive{15};
  // Without live events (no hub, or its relay is down) the stream polls the database.
  static constexpr std::chrono::milliseconds kPoll{250};

  // The stream lives no longer than the access token that opened it (token_expires_at, Unix
  // seconds): then it says `reauth` and ends, and the client reconnects with a fresh token.
  OptimizationEvents(optimize::OptimizationService& service, auth::User user, std::string id,
                     long long token_expires_at, EventHub* events)
      : service_(service),
        user_(std::move(user)),
        id_(std::move(id)),
        started_(std::chrono::steady_clock::now()),
        token_expires_at_(token_expires_at),
        events_(events) {}

  // Idle, the stream reads nothing: it reads the optimization again only when its event
  // arrives (from this process or, through the relay, from a worker anywhere).
  void SetWaker(const std::function<void()>& wake) override {
    if (!events_) return;
    subscription_ = events_->Subscribe(optimize::EventTopic(id_), [changed = changed_, wake] {
      *changed = true;
      wake();
    });
  }

  // Idle with live events: until the next keep-alive, but never past the moment the access
  // token expires (the stream then says `reauth`) or the stream's time is up.
  std::chrono::milliseconds RetryAfter() const override {
    if (!events_ || !events_->Live()) return kPoll;
    auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(kKeepAlive);
    if (token_expires_at_ > 0) {
      const auto until_expiry = std::chrono::seconds(token_expires_at_) -
                                std::chrono::duration_cast<std::chrono::milliseconds>(
                                    std::chrono::system_clock::now().time_since_epoch());
      wait = std::min(wait, std::max(std::chrono::milliseconds(kPoll), until_expiry));
    }
    const auto until_timeout = std::chrono::duration_cast<std::chrono::milliseconds>(
        kMaxStream - (std::chrono::steady_clock::now() - started_));
    return std::min(wait, std::max(std::chrono::milliseconds(kPoll), until_timeout));
  }

  std::optional<std::string> Next() override {
    if (done_) return std::nullopt;
    const auto unix_now = std::chrono::duration_cast<std::chrono::seconds>(
                              std::chrono::system_clock::now().time_since_epoch())
                              .count();
    if (token_expires_at_ > 0 && unix_now >= token_expires_at_) {
      done_ = true;
      return "event: reauth\ndata: {\"optimizationId\":\"" + id_ + "\"}\n\n";
    }
    if (std::chrono::steady_clock::now() - started_ > kMaxStream) {
      done_ = true;
      return "event: timeout\ndata: {\"optimizationId\":\"" + id_ + "\"}\n\n";
    }
    const auto now = std::chrono::steady_clock::now();
    if (subscription_ && events_->Live() && !changed_->exchange(false)) {
      if (now - last_sent_ < kKeepAlive) return std::string();
      last_sent_ = now;
      return ": keep-alive\n\n";
    }
    changed_->store(false);
    auto optimization = service_.Get(user_, id_);
    if (!optimization) {
      done_ = true;
      return "event: failed\ndata: {\"code\":\"not_found\"}\n\n";
    }
    const std::string status(optimize::StatusName(optimization->status));
    if (status == last_status_) {
      if (now - last_sent_ < std::chrono::seconds(15)) return std::string();
      last_sent_ = now;
      return ": keep-alive\n\n";
    }
    last_status_ = status;
    last_sent_ = now;
    const bool finished = last_status_ == "completed" || last_status_ == "failed";
    done_ = finished;
    const std::string event = finished ? last_status_ : "status";
    const json::value data = finished
                                 ? json::value(OptimizationJson(*optimization))
                                 : json::value({{"optimizationId", id_}, {"status", last_status_}});
    return "event: " + event + "\ndata: " + json::serialize(data) + "\n\n";
  }

 private:
  optimize::OptimizationService& service_;
  auth::User user_;
  std::string id_;
  std::chrono::steady_clock::time_point started_;
  long long token_expires_at_ = 0;
  std::string last_status_;
  std::chrono::steady_clock::time_point last_sent_{};
  bool done_ = false;
  EventHub* events_;
  // Set by the event (on another thread); the first read needs none.
  std::shared_ptr<std::atomic<bool>> changed_ = std::make_shared<std::atomic<bool>>(true);
  std::unique_ptr<EventHub::Subscription> subscription_;
  OpenStream open_;
};

// The user's own wording for accepted changes: edits [{changeId, after}].
Result<std::vector<optimize::ChangeEdit>> ChangeEdits(const json::object& body) {
  std::vector<optimize::ChangeEdit> edits;
  const auto* list = body.if_contains("edits");
  if (list == nullptr || list->is_null()) return edits;
  if (!list->is_array() || list->as_array().size() > 1000) {
    return Error::Validation("edits", "'edits' must be a list of {changeId, after}.");
  }
  for (const auto& item : list->as_array()) {
    const auto* object = item.if_object();
    const auto* id = object ? object->if_contains("changeId") : nullptr;
    const auto* after = object ? object->if_contains("after") : nullptr;
    if (!id || !id->is_string() || id->as_string().size() > 64 || !after || !after->is_string() ||
        after->as_string().size() > 20000) {
      return Error::Validation("edits", "Each edit is {changeId, after} with text.");
    }
    edits.push_back({std::string(id->as_string()), std::string(after->as_string())});
  }
  return edits;
}

Result<std::string> IdField(const json::object& body, const char* field) {
  auto value = RequiredString(body, field, 64);
  if (!value) return value.error();
  return std::move(*value);
}

}  // namespace

void AddOptimizeRoutes(Router& router, Services& services) {
  const RouteOptions signed_in{.requires_auth = true, .offload = false, .max_body = 64 * 1024};

  router.Add("POST", "/api/v1/optimize", signed_in,
             [&services](Request& request) -> Result<Response> {
               auto body = ParseJsonObject(request);
               if (!body) return body.error();
               auto resume_id = IdField(*body, "resumeId");
               if (!resume_id) return resume_id.error();
               auto job_id = IdField(*body, "jobDescriptionId");
               if (!job_id) return job_id.error();
               auto strategy_name = OptionalString(*body, "strategy", 32);
               if (!strategy_name) return strategy_name.error();
               const auto strategy = optimize::ParseStrategy(strategy_name->value_or("balanced"));
               if (!strategy) {
                 // Never a silent default: a strategy the client misspelt is its mistake.
                 Error error = Error::BadRequest("unknown_strategy",
                                                 "The strategy is conservative, balanced or bold.");
                 error.details["field"] = "strategy";
                 return error;
               }
               std::optional<std::string> key;
               if (const auto header = request.Header("idempotency-key"); !header.empty()) {
                 if (header.size() > 200) {
                   return Error::Validation("Idempotency-Key", "The key is longer than 200 bytes.");
                 }
                 key = std::string(header);
               }
               auto started =
                   services.optimizations.Start(*request.user, *resume_id, *job_id, *strategy, key);
               if (!started) return started.error();
               return Json(started->replayed ? 200 : 202,
                           {{"optimizationId", started->optimization.id},
                            {"status", optimize::StatusName(started->optimization.status)}});
             });

  router.Add("GET", "/api/v1/optimize/{id}", signed_in,
             [&services](Request& request) -> Result<Response> {
               auto optimization = services.optimizations.Get(*request.user, request.Param("id"));
               if (!optimization) return optimization.error();
               return Json(200, OptimizationJson(*optimization));
             });

  router.Add("GET", "/api/v1/optimize/{id}/events", signed_in,
             [&services](Request& request) -> Result<Response> {
               auto optimization = services.optimizations.Get(*request.user, request.Param("id"));
               if (!optimization) return optimization.error();
               Response response;
               response.content_type = "text/event-stream";
               response.headers.emplace_back("Cache-Control", "no-cache");
               response.headers.emplace_back("X-Accel-Buffering", "no");
               response.source = std::make_shared<OptimizationEvents>(
                   services.optimizations, *request.user, request.Param("id"),
                   request.token_expires_at, services.events);
               return response;
             });

  router.Add(
      "POST", "/api/v1/optimize/{id}/accept", signed_in,
      [&services](Request& request) -> Result<Response> {
        auto body = ParseJsonObject(request);
        if (!body) return body.error();
        bool apply_all = false;
        if (const auto* all = body->if_contains("applyAll"); all && !all->is_null()) {
          if (!all->is_bool())
            return Error::Validation("applyAll", "'applyAll' must be true or false.");
          apply_all = all->as_bool();
        }
        std::vector<std::string> ids;
        if (const auto* list = body->if_contains("acceptedChanges"); list && !list->is_null()) {
          if (!list->is_array() || list->as_array().size() > 1000) {
            return Error::Validation("acceptedChanges",
                                     "'acceptedChanges' must be a list of change ids.");
          }
          for (const auto& item : list->as_array()) {
            if (!item.is_string() || item.as_string().size() > 64) {
              return Error::Validation("acceptedChanges", "Each accepted change is a change id.");
            }
            ids.emplace_back(item.as_string());
          }
        } else if (!apply_all) {
          return Error::Validation("acceptedChanges", "Send the accepted change ids or applyAll.");
        }
        auto edits = ChangeEdits(*body);
        if (!edits) return edits.error();
        auto version = services.optimizations.Accept(*request.user, request.Param("id"), ids,
                                                     apply_all, *edits);
        if (!version) return version.error();
        json::object out = VersionJson(*version, true);
        out["versionId"] = version->id;
        out["downloads"] = json::array();
        return Json(201, out);
      });

  router.Add(
      "GET", "/api/v1/versions", signed_in, [&services](Request& request) -> Result<Response> {
        const auto params = PageParams(request);
        auto page = services.optimizations.ListVersions(*request.user, params.limit, params.cursor);
        if (!page) return page.error();
        return PageJson(
            *page, [](const optimize::Version& version) { return VersionJson(version, false); });
      });

  router.Add("GET", "/api/v1/versions/{id}", signed_in,
             [&services](Request& request) -> Result<Response> {
               auto version = services.optimizations.GetVersion(*request.user, request.Param("id"));
               if (!version) return version.error();
               json::object out = VersionJson(*version, true);
               json::array list;
               for (const auto& link : services.exports.ListFor(*request.user, *version)) {
                 list.push_back(ExportLinkJson(link));
               }
               out["downloads"] = std::move(list);
               Response response = Json(200, out);
               response.headers.emplace_back("ETag", optimize::VersionETag(*version));
               return response;
             });

  const RouteOptions document_body{
      .requires_auth = true, .offload = false, .max_body = document::kMaxDocumentBytes};
  router.Add("PUT", "/api/v1/versions/{id}/sections", document_body,
             [&services](Request& request) -> Result<Response> {
               const std::string if_match(TrimSpace(request.Header("if-match")));
               if (if_match.empty()) {
                 return Error::PreconditionRequired(
                     "Send the ETag of the version you edited in If-Match.");
               }
               auto edited = DocumentFromBody(request);
               if (!edited) return edited.error();
               auto version = services.optimizations.EditVersion(*request.user, request.Param("id"),
                                                                 if_match, std::move(*edited));
               if (!version) return version.error();
               json::object out = VersionJson(*version, true);
               out["downloads"] = json::array();
               Response response = Json(201, out);
               response.headers.emplace_back("ETag", optimize::VersionETag(*version));
               return response;
             });
}

}  // namespace resumax::http
