#pragma once

#include <string>

#include "core/clock.h"
#include "core/database.h"
#include "core/error.h"
#include "domain/auth/mailer.h"
#include "domain/auth/models.h"

namespace resumax::accounts {

// The emails a user may turn off (preferences.notifications.<kind>, on unless false). Security
// mail (password, two-factor and email changes, deletion, a data copy) always goes out.
inline constexpr std::string_view kOptimizationReady = "optimizationReady";
inline constexpr std::string_view kOptimizationFailed = "optimizationFailed";
inline constexpr std::string_view kNewSignIn = "newSignIn";
inline constexpr std::string_view kReceipts = "receipts";

// Optional emails: each checks the user's preference and carries a one-click unsubscribe link
// (List-Unsubscribe, RFC 8058) signed for that user and kind.
class Notifications {
 public:
  // key: 32 bytes that sign unsubscribe links.
  Notifications(db::Database& db, Mailer& mailer, const Clock& clock, std::string public_url,
                std::string key);

  // An optimization finished: "ready" when it took longer than a few seconds (the user may
  // have left the page), "failed" always.
  void OptimizationFinished(const std::string& optimization_id, bool completed);
  // Credits bought: the receipt (Stripe's own receipt covers the payment; this one, the credits).
  // amount is in the currency's minor units.
  void PurchaseReceipt(const std::string& user_id, const std::string& pack_id, long long credits,
                       long long amount, const std::string& currency, long long balance);
  // A sign-in from a device and network this account has not used before.
  void NewSignIn(const auth::User& user, const auth::ClientInfo& client);

  // Turns the kind a link names off; the kind, or 400 invalid_token.
  Result<std::string> Unsubscribe(const std::string& token);
  std::string UnsubscribeToken(const std::string& user_id, std::string_view kind) const;

 private:
  // Sends unless the user turned the kind off.
  void Send(const std::string& user_id, std::string_view kind, const std::string& subject,
            const std::string& body);

  db::Database& db_;
  Mailer& mailer_;
  const Clock& clock_;
  std::string public_url_;
  std::string key_;
};

}  // namespace resumax::accounts
