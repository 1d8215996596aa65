// Credits and billing with Stripe over real HTTP: Checkout against a fake of Stripe's API (its
// form encoding, keys and error shape), webhook deliveries signed by Stripe's own npm package
// (bad and stale signatures, repeats, a refund before its purchase), optimizations racing for
// the last credit, credits given back when an optimization fails, admins' adjustments, and
// nothing at all when billing is off.
#include <gtest/gtest.h>

#include <atomic>
#include <boost/json.hpp>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <thread>

#include "harness.h"

namespace resumax::testing {
namespace {

namespace json = boost::json;

constexpr const char* kSecretKey = "sk_test_resumaxbilling";
constexpr const char* kWebhookSecret = "whsec_resumaxbillingtests";

long long Now() { return static_cast<long long>(std::time(nullptr)); }

// The Stripe-Signature header Stripe's npm package makes for payload (generateTestHeaderString).
std::string Sign(const std::string& payload, long long timestamp,
                 const std::string& secret = kWebhookSecret) {
  const auto file = std::filesystem::temp_directory_path() /
                    ("stripe-payload-" + std::to_string(::getpid()) + "-" +
                     std::to_string(std::hash<std::string>{}(payload)) + ".json");
  std::ofstream(file, std::ios::binary) << payload;
  auto [status, output] = RunCommand("node '" RESUMAX_STRIPE_SIGN "' '" + secret + "' " +
                                     std::to_string(timestamp) + " < '" + file.string() + "'");
  std::filesystem::remove(file);
  EXPECT_EQ(status, 0) << output;
  while (!output.empty() && (output.back() == '\n' || output.back() == '\r')) output.pop_back();
  return output;
}

// Events as Stripe sends them (the fields that matter, and some that do not).
std::string CheckoutCompleted(const std::string& event_id, const std::string& session_id,
                              const std::string& user_id, const std::string& pack,
                              const std::string& payment_intent) {
  return json::serialize(
      json::object{{"id", event_id},
                   {"object", "event"},
                   {"api_version", "2024-06-20"},
                   {"created", Now()},
                   {"livemode", false},
                   {"pending_webhooks", 1},
                   {"type", "checkout.session.completed"},
                   {"data",
                    {{"object",
                      {{"id", session_id},
                       {"object", "checkout.session"},
                       {"amount_total", 900},
                       {"currency", "usd"},
                       {"client_reference_id", user_id},
                       {"customer_details", {{"email", "buyer@example.com"}, {"name", "A Buyer"}}},
                       {"metadata", {{"pack", pack}}},
                       {"mode", "payment"},
                       {"payment_intent", payment_intent},
                       {"payment_status", "paid"},
                       {"status", "complete"}}}}}});
}

std::string ChargeRefunded(const std::string& event_id, const std::string& payment_intent,
                           long long amount, long long amount_refunded) {
  return json::serialize(json::object{{"id", event_id},
                                      {"object", "event"},
                                      {"api_version", "2024-06-20"},
                                      {"created", Now()},
                                      {"livemode", false},
                                      {"type", "charge.refunded"},
                                      {"data",
                                       {{"object",
                                         {{"id", "ch_" + event_id},
                                          {"object", "charge"},
                                          {"amount", amount},
                                          {"amount_refunded", amount_refunded},
                                          {"currency", "usd"},
                                          {"payment_intent", payment_intent},
                                          {"refunded", amount_refunded == amount}}}}}});
}

class BillingApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    stripe_ = new NodePeer(RESUMAX_FAKE_STRIPE, {kSecretKey, "price_starter,price_pro"});
  }
  static void TearDownTestSuite() {
    delete stripe_;
    stripe_ = nullptr;
  }

  void SetUp() override { Start({}); }

  void Start(Env extra) {
    Env environment{
        {"RESUMAX_BILLING", "stripe"},
        {"RESUMAX_STRIPE_SECRET_KEY", kSecretKey},
        {"RESUMAX_STRIPE_WEBHOOK_SECRET", kWebhookSecret},
        {"RESUMAX_STRIPE_API_BASE", stripe_->url()},
        {"RESUMAX_CREDIT_PACKS", "starter:10:price_starter:900:usd,pro:50:price_pro:2900:usd"},
        {"RESUMAX_FREE_CREDITS", "1"},
        {"RESUMAX_JOB_RETRY_BASE_MS", "50"}};
    database_url_ = FreshDatabaseUrl();
    if (!database_url_.empty()) environment["RESUMAX_DATABASE_URL"] = database_url_;
    for (auto& [key, value] : extra) environment[key] = value;
    server_.reset();
    server_ = std::make_unique<ServerProcess>(environment);
  }

