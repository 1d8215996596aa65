#include "domain/accounts/notifications.h"

#include <algorithm>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <cctype>
#include <iterator>

#include "core/crypto.h"
#include "core/ids.h"
#include "core/log.h"

namespace resumax::accounts {
namespace {

using db::Value;

// Longer than this, the user may have left the page: tell them by email.
constexpr std::chrono::seconds kWorthTelling{10};

bool Known(std::string_view kind) {
  return kind == kOptimizationReady || kind == kOptimizationFailed || kind == kNewSignIn ||
         kind == kReceipts;
}

bool Wanted(const std::string& preferences_json, std::string_view kind) {
  boost::system::error_code ec;
  const auto preferences = boost::json::parse(preferences_json, ec);
  if (ec || !preferences.is_object()) return true;
  const auto* notifications = preferences.as_object().if_contains("notifications");
  if (!notifications || !notifications->is_object()) return true;
  const auto* value = notifications->as_object().if_contains(kind);
  return !(value && value->is_bool() && !value->as_bool());
}

}  // namespace

Notifications::Notifications(db::Database& db, Mailer& mailer, const Clock& clock,
                             std::string public_url, std::string key)
    : db_(db),
      mailer_(mailer),
      clock_(clock),
      public_url_(std::move(public_url)),
      key_(std::move(key)) {}

std::string Notifications::UnsubscribeToken(const std::string& user_id,
                                            std::string_view kind) const {
  const std::string payload = user_id + "." + std::string(kind);
  return payload + "." + crypto::HmacSha256(key_, "unsubscribe\n" + payload);
}

Result<std::string> Notifications::Unsubscribe(const std::string& token) {
  const auto invalid = Error::BadRequest("invalid_token", "This unsubscribe link is not valid.");
  const auto first = token.find('.');
  const auto second = first == std::string::npos ? first : token.find('.', first + 1);
  if (token.size() > 512 || second == std::string::npos) return invalid;
  const std::string user_id = token.substr(0, first);
  const std::string kind = token.substr(first + 1, second - first - 1);
  if (!IsUuid(user_id) || !Known(kind) ||
      !crypto::ConstantTimeEquals(UnsubscribeToken(user_id, kind), token)) {
    return invalid;
  }
  // Read, change and write the preferences in one transaction: a settings save at the same time
  // cannot undo it.
  bool found = false;
  db_.Transaction([&](db::Database& tx) {
    const Value id[] = {user_id};
    const auto row = tx.QueryOne("SELECT preferences FROM users WHERE id = ?", id);
    if (!row) return;
    found = true;
    boost::system::error_code ec;
    auto preferences = boost::json::parse(row->Text(0), ec);
    if (ec || !preferences.is_object()) preferences = boost::json::object();
    auto& object = preferences.as_object();
    if (!object.contains("notifications") || !object["notifications"].is_object()) {
      object["notifications"] = boost::json::object();
    }
    object["notifications"].as_object()[kind] = false;
    const Value update[] = {boost::json::serialize(preferences), FormatTimestamp(clock_.Now()),
                            user_id};
    tx.Execute("UPDATE users SET preferences = ?, updated_at = ? WHERE id = ?", update);
  });
  if (!found) return invalid;
  log::Info("notification_unsubscribed", {{"kind", kind}});
  return kind;
}

void Notifications::Send(const std::string& user_id, std::string_view kind,
                         const std::string& subject, const std::string& body) {
  const Value id[] = {user_id};
  const auto row = db_.QueryOne(
      "SELECT email, name, preferences FROM users WHERE id = ? AND deletion_requested_at IS NULL "
      "AND disabled_at IS NULL",
      id);
  if (!row || !Wanted(row->Text(2), kind)) return;
  const std::string token = UnsubscribeToken(user_id, kind);
  MailMessage message;
  message.to = row->Text(0);
  message.subject = subject;
  message.text = "Hi " + row->Text(1) + ",\n\n" + body +
                 "\n\n— resuMAX\n\nYou get this email because it is on in your notification "
                 "settings. Stop these emails: " +
                 public_url_ + "/unsubscribe?token=" + token + "\n";
  message.unsubscribe_url = public_url_ + "/api/v1/notifications/unsubscribe?token=" + token;
  try {
    mailer_.Send(message);
  } catch (const std::exception& error) {
    log::Warn("mail_failed", {{"purpose", kind}, {"detail", error.what()}});
  }
}

void Notifications::OptimizationFinished(const std::string& optimization_id, bool completed) {
  const Value id[] = {optimization_id};
  const auto row = db_.QueryOne(
      "SELECT o.user_id, o.created_at, o.completed_at, j.title, o.alignment_score, "
      "o.credits_spent FROM "
      "optimizations o JOIN job_descriptions j ON j.id = o.job_description_id WHERE o.id = ?",
      id);
  if (!row) return;
  const std::string link = public_url_ + "/optimizations/" + optimization_id;
  if (!completed) {
    Send(row->Text(0), kOptimizationFailed, "Your resuMAX optimization could not finish",
         "The optimization of your resume for \"" + row->Text(3) +
             "\" could not finish. Nothing was changed" +
             (row->Int(5) > 0 ? std::string(", and the credits it took are back in your balance")
                              : std::string()) +
             "; you can start it again:\n\n" + link);
    return;
  }
  const auto started = ParseTimestamp(row->Text(1));
  const auto finished = ParseTimestamp(row->Text(2));
  if (!started || !finished || *finished - *started < kWorthTelling) return;
  Send(row->Text(0), kOptimizationReady, "Your resuMAX optimization is ready",
       "The optimization of your resume for \"" + row->Text(3) + "\" is ready (match score " +
           row->Text(4) + "). Review the proposed changes and keep the ones you like:\n\n" + link);
}

void Notifications::PurchaseReceipt(const std::string& user_id, const std::string& pack_id,
                                    long long credits, long long amount,
                                    const std::string& currency, long long balance) {
  std::string upper;
  for (const char c : currency) {
    upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  // Stripe counts these currencies in whole units, the others in hundredths.
  static constexpr std::string_view kWhole[] = {"BIF", "CLP", "DJF", "GNF", "JPY", "KMF",
                                                "KRW", "MGA", "PYG", "RWF", "UGX", "VND",
                                                "VUV", "XAF", "XOF", "XPF"};
  std::string price = std::to_string(amount);
  if (std::find(std::begin(kWhole), std::end(kWhole), upper) == std::end(kWhole)) {
    const std::string cents = std::to_string(amount % 100);
    price = std::to_string(amount / 100) + "." + (cents.size() < 2 ? "0" : "") + cents;
  }
  price += " " + upper;
  Send(user_id, kReceipts, "Your resuMAX credits",
       "Thank you for your purchase. Your receipt:\n\n  Pack: " + pack_id +
           "\n  Credits: " + std::to_string(credits) + "\n  Price: " + price +
           "\n  Balance now: " + std::to_string(balance) +
           " credits\n\nStripe sends the receipt of the payment itself. Your credits and their "
           "history:\n\n" +
           public_url_ + "/billing");
}

void Notifications::NewSignIn(const auth::User& user, const auth::ClientInfo& client) {
  Send(user.id, kNewSignIn, "New sign-in to your resuMAX account",
       "Your resuMAX account was just signed in from a device or network it has not used "
       "before:\n\n" +
           (client.user_agent.empty() ? std::string("an unnamed device") : client.user_agent) +
           "\n\nIf this was you, there is nothing to do. If not, sign that session out in your "
           "settings and change your password:\n\n" +
           public_url_ + "/settings/sessions");
}

}  // namespace resumax::accounts
