#include "domain/auth/auth_repository.h"

#include <arpa/inet.h>

#include <array>

#include "core/clock.h"
#include "core/ids.h"

namespace resumax::auth {
namespace {

using db::Value;

constexpr std::string_view kUserColumns =
    "id, email, password_hash, email_verified_at, name, preferences, role, created_at, updated_at, "
    "disabled_at, deletion_requested_at, totp_enabled_at, pending_email, terms_version, "
    "privacy_version, consented_at";

constexpr std::string_view kInsertUser =
    "INSERT INTO users (id, email, password_hash, name, preferences, role, created_at, "
    "updated_at, terms_version, privacy_version, consented_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
    "?, ?)";
constexpr std::string_view kUpdateProfile =
    "UPDATE users SET name = ?, preferences = ?, updated_at = ? WHERE id = ?";
constexpr std::string_view kUpdatePassword =
    "UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?";
constexpr std::string_view kMarkVerified =
    "UPDATE users SET email_verified_at = ?, updated_at = ? WHERE id = ? AND email_verified_at "
    "IS NULL";
constexpr std::string_view kInsertRefresh =
    "INSERT INTO refresh_tokens (id, user_id, family_id, token_hash, expires_at, created_at) "
    "VALUES (?, ?, ?, ?, ?, ?)";
constexpr std::string_view kFindRefresh =
    "SELECT id, user_id, family_id, expires_at, rotated_at, revoked_at, reuse_granted_at FROM "
    "refresh_tokens WHERE token_hash = ?";
constexpr std::string_view kRevokeOthers =
    "UPDATE refresh_tokens SET revoked_at = ? WHERE user_id = ? AND family_id <> ? AND "
    "revoked_at IS NULL";
constexpr std::string_view kGrantReuse =
    "UPDATE refresh_tokens SET reuse_granted_at = ? WHERE id = ? AND reuse_granted_at IS NULL "
    "AND revoked_at IS NULL";
constexpr std::string_view kVoidOneTime =
    "UPDATE one_time_tokens SET used_at = ? WHERE user_id = ? AND purpose = ? AND used_at IS "
    "NULL";
constexpr std::string_view kMarkRotated =
    "UPDATE refresh_tokens SET rotated_at = ? WHERE id = ? AND rotated_at IS NULL AND revoked_at "
    "IS NULL";
constexpr std::string_view kRevokeFamily =
    "UPDATE refresh_tokens SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL";
constexpr std::string_view kRevokeUser =
    "UPDATE refresh_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL";
constexpr std::string_view kInsertOneTime =
    "INSERT INTO one_time_tokens (id, user_id, purpose, token_hash, expires_at, created_at) "
    "VALUES (?, ?, ?, ?, ?, ?)";
constexpr std::string_view kFindOneTime =
    "SELECT id, user_id, expires_at, used_at FROM one_time_tokens WHERE purpose = ? AND "
    "token_hash = ?";
constexpr std::string_view kUseOneTime =
    "UPDATE one_time_tokens SET used_at = ? WHERE id = ? AND used_at IS NULL";
constexpr std::string_view kInsertAudit =
    "INSERT INTO audit_log (id, user_id, actor_id, event, ip, request_id, details, created_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
constexpr std::string_view kInsertSession =
    "INSERT INTO sessions (id, user_id, user_agent, client_address, created_at, last_used_at, "
    "expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
constexpr std::string_view kTouchSession =
    "UPDATE sessions SET user_agent = ?, client_address = ?, last_used_at = ?, expires_at = ? "
    "WHERE id = ?";
constexpr std::string_view kListSessions =
    "SELECT id, user_agent, client_address, created_at, last_used_at FROM sessions WHERE "
    "user_id = ? AND revoked_at IS NULL AND expires_at > ? ORDER BY last_used_at DESC, id "
    "LIMIT 200";
constexpr std::string_view kSessionLive =
    "SELECT 1 FROM sessions WHERE id = ? AND user_id = ? AND revoked_at IS NULL";
constexpr std::string_view kRevokeSessionOfUser =
    "UPDATE sessions SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL";
constexpr std::string_view kRevokeSessionFamily =
    "UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL";
constexpr std::string_view kRevokeSessionsOfUser =
    "UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL";
constexpr std::string_view kRevokeOtherSessions =
    "UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND id <> ? AND revoked_at IS NULL";
constexpr std::string_view kSetDisabled =
    "UPDATE users SET disabled_at = ?, updated_at = ? WHERE id = ?";
constexpr std::string_view kRequestDeletion =
    "UPDATE users SET deletion_requested_at = ?, updated_at = ? WHERE id = ? AND "
    "deletion_requested_at IS NULL";

User ToUser(const db::Row& row) {
  return User{row.Text(0),
              row.Text(1),
              row.Text(2),
              NormalizeTimestamp(row.Optional(3)),
              row.Text(4),
              row.Text(5),
              row.Text(6),
              NormalizeTimestamp(row.Text(7)),
              NormalizeTimestamp(row.Text(8)),
              NormalizeTimestamp(row.Optional(9)),
              NormalizeTimestamp(row.Optional(10)),
              NormalizeTimestamp(row.Optional(11)),
              row.Optional(12),
              row.Optional(13),
              row.Optional(14),
              NormalizeTimestamp(row.Optional(15))};
}

std::string PurposeName(OneTimePurpose purpose) {
  return purpose == OneTimePurpose::kEmailVerification ? "email_verification" : "password_reset";
}

std::optional<User> FindUser(db::Database& db, std::string_view column, const std::string& key) {
  const std::string sql =
      "SELECT " + std::string(kUserColumns) + " FROM users WHERE " + std::string(column) + " = ?";
  const Value params[] = {key};
  auto row = db.QueryOne(sql, params);
  if (!row) return std::nullopt;
  return ToUser(*row);
}

}  // namespace

std::string ApproximateAddress(const std::string& ip) {
  std::array<unsigned char, 16> bytes{};
  std::array<char, INET6_ADDRSTRLEN> text{};
  if (inet_pton(AF_INET, ip.c_str(), bytes.data()) == 1) {
    bytes[3] = 0;
    if (inet_ntop(AF_INET, bytes.data(), text.data(), text.size()) == nullptr) return {};
    return std::string(text.data()) + "/24";
  }
  if (inet_pton(AF_INET6, ip.c_str(), bytes.data()) == 1) {
    std::fill(bytes.begin() + 6, bytes.end(), 0);
    if (inet_ntop(AF_INET6, bytes.data(), text.data(), text.size()) == nullptr) return {};
    return std::string(text.data()) + "/48";
  }
  return {};
}

void AuthRepository::InsertUser(db::Database& db, const User& user) {
  const auto optional = [](const std::optional<std::string>& text) {
    return text ? Value{*text} : Value{nullptr};
  };
  const Value params[] = {user.id,
                          user.email,
                          user.password_hash,
                          user.name,
                          user.preferences_json,
                          user.role,
                          user.created_at,
                          user.updated_at,
                          optional(user.terms_version),
                          optional(user.privacy_version),
                          optional(user.consented_at)};
  db.Execute(kInsertUser, params);
}

std::optional<User> AuthRepository::FindUserById(db::Database& db, const std::string& id) {
  if (!IsUuid(id)) return std::nullopt;
  return FindUser(db, "id", id);
}

std::optional<User> AuthRepository::FindUserByEmail(db::Database& db, const std::string& email) {
  return FindUser(db, "email", email);
}

void AuthRepository::UpdateProfile(db::Database& db, const std::string& id, const std::string& name,
                                   const std::string& preferences_json, const std::string& now) {
  const Value params[] = {name, preferences_json, now, id};
  db.Execute(kUpdateProfile, params);
}

void AuthRepository::UpdatePasswordHash(db::Database& db, const std::string& id,
                                        const std::string& hash, const std::string& now) {
  const Value params[] = {hash, now, id};
  db.Execute(kUpdatePassword, params);
}

void AuthRepository::MarkEmailVerified(db::Database& db, const std::string& id,
                                       const std::string& now) {
  const Value params[] = {now, now, id};
  db.Execute(kMarkVerified, params);
}

void AuthRepository::InsertRefreshToken(db::Database& db, const std::string& user_id,
                                        const std::string& family_id, const std::string& token_hash,
                                        const std::string& expires_at, const std::string& now) {
  const Value params[] = {NewUuid(), user_id, family_id, token_hash, expires_at, now};
  db.Execute(kInsertRefresh, params);
}

std::optional<RefreshTokenRecord> AuthRepository::FindRefreshToken(db::Database& db,
                                                                   const std::string& token_hash) {
  const Value params[] = {token_hash};
  auto row = db.QueryOne(kFindRefresh, params);
  if (!row) return std::nullopt;
  return RefreshTokenRecord{row->Text(0),
                            row->Text(1),
                            row->Text(2),
                            NormalizeTimestamp(row->Text(3)),
                            NormalizeTimestamp(row->Optional(4)),
                            NormalizeTimestamp(row->Optional(5)),
                            NormalizeTimestamp(row->Optional(6))};
}

void AuthRepository::RevokeOthersForUser(db::Database& db, const std::string& user_id,
                                         const std::string& keep_family_id,
                                         const std::string& now) {
  const Value params[] = {now, user_id, keep_family_id};
  db.Execute(kRevokeOthers, params);
  db.Execute(kRevokeOtherSessions, params);
}

bool AuthRepository::GrantReuse(db::Database& db, const std::string& id, const std::string& now) {
  const Value params[] = {now, id};
  return db.Execute(kGrantReuse, params) == 1;
}

void AuthRepository::VoidOneTimeTokens(db::Database& db, const std::string& user_id,
                                       OneTimePurpose purpose, const std::string& now) {
  const Value params[] = {now, user_id, PurposeName(purpose)};
  db.Execute(kVoidOneTime, params);
}

bool AuthRepository::MarkRotated(db::Database& db, const std::string& id, const std::string& now) {
  const Value params[] = {now, id};
  return db.Execute(kMarkRotated, params) == 1;
}

void AuthRepository::RevokeFamily(db::Database& db, const std::string& family_id,
                                  const std::string& now) {
  const Value params[] = {now, family_id};
  db.Execute(kRevokeFamily, params);
  db.Execute(kRevokeSessionFamily, params);
}

void AuthRepository::RevokeAllForUser(db::Database& db, const std::string& user_id,
                                      const std::string& now) {
  const Value params[] = {now, user_id};
  db.Execute(kRevokeUser, params);
  db.Execute(kRevokeSessionsOfUser, params);
}

void AuthRepository::InsertOneTimeToken(db::Database& db, const std::string& user_id,
                                        OneTimePurpose purpose, const std::string& token_hash,
                                        const std::string& expires_at, const std::string& now) {
  const Value params[] = {NewUuid(), user_id, PurposeName(purpose), token_hash, expires_at, now};
  db.Execute(kInsertOneTime, params);
}

std::optional<OneTimeTokenRecord> AuthRepository::FindOneTimeToken(db::Database& db,
                                                                   OneTimePurpose purpose,
                                                                   const std::string& token_hash) {
  const Value params[] = {PurposeName(purpose), token_hash};
  auto row = db.QueryOne(kFindOneTime, params);
  if (!row) return std::nullopt;
  return OneTimeTokenRecord{row->Text(0), row->Text(1), NormalizeTimestamp(row->Text(2)),
                            NormalizeTimestamp(row->Optional(3))};
}

bool AuthRepository::UseOneTimeToken(db::Database& db, const std::string& id,
                                     const std::string& now) {
  const Value params[] = {now, id};
  return db.Execute(kUseOneTime, params) == 1;
}

long long AuthRepository::PurgeExpired(db::Database& db, const std::string& now,
                                       const std::string& revoked_before,
                                       const std::string& used_before,
                                       const std::string& audit_before) {
  const Value refresh[] = {now, revoked_before};
  const Value one_time[] = {now, used_before};
  const Value audit[] = {audit_before};
  return db.Execute("DELETE FROM refresh_tokens WHERE expires_at < ? OR revoked_at < ?", refresh) +
         db.Execute("DELETE FROM sessions WHERE expires_at < ? OR revoked_at < ?", refresh) +
         db.Execute("DELETE FROM one_time_tokens WHERE expires_at < ? OR used_at < ?", one_time) +
         db.Execute("DELETE FROM audit_log WHERE created_at < ?", audit);
}

void AuthRepository::Audit(db::Database& db, const AuditEntry& entry) {
  const Value params[] = {entry.id.empty() ? NewUuid() : entry.id,
                          entry.user_id ? Value{*entry.user_id} : Value{nullptr},
                          entry.actor_id ? Value{*entry.actor_id} : Value{nullptr},
                          entry.event,
                          entry.client_address,
                          entry.request_id,
                          entry.details_json,
                          entry.created_at};
  db.Execute(kInsertAudit, params);
}

void AuthRepository::InsertSession(db::Database& db, const std::string& id,
                                   const std::string& user_id, const ClientInfo& client,
                                   const std::string& expires_at, const std::string& now) {
  const Value params[] = {id,  user_id, client.user_agent, ApproximateAddress(client.ip),
                          now, now,     expires_at};
  db.Execute(kInsertSession, params);
}

void AuthRepository::TouchSession(db::Database& db, const std::string& id, const ClientInfo& client,
                                  const std::string& expires_at, const std::string& now) {
  const Value params[] = {client.user_agent, ApproximateAddress(client.ip), now, expires_at, id};
  db.Execute(kTouchSession, params);
}

std::vector<SessionInfo> AuthRepository::ListSessions(db::Database& db, const std::string& user_id,
                                                      const std::string& now) {
  const Value params[] = {user_id, now};
  std::vector<SessionInfo> sessions;
  for (const auto& row : db.Query(kListSessions, params)) {
    sessions.push_back({row.Text(0), row.Text(1), row.Text(2), NormalizeTimestamp(row.Text(3)),
                        NormalizeTimestamp(row.Text(4))});
  }
  return sessions;
}

bool AuthRepository::KnownDevice(db::Database& db, const std::string& user_id,
                                 const ClientInfo& client) {
  const Value params[] = {user_id, client.user_agent, ApproximateAddress(client.ip)};
  return db
      .QueryOne(
          "SELECT 1 FROM sessions WHERE user_id = ? AND user_agent = ? AND client_address = ?",
          params)
      .has_value();
}

bool AuthRepository::SessionLive(db::Database& db, const std::string& session_id,
                                 const std::string& user_id) {
  if (!IsUuid(session_id)) return false;
  const Value params[] = {session_id, user_id};
  return db.QueryOne(kSessionLive, params).has_value();
}

bool AuthRepository::RevokeSession(db::Database& db, const std::string& user_id,
                                   const std::string& session_id, const std::string& now) {
  if (!IsUuid(session_id)) return false;
  const Value params[] = {now, session_id, user_id};
  if (db.Execute(kRevokeSessionOfUser, params) != 1) return false;
  const Value family[] = {now, session_id};
  db.Execute(kRevokeFamily, family);
  return true;
}

void AuthRepository::SetDisabled(db::Database& db, const std::string& user_id,
                                 const std::optional<std::string>& disabled_at,
                                 const std::string& now) {
  const Value params[] = {disabled_at ? Value{*disabled_at} : Value{nullptr}, now, user_id};
  db.Execute(kSetDisabled, params);
}

bool AuthRepository::RequestDeletion(db::Database& db, const std::string& user_id,
                                     const std::string& now) {
  const Value params[] = {now, now, user_id};
  return db.Execute(kRequestDeletion, params) == 1;
}

}  // namespace resumax::auth
