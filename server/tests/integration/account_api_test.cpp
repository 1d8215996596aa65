// The account's life beyond signing in: sessions its owner can see and end, its security
// activity, its deletion (every row and every stored object, swept), and the admin area that
// answers 403 to everyone but admins.
#include <gtest/gtest.h>
#include <sodium.h>
#include <zip.h>

#include <boost/json.hpp>
#include <filesystem>
#include <set>
#include <thread>

#include "harness.h"

namespace resumax::testing {
namespace {

namespace json = boost::json;

struct Account {
  std::string email;
  std::string id;
  std::string access;
  std::string refresh;
};

HttpResponse SignIn(ServerProcess& server, const std::string& email, const std::string& agent,
                    const std::string& password = kGoodPassword) {
  return server.Send("POST", "/api/v1/auth/login",
                     json::serialize(json::object{{"email", email}, {"password", password}}),
                     {"Content-Type: application/json", "User-Agent: " + agent});
}

Account NewAccount(ServerProcess& server, const std::string& tag) {
  Account account;
  account.email = UniqueEmail(tag);
  const auto registered =
      server.Send("POST", "/api/v1/auth/register",
                  json::serialize(json::object{
                      {"email", account.email}, {"password", kGoodPassword}, {"name", tag}}),
                  {"Content-Type: application/json", "User-Agent: Agent/register"});
  EXPECT_EQ(registered.status, 201) << registered.body;
  account.access = registered.Field("accessToken");
  account.refresh = registered.Field("refreshToken");
  account.id = std::string(registered.Json().at("user").at("id").as_string());
  const std::string token = TokenFromEmail(server.MailsTo(account.email).at(0));
  EXPECT_EQ(server.PostJson("/api/v1/auth/verify", {{"token", token}}).status, 200);
  return account;
}

HttpResponse Delete(ServerProcess& server, const std::string& path, const std::string& token,
                    const std::string& body = "") {
  std::vector<std::string> headers{"Authorization: Bearer " + token};
  if (!body.empty()) headers.emplace_back("Content-Type: application/json");
  return server.Send("DELETE", path, body, headers);
}

HttpResponse Post(ServerProcess& server, const std::string& path, const std::string& token) {
  return server.Send("POST", path, "", {"Authorization: Bearer " + token});
}

// Every row of every table as text: sqlite3's dump or pg_dump's.
std::string DumpDatabase(ServerProcess& server, const std::string& database_url) {
  const std::string command =
      UsesPostgres() ? "pg_dump --data-only --no-owner '" + database_url + "'"
                     : "sqlite3 '" + (server.data_dir() / "resumax.db").string() + "' .dump";
  const auto [status, output] = RunCommand(command);
  EXPECT_EQ(status, 0) << output;
  return output;
}

std::string Sha256Hex(const std::string& text) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  static const char* kHex = "0123456789abcdef";
  std::string hex;
  for (const unsigned char byte : digest) {
    hex += kHex[byte >> 4];
    hex += kHex[byte & 15];
  }
  return hex;
}

// An absolute URL the server gave, or a path on it.
HttpResponse Fetch(ServerProcess& server, const std::string& url) {
  return SendTo(
      "GET",
      url.starts_with("http") ? url : "http://127.0.0.1:" + std::to_string(server.port()) + url, "",
      {});
}

// Everything a user makes: a parsed resume, a job description, an optimization, a version with
// every change accepted, and a PDF export of it; the export's download link (empty on failure).
std::string FillAccount(ServerProcess& server, const std::string& token) {
  const std::string resume = UploadParsedResume(server, token);
  const std::string job = AddBackendJob(server, token);
  const std::string id =
      server.PostJson("/api/v1/optimize", {{"resumeId", resume}, {"jobDescriptionId", job}}, token)
          .Field("optimizationId");
  const auto result =
      WaitForField(server, "/api/v1/optimize/" + id, token, "status", {"completed", "failed"});
  EXPECT_EQ(result.Field("status"), "completed") << result.body;
  json::array accepted;
  const json::value result_json = result.Json();
  for (const auto& change : result_json.at("changes").as_array())
    accepted.push_back(change.at("id"));
  const auto version =
      server.PostJson("/api/v1/optimize/" + id + "/accept", {{"acceptedChanges", accepted}}, token);
  EXPECT_EQ(version.status, 201) << version.body;
  const auto exported = server.PostJson(
      "/api/v1/exports", {{"versionId", version.Field("versionId")}, {"format", "pdf"}}, token);
  EXPECT_EQ(exported.status, 201) << exported.body;
  const std::string link = exported.Field("downloadUrl");
  EXPECT_EQ(Fetch(server, link).status, 200);
  return link;
}

TEST(AccountApi, SessionsCanBeListedAndEndedAtOnce) {
  ServerProcess server;
  const Account owner = NewAccount(server, "sessions");
  const auto laptop = SignIn(server, owner.email, "Laptop/1.0");
  const auto phone = SignIn(server, owner.email, "Phone/2.0");
  ASSERT_EQ(laptop.status, 200) << laptop.body;
  ASSERT_EQ(phone.status, 200) << phone.body;

  const auto listed = server.Get("/api/v1/users/me/sessions", owner.access);
  ASSERT_EQ(listed.status, 200) << listed.body;
  const json::value listed_json = listed.Json();
  const auto& items = listed_json.at("items").as_array();
  ASSERT_EQ(items.size(), 3U) << listed.body;
  int current = 0;
  std::string laptop_session;
  for (const auto& item : items) {
    const auto& session = item.as_object();
    if (session.at("current").as_bool()) ++current;
    // Only the network, never the address itself.
    EXPECT_EQ(session.at("clientAddress").as_string(), "127.0.0.0/24");
    EXPECT_FALSE(session.at("createdAt").as_string().empty());
    if (session.at("userAgent").as_string() == "Laptop/1.0") {
      laptop_session = std::string(session.at("id").as_string());
    }
  }
  EXPECT_EQ(current, 1);
  ASSERT_FALSE(laptop_session.empty()) << listed.body;

  // Another account cannot end it, nor can a made-up id.
  const Account stranger = NewAccount(server, "stranger");
  EXPECT_EQ(Delete(server, "/api/v1/users/me/sessions/" + laptop_session, stranger.access).status,
            404);
  EXPECT_EQ(Delete(server, "/api/v1/users/me/sessions/not-a-session", owner.access).status, 404);
  EXPECT_EQ(SignIn(server, owner.email, "Laptop/1.0").status, 200);  // still signs in

  // Its owner ends it: its access token stops now, not in fifteen minutes, and so does its
  // refresh token.
  EXPECT_EQ(server.Get("/api/v1/users/me", laptop.Field("accessToken")).status, 200);
  EXPECT_EQ(Delete(server, "/api/v1/users/me/sessions/" + laptop_session, owner.access).status,
            204);
  const auto ended = server.Get("/api/v1/users/me", laptop.Field("accessToken"));
  EXPECT_EQ(ended.status, 401);
  EXPECT_EQ(ended.Field("code"), "session_ended");
  EXPECT_EQ(
      server.PostJson("/api/v1/auth/refresh", {{"refreshToken", laptop.Field("refreshToken")}})
          .status,
      401);
  EXPECT_EQ(Delete(server, "/api/v1/users/me/sessions/" + laptop_session, owner.access).status,
            404);  // a replay

  // "Sign out everywhere else" keeps this session only.
  const auto others = Delete(server, "/api/v1/users/me/sessions", owner.access);
  ASSERT_EQ(others.status, 200) << others.body;
  EXPECT_EQ(others.Json().at("revoked").as_int64(), 2);  // the phone and the second laptop
  EXPECT_EQ(server.Get("/api/v1/users/me", phone.Field("accessToken")).status, 401);
  EXPECT_EQ(server.Get("/api/v1/users/me", owner.access).status, 200);
  EXPECT_EQ(
      server.Get("/api/v1/users/me/sessions", owner.access).Json().at("items").as_array().size(),
      1U);
  // A refresh keeps the session and moves its last use.
  const auto refreshed = server.PostJson("/api/v1/auth/refresh", {{"refreshToken", owner.refresh}});
  ASSERT_EQ(refreshed.status, 200) << refreshed.body;
  EXPECT_EQ(server.Get("/api/v1/users/me", refreshed.Field("accessToken")).status, 200);
}

TEST(AccountApi, ActivityShowsTheOwnersSecurityEventsOnly) {
  ServerProcess server;
  const Account owner = NewAccount(server, "activity");
  const Account other = NewAccount(server, "other");
  EXPECT_EQ(SignIn(server, owner.email, "Laptop/1.0", "wrong password").status, 401);
  const auto login = server.Send(
      "POST", "/api/v1/auth/login",
      json::serialize(json::object{{"email", owner.email}, {"password", kGoodPassword}}),
      {"Content-Type: application/json", "X-Request-Id: sign-in-request-0001"});
  ASSERT_EQ(login.status, 200);

  const auto page = server.Get("/api/v1/users/me/activity?limit=2", owner.access);
  ASSERT_EQ(page.status, 200) << page.body;
  const json::value page_json = page.Json();
  const auto& first = page_json.as_object();
  ASSERT_EQ(first.at("items").as_array().size(), 2U);
  ASSERT_TRUE(first.at("nextCursor").is_string());
  const auto& newest = first.at("items").as_array().at(0).as_object();
  EXPECT_EQ(newest.at("event").as_string(), "login_succeeded");
  EXPECT_EQ(newest.at("requestId").as_string(), "sign-in-request-0001");
  EXPECT_EQ(newest.at("clientAddress").as_string(), "127.0.0.0/24");
  EXPECT_FALSE(newest.contains("userId"));

  std::vector<std::string> events;
  std::string cursor;
  do {
    const auto next = server.Get(
        "/api/v1/users/me/activity?limit=2" + (cursor.empty() ? "" : "&cursor=" + cursor),
        owner.access);
    ASSERT_EQ(next.status, 200) << next.body;
    const json::value next_json = next.Json();
    for (const auto& item : next_json.at("items").as_array()) {
      events.emplace_back(item.at("event").as_string());
    }
    const auto& more = next_json.at("nextCursor");
    cursor = more.is_string() ? std::string(more.as_string()) : "";
  } while (!cursor.empty());
  EXPECT_EQ(events, (std::vector<std::string>{"login_succeeded", "login_failed", "email_verified",
                                              "register"}));
  // The other account sees its own two, never these.
  const auto theirs = server.Get("/api/v1/users/me/activity", other.access);
  EXPECT_EQ(theirs.Json().at("items").as_array().size(), 2U) << theirs.body;
  EXPECT_EQ(server.Get("/api/v1/users/me/activity?cursor=abc", owner.access).status, 422);
  EXPECT_EQ(server.Get("/api/v1/users/me/activity").status, 401);
}

class AccountDeletion : public ::testing::TestWithParam<std::string> {};

TEST_P(AccountDeletion, ErasesEveryRowAndEveryObject) {
  Env environment{{"RESUMAX_JOB_RETRY_BASE_MS", "50"}};
  const std::string database_url = FreshDatabaseUrl();
  if (!database_url.empty()) environment["RESUMAX_DATABASE_URL"] = database_url;
  if (GetParam() == "s3") {
    const char* s3 = std::getenv("RESUMAX_TEST_S3_URL");
    if (!s3) GTEST_SKIP() << "RESUMAX_TEST_S3_URL is not set: `make test` starts the S3 server";
    environment["RESUMAX_STORAGE_URL"] = s3;
  }
  ServerProcess server(environment);
  const Account leaving = NewAccount(server, "leaving");
  const Account staying = NewAccount(server, "staying");
  // Everything a user makes, for both accounts.
  std::map<std::string, std::string> downloads;
  for (const Account* account : {&leaving, &staying}) {
    downloads[account->id] = FillAccount(server, account->access);
    ASSERT_FALSE(downloads[account->id].empty());
  }
  const auto fetch = [&server](const std::string& url) { return Fetch(server, url).status; };

  // Hostile and mistaken requests change nothing.
  const std::string path = "/api/v1/users/me";
  EXPECT_EQ(Delete(server, path, leaving.access).status, 415);  // no body
  EXPECT_EQ(Delete(server, path, leaving.access, "{}").status, 422);
  EXPECT_EQ(Delete(server, path, leaving.access, R"({"password":42})").status, 422);
  const auto wrong = Delete(server, path, leaving.access, R"({"password":"not the password"})");
  EXPECT_EQ(wrong.status, 422);
  EXPECT_EQ(wrong.Json().at("details").at("field").as_string(), "password");
  EXPECT_EQ(Delete(server, path, "not-a-token", "{}").status, 401);
  EXPECT_EQ(server.Get(path, leaving.access).status, 200);

  const std::string body = json::serialize(json::object{{"password", kGoodPassword}});
  const auto deleted = Delete(server, path, leaving.access, body);
  ASSERT_EQ(deleted.status, 202) << deleted.body;
  EXPECT_EQ(deleted.Field("status"), "deletion_scheduled");
  // At once: every session is over and the password no longer signs in.
  EXPECT_EQ(server.Get(path, leaving.access).status, 401);
  EXPECT_EQ(Delete(server, path, leaving.access, body).status, 401);  // a replay
  EXPECT_EQ(SignIn(server, leaving.email, "Laptop/1.0").status, 401);
  EXPECT_EQ(server.PostJson("/api/v1/auth/refresh", {{"refreshToken", leaving.refresh}}).status,
            401);
  const auto mails = server.MailsTo(leaving.email, 2);
  ASSERT_EQ(mails.size(), 2U);
  EXPECT_NE(mails.back().find("is being deleted"), std::string::npos);

  // The erasure runs as a job: wait until no row names the account.
  std::string dump;
  for (int attempt = 0; attempt < 150; ++attempt) {
    dump = DumpDatabase(server, database_url);
    if (dump.find(leaving.id) == std::string::npos) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  EXPECT_EQ(dump.find(leaving.id), std::string::npos) << "a row still names the account";
  EXPECT_EQ(dump.find(leaving.email), std::string::npos) << "a row still holds the address";
  // One audit row is left, naming a hash of the id; the other account is untouched.
  EXPECT_NE(dump.find(Sha256Hex("resumax erased account\n" + leaving.id)), std::string::npos);
  EXPECT_NE(dump.find(staying.id), std::string::npos);
  EXPECT_EQ(server.Get(path, staying.access).status, 200);
  EXPECT_EQ(server.Get("/api/v1/resumes", staying.access).Json().at("items").as_array().size(), 1U);

  // Its files are gone from the store; the other account's are not.
  EXPECT_EQ(fetch(downloads[leaving.id]), 404);
  EXPECT_EQ(fetch(downloads[staying.id]), 200);
  if (GetParam() == "local") {
    EXPECT_FALSE(std::filesystem::exists(server.data_dir() / "objects" / "users" / leaving.id));
    EXPECT_TRUE(std::filesystem::exists(server.data_dir() / "objects" / "users" / staying.id));
  }
  // The address can open a new account.
  EXPECT_EQ(server
                .PostJson("/api/v1/auth/register",
                          {{"email", leaving.email}, {"password", kGoodPassword}, {"name", "Back"}})
                .status,
            201);
}

// RFC 6238 computed in Python's standard library: an implementation independent of the server's.
std::string TotpCode(const std::string& base32_secret, long long unix_time) {
  const std::string script =
      "import base64,hmac,hashlib,struct,sys\n"
      "s=sys.argv[1]; k=base64.b32decode(s+'='*(-len(s)%8)); t=int(sys.argv[2])//30\n"
      "h=hmac.new(k,struct.pack('>Q',t),hashlib.sha1).digest(); o=h[-1]&15\n"
      "print('%06d'%((struct.unpack('>I',h[o:o+4])[0]&0x7fffffff)%1000000),end='')\n";
  const auto [status, output] = RunCommand("python3 -c \"" + script + "\" " + base32_secret + " " +
                                           std::to_string(unix_time) + " 2>&1");
  EXPECT_EQ(status, 0) << output;
  return output;
}

long long Now() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

HttpResponse CompleteMfa(ServerProcess& server, const std::string& token, const std::string& code) {
  return server.PostJson("/api/v1/auth/mfa", {{"mfaToken", token}, {"code", code}});
}

TEST(MfaApi, TwoFactorSignInWithAnAuthenticatorOrARecoveryCode) {
  ServerProcess server;
  const Account owner = NewAccount(server, "twofactor");
  const std::string enrol = "/api/v1/users/me/mfa/totp";
  EXPECT_EQ(server.PostJson(enrol, {{"password", "wrong"}}, owner.access).status, 422);
  EXPECT_EQ(server.PostJson(enrol, json::object{}, owner.access).status, 422);
  EXPECT_EQ(server.PostJson(enrol + "/confirm", {{"code", "123456"}}, owner.access).Field("code"),
            "mfa_not_pending");
  const auto enrolment = server.PostJson(enrol, {{"password", kGoodPassword}}, owner.access);
  ASSERT_EQ(enrolment.status, 200) << enrolment.body;
  const std::string secret = enrolment.Field("secret");
  ASSERT_EQ(secret.size(), 32U) << "20 bytes in base32";
  EXPECT_NE(enrolment.Field("otpauthUri").find("secret=" + secret), std::string::npos);
  EXPECT_TRUE(enrolment.Field("otpauthUri").starts_with("otpauth://totp/resuMAX:"));
  EXPECT_TRUE(enrolment.Field("qrSvg").starts_with("<svg")) << enrolment.Field("qrSvg");
  // Not on until a code confirms it.
  EXPECT_EQ(SignIn(server, owner.email, "Laptop").status, 200);

  const long long now = Now();
  const std::string code = TotpCode(secret, now);
  const std::string wrong = std::to_string((std::stoi(code) + 500000) % 1000000);
  EXPECT_EQ(server
                .PostJson(enrol + "/confirm",
                          {{"code", std::string(6 - wrong.size(), '0') + wrong}}, owner.access)
                .status,
            422);
  const auto confirmed = server.PostJson(enrol + "/confirm", {{"code", code}}, owner.access);
  ASSERT_EQ(confirmed.status, 200) << confirmed.body;
  std::vector<std::string> recovery;
  const json::value confirmed_json = confirmed.Json();
  for (const auto& value : confirmed_json.at("recoveryCodes").as_array()) {
    recovery.emplace_back(value.as_string());
  }
  ASSERT_EQ(recovery.size(), 10U);
  EXPECT_EQ(std::set<std::string>(recovery.begin(), recovery.end()).size(), 10U);
  EXPECT_TRUE(server.Get("/api/v1/users/me", owner.access).Json().at("mfaEnabled").as_bool());
  EXPECT_EQ(server.PostJson(enrol, {{"password", kGoodPassword}}, owner.access).Field("code"),
            "mfa_already_enabled");

  // The password alone no longer signs in: a challenge instead of tokens.
  const auto first = SignIn(server, owner.email, "Laptop");
  ASSERT_EQ(first.status, 202) << first.body;
  EXPECT_TRUE(first.Json().at("mfaRequired").as_bool());
  EXPECT_FALSE(first.Json().as_object().contains("accessToken"));
  const std::string challenge = first.Field("mfaToken");
  EXPECT_EQ(CompleteMfa(server, challenge, "000000x").Field("code"), "invalid_mfa_code");
  // The code that turned it on was used: a replay is refused; the next step's code works.
  EXPECT_EQ(CompleteMfa(server, challenge, code).Field("code"), "invalid_mfa_code");
  const auto signed_in = CompleteMfa(server, challenge, TotpCode(secret, now + 30));
  ASSERT_EQ(signed_in.status, 200) << signed_in.body;
  EXPECT_EQ(server.Get("/api/v1/users/me", signed_in.Field("accessToken")).status, 200);
  EXPECT_EQ(CompleteMfa(server, challenge, TotpCode(secret, now + 30)).Field("code"),
            "mfa_token_expired");  // a completed challenge is spent

  // A recovery code works once, with or without its dash, in any case.
  std::string upper = recovery[0];
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  const auto by_recovery =
      CompleteMfa(server, SignIn(server, owner.email, "Phone").Field("mfaToken"), upper);
  EXPECT_EQ(by_recovery.status, 200) << by_recovery.body;
  EXPECT_EQ(CompleteMfa(server, SignIn(server, owner.email, "Phone").Field("mfaToken"), recovery[0])
                .Field("code"),
            "invalid_mfa_code");

  // Five wrong codes end the challenge, even for a right one after.
  const std::string guessed = SignIn(server, owner.email, "Guess").Field("mfaToken");
  for (int i = 0; i < 5; ++i) EXPECT_EQ(CompleteMfa(server, guessed, "999999x").status, 401);
  EXPECT_EQ(CompleteMfa(server, guessed, recovery[1]).Field("code"), "mfa_token_expired");
  EXPECT_EQ(CompleteMfa(server, "made-up", recovery[1]).Field("code"), "mfa_token_expired");
  EXPECT_EQ(server.PostJson("/api/v1/auth/mfa", {{"mfaToken", guessed}}).status, 422);
  EXPECT_EQ(
      server.Send("POST", "/api/v1/auth/mfa", "mfaToken=x", {"Content-Type: text/plain"}).status,
      415);

  // Deleting the account asks for the second factor too.
  const auto no_code = Delete(server, "/api/v1/users/me", owner.access,
                              json::serialize(json::object{{"password", kGoodPassword}}));
  EXPECT_EQ(no_code.status, 422);
  EXPECT_EQ(no_code.Json().at("details").at("field").as_string(), "code");

  // Turning it off needs the password and a code.
  const std::string off = "/api/v1/users/me/mfa/totp";
  EXPECT_EQ(Delete(server, off, owner.access,
                   json::serialize(json::object{{"password", "wrong"}, {"code", recovery[2]}}))
                .Json()
                .at("details")
                .at("field")
                .as_string(),
            "password");
  EXPECT_EQ(Delete(server, off, owner.access,
                   json::serialize(json::object{{"password", kGoodPassword}, {"code", "12"}}))
                .status,
            422);
  const auto disabled =
      Delete(server, off, owner.access,
             json::serialize(json::object{{"password", kGoodPassword}, {"code", recovery[2]}}));
  ASSERT_EQ(disabled.status, 200) << disabled.body;
  EXPECT_FALSE(server.Get("/api/v1/users/me", owner.access).Json().at("mfaEnabled").as_bool());
  EXPECT_EQ(SignIn(server, owner.email, "Laptop").status, 200);
  // The owner was told both times; the activity shows each step.
  // (Among the notices of sign-ins from new devices: Phone and Guess.)
  std::string mails;
  for (const auto& mail : server.MailsTo(owner.email, 5)) mails += mail;
  EXPECT_NE(mails.find("Two-factor sign-in is on"), std::string::npos);
  EXPECT_NE(mails.find("Two-factor sign-in is off"), std::string::npos);
  const auto activity = server.Get("/api/v1/users/me/activity?limit=100", owner.access).body;
  for (const char* event : {"mfa_enabled", "login_mfa_required", "login_mfa_failed", "mfa_disabled",
                            "\"secondFactor\":\"recovery_code\""}) {
    EXPECT_NE(activity.find(event), std::string::npos) << event;
  }
  EXPECT_EQ(activity.find(secret), std::string::npos);
}

TEST(AccountApi, TheEmailChangesOnlyWhenTheNewAddressConfirms) {
  ServerProcess server;
  const Account owner = NewAccount(server, "mover");
  const Account other = NewAccount(server, "taken");
  const std::string fresh = UniqueEmail("moved");
  const auto put = [&](const json::object& body) {
    return server.PutJson("/api/v1/users/me", body, owner.access);
  };
  EXPECT_EQ(put({{"email", fresh}}).status, 422);  // no password
  EXPECT_EQ(put({{"email", fresh}, {"currentPassword", "wrong"}})
                .Json()
                .at("details")
                .at("field")
                .as_string(),
            "currentPassword");
  EXPECT_EQ(put({{"email", "not an address"}, {"currentPassword", kGoodPassword}}).status, 422);
  EXPECT_EQ(put({{"email", other.email}, {"currentPassword", kGoodPassword}}).Field("code"),
            "email_taken");
  EXPECT_EQ(put({{"email", owner.email}, {"currentPassword", kGoodPassword}}).status, 422);

  // A first request, then a second: only the second link works.
  ASSERT_EQ(put({{"email", UniqueEmail("abandoned")}, {"currentPassword", kGoodPassword}}).status,
            200);
  const auto changed = put({{"email", fresh}, {"currentPassword", kGoodPassword}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.Field("email"), owner.email);
  EXPECT_EQ(changed.Field("pendingEmail"), fresh);
  const auto to_new = server.MailsTo(fresh);
  ASSERT_EQ(to_new.size(), 1U);
  EXPECT_NE(to_new[0].find("/confirm-email?token="), std::string::npos);
  const auto to_old = server.MailsTo(owner.email, 4);  // verification, two notices
  ASSERT_GE(to_old.size(), 3U);
  EXPECT_NE(to_old.back().find("being changed"), std::string::npos);
  EXPECT_EQ(to_old.back().find("token="), std::string::npos) << "no link for the old address";
  // Until then the old address signs in, the new one does not.
  EXPECT_EQ(SignIn(server, fresh, "Laptop").status, 401);
  EXPECT_EQ(SignIn(server, owner.email, "Laptop").status, 200);

  const std::string confirm = "/api/v1/auth/email-change/confirm";
  EXPECT_EQ(server.PostJson(confirm, {{"token", "made-up"}}).Field("code"), "invalid_token");
  const std::string token = TokenFromEmail(to_new[0]);
  const auto done = server.PostJson(confirm, {{"token", token}});
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(done.Field("email"), fresh);
  EXPECT_EQ(server.PostJson(confirm, {{"token", token}}).status, 400);  // a replay
  EXPECT_EQ(SignIn(server, fresh, "Laptop").status, 200);
  EXPECT_EQ(SignIn(server, owner.email, "Laptop").status, 401);
  const auto me = server.Get("/api/v1/users/me", owner.access);
  EXPECT_EQ(me.Field("email"), fresh);
  EXPECT_TRUE(me.Json().at("pendingEmail").is_null());
  // The audit shows the change, never the addresses.
  const auto activity = server.Get("/api/v1/users/me/activity?limit=100", owner.access).body;
  EXPECT_NE(activity.find("email_changed"), std::string::npos);
  EXPECT_EQ(activity.find(fresh), std::string::npos);
}

// The names and contents of the entries of a ZIP.
std::map<std::string, std::string> Unzip(const std::string& bytes) {
  std::map<std::string, std::string> entries;
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* zip = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
  if (!zip) {
    if (source) zip_source_free(source);
    ADD_FAILURE() << "not a ZIP";
    return entries;
  }
  for (zip_int64_t i = 0; i < zip_get_num_entries(zip, 0); ++i) {
    zip_stat_t stat;
    zip_stat_index(zip, static_cast<zip_uint64_t>(i), 0, &stat);
    std::string data(static_cast<std::size_t>(stat.size), '\0');
    zip_file_t* file = zip_fopen_index(zip, static_cast<zip_uint64_t>(i), 0);
    zip_fread(file, data.data(), stat.size);
    zip_fclose(file);
    entries[stat.name] = std::move(data);
  }
  zip_close(zip);
  return entries;
}

TEST(AccountApi, ACopyOfTheDataHoldsEverythingTheAccountMade) {
  ServerProcess server(Env{{"RESUMAX_JOB_RETRY_BASE_MS", "50"}});
  const Account owner = NewAccount(server, "exporting");
  const Account other = NewAccount(server, "bystander");
  ASSERT_FALSE(FillAccount(server, owner.access).empty());

  const auto requested = server.PostJson("/api/v1/users/me/export", json::object{}, owner.access);
  ASSERT_EQ(requested.status, 202) << requested.body;
  EXPECT_EQ(requested.Field("status"), "queued");
  // One copy at a time: a second request right away waits.
  const auto again = server.PostJson("/api/v1/users/me/export", json::object{}, owner.access);
  EXPECT_EQ(again.status, 429);
  EXPECT_TRUE(again.headers.contains("retry-after"));

  std::string link;
  for (int attempt = 0; attempt < 150 && link.empty(); ++attempt) {
    const auto list = server.Get("/api/v1/users/me/exports", owner.access);
    ASSERT_EQ(list.status, 200) << list.body;
    const json::value list_json = list.Json();
    const auto& item = list_json.at("items").at(0).as_object();
    ASSERT_NE(item.at("status").as_string(), "failed") << list.body;
    if (item.at("downloadUrl").is_string()) link = std::string(item.at("downloadUrl").as_string());
    if (link.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  ASSERT_FALSE(link.empty()) << "the copy was never ready";
  EXPECT_TRUE(
      server.Get("/api/v1/users/me/exports", other.access).Json().at("items").as_array().empty());
  const auto mails = server.MailsTo(owner.email, 2);
  ASSERT_EQ(mails.size(), 2U);
  EXPECT_NE(mails.back().find("Your resuMAX data is ready"), std::string::npos);

  const auto download = Fetch(server, link);
  ASSERT_EQ(download.status, 200);
  const auto entries = Unzip(download.body);
  std::string names;
  for (const auto& [name, data] : entries) names += name + "\n";
  for (const char* name :
       {"README.txt", "profile.json", "resumes.json", "job-descriptions.json", "optimizations.json",
        "versions.json", "exports.json", "activity.json", "credits.json"}) {
    EXPECT_TRUE(entries.contains(name)) << name << " missing from\n" << names;
  }
  const json::value profile = json::parse(entries.at("profile.json"));
  EXPECT_EQ(profile.at("email").as_string(), owner.email);
  const json::value resumes = json::parse(entries.at("resumes.json"));
  ASSERT_EQ(resumes.as_array().size(), 1U);
  const std::string resume_id(resumes.at(0).at("id").as_string());
  // The uploaded file, byte for byte, and its document in both forms.
  EXPECT_EQ(entries.at("resumes/" + resume_id + "/original.pdf"), Fixture("api/resume.pdf"));
  EXPECT_TRUE(json::parse(entries.at("resumes/" + resume_id + "/document.json")).is_object());
  EXPECT_TRUE(json::parse(entries.at("resumes/" + resume_id + "/json-resume.json"))
                  .as_object()
                  .contains("basics"));
  const json::value optimizations = json::parse(entries.at("optimizations.json"));
  ASSERT_EQ(optimizations.as_array().size(), 1U);
  EXPECT_EQ(json::parse(entries.at("versions.json")).as_array().size(), 1U);
  const json::value exports = json::parse(entries.at("exports.json"));
  ASSERT_EQ(exports.as_array().size(), 1U);
  const std::string export_file =
      "exports/" + std::string(exports.at(0).at("id").as_string()) + ".pdf";
  ASSERT_TRUE(entries.contains(export_file)) << names;
  EXPECT_TRUE(entries.at(export_file).starts_with("%PDF"));
  EXPECT_NE(entries.at("activity.json").find("data_export_requested"), std::string::npos);
  // Never a secret, nor another account's data.
  for (const auto& [name, data] : entries) {
    for (const char* secret : {"password_hash", "$argon2id", "token_hash", "totp_secret"}) {
      EXPECT_EQ(data.find(secret), std::string::npos) << secret << " in " << name;
    }
    EXPECT_EQ(data.find(other.email), std::string::npos) << name;
    EXPECT_EQ(data.find(other.id), std::string::npos) << name;
  }
}

// The header's value in an RFC 5322 message, or empty.
std::string MailHeader(const std::string& message, const std::string& name) {
  const auto at = message.find("\n" + name + ": ");
  if (at == std::string::npos) return {};
  const auto start = at + name.size() + 3;
  return message.substr(start, message.find_first_of("\r\n", start) - start);
}

TEST(NotificationsApi, ANewDeviceIsToldWithAOneClickUnsubscribe) {
  ServerProcess server;
  const Account owner = NewAccount(server, "notified");
  // The device and network it signed up with: nothing to tell.
  ASSERT_EQ(SignIn(server, owner.email, "Agent/register").status, 200);
  ASSERT_EQ(SignIn(server, owner.email, "Phone/7.0").status, 200);
  const auto mails = server.MailsTo(owner.email, 2);
  ASSERT_EQ(mails.size(), 2U);
  const std::string& notice = mails[1];
  EXPECT_NE(notice.find("Subject: New sign-in to your resuMAX account"), std::string::npos);
  EXPECT_NE(notice.find("Phone/7.0"), std::string::npos);
  // Text and HTML, and RFC 8058's headers.
  EXPECT_NE(notice.find("Content-Type: multipart/alternative; boundary="), std::string::npos);
  EXPECT_NE(notice.find("Content-Type: text/plain; charset=utf-8"), std::string::npos);
  EXPECT_NE(notice.find("Content-Type: text/html; charset=utf-8"), std::string::npos);
  EXPECT_EQ(MailHeader(notice, "List-Unsubscribe-Post"), "List-Unsubscribe=One-Click");
  const std::string header = MailHeader(notice, "List-Unsubscribe");
  ASSERT_TRUE(header.starts_with("<") && header.ends_with(">")) << header;
  const std::string url = header.substr(1, header.size() - 2);
  // The verification mail is security mail: no unsubscribe.
  EXPECT_EQ(MailHeader(mails[0], "List-Unsubscribe"), "");

  // A forged or altered link does nothing; the real one, POSTed as a mail client does, works.
  const std::string path = PathOf(url);
  const std::vector<std::string> form{"Content-Type: application/x-www-form-urlencoded"};
  EXPECT_EQ(server.Send("POST", path + "x", "List-Unsubscribe=One-Click", form).Field("code"),
            "invalid_token");
  EXPECT_EQ(server.Send("POST", "/api/v1/notifications/unsubscribe", "", form).status, 400);
  const auto done = server.Send("POST", path, "List-Unsubscribe=One-Click", form);
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(done.Field("kind"), "newSignIn");
  const auto me = server.Get("/api/v1/users/me", owner.access);
  EXPECT_FALSE(me.Json().at("preferences").at("notifications").at("newSignIn").as_bool());
  EXPECT_EQ(server.Get(path).status, 405);  // a GET (a link scanner) never unsubscribes

  // Off: another new device is not told. A password reset mail comes after it to show the queue
  // had its turn.
  ASSERT_EQ(SignIn(server, owner.email, "Tablet/3.0").status, 200);
  ASSERT_EQ(server.PostJson("/api/v1/auth/password-reset/request", {{"email", owner.email}}).status,
            200);
  const auto later = server.MailsTo(owner.email, 3);
  ASSERT_EQ(later.size(), 3U);
  EXPECT_NE(later[2].find("Reset your resuMAX password"), std::string::npos);
  EXPECT_EQ(later[2].find("List-Unsubscribe"), std::string::npos);
  for (const auto& mail : later) EXPECT_EQ(mail.find("Tablet/3.0"), std::string::npos);
}

TEST(AccountApi, TheAuditLogHoldsUploadsDeletionsRefusedLinksAndRateLimits) {
  ServerProcess server;
  const Account owner = NewAccount(server, "audited");
  const std::string resume = UploadParsedResume(server, owner.access);
  AddBackendJob(server, owner.access);
  ASSERT_EQ(Delete(server, "/api/v1/resumes/" + resume, owner.access).status, 204);
  // A link to the owner's file with a forged signature, twice: one row for the minute.
  const std::string forged = "/api/v1/storage/download?key=users/" + owner.id + "/resumes/" +
                             resume + "/original&name=cv.pdf&expires=9999999999&sig=x";
  EXPECT_EQ(server.Get(forged).status, 403);
  EXPECT_EQ(server.Get(forged).status, 403);
  // Rate limits hit while signed in: one row a minute however many.
  ASSERT_EQ(server.PostJson("/api/v1/users/me/export", json::object{}, owner.access).status, 202);
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(server.PostJson("/api/v1/users/me/export", json::object{}, owner.access).status, 429);
  }
  const auto page = server.Get("/api/v1/users/me/activity?limit=100", owner.access);
  ASSERT_EQ(page.status, 200);
  std::map<std::string, int> counts;
  const json::value page_json = page.Json();
  for (const auto& item : page_json.at("items").as_array()) {
    ++counts[std::string(item.at("event").as_string())];
    const std::string details = json::serialize(item.at("details"));
    EXPECT_EQ(details.find(owner.email), std::string::npos) << details;
    if (item.at("event").as_string() == "signed_url_rejected") {
      EXPECT_EQ(item.at("details").at("collection").as_string(), "resumes");
    }
    if (item.at("event").as_string() == "resume_deleted") {
      EXPECT_EQ(item.at("details").at("id").as_string(), resume);
    }
  }
  for (const char* event : {"resume_upload_started", "resume_uploaded", "resume_deleted",
                            "job_description_created", "data_export_requested"}) {
    EXPECT_EQ(counts[event], 1) << event;
  }
  EXPECT_EQ(counts["signed_url_rejected"], 1);
  EXPECT_EQ(counts["rate_limit_hit"], 1);
}

TEST(AccountApi, ANewTermsVersionAsksAgainAtTheNextSignIn) {
  Env env{{"RESUMAX_TERMS_VERSION", "2026-01"}};
  const std::string database_url = FreshDatabaseUrl();
  if (!database_url.empty()) env["RESUMAX_DATABASE_URL"] = database_url;
  ServerProcess first(env);
  const Account owner = NewAccount(first, "consenting");
  const auto me = first.Get("/api/v1/users/me", owner.access);
  EXPECT_EQ(me.Json().at("consent").at("termsVersion").as_string(), "2026-01");
  EXPECT_FALSE(me.Json().at("consent").at("required").as_bool());
  EXPECT_FALSE(me.Json().at("consent").at("acceptedAt").is_null());
  // A client that says it does not accept is refused.
  EXPECT_EQ(first
                .PostJson("/api/v1/auth/register", {{"email", UniqueEmail("refusing")},
                                                    {"password", kGoodPassword},
                                                    {"name", "No"},
                                                    {"acceptTerms", false}})
                .status,
            422);
  first.Stop();

  // The same data with a new terms version: the next sign-in says consent is needed.
  Env next{{"RESUMAX_DATA_DIR", first.data_dir().string()}, {"RESUMAX_TERMS_VERSION", "2026-06"}};
  if (!database_url.empty()) next["RESUMAX_DATABASE_URL"] = database_url;
  ServerProcess second(next);
  const auto signed_in = SignIn(second, owner.email, "Laptop");
  ASSERT_EQ(signed_in.status, 200) << signed_in.body;
  EXPECT_TRUE(signed_in.Json().at("user").at("consent").at("required").as_bool());
  const std::string token = signed_in.Field("accessToken");
  const auto legal = second.Get("/api/v1/legal");
  ASSERT_EQ(legal.status, 200);
  EXPECT_EQ(legal.Field("termsVersion"), "2026-06");
  // Accepting older versions than those in force is refused; the current ones are recorded.
  const auto stale = second.PostJson(
      "/api/v1/users/me/consent",
      {{"termsVersion", "2026-01"}, {"privacyVersion", legal.Field("privacyVersion")}}, token);
  EXPECT_EQ(stale.Field("code"), "consent_outdated");
  const auto accepted = second.PostJson(
      "/api/v1/users/me/consent",
      {{"termsVersion", "2026-06"}, {"privacyVersion", legal.Field("privacyVersion")}}, token);
  ASSERT_EQ(accepted.status, 200) << accepted.body;
  EXPECT_FALSE(accepted.Json().at("consent").at("required").as_bool());
  EXPECT_FALSE(second.Get("/api/v1/users/me", token).Json().at("consent").at("required").as_bool());
  EXPECT_NE(second.Get("/api/v1/users/me/activity", token).body.find("consent_recorded"),
            std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Stores, AccountDeletion, ::testing::Values("local", "s3"));

TEST(AdminApi, EveryAdminRouteRefusesNonAdmins) {
  Env environment;
  const std::string database_url = FreshDatabaseUrl();
  if (!database_url.empty()) environment["RESUMAX_DATABASE_URL"] = database_url;
  ServerProcess server(environment);
  const Account admin = NewAccount(server, "admin");
  const Account member = NewAccount(server, "member");
  const std::string some_id = member.id;
  const std::vector<std::pair<std::string, std::string>> routes = {
      {"GET", "/api/v1/admin/users"},
      {"GET", "/api/v1/admin/users?q=member"},
      {"POST", "/api/v1/admin/users/" + some_id + "/disable"},
      {"POST", "/api/v1/admin/users/" + some_id + "/enable"},
      {"GET", "/api/v1/admin/audit"},
      {"GET", "/api/v1/admin/queue"},
      {"POST", "/api/v1/admin/jobs/" + some_id + "/retry"},
      {"POST", "/api/v1/admin/jobs/" + some_id + "/discard"},
      {"GET", "/api/v1/admin/usage"}};
  for (const auto& [method, route] : routes) {
    SCOPED_TRACE(method + " " + route);
    const auto anonymous = server.Send(method, route, "", {});
    EXPECT_EQ(anonymous.status, 401);
    for (const std::string& token : {admin.access, member.access}) {
      const auto refused = server.Send(method, route, "", {"Authorization: Bearer " + token});
      EXPECT_EQ(refused.status, 403) << refused.body;
      EXPECT_EQ(refused.Field("code"), "forbidden");
      EXPECT_FALSE(refused.Field("requestId").empty());
    }
  }
  // The member was never disabled by any of that.
  EXPECT_EQ(server.Get("/api/v1/users/me", member.access).status, 200);

  // The operator makes an account an admin on the command line.
  const std::string where = " --data-dir '" + server.data_dir().string() + "'" +
                            (database_url.empty() ? "" : " --database-url '" + database_url + "'");
  EXPECT_EQ(RunResumax("admin grant nobody@example.com" + where).first, 1);
  EXPECT_EQ(RunResumax("admin grant not-an-address" + where).first, 2);
  const auto [granted, output] = RunResumax("admin grant " + admin.email + where);
  ASSERT_EQ(granted, 0) << output;
  EXPECT_EQ(server.Get("/api/v1/users/me", admin.access).Field("role"), "admin");

  const auto users = server.Get("/api/v1/admin/users?q=MEMBER", admin.access);
  ASSERT_EQ(users.status, 200) << users.body;
  ASSERT_EQ(users.Json().at("items").as_array().size(), 1U) << users.body;
  EXPECT_EQ(users.Json().at("items").at(0).at("email").as_string(), member.email);
  const auto wildcard = server.Get("/api/v1/admin/users?q=%25", admin.access);
  ASSERT_EQ(wildcard.status, 200) << wildcard.body;
  EXPECT_EQ(wildcard.Json().at("items").as_array().size(), 0U);  // searched for, not obeyed

  // Disabling ends the member's sessions and refuses their sign-in with a clear code.
  const auto self = Post(server, "/api/v1/admin/users/" + admin.id + "/disable", admin.access);
  EXPECT_EQ(self.status, 409);
  EXPECT_EQ(self.Field("code"), "cannot_disable_self");
  const auto disabled = Post(server, "/api/v1/admin/users/" + member.id + "/disable", admin.access);
  ASSERT_EQ(disabled.status, 200) << disabled.body;
  EXPECT_TRUE(disabled.Json().at("disabled").as_bool());
  EXPECT_EQ(server.Get("/api/v1/users/me", member.access).status, 403);
  const auto refused = SignIn(server, member.email, "Laptop/1.0");
  EXPECT_EQ(refused.status, 403);
  EXPECT_EQ(refused.Field("code"), "account_disabled");
  EXPECT_EQ(SignIn(server, member.email, "Laptop/1.0", "wrong").status, 401);  // tells nothing
  EXPECT_EQ(Post(server, "/api/v1/admin/users/" + member.id + "/enable", admin.access).status, 200);
  const auto back = SignIn(server, member.email, "Laptop/1.0");
  ASSERT_EQ(back.status, 200) << back.body;
  EXPECT_EQ(server.Get("/api/v1/users/me", member.access).status, 401);  // ended when disabled
  EXPECT_EQ(
      Post(server, "/api/v1/admin/users/11111111-2222-4333-8444-555555555555/disable", admin.access)
          .status,
      404);

  // The audit log, filtered: the admin's actions carry the admin's id.
  const auto audit =
      server.Get("/api/v1/admin/audit?event=account_disabled&userId=" + member.id, admin.access);
  ASSERT_EQ(audit.status, 200) << audit.body;
  ASSERT_EQ(audit.Json().at("items").as_array().size(), 1U) << audit.body;
  const json::value audit_json = audit.Json();
  const auto& entry = audit_json.at("items").at(0).as_object();
  EXPECT_EQ(entry.at("actorId").as_string(), admin.id);
  EXPECT_EQ(entry.at("userId").as_string(), member.id);
  EXPECT_EQ(server.Get("/api/v1/admin/audit?since=yesterday", admin.access).status, 422);
  // Beyond the clock's range: refused, not overflowed.
  EXPECT_EQ(server.Get("/api/v1/admin/audit?until=9999-12-31T23:59:59Z", admin.access).status, 422);
  const auto registers = server.Get(
      "/api/v1/admin/audit?event=register&since=2000-01-01T00:00:00Z&until=2100-01-01T00:00:00Z",
      admin.access);
  ASSERT_EQ(registers.status, 200) << registers.body;
  EXPECT_EQ(registers.Json().at("items").as_array().size(), 2U);

  const auto queue = server.Get("/api/v1/admin/queue", admin.access);
  ASSERT_EQ(queue.status, 200) << queue.body;
  EXPECT_TRUE(queue.Json().at("depth").as_object().contains("dead"));
  EXPECT_EQ(Post(server, "/api/v1/admin/jobs/" + member.id + "/retry", admin.access).status, 404);
  const auto usage = server.Get("/api/v1/admin/usage", admin.access);
  ASSERT_EQ(usage.status, 200) << usage.body;
  EXPECT_EQ(usage.Json().at("users").at("total").as_int64(), 2);
  EXPECT_EQ(usage.Json().at("users").at("verified").as_int64(), 2);

  // Sign-ins held back for a challenge are in the audit log (one row a minute per address).
  const std::string target = UniqueEmail("guessed");
  for (int i = 0; i < 7; ++i) SignIn(server, target, "Laptop", "guess number " + std::to_string(i));
  const auto held = server.Get("/api/v1/admin/audit?event=login_challenge_required", admin.access);
  ASSERT_EQ(held.status, 200) << held.body;
  EXPECT_EQ(held.Json().at("items").as_array().size(), 1U) << held.body;

  // Revoked, the admin is a member again.
  ASSERT_EQ(RunResumax("admin revoke " + admin.email + where).first, 0);
  EXPECT_EQ(server.Get("/api/v1/admin/usage", admin.access).status, 403);
  // The admin's actions on the member show in the member's own activity.
  const auto activity = server.Get("/api/v1/users/me/activity", back.Field("accessToken"));
  ASSERT_EQ(activity.status, 200) << activity.body;
  EXPECT_NE(activity.body.find("account_disabled"), std::string::npos);
  EXPECT_NE(activity.body.find("account_enabled"), std::string::npos);
}

}  // namespace
}  // namespace resumax::testing
