#pragma once

#include <string>
#include <string_view>

#include "core/clock.h"
#include "core/database.h"

namespace resumax::accounts {

// The onboarding funnel's steps, in order.
inline constexpr std::string_view kFunnelSignedUp = "signed_up";
inline constexpr std::string_view kFunnelVerified = "verified";
inline constexpr std::string_view kFunnelFirstUpload = "first_upload";
inline constexpr std::string_view kFunnelFirstOptimization = "first_optimization";
inline constexpr std::string_view kFunnelFirstAcceptedVersion = "first_accepted_version";
inline constexpr std::string_view kFunnelFirstExport = "first_export";

// Records that the user reached `step`: the first time only, it counts in
// resumax_funnel_events_total{step} and writes one `funnel` log event. Never throws: the funnel
// is analytics and must not fail what the user did.
void ReachFunnelStep(db::Database& db, const Clock& clock, const std::string& user_id,
                     std::string_view step);

}  // namespace resumax::accounts
