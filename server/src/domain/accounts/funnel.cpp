#include "domain/accounts/funnel.h"

#include "core/log.h"
#include "core/metrics.h"

namespace resumax::accounts {
namespace {

metrics::Counter& FunnelEvents() {
  static auto& counter =
      metrics::Counter::Get("resumax_funnel_events_total",
                            "Users reaching an onboarding step for the first time.", {"step"},
                            {{std::string(kFunnelSignedUp)},
                             {std::string(kFunnelVerified)},
                             {std::string(kFunnelFirstUpload)},
                             {std::string(kFunnelFirstOptimization)},
                             {std::string(kFunnelFirstAcceptedVersion)},
                             {std::string(kFunnelFirstExport)}});
  return counter;
}

}  // namespace

void ReachFunnelStep(db::Database& db, const Clock& clock, const std::string& user_id,
                     std::string_view step) {
  try {
    const db::Value params[] = {user_id, std::string(step), FormatTimestamp(clock.Now())};
    // One row per user and step: only the first arrival inserts.
    const auto inserted = db.Execute(
        "INSERT INTO funnel_events (user_id, step, reached_at) VALUES (?, ?, ?) "
        "ON CONFLICT (user_id, step) DO NOTHING",
        params);
    FunnelEvents();
    if (inserted == 0) return;
    FunnelEvents().Inc({std::string(step)});
    log::Info("funnel", {{"step", step}, {"userId", user_id}});
  } catch (const std::exception& error) {
    log::Warn("funnel_not_recorded", {{"step", step}, {"detail", error.what()}});
  }
}

}  // namespace resumax::accounts