  ServerProcess& server() { return *server_; }

  HttpResponse Deliver(const std::string& payload, const std::string& signature) {
    std::vector<std::string> headers{"Content-Type: application/json; charset=utf-8",
                                     "User-Agent: Stripe/1.0 (+https://stripe.com/docs/webhooks)"};
    if (!signature.empty()) headers.push_back("Stripe-Signature: " + signature);
    return server_->Send("POST", "/api/v1/billing/webhook", payload, headers);
  }

  json::object Credits(const std::string& token) {
    const auto answer = server_->Get("/api/v1/billing/credits", token);
    EXPECT_EQ(answer.status, 200) << answer.body;
    return answer.Json().as_object();
  }

  // The balance once it equals `expected` (the webhook's job runs in the background), or what
  // it is after ~15 s.
  long long WaitForBalance(const std::string& token, long long expected) {
    long long balance = -1;
    for (int i = 0; i < 150; ++i) {
      balance = Credits(token).at("balance").as_int64();
      if (balance == expected) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return balance;
  }

  std::vector<json::object> Ledger(const std::string& token) {
    const auto answer = server_->Get("/api/v1/billing/ledger?limit=100", token);
    EXPECT_EQ(answer.status, 200) << answer.body;
    std::vector<json::object> entries;
    const json::value body = answer.Json();
    for (const auto& item : body.at("items").as_array()) {
      entries.push_back(item.as_object());
    }
    return entries;
  }

  static int CountReason(const std::vector<json::object>& entries, std::string_view reason) {
    return static_cast<int>(std::count_if(entries.begin(), entries.end(), [&](const auto& entry) {
      return entry.at("reason").as_string() == reason;
    }));
  }

  HttpResponse Checkout(const std::string& token, const std::string& pack,
                        const std::string& key = "") {
    std::vector<std::string> headers{"Content-Type: application/json",
                                     "Authorization: Bearer " + token};
    if (!key.empty()) headers.push_back("Idempotency-Key: " + key);
    return server_->Send("POST", "/api/v1/billing/checkout",
                         json::serialize(json::object{{"packId", pack}}), headers);
  }

  std::string UserId(const std::string& token) {
    return server_->Get("/api/v1/users/me", token).Field("id");
  }

  json::array StripeRequests() {
    return SendTo("GET", stripe_->url() + "/__requests", "", {}).Json().as_array();
  }

  HttpResponse Optimize(const std::string& token, const std::string& resume,
                        const std::string& job) {
    return server_->Send(
        "POST", "/api/v1/optimize",
        json::serialize(json::object{{"resumeId", resume}, {"jobDescriptionId", job}}),
        {"Content-Type: application/json", "Authorization: Bearer " + token});
  }

  static NodePeer* stripe_;
  std::string database_url_;
  std::unique_ptr<ServerProcess> server_;
};

NodePeer* BillingApi::stripe_ = nullptr;

TEST_F(BillingApi, WebhookRefusesWhatStripeDidNotSignJustNow) {
  const std::string token = server().VerifiedUser("signatures");
  const std::string user = UserId(token);
  ASSERT_EQ(Credits(token).at("balance").as_int64(), 1);  // the free credit
  const std::string payload =
      CheckoutCompleted("evt_sig_1", "cs_test_sig_1", user, "starter", "pi_sig_1");
  const auto expect_refused = [&](const HttpResponse& answer, const char* why) {
    SCOPED_TRACE(why);
    EXPECT_EQ(answer.status, 400) << answer.body;
    EXPECT_EQ(answer.Field("code"), "invalid_signature");
    EXPECT_FALSE(answer.Field("requestId").empty());
  };
  expect_refused(Deliver(payload, ""), "no signature");
  expect_refused(Deliver(payload, "t=" + std::to_string(Now()) + ",v1=00ff"), "a made-up one");
  expect_refused(Deliver(payload, Sign(payload, Now(), "whsec_someoneelse")), "another secret");
  expect_refused(Deliver(payload + " ", Sign(payload, Now())), "the payload changed");
  // Signed right, but captured and replayed after Stripe's five-minute tolerance, or from the
  // future.
  expect_refused(Deliver(payload, Sign(payload, Now() - 400)), "stale");
  expect_refused(Deliver(payload, Sign(payload, Now() + 400)), "from the future");
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  EXPECT_EQ(Credits(token).at("balance").as_int64(), 1);  // none of that credited anything

  // A signature among several (a secret being rolled) is enough.
  const std::string good = Sign(payload, Now());
  const auto accepted = Deliver(payload, good + ",v1=" + std::string(64, 'a'));
  ASSERT_EQ(accepted.status, 200) << accepted.body;
  EXPECT_EQ(WaitForBalance(token, 11), 11);

  // Signed, but no event: refused; an event of a type billing does not handle: acknowledged.
  const std::string junk = R"({"hello":"world"})";
  const auto not_event = Deliver(junk, Sign(junk, Now()));
  EXPECT_EQ(not_event.status, 400);
  EXPECT_EQ(not_event.Field("code"), "invalid_payload");
  const std::string other =
      json::serialize(json::object{{"id", "evt_other"},
                                   {"type", "customer.created"},
                                   {"data", {{"object", {{"id", "cus_1"}}}}}});
  EXPECT_EQ(Deliver(other, Sign(other, Now())).status, 200);
  EXPECT_EQ(Credits(token).at("balance").as_int64(), 11);
  // Hostile bodies: far larger than any event, and not JSON at all (signed, so only the parser
  // stands in the way).
  const std::string huge(600 * 1024, '{');
  EXPECT_EQ(Deliver(huge, Sign(payload, Now())).status, 413);
  const std::string garbage = std::string(2000, '[') + "nope";
  const auto unreadable = Deliver(garbage, Sign(garbage, Now()));
  EXPECT_EQ(unreadable.status, 400);
  EXPECT_EQ(unreadable.Field("code"), "invalid_payload");
  EXPECT_EQ(server().Get("/healthz").status, 200);
}

TEST_F(BillingApi, CheckoutGoesToStripeAndEachEventCreditsOnce) {
  const std::string token = server().VerifiedUser("buyer");
  const std::string user = UserId(token);
  const auto credits = Credits(token);
  EXPECT_TRUE(credits.at("enabled").as_bool());
  EXPECT_EQ(credits.at("balance").as_int64(), 1);
  EXPECT_EQ(credits.at("costPerOptimization").as_int64(), 1);
  ASSERT_EQ(credits.at("packs").as_array().size(), 2U);
  EXPECT_EQ(credits.at("packs").at(0).at("id").as_string(), "starter");
  EXPECT_EQ(credits.at("packs").at(0).at("credits").as_int64(), 10);
  EXPECT_EQ(credits.at("packs").at(0).at("amount").as_int64(), 900);
  ASSERT_EQ(credits.at("recent").as_array().size(), 1U);
  EXPECT_EQ(credits.at("recent").at(0).at("reason").as_string(), "signup");

  const auto started = Checkout(token, "starter", "click-1");
  ASSERT_EQ(started.status, 201) << started.body;
  const std::string session = started.Field("sessionId");
  EXPECT_TRUE(session.starts_with("cs_test_")) << started.body;
  EXPECT_TRUE(started.Field("checkoutUrl").starts_with("https://checkout.stripe.com/"));
  // What Stripe received: the secret key, an idempotency key, and the pack and the user.
  const auto requests = StripeRequests();
  ASSERT_FALSE(requests.empty());
  const auto& request = requests.back().as_object();
  EXPECT_EQ(request.at("path").as_string(), "/v1/checkout/sessions");
  EXPECT_EQ(request.at("headers").at("authorization").as_string(),
            std::string("Bearer ") + kSecretKey);
  const std::string stripe_key(request.at("headers").at("idempotency-key").as_string());
  EXPECT_FALSE(stripe_key.empty());
  EXPECT_EQ(stripe_key.find("click-1"), std::string::npos);  // made the user's own, not passed on
  const auto& form = request.at("form").as_object();
  EXPECT_EQ(form.at("mode").as_string(), "payment");
  EXPECT_EQ(form.at("line_items").at(0).at("price").as_string(), "price_starter");
  EXPECT_EQ(form.at("client_reference_id").as_string(), user);
  EXPECT_EQ(form.at("metadata").at("pack").as_string(), "starter");
  EXPECT_NE(form.at("success_url").as_string().find("{CHECKOUT_SESSION_ID}"), std::string::npos);
  EXPECT_NE(form.at("cancel_url").as_string().find("/billing?checkout=cancelled"),
            std::string::npos);

  // The same click again (a retry): the same session.
  const auto again = Checkout(token, "starter", "click-1");
  ASSERT_EQ(again.status, 201) << again.body;
  EXPECT_EQ(again.Field("sessionId"), session);
  const auto unknown = Checkout(token, "platinum");
  EXPECT_EQ(unknown.status, 422);
  EXPECT_EQ(unknown.Field("code"), "validation_failed");

  // Stripe delivers the completion three times (its retries, a replay); it counts once.
  const std::string payload =
      CheckoutCompleted("evt_paid_1", session, user, "starter", "pi_paid_1");
  for (int delivery = 0; delivery < 3; ++delivery) {
    const auto answer = Deliver(payload, Sign(payload, Now() - delivery));
    EXPECT_EQ(answer.status, 200) << answer.body;
  }
  EXPECT_EQ(WaitForBalance(token, 11), 11);
  std::this_thread::sleep_for(std::chrono::seconds(1));
  EXPECT_EQ(Credits(token).at("balance").as_int64(), 11);
  const auto ledger = Ledger(token);
  EXPECT_EQ(CountReason(ledger, "purchase"), 1);
  EXPECT_EQ(ledger.front().at("reason").as_string(), "purchase");
  EXPECT_EQ(ledger.front().at("delta").as_int64(), 10);
  EXPECT_EQ(ledger.front().at("balanceAfter").as_int64(), 11);
  EXPECT_EQ(ledger.front().at("packId").as_string(), "starter");
  // A second event of the same session (async payment succeeded after all) credits nothing.
  std::string second = payload;
  second.replace(second.find("evt_paid_1"), 10, "evt_paid_2");
  EXPECT_EQ(Deliver(second, Sign(second, Now())).status, 200);
  std::this_thread::sleep_for(std::chrono::seconds(1));
  EXPECT_EQ(Credits(token).at("balance").as_int64(), 11);

  // The receipt, by email.
  const std::string email = server().Get("/api/v1/users/me", token).Field("email");
  const auto mails = server().MailsTo(email, 2);
  ASSERT_EQ(mails.size(), 2U);
  EXPECT_NE(mails.back().find("Your resuMAX credits"), std::string::npos);
  EXPECT_NE(mails.back().find("Credits: 10"), std::string::npos);
  EXPECT_NE(mails.back().find("9.00 USD"), std::string::npos);

  // Another user cannot see this ledger, and an event naming them is theirs only.
  const std::string other = server().VerifiedUser("bystander");
  EXPECT_EQ(Credits(other).at("balance").as_int64(), 1);
  EXPECT_EQ(Ledger(other).size(), 1U);
}

TEST_F(BillingApi, StripeOutagesAndRefusalsAreClearErrors) {
  const std::string token = server().VerifiedUser("outage");
  SendTo("POST", stripe_->url() + "/__reset", "", {});
  SendTo("POST", stripe_->url() + "/__fail?status=503&times=3", "", {});
  const auto failed = Checkout(token, "pro");
  EXPECT_EQ(failed.status, 502) << failed.body;
  EXPECT_EQ(failed.Field("code"), "payment_provider_error");
  EXPECT_EQ(failed.body.find("api_error"), std::string::npos);  // Stripe's detail stays in our log
  // Retried, each time with the same idempotency key, as Stripe asks.
  const auto requests = StripeRequests();
  ASSERT_EQ(requests.size(), 3U);
  for (const auto& request : requests) {
    EXPECT_EQ(request.at("headers").at("idempotency-key"),
              requests.front().at("headers").at("idempotency-key"));
  }
  // After the outage it works; a user clicking on and on is slowed down (each click waits on
  // Stripe); an unverified account may not buy.
  EXPECT_EQ(Checkout(token, "pro").status, 201);
  int limited = 0;
  for (int click = 0; click < 6; ++click) limited += Checkout(token, "pro").status == 429 ? 1 : 0;
  EXPECT_GE(limited, 1);
  const auto registered = server().PostJson(
      "/api/v1/auth/register",
      {{"email", UniqueEmail("unverified")}, {"password", kGoodPassword}, {"name", "New"}});
  const auto unverified = Checkout(registered.Field("accessToken"), "pro");
  EXPECT_EQ(unverified.status, 403);
  EXPECT_EQ(unverified.Field("code"), "email_not_verified");
}

TEST_F(BillingApi, ARefundTakesItsCreditsBackWhateverTheOrder) {
  const std::string token = server().VerifiedUser("refunds");
  const std::string user = UserId(token);
  const std::string session = Checkout(token, "starter").Field("sessionId");
  ASSERT_FALSE(session.empty());

  // The refund arrives before the purchase it refunds.
  const std::string refund = ChargeRefunded("evt_refund_1", "pi_early", 900, 900);
  ASSERT_EQ(Deliver(refund, Sign(refund, Now())).status, 200);
  std::this_thread::sleep_for(std::chrono::seconds(1));
  EXPECT_EQ(Credits(token).at("balance").as_int64(), 1);
  const std::string paid =
      CheckoutCompleted("evt_paid_early", session, user, "starter", "pi_early");
  ASSERT_EQ(Deliver(paid, Sign(paid, Now())).status, 200);
  // Both applied, each once: bought and taken back.
  for (int i = 0; i < 150 && CountReason(Ledger(token), "refund") == 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_EQ(Credits(token).at("balance").as_int64(), 1);
  auto ledger = Ledger(token);
  EXPECT_EQ(CountReason(ledger, "purchase"), 1);
  ASSERT_EQ(CountReason(ledger, "refund"), 1);
  EXPECT_EQ(ledger.front().at("delta").as_int64(), -10);
  // The refund delivered again changes nothing.
  ASSERT_EQ(Deliver(refund, Sign(refund, Now())).status, 200);

  // Partial refunds of another purchase: half, then the rest (Stripe's amount_refunded is the
  // total so far).
  const std::string second = Checkout(token, "starter").Field("sessionId");
  const std::string bought = CheckoutCompleted("evt_paid_late", second, user, "starter", "pi_late");
  ASSERT_EQ(Deliver(bought, Sign(bought, Now())).status, 200);
  EXPECT_EQ(WaitForBalance(token, 11), 11);
  const std::string half = ChargeRefunded("evt_refund_half", "pi_late", 900, 450);
  ASSERT_EQ(Deliver(half, Sign(half, Now())).status, 200);
  EXPECT_EQ(WaitForBalance(token, 6), 6);
  const std::string rest = ChargeRefunded("evt_refund_rest", "pi_late", 900, 900);
  ASSERT_EQ(Deliver(rest, Sign(rest, Now())).status, 200);
  EXPECT_EQ(WaitForBalance(token, 1), 1);
  ledger = Ledger(token);
  EXPECT_EQ(CountReason(ledger, "refund"), 3);
  for (const auto& entry : ledger) EXPECT_GE(entry.at("balanceAfter").as_int64(), 0);
}

TEST_F(BillingApi, ConcurrentOptimizationsRaceForTheLastCreditAndOneWins) {
  const std::string token = server().VerifiedUser("racer");
  const std::string resume = UploadParsedResume(server(), token);
  const std::string job = AddBackendJob(server(), token);
  ASSERT_EQ(Credits(token).at("balance").as_int64(), 1);
  constexpr int kRacers = 8;
  std::vector<HttpResponse> answers(kRacers);
  std::atomic<int> ready{0};
  std::vector<std::thread> racers;
  for (int i = 0; i < kRacers; ++i) {
    racers.emplace_back([&, i] {
      ++ready;
      while (ready < kRacers) std::this_thread::yield();
      answers[i] = Optimize(token, resume, job);
    });
  }
  for (auto& racer : racers) racer.join();
  int won = 0;
  std::string winner;
  for (const auto& answer : answers) {
    if (answer.status == 202) {
      ++won;
      winner = answer.Field("optimizationId");
      continue;
    }
    EXPECT_EQ(answer.status, 402) << answer.body;
    EXPECT_EQ(answer.Field("code"), "insufficient_credits");
    EXPECT_EQ(answer.Json().at("details").at("balance").as_int64(), 0);
    EXPECT_EQ(answer.Json().at("details").at("cost").as_int64(), 1);
  }
  EXPECT_EQ(won, 1);
  EXPECT_EQ(Credits(token).at("balance").as_int64(), 0);
  const auto ledger = Ledger(token);
  EXPECT_EQ(CountReason(ledger, "optimization"), 1);
  const auto finished = WaitForField(server(), "/api/v1/optimize/" + winner, token, "status",
                                     {"completed", "failed"});
  EXPECT_EQ(finished.Field("status"), "completed") << finished.body;
  EXPECT_EQ(finished.Json().at("creditsSpent").as_int64(), 1);
  EXPECT_EQ(Credits(token).at("balance").as_int64(), 0);  // a completed one keeps its cost
}

TEST_F(BillingApi, AnOptimizationThatFailsGivesItsCreditBack) {
  // Workers pause after claiming a job, so the resume can go before the optimization reads it.
  Start({{"RESUMAX_JOB_START_DELAY_MS", "1500"}});
  const std::string token = server().VerifiedUser("unlucky");
  const std::string resume = UploadParsedResume(server(), token);
  const std::string job = AddBackendJob(server(), token);
  const auto started = Optimize(token, resume, job);
  ASSERT_EQ(started.status, 202) << started.body;
  EXPECT_EQ(Credits(token).at("balance").as_int64(), 0);
  ASSERT_EQ(server()
                .Send("DELETE", "/api/v1/resumes/" + resume, "", {"Authorization: Bearer " + token})
                .status,
            204);
  EXPECT_EQ(WaitForBalance(token, 1), 1);
  const auto ledger = Ledger(token);
  ASSERT_EQ(CountReason(ledger, "returned"), 1);
  EXPECT_EQ(ledger.front().at("optimizationId").as_string(), started.Field("optimizationId"));
}

TEST_F(BillingApi, AdminsGrantAndRemoveCreditsWithAReason) {
  const std::string admin = server().VerifiedUser("banker");
  const std::string member = server().VerifiedUser("customer");
  const std::string member_id = UserId(member);
  const auto adjust = [&](const std::string& token, long long delta, const std::string& reason) {
    return server().Send("POST", "/api/v1/admin/users/" + member_id + "/credits",
                         json::serialize(json::object{{"delta", delta}, {"reason", reason}}),
                         {"Content-Type: application/json", "Authorization: Bearer " + token});
  };
  EXPECT_EQ(adjust(member, 100, "free money").status, 403);  // not an admin
  // The operator makes an account an admin on the command line.
  const std::string where =
      " --data-dir '" + server().data_dir().string() + "'" +
      (database_url_.empty() ? "" : " --database-url '" + database_url_ + "'");
  const std::string admin_email = server().Get("/api/v1/users/me", admin).Field("email");
  const auto [granted, output] = RunResumax("admin grant " + admin_email + where);
  ASSERT_EQ(granted, 0) << output;

  const auto added = adjust(admin, 5, "Goodwill after an outage");
  ASSERT_EQ(added.status, 200) << added.body;
  EXPECT_EQ(added.Json().at("balance").as_int64(), 6);
  const auto too_much = adjust(admin, -100, "Chargeback");
  EXPECT_EQ(too_much.status, 409);
  EXPECT_EQ(too_much.Field("code"), "insufficient_credits");
  EXPECT_EQ(adjust(admin, 0, "nothing").status, 422);
  EXPECT_EQ(adjust(admin, 1, "").status, 422);
  const auto removed = adjust(admin, -6, "Chargeback");
  ASSERT_EQ(removed.status, 200) << removed.body;
  EXPECT_EQ(removed.Json().at("balance").as_int64(), 0);
  const auto nobody =
      server().Send("POST", "/api/v1/admin/users/00000000-0000-4000-8000-000000000000/credits",
                    R"({"delta":1,"reason":"x"})",
                    {"Content-Type: application/json", "Authorization: Bearer " + admin});
  EXPECT_EQ(nobody.status, 404);

  const auto ledger = Ledger(member);
  ASSERT_EQ(CountReason(ledger, "manual"), 2);
  EXPECT_EQ(ledger.front().at("note").as_string(), "Chargeback");
  const auto audit = server().Get("/api/v1/admin/audit?event=admin_credits_adjusted", admin);
  ASSERT_EQ(audit.status, 200) << audit.body;
  EXPECT_EQ(audit.Json().at("items").as_array().size(), 2U) << audit.body;
}

TEST(BillingOff, WithoutTheFlagNothingCostsAndNoBillingRouteAnswers) {
  Env environment;
  if (const auto url = FreshDatabaseUrl(); !url.empty()) environment["RESUMAX_DATABASE_URL"] = url;
  ServerProcess server(environment);
  const std::string token = server.VerifiedUser("freeloader");
  const auto off = server.Get("/api/v1/billing/credits", token);
  ASSERT_EQ(off.status, 200) << off.body;
  EXPECT_EQ(off.body, R"({"enabled":false})");  // no balance, no packs: nothing to show
  for (const auto& [method, path] : std::vector<std::pair<std::string, std::string>>{
           {"GET", "/api/v1/billing/ledger"}, {"POST", "/api/v1/billing/checkout"}}) {
    const auto answer =
        server.Send(method, path, R"({"packId":"starter"})",
                    {"Content-Type: application/json", "Authorization: Bearer " + token});
    EXPECT_EQ(answer.status, 404) << path;
    EXPECT_EQ(answer.Field("code"), "billing_disabled") << path;
  }
  const std::string event = CheckoutCompleted("evt_off", "cs_off", "u", "starter", "pi_off");
  const auto webhook =
      server.Send("POST", "/api/v1/billing/webhook", event,
                  {"Content-Type: application/json", "Stripe-Signature: " + Sign(event, Now())});
  EXPECT_EQ(webhook.status, 404);
  // Optimizations cost nothing and are not limited by any balance.
  const std::string resume = UploadParsedResume(server, token);
  const std::string job = AddBackendJob(server, token);
  for (int i = 0; i < 2; ++i) {
    const auto started =
        server.Send("POST", "/api/v1/optimize",
                    json::serialize(json::object{{"resumeId", resume}, {"jobDescriptionId", job}}),
                    {"Content-Type: application/json", "Authorization: Bearer " + token});
    ASSERT_EQ(started.status, 202) << started.body;
    const auto finished =
        WaitForField(server, "/api/v1/optimize/" + started.Field("optimizationId"), token, "status",
                     {"completed", "failed"});
    EXPECT_EQ(finished.Field("status"), "completed");
    EXPECT_EQ(finished.Json().at("creditsSpent").as_int64(), 0);
  }
}

TEST(BillingConfig, BillingOnWithoutItsSettingsRefusesToStart) {
  const auto data = std::filesystem::temp_directory_path() /
                    ("resumax-billing-config-" + std::to_string(::getpid()));
  const std::string where = " --port 0 --data-dir '" + data.string() + "'";
  const auto [no_key, why_key] = RunResumax("serve --billing stripe" + where);
  EXPECT_NE(no_key, 0);
  EXPECT_NE(why_key.find("RESUMAX_STRIPE_SECRET_KEY"), std::string::npos) << why_key;
  const auto [bad_packs, why_packs] = RunResumax(
      "serve --billing stripe --stripe-secret-key sk_test_x --stripe-webhook-secret whsec_x "
      "--credit-packs 'starter:ten:price_1:900:usd'" +
      where);
  EXPECT_NE(bad_packs, 0);
  EXPECT_NE(why_packs.find("RESUMAX_CREDIT_PACKS"), std::string::npos) << why_packs;
  const auto [unknown, why_unknown] = RunResumax("serve --billing paypal" + where);
  EXPECT_NE(unknown, 0);
  EXPECT_NE(why_unknown.find("RESUMAX_BILLING"), std::string::npos) << why_unknown;
  std::filesystem::remove_all(data);
}

}  // namespace
}  // namespace resumax::testing
