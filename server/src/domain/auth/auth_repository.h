#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/database.h"
#include "domain/auth/models.h"

namespace resumax::auth {

struct RefreshTokenRecord {
  std::string id;
  std::string user_id;
  std::string family_id;
  std::string expires_at;
  std::optional<std::string> rotated_at;
  std::optional<std::string> revoked_at;
  std::optional<std::string> reuse_granted_at;  // its one exchange within the reuse interval
};

struct OneTimeTokenRecord {
  std::string id;
  std::string user_id;
  std::string expires_at;
  std::optional<std::string> used_at;
};

// The SQL of accounts: users, refresh tokens, one-time tokens and the audit log.
// Every method takes the Database to run on, so a service can pass a transaction.
class AuthRepository {
 public:
  // Inserts a user; throws db::DatabaseError with unique_violation() for a taken email.
  void InsertUser(db::Database& db, const User& user);
  std::optional<User> FindUserById(db::Database& db, const std::string& id);
  std::optional<User> FindUserByEmail(db::Database& db, const std::string& email);
  void UpdateProfile(db::Database& db, const std::string& id, const std::string& name,
                     const std::string& preferences_json, const std::string& now);
  void UpdatePasswordHash(db::Database& db, const std::string& id, const std::string& hash,
                          const std::string& now);
  void MarkEmailVerified(db::Database& db, const std::string& id, const std::string& now);

  void InsertRefreshToken(db::Database& db, const std::string& user_id,
                          const std::string& family_id, const std::string& token_hash,
                          const std::string& expires_at, const std::string& now);
  std::optional<RefreshTokenRecord> FindRefreshToken(db::Database& db,
                                                     const std::string& token_hash);
  // Marks a live token rotated; false when another request rotated or revoked it first.
  bool MarkRotated(db::Database& db, const std::string& id, const std::string& now);
  void RevokeFamily(db::Database& db, const std::string& family_id, const std::string& now);
  void RevokeAllForUser(db::Database& db, const std::string& user_id, const std::string& now);
  // Revokes every family of the user but one (the session that changed the password).
  void RevokeOthersForUser(db::Database& db, const std::string& user_id,
                           const std::string& keep_family_id, const std::string& now);
  // Records the one exchange a just-rotated token gets within the reuse interval; false when
  // it was had already.
  bool GrantReuse(db::Database& db, const std::string& id, const std::string& now);
  // Marks every unused one-time token of the user for this purpose as used.
  void VoidOneTimeTokens(db::Database& db, const std::string& user_id, OneTimePurpose purpose,
                         const std::string& now);

  void InsertOneTimeToken(db::Database& db, const std::string& user_id, OneTimePurpose purpose,
                          const std::string& token_hash, const std::string& expires_at,
                          const std::string& now);
  std::optional<OneTimeTokenRecord> FindOneTimeToken(db::Database& db, OneTimePurpose purpose,
                                                     const std::string& token_hash);
  // Uses a token once; false when it was already used.
  bool UseOneTimeToken(db::Database& db, const std::string& id, const std::string& now);

  // Deletes refresh tokens that expired or were revoked before `revoked_before`, one-time
  // tokens that expired or were used before `used_before`, and audit rows older than
  // `audit_before`; the number of rows deleted.
  long long PurgeExpired(db::Database& db, const std::string& now,
                         const std::string& revoked_before, const std::string& used_before,
                         const std::string& audit_before);
  // One audit row; details never hold a password, token or document text.
  void Audit(db::Database& db, const AuditEntry& entry);

  // Sessions: one row per refresh-token family, touched at each refresh.
  void InsertSession(db::Database& db, const std::string& id, const std::string& user_id,
                     const ClientInfo& client, const std::string& expires_at,
                     const std::string& now);
  void TouchSession(db::Database& db, const std::string& id, const ClientInfo& client,
                    const std::string& expires_at, const std::string& now);
  // True when the user has signed in before with this device (user agent) from this network.
  bool KnownDevice(db::Database& db, const std::string& user_id, const ClientInfo& client);
  // The user's live sessions, most recently used first.
  std::vector<SessionInfo> ListSessions(db::Database& db, const std::string& user_id,
                                        const std::string& now);
  // True when the session is the user's and was not revoked (access tokens of a revoked one are
  // refused at once, not when they expire).
  bool SessionLive(db::Database& db, const std::string& session_id, const std::string& user_id);
  // Revokes one of the user's sessions and its refresh tokens; false when it is not the user's
  // or had ended.
  bool RevokeSession(db::Database& db, const std::string& user_id, const std::string& session_id,
                     const std::string& now);

  // Disabled (a timestamp) or enabled (nullopt) by an admin.
  void SetDisabled(db::Database& db, const std::string& user_id,
                   const std::optional<std::string>& disabled_at, const std::string& now);
  // Marks the account as being deleted; false when it already was.
  bool RequestDeletion(db::Database& db, const std::string& user_id, const std::string& now);
};

// The network a client address belongs to, as the sessions list shows it: 203.0.113.0/24 for
// IPv4, 2001:db8:1::/48 for IPv6; empty for anything else.
std::string ApproximateAddress(const std::string& ip);

}  // namespace resumax::auth
