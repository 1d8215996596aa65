// The API and the background workers in separate processes (`serve --workers 0` beside
// `resumax worker`), graceful draining on SIGTERM, and the operator's `resumax jobs` command.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/json.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <thread>

#include "harness.h"

namespace resumax::testing {
namespace {

namespace json = boost::json;

// A data dir both processes share (keys, stored files, outbox), and on PostgreSQL one database.
struct SharedSetup {
  SharedSetup() {
    char pattern[] = "/tmp/resumax-processes.XXXXXX";
    dir = ::mkdtemp(pattern);
    environment["RESUMAX_DATA_DIR"] = dir.string();
    if (UsesPostgres()) environment["RESUMAX_DATABASE_URL"] = FreshDatabaseUrl();
  }
  ~SharedSetup() {
    std::error_code ignored;
    std::filesystem::remove_all(dir, ignored);
  }
  std::string DatabaseFlag() const {
    return UsesPostgres() ? "--database-url '" + environment.at("RESUMAX_DATABASE_URL") + "'"
                          : "--data-dir " + dir.string();
  }
  std::filesystem::path dir;
  Env environment;
};

TEST(Processes, AnApiNodeWithoutWorkersAndAWorkerProcessDoTheJourneyTogether) {
  SharedSetup shared;
  Env api_env = shared.environment;
  api_env["RESUMAX_WORKERS"] = "0";
  ServerProcess api(api_env);
  Env worker_env = shared.environment;
  // On PostgreSQL the worker hears of new jobs by LISTEN/NOTIFY: with polling turned down to
  // once a minute, the journey below only finishes in time if the wake-ups work.
  worker_env["RESUMAX_JOB_POLL_MS"] = UsesPostgres() ? "60000" : "200";
  ServerProcess worker(worker_env, "worker");

  // The worker serves probes and metrics, not the API.
  EXPECT_EQ(worker.Get("/readyz").status, 200);
  EXPECT_EQ(worker.Get("/api/v1/users/me").status, 404);
  EXPECT_EQ(worker.PostJson("/api/v1/auth/login", {{"email", "a@example.com"}}).status, 404);

  // Mail (the verification link), the parse and the optimization all run in the worker.
  const std::string token = api.VerifiedUser("split");
  const std::string resume = UploadParsedResume(api, token);
  EXPECT_EQ(api.Get("/api/v1/resumes/" + resume, token).Field("parseStatus"), "completed");
  const std::string job = AddBackendJob(api, token);
  const auto started =
      api.PostJson("/api/v1/optimize", {{"resumeId", resume}, {"jobDescriptionId", job}}, token);
  ASSERT_EQ(started.status, 202) << started.body;
  // The event stream on the API node hears of the run in the worker process (PostgreSQL:
  // NOTIFY relays the worker's events; SQLite: the stream polls) and ends with the result.
  const auto stream =
      api.Get("/api/v1/optimize/" + started.Field("optimizationId") + "/events", token);
  EXPECT_EQ(stream.status, 200);
  EXPECT_NE(stream.body.find("event: completed"), std::string::npos) << stream.body;
  const auto done = WaitForField(api, "/api/v1/optimize/" + started.Field("optimizationId"), token,
                                 "status", {"completed", "failed"});
  EXPECT_EQ(done.Field("status"), "completed") << done.body;

  // The queue as the operator sees it: every job succeeded, none left waiting or dead.
  const auto metrics = worker.Get("/metrics").body;
  EXPECT_NE(metrics.find("resumax_queue_depth{status=\"dead\"} 0"), std::string::npos) << metrics;
  EXPECT_NE(metrics.find("resumax_queue_depth{status=\"queued\"} 0"), std::string::npos);
  const auto [status, listed] =
      RunResumax("jobs list --json --status succeeded " + shared.DatabaseFlag());
  ASSERT_EQ(status, 0) << listed;
  const auto jobs = json::parse(listed.substr(listed.find('['))).as_array();
  std::set<std::string> kinds;
  for (const auto& entry : jobs) {
    kinds.insert(std::string(entry.at("kind").as_string()));
    EXPECT_FALSE(entry.as_object().contains("payload")) << "payloads are never shown";
  }
  EXPECT_TRUE(kinds.contains("mail.send")) << listed;
  EXPECT_TRUE(kinds.contains("optimize.run")) << listed;
  EXPECT_EQ(listed.find("Senior Backend"), std::string::npos) << "no user data in the listing";

  // Only dead jobs are requeued or discarded; the command says why not.
  const std::string succeeded = std::string(jobs.at(0).at("id").as_string());
  const auto [retry_status, retry_output] =
      RunResumax("jobs retry " + succeeded + " " + shared.DatabaseFlag());
  EXPECT_EQ(retry_status, 1);
  EXPECT_NE(retry_output.find("is succeeded, not dead"), std::string::npos) << retry_output;
  const auto [discard_status, discard_output] =
      RunResumax("jobs discard not-an-id " + shared.DatabaseFlag());
  EXPECT_EQ(discard_status, 1);
  EXPECT_NE(discard_output.find("not a job id"), std::string::npos) << discard_output;
  const auto [all_status, all_output] =
      RunResumax("jobs retry --all-dead " + shared.DatabaseFlag());
  EXPECT_EQ(all_status, 0) << all_output;
  EXPECT_NE(all_output.find("0 jobs requeued"), std::string::npos) << all_output;
}

// On SIGTERM a node first reports not ready (a balancer stops sending) while it still serves
// what arrives, then stops accepting and exits cleanly.
TEST(Processes, SigtermDrainsReadinessFirstThenExitsCleanly) {
  ServerProcess server(Env{{"RESUMAX_DRAIN_DELAY_MS", "1500"}});
  ASSERT_EQ(server.Get("/readyz").status, 200);
  ASSERT_EQ(::kill(server.pid(), SIGTERM), 0);
  HttpResponse readiness;
  for (int i = 0; i < 100; ++i) {
    readiness = server.Get("/readyz");
    if (readiness.status == 503) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_EQ(readiness.status, 503);
  EXPECT_EQ(readiness.Field("status"), "draining");
  // Still serving during the drain delay.
  EXPECT_EQ(server.Get("/healthz").status, 200);
  EXPECT_NE(server.Get("/metrics").body.find("resumax_draining 1"), std::string::npos);
  EXPECT_EQ(server.Wait(), 0);
}

// Attempts to sign in to one account with a wrong password, alternating between two nodes:
// how many were refused with 429.
int RefusedLogins(ServerProcess& a, ServerProcess& b, const std::string& email, int attempts) {
  int refused = 0;
  for (int i = 0; i < attempts; ++i) {
    const auto response =
        (i % 2 == 0 ? a : b)
            .PostJson("/api/v1/auth/login", {{"email", email}, {"password", "not the password 1"}});
    // Wrong (401), a challenge to solve first after five failures (428), or over the limit.
    EXPECT_TRUE(response.status == 401 || response.status == 428 || response.status == 429)
        << response.body;
    if (response.status == 429) ++refused;
  }
  return refused;
}

// Two API nodes and Redis: the login limit is one limit, not one per node; when Redis dies
// each node falls back to its own limits (requests keep being answered), and once Redis is
// back the limit is shared again.
TEST(Processes, RateLimitsAreSharedThroughRedisAndSurviveItsLoss) {
  RedisServer redis;
  SharedSetup shared;
  Env env = shared.environment;
  env["RESUMAX_REDIS_URL"] = redis.Url();
  env["RESUMAX_AUTH_REQUESTS_PER_MINUTE"] = "10";
  ServerProcess a(env);
  Env b_env = env;
  b_env["RESUMAX_WORKERS"] = "0";
  ServerProcess b(b_env);

  // 10 a minute per address and per account: 20 attempts over both nodes meet 429 from the
  // eleventh on (a token may refill while they run), where each node alone would allow 10.
  EXPECT_GE(RefusedLogins(a, b, UniqueEmail("shared-limit"), 20), 9);

  redis.Kill();
  const std::string during = UniqueEmail("redis-down");
  // Answered by each node's own buckets meanwhile: never an error.
  const int refused_without_redis = RefusedLogins(a, b, during, 6);
  EXPECT_EQ(refused_without_redis, 0);
  EXPECT_EQ(a.Get("/readyz").status, 200);
  EXPECT_EQ(b.Get("/healthz").status, 200);

  redis.Start();
  // The client reconnects at most once a second.
  std::this_thread::sleep_for(std::chrono::milliseconds(1200));
  EXPECT_GE(RefusedLogins(a, b, UniqueEmail("redis-back"), 20), 9);
}

// Redis pub/sub carries events between nodes: a stream on an API node without workers (node B)
// hears of an optimization another node's worker ran, on SQLite as on PostgreSQL.
TEST(Processes, EventsReachAStreamOnAnotherNodeThroughRedis) {
  RedisServer redis;
  SharedSetup shared;
  Env env = shared.environment;
  env["RESUMAX_REDIS_URL"] = redis.Url();
  ServerProcess a(env);
  Env b_env = env;
  b_env["RESUMAX_WORKERS"] = "0";
  ServerProcess b(b_env);
  const std::string token = b.VerifiedUser("events");
  const std::string resume = UploadParsedResume(b, token);
  const std::string job = AddBackendJob(b, token);
  const auto started =
      b.PostJson("/api/v1/optimize", {{"resumeId", resume}, {"jobDescriptionId", job}}, token);
  ASSERT_EQ(started.status, 202) << started.body;
  const auto stream =
      b.Get("/api/v1/optimize/" + started.Field("optimizationId") + "/events", token);
  EXPECT_EQ(stream.status, 200);
  EXPECT_NE(stream.body.find("event: completed"), std::string::npos) << stream.body;
  // The job description's analysis is shared through Redis for the other nodes' workers.
  const auto [status, keys] =
      RunCommand("redis-cli -u " + redis.Url() + " --scan --pattern 'resumax:jd-analysis:*'");
  EXPECT_EQ(status, 0) << keys;
  EXPECT_NE(keys.find("resumax:jd-analysis:v1:"), std::string::npos) << keys;
}

std::string LogOf(const ServerProcess& server) {
  std::ifstream in(server.data_dir() / ("server-" + std::to_string(server.port()) + ".log"));
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Two API nodes on one PostgreSQL database and no Redis: the one that starts second warns that
// each counts rate limits alone.
TEST(Processes, SeveralApiNodesWithoutRedisWarn) {
  if (!UsesPostgres()) GTEST_SKIP() << "several nodes share PostgreSQL";
  SharedSetup shared;
  Env env = shared.environment;
  env["RESUMAX_LOG_LEVEL"] = "info";
  ServerProcess first(env);
  ServerProcess second(env);
  std::string log;
  for (int i = 0; i < 100 && log.find("rate_limits_per_node") == std::string::npos; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    log = LogOf(second);
  }
  EXPECT_NE(log.find("\"apiNodes\":2"), std::string::npos) << log;
  EXPECT_EQ(LogOf(first).find("rate_limits_per_node"), std::string::npos)
      << "alone when it started";
}

TEST(Processes, AWorkerNeedsWorkers) {
  SharedSetup shared;
  const auto [status, output] = RunResumax("worker --workers 0 --port 0 " + shared.DatabaseFlag());
  EXPECT_EQ(status, 2) << output;
  EXPECT_NE(output.find("RESUMAX_WORKERS"), std::string::npos) << output;
}

}  // namespace
}  // namespace resumax::testing
