#pragma once

#include <boost/json/object.hpp>
#include <chrono>
#include <map>
#include <mutex>
#include <string>

#include "domain/accounts/account_service.h"
#include "http/message.h"

namespace resumax::http {

// What the audit log learns from the responses themselves: uploads, deletions, export creation
// and downloads, links refused for a bad or expired signature, sign-ins held back for a
// proof-of-work challenge and rate-limit hits (at most one row a minute per client address and
// route, with how many there were the minute before).
// Never a document's text or an email address: the route and the object's id.
class AuditTrail {
 public:
  explicit AuditTrail(accounts::AccountService& accounts) : accounts_(accounts) {}

  // After each response: records the events above.
  void Record(const Request& request, const std::string& route, int status) const;

 private:
  // True the first time in a minute for this key; `missed` is how many were not recorded since.
  bool FirstThisMinute(const std::string& key, long long& missed) const;
  // Records `event` for the first hit of `key` in a minute, with how many hits the minute before
  // it missed (`earlierHits` in the details); later hits in the minute are only counted.
  void RecordOncePerMinute(const std::string& key, const std::optional<std::string>& user,
                           const std::string& event, boost::json::object details,
                           const auth::ClientInfo& client) const;

  accounts::AccountService& accounts_;
  mutable std::mutex mutex_;
  struct Window {
    std::chrono::steady_clock::time_point started;
    long long count = 0;
  };
  mutable std::map<std::string, Window> windows_;
};

}  // namespace resumax::http
