#include "domain/optimize/optimization_service.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <set>

#include "core/crypto.h"
#include "core/ids.h"
#include "core/log.h"
#include "core/metrics.h"
#include "core/paging.h"
#include "core/trace.h"
#include "domain/accounts/funnel.h"
#include "domain/document/document_json.h"
#include "domain/matching/job_analysis.h"
#include "domain/matching/job_analysis_json.h"
#include "domain/matching/scorer.h"
#include "domain/optimize/optimize_steps.h"
#include "domain/rewriting/apply_changes.h"
#include "domain/rewriting/diff_words.h"
#include "domain/rewriting/guard_truthfulness.h"
#include "domain/rewriting/rewrite_tips.h"

namespace resumax::optimize {
namespace {

namespace json = boost::json;
using db::Value;

constexpr std::string_view kColumns =
    "id, user_id, resume_id, job_description_id, status, strategy, summary, alignment_score, "
    "result, tokens_used, provider, error_code, error_message, created_at, updated_at, "
    "completed_at, credits_spent";
constexpr std::string_view kInsert =
    "INSERT INTO optimizations (id, user_id, resume_id, job_description_id, status, strategy, "
    "idempotency_key, request_hash, created_at, updated_at, credits_spent) VALUES (?, ?, ?, ?, "
    "'queued', ?, ?, ?, ?, ?, ?)";
constexpr std::string_view kByKey =
    "SELECT id, request_hash FROM optimizations WHERE user_id = ? AND idempotency_key = ?";
constexpr std::string_view kInFlight =
    "SELECT COUNT(*) FROM optimizations WHERE user_id = ? AND status IN ('queued', "
    "'processing', 'generating')";
constexpr std::string_view kSetStatus =
    "UPDATE optimizations SET status = ?, updated_at = ? WHERE id = ?";
constexpr std::string_view kFail =
    "UPDATE optimizations SET status = 'failed', error_code = ?, error_message = ?, updated_at = "
    "?, completed_at = ? WHERE id = ?";
constexpr std::string_view kComplete =
    "UPDATE optimizations SET status = 'completed', summary = ?, alignment_score = ?, result = ?, "
    "tokens_used = ?, provider = ?, updated_at = ?, completed_at = ? WHERE id = ?";
constexpr std::string_view kResumeForUser =
    "SELECT parse_status FROM resumes WHERE id = ? AND user_id = ? AND deleted_at IS NULL";
constexpr std::string_view kJobForUser =
    "SELECT parse_status FROM job_descriptions WHERE id = ? AND user_id = ?";
constexpr std::string_view kResumeContent =
    "SELECT parsed_sections, parsed_text FROM resumes WHERE id = ? AND deleted_at IS NULL";
constexpr std::string_view kJobContent =
    "SELECT sanitized_text, metadata FROM job_descriptions WHERE id = ?";
constexpr std::string_view kLastScore = "UPDATE resumes SET last_score = ? WHERE id = ?";
// A version with the labels of what it was made for; conditions name v.* columns. Versions of a
// deleted resume are gone for the user at once (the rows go when the resume is purged).
constexpr std::string_view kVersionSelect =
    "SELECT v.id, v.optimization_id, v.resume_id, v.accepted_changes, v.optimized_sections, "
    "v.diff, v.alignment_score, v.score_breakdown, v.tokens_used, v.created_at, "
    "o.job_description_id, j.title, j.company, r.title, v.parent_version_id, v.origin "
    "FROM optimization_versions v "
    "JOIN optimizations o ON o.id = v.optimization_id "
    "LEFT JOIN job_descriptions j ON j.id = o.job_description_id "
    "LEFT JOIN resumes r ON r.id = v.resume_id ";
constexpr std::string_view kInsertVersion =
    "INSERT INTO optimization_versions (id, optimization_id, user_id, resume_id, "
    "accepted_changes, optimized_sections, diff, alignment_score, score_breakdown, tokens_used, "
    "created_at, parent_version_id, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

Optimization ToOptimization(const db::Row& row) {
  Optimization out;
  out.id = row.Text(0);
  out.user_id = row.Text(1);
  out.resume_id = row.Text(2);
  out.job_description_id = row.Text(3);
  out.status = ParseStatus(row.Text(4)).value_or(OptimizationStatus::kFailed);
  out.strategy = ParseStrategy(row.Text(5)).value_or(Strategy::kBalanced);
  out.summary = row.Optional(6);
  if (!row.IsNull(7)) out.alignment_score = std::stod(row.Text(7));
  if (!row.IsNull(8)) out.result_json = row.Text(8);
  out.tokens_used = row.Int(9);
  out.provider = row.Optional(10);
  out.error_code = row.Optional(11);
  out.error_message = row.Optional(12);
  out.created_at = NormalizeTimestamp(row.Text(13));
  out.updated_at = NormalizeTimestamp(row.Text(14));
  out.completed_at = NormalizeTimestamp(row.Optional(15));
  out.credits_spent = row.Int(16);
  return out;
}

Version ToVersion(const db::Row& row) {
  return {row.Text(0),
          row.Text(1),
          row.Text(2),
          row.Text(3),
          document::ParseStored(row.Text(4)),
          row.Text(5),
          std::stod(row.Text(6)),
          row.Text(7),
          row.Int(8),
          NormalizeTimestamp(row.Text(9)),
          row.Text(10),
          row.Optional(11),
          row.Optional(12),
          row.Optional(13),
          row.Optional(14),
          ParseOrigin(row.Text(15)).value_or(VersionOrigin::kOptimization)};
}

json::object ParseObject(const std::string& text) {
  boost::system::error_code ec;
  auto value = json::parse(text, ec);
  if (ec || !value.is_object()) return {};
  return std::move(value.as_object());
}

json::array Strings(const std::vector<std::string>& values) {
  json::array out;
  for (const auto& value : values) out.emplace_back(value);
  return out;
}

Change ChangeFromJson(const json::object& object) {
  Change change;
  const auto text = [&](const char* key) {
    const auto* value = object.if_contains(key);
    return value && value->is_string() ? std::string(value->as_string()) : std::string();
  };
  change.id = text("id");
  change.section = text("section");
  change.path = text("path");
  change.before = text("before");
  change.after = text("after");
  change.reason = text("reason");
  if (const auto* edited = object.if_contains("editedByUser"); edited && edited->is_bool()) {
    change.edited_by_user = edited->as_bool();
  }
  if (const auto* keywords = object.if_contains("keywords"); keywords && keywords->is_array()) {
    for (const auto& keyword : keywords->as_array()) {
      if (keyword.is_string()) change.keywords.emplace_back(keyword.as_string());
    }
  }
  return change;
}

// One sentence per kind of change, for the optimization's summary.
std::string Summarize(const std::vector<Change>& changes, std::size_t dropped,
                      const KeywordReport& keywords) {
  std::map<std::string, int> by_section;
  for (const auto& change : changes) ++by_section[change.section];
  std::string summary =
      std::to_string(changes.size()) + " suggested change" + (changes.size() == 1 ? "" : "s");
  if (!by_section.empty()) {
    summary += " (";
    bool first = true;
    for (const auto& [section, count] : by_section) {
      if (!first) summary += ", ";
      summary += std::to_string(count) + " in " + section;
      first = false;
    }
    summary += ")";
  }
  summary += ".";
  if (!keywords.evidenced.empty()) {
    summary += " " + std::to_string(keywords.evidenced.size()) +
               " skills your resume shows but does not list can be surfaced.";
  }
  if (!keywords.missing.empty()) {
    summary += " " + std::to_string(keywords.missing.size()) +
               " skills the job asks for do not appear in your resume; add them only if true.";
  }
  if (dropped > 0) {
    summary += " " + std::to_string(dropped) +
               " proposals were withheld because they added facts your resume does not contain.";
  }
  return summary;
}

}  // namespace

std::string_view StatusName(OptimizationStatus status) {
  switch (status) {
    case OptimizationStatus::kQueued:
      return "queued";
    case OptimizationStatus::kProcessing:
      return "processing";
    case OptimizationStatus::kGenerating:
      return "generating";
    case OptimizationStatus::kCompleted:
      return "completed";
    case OptimizationStatus::kFailed:
      break;
  }
  return "failed";
}

std::optional<OptimizationStatus> ParseStatus(std::string_view name) {
  for (const OptimizationStatus status :
       {OptimizationStatus::kQueued, OptimizationStatus::kProcessing,
        OptimizationStatus::kGenerating, OptimizationStatus::kCompleted,
        OptimizationStatus::kFailed}) {
    if (StatusName(status) == name) return status;
  }
  return std::nullopt;
}

std::string_view OriginName(VersionOrigin origin) {
  switch (origin) {
    case VersionOrigin::kEdit:
      return "edit";
    case VersionOrigin::kImport:
      return "import";
    case VersionOrigin::kOptimization:
      break;
  }
  return "optimization";
}

std::optional<VersionOrigin> ParseOrigin(std::string_view name) {
  for (const VersionOrigin origin :
       {VersionOrigin::kOptimization, VersionOrigin::kEdit, VersionOrigin::kImport}) {
    if (OriginName(origin) == name) return origin;
  }
  return std::nullopt;
}

std::string VersionETag(const Version& version) { return "\"" + version.id + "\""; }

json::object ScoreJson(const ScoreResult& score) {
  json::object breakdown;
  for (const auto& [name, category] : score.breakdown) {
    breakdown[name] = json::object{{"score", category.score},
                                   {"weight", category.weight},
                                   {"counted", Strings(category.counted)},
                                   {"missing", Strings(category.missing)},
                                   {"explanation", category.explanation}};
  }
  return {{"alignmentScore", score.total},
          {"scoreBreakdown", std::move(breakdown)},
          {"keywords",
           {{"matched", Strings(score.keywords.matched)},
            {"evidenced", Strings(score.keywords.evidenced)},
            {"missing", Strings(score.keywords.missing)}}}};
}

json::object ChangeJson(const Change& change) {
  json::array diff;
  for (const auto& part : change.diff) diff.push_back({{"op", part.op}, {"text", part.text}});
  json::object out{{"id", change.id},
                   {"section", change.section},
                   {"path", change.path},
                   {"before", change.before},
                   {"after", change.after},
                   {"reason", change.reason},
                   {"keywords", Strings(change.keywords)},
                   {"scoreDelta", change.score_delta},
                   {"diff", std::move(diff)}};
  if (change.edited_by_user) out["editedByUser"] = true;
  return out;
}

OptimizationService::OptimizationService(db::Database& db, jobs::JobQueue& queue,
                                         const Taxonomy& taxonomy, ChangeEngine& engine,
                                         const Clock& clock, OptimizationSettings settings)
    : db_(db),
      queue_(queue),
      taxonomy_(taxonomy),
      engine_(engine),
      clock_(clock),
      settings_(settings) {}

std::optional<Optimization> OptimizationService::Find(const std::string& user_id,
                                                      const std::string& id) {
  if (!IsUuid(id)) return std::nullopt;
  const Value params[] = {id, user_id};
  auto row = db_.QueryOne(
      "SELECT " + std::string(kColumns) +
          " FROM optimizations o WHERE id = ? AND user_id = ? AND NOT EXISTS (SELECT 1 FROM "
          "resumes r WHERE r.id = o.resume_id AND r.deleted_at IS NOT NULL)",
      params);
  if (!row) return std::nullopt;
  return ToOptimization(*row);
}

Result<StartResult> OptimizationService::Start(const auth::User& user, const std::string& resume_id,
                                               const std::string& job_description_id,
                                               Strategy strategy,
                                               const std::optional<std::string>& idempotency_key) {
  if (!user.email_verified_at) {
    return Error::Forbidden("email_not_verified", "Verify your email address to optimize.");
  }
  const std::string strategy_name(StrategyName(strategy));
  const std::string request_hash =
      crypto::Sha256Hex(resume_id + "\n" + job_description_id + "\n" + strategy_name);
  if (idempotency_key) {
    const Value params[] = {user.id, *idempotency_key};
    if (auto earlier = db_.QueryOne(kByKey, params)) {
      if (earlier->Text(1) != request_hash) {
        return Error::Conflict("idempotency_conflict",
                               "This Idempotency-Key was used for a different request.");
      }
      // The earlier optimization may be gone with its resume: a replay then finds nothing.
      auto replayed = Find(user.id, earlier->Text(0));
      if (!replayed) return Error::NotFound("No such resume.");
      return StartResult{std::move(*replayed), true};
    }
  }
  if (!IsUuid(resume_id)) return Error::NotFound("No such resume.");
  const Value resume_params[] = {resume_id, user.id};
  const auto resume = db_.QueryOne(kResumeForUser, resume_params);
  if (!resume) return Error::NotFound("No such resume.");
  if (resume->Text(0) != "completed") {
    return Error::Conflict("resume_not_parsed",
                           "This resume has not been read yet. Wait for parsing to finish.");
  }
  if (!IsUuid(job_description_id)) return Error::NotFound("No such job description.");
  const Value job_params[] = {job_description_id, user.id};
  const auto job = db_.QueryOne(kJobForUser, job_params);
  if (!job) return Error::NotFound("No such job description.");
  if (job->Text(0) != "completed") {
    return Error::Conflict("job_description_not_parsed",
                           "This job description's file has not been read yet. Wait for it to "
                           "finish, or paste the text.");
  }
  const std::string id = NewUuid();
  const std::string now = Now();
  const int cost = credits_ ? credits_->settings().optimization_cost : 0;
  const Value insert[] = {id,
                          user.id,
                          resume_id,
                          job_description_id,
                          strategy_name,
                          idempotency_key ? Value{*idempotency_key} : Value{nullptr},
                          request_hash,
                          now,
                          now,
                          std::int64_t{cost}};
  bool room = false;
  std::optional<long long> short_balance;
  try {
    db_.Transaction([&](db::Database& tx) {
      // The count and the insert are one step per user: SQLite transactions are serial
      // (BEGIN IMMEDIATE); PostgreSQL takes a lock on the user's key until commit.
      if (tx.dialect() == db::Dialect::kPostgres) {
        const Value key[] = {"optimize:" + user.id};
        tx.Query("SELECT pg_advisory_xact_lock(hashtext(?))", key);
      }
      const Value user_param[] = {user.id};
      if (tx.QueryOne(kInFlight, user_param)->Int(0) >= settings_.max_in_flight_per_user) return;
      room = true;
      // The spend, the ledger row and the optimization commit together or not at all.
      if (cost > 0 && !credits_->SpendOnOptimization(tx, user.id, id)) {
        short_balance = credits_->Open(tx, user.id);
        return;
      }
      tx.Execute(kInsert, insert);
    });
  } catch (const db::DatabaseError& error) {
    // Two requests with one key at once: the other one won.
    if (error.unique_violation() && idempotency_key) {
      return Start(user, resume_id, job_description_id, strategy, idempotency_key);
    }
    throw;
  }
  if (!room) return Error::RateLimited(5);
  if (short_balance) {
    Error error = Error::PaymentRequired(
        "insufficient_credits", "An optimization takes " + std::to_string(cost) + " credit" +
                                    (cost == 1 ? "" : "s") + " and your balance is " +
                                    std::to_string(*short_balance) + ". Buy credits to go on.");
    error.details["balance"] = *short_balance;
    error.details["cost"] = cost;
    return error;
  }
  // Read back before queuing: a worker may start at once, and the answer is the state accepted.
  auto created = Find(user.id, id);
  if (!created) return Error::NotFound("No such resume.");  // deleted meanwhile
  queue_.Enqueue(std::string(kOptimizeJob), json::serialize(json::object{{"optimizationId", id}}),
                 {std::chrono::milliseconds(0), 3, user.id});
  return StartResult{std::move(*created), false};
}

Result<Optimization> OptimizationService::Get(const auth::User& user, const std::string& id) {
  auto found = Find(user.id, id);
  if (!found) return Error::NotFound("No such optimization.");
  return std::move(*found);
}

void OptimizationService::SetStatus(const std::string& id, OptimizationStatus status) {
  const Value params[] = {std::string(StatusName(status)), Now(), id};
  db_.Execute(kSetStatus, params);
  if (events_) events_->Publish(EventTopic(id));
}

namespace {

// The round trip a user waits for, from the request to the result, in
// resumax_optimization_duration_seconds{engine,outcome}.
void ObserveOptimization(const std::string& created_at, const TimePoint& now,
                         std::string_view engine, std::string_view outcome) {
  static auto& histogram =
      metrics::Histogram::Get("resumax_optimization_duration_seconds",
                              "From an optimization's request to its result (queue wait included).",
                              {"engine", "outcome"}, metrics::SlowBuckets());
  const auto started = ParseTimestamp(created_at);
  if (!started) return;
  histogram.Observe({std::string(engine), std::string(outcome)},
                    std::max(0.0, std::chrono::duration<double>(now - *started).count()));
}

}  // namespace

void OptimizationService::Fail(const std::string& id, const std::string& code,
                               const std::string& message) {
  {
    const Value id_param[] = {id};
    if (const auto row = db_.QueryOne(
            "SELECT created_at, provider FROM optimizations WHERE id = ? AND status <> 'failed'",
            id_param)) {
      ObserveOptimization(NormalizeTimestamp(row->Text(0)), clock_.Now(),
                          row->Optional(1).value_or("local"), "failed");
    }
  }
  const std::string now = Now();
  const Value params[] = {code, message, now, now, id};
  db_.Execute(kFail, params);
  if (credits_) credits_->ReturnFor(id);
  if (events_) events_->Publish(EventTopic(id));
  if (on_finished_) on_finished_(id, false);
}

std::shared_ptr<const JobAnalysis> OptimizationService::Analyze(const std::string& text,
                                                                const json::object& metadata) {
  const std::string key = crypto::Sha256Hex(text + "\n" + json::serialize(metadata));
  {
    std::lock_guard lock(cache_mutex_);
    if (auto found = analysis_cache_.find(key); found != analysis_cache_.end()) {
      return found->second;
    }
  }
  // Shared by every process: the taxonomy's size stands for its version, so nodes that load
  // different taxonomies never share an analysis.
  const std::string shared_key =
      "resumax:jd-analysis:v1:" + std::to_string(taxonomy_.size()) + ":" + key;
  std::shared_ptr<const JobAnalysis> analysis;
  if (shared_cache_) {
    try {
      if (const auto cached = shared_cache_->Get(shared_key)) {
        const auto parsed = json::parse(*cached, json::storage_ptr(), {});
        if (parsed.is_object()) {
          if (auto restored = JobAnalysisFromJson(parsed.as_object())) {
            analysis = std::make_shared<const JobAnalysis>(std::move(*restored));
          }
        }
      }
    } catch (const std::exception& error) {
      log::Write(log::Level::kDebug, "analysis_cache_unavailable", {{"detail", error.what()}});
    }
  }
  if (!analysis) {
    analysis = std::make_shared<const JobAnalysis>(AnalyzeJob(text, metadata, taxonomy_));
    if (shared_cache_) {
      try {
        shared_cache_->Put(shared_key, json::serialize(JobAnalysisToJson(*analysis)),
                           std::chrono::hours(24));
      } catch (const std::exception& error) {
        log::Write(log::Level::kDebug, "analysis_cache_unavailable", {{"detail", error.what()}});
      }
    }
  }
  std::lock_guard lock(cache_mutex_);
  if (analysis_cache_.size() > 1000) analysis_cache_.clear();
  analysis_cache_.emplace(key, analysis);
  return analysis;
}

void OptimizationService::RegisterJobs(jobs::WorkerPool& pool) {
  pool.Register(std::string(kOptimizeJob),
                {[this](const jobs::ClaimedJob& job) { return Run(job); },
                 [this](const jobs::ClaimedJob& job, const std::string&) {
                   const auto payload = ParseObject(job.payload_json);
                   if (const auto* id = payload.if_contains("optimizationId");
                       id && id->is_string()) {
                     Fail(std::string(id->as_string()), "optimization_failed",
                          "The optimization could not be completed. Please try again.");
                   }
                 }});
}

jobs::HandlerResult OptimizationService::Run(const jobs::ClaimedJob& job) {
  const auto payload = ParseObject(job.payload_json);
  const auto* id_value = payload.if_contains("optimizationId");
  if (!id_value || !id_value->is_string()) return {jobs::Outcome::kPermanent, "no optimizationId"};
  const std::string id(id_value->as_string());
  const Value id_param[] = {id};
  auto row = db_.QueryOne("SELECT " + std::string(kColumns) + " FROM optimizations WHERE id = ?",
                          id_param);
  if (!row) {
    // Gone with its resume before it ran: what it cost goes back.
    if (credits_) credits_->ReturnFor(id);
    return {jobs::Outcome::kDone, {}};
  }
  const Optimization optimization = ToOptimization(*row);
  if (optimization.status == OptimizationStatus::kCompleted ||
      optimization.status == OptimizationStatus::kFailed) {
    return {jobs::Outcome::kDone, {}};
  }
  SetStatus(id, OptimizationStatus::kProcessing);
  const Value resume_param[] = {optimization.resume_id};
  const auto resume = db_.QueryOne(kResumeContent, resume_param);
  const Value job_param[] = {optimization.job_description_id};
  const auto posting = db_.QueryOne(kJobContent, job_param);
  if (!resume || !posting || resume->IsNull(0)) {
    Fail(id, "inputs_missing", "The resume or the job description is no longer available.");
    return {jobs::Outcome::kDone, {}};
  }
  const document::ResumeDocument resume_document = document::ParseStored(resume->Text(0));
  const std::string resume_text = resume->Text(1);
  std::shared_ptr<const JobAnalysis> analysis;
  {
    trace::Span span("job.analysis");
    analysis = Analyze(posting->Text(0), ParseObject(posting->Text(1)));
    span.SetAttribute("resumax.keywords", analysis->keywords.size());
  }

  SetStatus(id, OptimizationStatus::kGenerating);
  OptimizeOutcome outcome = RunOptimizeSteps(resume_document, resume_text, *analysis, taxonomy_,
                                             engine_, optimization.strategy);
  const ScoreResult& score = outcome.score;
  const GuardedChanges& guarded = outcome.guarded;
  const EngineOutput& proposed = outcome.proposed;

  json::object result = ScoreJson(score);
  json::array changes;
  for (const auto& change : guarded.kept) changes.push_back(ChangeJson(change));
  result["changes"] = std::move(changes);
  json::array dropped;
  for (const auto& change : guarded.dropped) {
    dropped.push_back({{"id", change.id}, {"path", change.path}, {"reason", change.reason}});
  }
  result["droppedChanges"] = std::move(dropped);
  // Advice that is no change, on the resume as it reads with every change accepted, so that
  // nothing a change already fixes is repeated.
  const auto applied = ApplyChanges(resume_document, guarded.kept);
  json::array tips;
  for (const Tip& tip :
       LocalTips(applied ? *applied : resume_document, *analysis, score.keywords)) {
    tips.push_back({{"code", tip.code}, {"path", tip.path}, {"message", tip.message}});
  }
  result["tips"] = std::move(tips);
  result["projectedScore"] = outcome.projected_score;
  // What the changes were made against: a version compares with this, not with later edits.
  result["sourceSections"] = document::ToJson(resume_document);
  const std::string summary = Summarize(guarded.kept, guarded.dropped.size(), score.keywords);
  const std::string now = Now();
  json::array notes;
  for (const auto& note : proposed.notes) notes.emplace_back(note);
  result["engineNotes"] = std::move(notes);
  const Value complete[] = {summary,
                            std::to_string(score.total),
                            json::serialize(result),
                            std::int64_t{proposed.tokens_used},
                            proposed.provider,
                            now,
                            now,
                            id};
  db_.Execute(kComplete, complete);
  const Value last_score[] = {std::to_string(score.total), optimization.resume_id};
  db_.Execute(kLastScore, last_score);
  if (events_) events_->Publish(EventTopic(id));
  ObserveOptimization(optimization.created_at, clock_.Now(),
                      proposed.provider.empty() ? "local" : proposed.provider, "completed");
  accounts::ReachFunnelStep(db_, clock_, optimization.user_id, accounts::kFunnelFirstOptimization);
  if (on_finished_) on_finished_(id, true);
  log::Info("optimization_completed", {{"optimizationId", id},
                                       {"score", score.total},
                                       {"changes", guarded.kept.size()},
                                       {"dropped", guarded.dropped.size()}});
  return {jobs::Outcome::kDone, {}};
}

Result<Version> OptimizationService::Accept(const auth::User& user, const std::string& id,
                                            const std::vector<std::string>& accepted_change_ids,
                                            bool apply_all, const std::vector<ChangeEdit>& edits) {
  auto optimization = Find(user.id, id);
  if (!optimization) return Error::NotFound("No such optimization.");
  if (optimization->status == OptimizationStatus::kFailed) {
    return Error::Conflict("optimization_failed",
                           "This optimization failed; start a new one to get suggestions.");
  }
  if (optimization->status != OptimizationStatus::kCompleted) {
    return Error::Conflict("optimization_not_ready", "Wait until the optimization is completed.");
  }
  const json::object result = ParseObject(optimization->result_json);
  std::vector<Change> offered;
  if (const auto* changes = result.if_contains("changes"); changes && changes->is_array()) {
    for (const auto& change : changes->as_array()) {
      if (change.is_object()) offered.push_back(ChangeFromJson(change.as_object()));
    }
  }
  std::vector<Change> accepted;
  if (apply_all) {
    accepted = offered;
  } else {
    const std::set<std::string> wanted(accepted_change_ids.begin(), accepted_change_ids.end());
    for (const auto& wanted_id : wanted) {
      if (std::none_of(offered.begin(), offered.end(),
                       [&](const Change& change) { return change.id == wanted_id; })) {
        return Error::Validation("acceptedChanges", "Unknown change id: " + wanted_id);
      }
    }
    for (const auto& change : offered) {
      if (wanted.contains(change.id)) accepted.push_back(change);
    }
  }
  for (const ChangeEdit& edit : edits) {
    const auto change = std::find_if(accepted.begin(), accepted.end(),
                                     [&](const Change& c) { return c.id == edit.change_id; });
    if (change == accepted.end()) {
      return Error::Validation(
          "edits", "An edit names a change that is not accepted: " + edit.change_id.substr(0, 64));
    }
    if (change->after != edit.after) {
      change->after = edit.after;
      change->edited_by_user = true;
      change->reason = "Your own wording.";
    }
  }
  const Value resume_param[] = {optimization->resume_id};
  const auto resume = db_.QueryOne(kResumeContent, resume_param);
  if (!resume) {
    return Error::Conflict("inputs_missing",
                           "The resume or the job description is no longer available.");
  }
  auto optimized = ApplyChanges(document::ParseStored(resume->Text(0)), accepted);
  if (!optimized) return optimized.error();
  if (const auto issues = document::Validate(*optimized); !issues.empty()) {
    return InvalidSections(issues);
  }
  // A new order of bullets is shown as it came out: the bullets as the other accepted changes
  // worded them, before and after the move.
  std::vector<Change> rewrites;
  for (const Change& change : accepted) {
    const auto steps = ParseChangePath(change.path);
    if (!steps || !IsBulletOrderPath(*steps)) rewrites.push_back(change);
  }
  if (rewrites.size() < accepted.size()) {
    const auto reworded = ApplyChanges(document::ParseStored(resume->Text(0)), rewrites);
    for (Change& change : accepted) {
      const auto steps = ParseChangePath(change.path);
      if (!reworded || !steps || !IsBulletOrderPath(*steps)) continue;
      if (auto before = CurrentText(*reworded, change.path)) change.before = std::move(*before);
      if (auto after = CurrentText(*optimized, change.path)) change.after = std::move(*after);
    }
  }
  json::array accepted_json;
  json::array diff;
  for (auto& change : accepted) {
    change.diff = WordDiff(change.before, change.after);
    accepted_json.emplace_back(change.id);
    diff.push_back(ChangeJson(change));
  }
  Version version;
  version.optimization_id = id;
  version.resume_id = optimization->resume_id;
  version.accepted_changes_json = json::serialize(accepted_json);
  version.document = std::move(*optimized);
  version.diff_json = json::serialize(diff);
  version.tokens_used = optimization->tokens_used;
  auto saved = SaveVersion(user, std::move(version), resume->Text(1));
  if (saved) {
    accounts::ReachFunnelStep(db_, clock_, user.id, accounts::kFunnelFirstAcceptedVersion);
  }
  return saved;
}

Result<Version> OptimizationService::EditVersion(const auth::User& user, const std::string& id,
                                                 const std::string& if_match,
                                                 document::ResumeDocument edited) {
  auto parent = GetVersion(user, id);
  if (!parent) return parent.error();
  if (if_match != VersionETag(*parent)) {
    Error error = Error::PreconditionFailed(
        "revision_conflict", "This version is not the one you edited. Reload it and try again.");
    error.details["currentETag"] = VersionETag(*parent);
    return error;
  }
  document::AssignIds(edited);
  document::CarryConfidence(parent->document, edited);
  if (const auto issues = document::Validate(edited); !issues.empty()) {
    return InvalidSections(issues);
  }
  Version version;
  version.optimization_id = parent->optimization_id;
  version.resume_id = parent->resume_id;
  version.accepted_changes_json = "[]";
  version.document = std::move(edited);
  version.diff_json = "[]";
  version.parent_version_id = parent->id;
  version.origin = VersionOrigin::kEdit;
  const Value resume_param[] = {version.resume_id};
  const auto resume = db_.QueryOne(kResumeContent, resume_param);
  if (!resume) return Error::NotFound("No such resume.");
  return SaveVersion(user, std::move(version), resume->Text(1));
}

Result<Version> OptimizationService::SaveVersion(const auth::User& user, Version version,
                                                 const std::string& resume_text) {
  const Value optimization_param[] = {version.optimization_id};
  const auto posting = db_.QueryOne(
      "SELECT j.sanitized_text, j.metadata FROM optimizations o JOIN job_descriptions j ON "
      "j.id = o.job_description_id WHERE o.id = ?",
      optimization_param);
  if (!posting) {
    return Error::Conflict("inputs_missing",
                           "The resume or the job description is no longer available.");
  }
  const auto analysis = Analyze(posting->Text(0), ParseObject(posting->Text(1)));
  const ScoreResult score = Score(version.document, resume_text, *analysis, taxonomy_);
  version.id = NewUuid();
  version.alignment_score = static_cast<double>(score.total);
  version.score_breakdown_json = json::serialize(ScoreJson(score));
  version.created_at = Now();
  const Value params[] = {
      version.id,
      version.optimization_id,
      user.id,
      version.resume_id,
      version.accepted_changes_json,
      document::Serialize(version.document),
      version.diff_json,
      std::to_string(version.alignment_score),
      version.score_breakdown_json,
      std::int64_t{version.tokens_used},
      version.created_at,
      version.parent_version_id ? Value{*version.parent_version_id} : Value{nullptr},
      std::string(OriginName(version.origin))};
  db_.Execute(kInsertVersion, params);
  // Read back: the resume may have been deleted meanwhile, and then so is the version for the
  // user.
  return GetVersion(user, version.id);
}

Result<VersionPage> OptimizationService::ListVersions(const auth::User& user, int limit,
                                                      const std::string& cursor) {
  auto offset = OffsetFromCursor(cursor);
  if (!offset) return offset.error();
  limit = std::clamp(limit, 1, 100);
  const Value params[] = {user.id, std::int64_t{limit + 1}, std::int64_t{*offset}};
  std::vector<Version> rows;
  for (const auto& row : db_.Query(
           std::string(kVersionSelect) +
               "WHERE v.user_id = ? AND r.deleted_at IS NULL ORDER BY v.created_at DESC, v.id "
               "LIMIT ? OFFSET ?",
           params)) {
    rows.push_back(ToVersion(row));
  }
  return MakePage(std::move(rows), limit, *offset);
}

Result<Version> OptimizationService::GetVersion(const auth::User& user, const std::string& id) {
  if (!IsUuid(id)) return Error::NotFound("No such version.");
  const Value params[] = {id, user.id};
  auto row = db_.QueryOne(
      std::string(kVersionSelect) + "WHERE v.id = ? AND v.user_id = ? AND r.deleted_at IS NULL",
      params);
  if (!row) return Error::NotFound("No such version.");
  return ToVersion(*row);
}

}  // namespace resumax::optimize
