#pragma once

#include <boost/json/object.hpp>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/database.h"
#include "core/error.h"
#include "core/event_hub.h"
#include "core/paging.h"
#include "core/shared_cache.h"
#include "domain/auth/models.h"
#include "domain/billing/credits.h"
#include "domain/document/resume_document.h"
#include "domain/jobs/job_queue.h"
#include "domain/jobs/worker_pool.h"
#include "domain/matching/model.h"
#include "domain/matching/taxonomy.h"
#include "domain/optimize/change_engine.h"
#include "domain/rewriting/change.h"
#include "domain/rewriting/guard_truthfulness.h"

namespace resumax::optimize {

inline constexpr std::string_view kOptimizeJob = "optimize.run";

// The live event an optimization's status change publishes (see EventHub).
inline std::string EventTopic(const std::string& optimization_id) {
  return "optimization." + optimization_id;
}

struct OptimizationSettings {
  int max_in_flight_per_user = 3;
};

enum class OptimizationStatus { kQueued, kProcessing, kGenerating, kCompleted, kFailed };
std::string_view StatusName(OptimizationStatus status);
// The stored name back; nullopt for anything else.
std::optional<OptimizationStatus> ParseStatus(std::string_view name);

// How a version was made: accepting an optimization's changes, the user's own edit of another
// version, or an import.
enum class VersionOrigin { kOptimization, kEdit, kImport };
std::string_view OriginName(VersionOrigin origin);
// The stored name back; nullopt for anything else.
std::optional<VersionOrigin> ParseOrigin(std::string_view name);

struct Optimization {
  std::string id;
  std::string user_id;
  std::string resume_id;
  std::string job_description_id;
  OptimizationStatus status = OptimizationStatus::kQueued;
  Strategy strategy = Strategy::kBalanced;
  std::optional<std::string> summary;
  std::optional<double> alignment_score;
  std::string result_json = "{}";  // scoreBreakdown, keywords, changes, projectedScore, dropped
  long long tokens_used = 0;
  std::optional<std::string> provider;
  long long credits_spent = 0;  // taken when it was queued; given back when it failed
  std::optional<std::string> error_code;
  std::optional<std::string> error_message;
  std::string created_at;
  std::string updated_at;
  std::optional<std::string> completed_at;
};

struct Version {
  std::string id;
  std::string optimization_id;
  std::string resume_id;
  std::string accepted_changes_json;
  document::ResumeDocument document;
  std::string diff_json;
  double alignment_score = 0;
  std::string score_breakdown_json;
  long long tokens_used = 0;
  std::string created_at;
  // What the version was made for, to label it in lists (null when since deleted).
  std::string job_description_id;
  std::optional<std::string> job_title;
  std::optional<std::string> company;
  std::optional<std::string> resume_title;
  std::optional<std::string> parent_version_id;  // the version an edit was made from
  VersionOrigin origin = VersionOrigin::kOptimization;
};

// The ETag of a version: versions never change, so its id names its content.
std::string VersionETag(const Version& version);

// The user's own wording for an accepted change.
struct ChangeEdit {
  std::string change_id;
  std::string after;
};

using VersionPage = Page<Version>;

struct StartResult {
  Optimization optimization;
  bool replayed = false;  // an Idempotency-Key seen before: the earlier optimization
};

// Runs optimizations: validates the pair, queues the work, and in the worker analyses the job,
// scores the resume, proposes changes with the local engine, drops whatever fails the
// truthfulness guard, and stores the result; accepting changes makes a version with its own
// score. Scoped to the calling user throughout.
class OptimizationService {
 public:
  OptimizationService(db::Database& db, jobs::JobQueue& queue, const Taxonomy& taxonomy,
                      ChangeEngine& engine, const Clock& clock, OptimizationSettings settings);

  Result<StartResult> Start(const auth::User& user, const std::string& resume_id,
                            const std::string& job_description_id, Strategy strategy,
                            const std::optional<std::string>& idempotency_key);
  Result<Optimization> Get(const auth::User& user, const std::string& id);
  // A version of the resume with the accepted changes applied. `edits` give the user's own
  // wording for some of them: that text is the user's claim, so the guard does not judge it,
  // and the version records it (edited_by_user); it must still be a valid document (422).
  Result<Version> Accept(const auth::User& user, const std::string& id,
                         const std::vector<std::string>& accepted_change_ids, bool apply_all,
                         const std::vector<ChangeEdit>& edits = {});
  // The user's edit of a version, saved as a new version whose parent it is. `if_match` is the
  // edited version's ETag (412 revision_conflict otherwise); the document is validated (422).
  Result<Version> EditVersion(const auth::User& user, const std::string& id,
                              const std::string& if_match, document::ResumeDocument edited);
  Result<VersionPage> ListVersions(const auth::User& user, int limit, const std::string& cursor);
  Result<Version> GetVersion(const auth::User& user, const std::string& id);

  void RegisterJobs(jobs::WorkerPool& pool);
  jobs::HandlerResult Run(const jobs::ClaimedJob& job);
  // Status changes are published here (EventTopic), for the event streams of every node.
  void SetEvents(EventHub* events) { events_ = events; }
  // Called when an optimization ends (completed or failed), after its row says so.
  void SetOnFinished(std::function<void(const std::string& id, bool completed)> on_finished) {
    on_finished_ = std::move(on_finished);
  }
  // Job-description analyses are shared here by every process (computed once per text).
  void SetSharedCache(SharedCache* cache) { shared_cache_ = cache; }
  // With billing on: each optimization takes its cost when queued (402 insufficient_credits
  // when the balance is short), and gets it back when it fails.
  void SetCredits(billing::Credits* credits) { credits_ = credits; }

  // The analysis of a job description's text, computed once per text.
  std::shared_ptr<const JobAnalysis> Analyze(const std::string& text,
                                             const boost::json::object& metadata);

 private:
  std::optional<Optimization> Find(const std::string& user_id, const std::string& id);
  void SetStatus(const std::string& id, OptimizationStatus status);
  // Scores the version's document (with the text read from the resume's file) against the job
  // description of its optimization and stores it as a new version of the user's.
  Result<Version> SaveVersion(const auth::User& user, Version version,
                              const std::string& resume_text);
  void Fail(const std::string& id, const std::string& code, const std::string& message);
  std::string Now() const { return FormatTimestamp(clock_.Now()); }

  db::Database& db_;
  jobs::JobQueue& queue_;
  const Taxonomy& taxonomy_;
  ChangeEngine& engine_;
  const Clock& clock_;
  OptimizationSettings settings_;
  std::mutex cache_mutex_;
  std::map<std::string, std::shared_ptr<const JobAnalysis>> analysis_cache_;
  std::function<void(const std::string&, bool)> on_finished_;
  EventHub* events_ = nullptr;
  SharedCache* shared_cache_ = nullptr;
  billing::Credits* credits_ = nullptr;
};

// JSON forms shared by the service and the API.
boost::json::object ScoreJson(const ScoreResult& score);
boost::json::object ChangeJson(const Change& change);

}  // namespace resumax::optimize
