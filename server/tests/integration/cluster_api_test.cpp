// The distributed setup with real parts: PostgreSQL, Redis, the S3 server, HAProxy in front of
// two `serve --workers 0` API nodes, and two `resumax worker` processes. Many users optimize
// through the balancer while a worker is killed and an API node restarts; a rolling restart of
// both API nodes under steady load; events across nodes. PostgreSQL only (the distributed
// setup needs it); prints its figures (throughput, optimize latency, events across nodes).
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <boost/json.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <vector>

#include "harness.h"

namespace resumax::testing {
namespace {

namespace json = boost::json;
using Clock = std::chrono::steady_clock;

constexpr int kUsers = 30;
constexpr int kOptimizationsPerUser = 10;

double Ms(Clock::duration duration) {
  return std::chrono::duration<double, std::milli>(duration).count();
}

double Percentile(std::vector<double> values, double fraction) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  return values[std::min(values.size() - 1,
                         static_cast<std::size_t>(fraction * static_cast<double>(values.size())))];
}

// HAProxy (Debian's) balancing round robin over the API nodes, with health checks on /readyz
// and retries of requests a node closed without answering.
// A timestamp as the API writes it ("2026-12-07T14:20:01.123Z").
std::optional<std::chrono::system_clock::time_point> ParseTime(const std::string& text) {
  std::tm parts{};
  int milliseconds = 0;
  if (std::sscanf(text.c_str(), "%d-%d-%dT%d:%d:%d.%dZ", &parts.tm_year, &parts.tm_mon,
                  &parts.tm_mday, &parts.tm_hour, &parts.tm_min, &parts.tm_sec,
                  &milliseconds) < 6) {
    return std::nullopt;
  }
  parts.tm_year -= 1900;
  parts.tm_mon -= 1;
  return std::chrono::system_clock::from_time_t(::timegm(&parts)) +
         std::chrono::milliseconds(milliseconds);
}

class Balancer {
 public:
  Balancer(const std::filesystem::path& dir, const std::vector<unsigned short>& nodes)
      : port_(FreePort()) {
    const auto config = dir / "haproxy.cfg";
    std::ofstream out(config);
    out << "global\n  maxconn 2000\n"
        << "defaults\n  mode http\n  timeout connect 2s\n  timeout client 90s\n"
        << "  timeout server 90s\n  timeout check 5s\n  retries 3\n  option redispatch\n"
        << "  option http-buffer-request\n  retry-on conn-failure empty-response\n"
        << "frontend api\n  bind 127.0.0.1:" << port_ << "\n  option forwardfor\n"
        << "  default_backend nodes\n"
        << "backend nodes\n  balance roundrobin\n  option httpchk GET /readyz\n"
        << "  http-check expect status 200\n  default-server inter 250ms fall 3 rise 1\n";
    for (std::size_t i = 0; i < nodes.size(); ++i) {
      out << "  server node" << i << " 127.0.0.1:" << nodes[i] << " check\n";
    }
    out.close();
    const pid_t parent = ::getpid();
    pid_ = ::fork();
    if (pid_ == 0) {
      ::prctl(PR_SET_PDEATHSIG, SIGKILL);
      if (::getppid() != parent) ::_exit(1);
      const std::string log = (dir / "haproxy.log").string();
      if (std::freopen(log.c_str(), "w", stdout)) ::dup2(::fileno(stdout), STDERR_FILENO);
      ::execlp("haproxy", "haproxy", "-db", "-f", config.c_str(), static_cast<char*>(nullptr));
      ::_exit(127);
    }
  }
  ~Balancer() {
    ::kill(pid_, SIGKILL);
    int status = 0;
    ::waitpid(pid_, &status, 0);
  }
  Balancer(const Balancer&) = delete;
  Balancer& operator=(const Balancer&) = delete;
  unsigned short port() const { return port_; }

 private:
  unsigned short port_;
  pid_t pid_ = -1;
};

class Cluster : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!UsesPostgres()) GTEST_SKIP() << "the distributed setup runs on PostgreSQL";
    const char* s3 = std::getenv("RESUMAX_TEST_S3_URL");
    if (!s3) GTEST_SKIP() << "RESUMAX_TEST_S3_URL is not set: `make test` starts the S3 server";
    char pattern[] = "/tmp/resumax-cluster.XXXXXX";
    dir_ = ::mkdtemp(pattern);
    redis_ = std::make_unique<RedisServer>();
    node_ports_ = {FreePort(), FreePort()};
    balancer_ = std::make_unique<Balancer>(dir_, node_ports_);
    common_ = {{"RESUMAX_DATA_DIR", dir_.string()},
               {"RESUMAX_DATABASE_URL", FreshDatabaseUrl()},
               {"RESUMAX_STORAGE_URL", s3},
               {"RESUMAX_REDIS_URL", redis_->Url()},
               {"RESUMAX_PUBLIC_URL", "http://127.0.0.1:" + std::to_string(balancer_->port())},
               {"RESUMAX_MASTER_KEY", std::string(64, 'a')},
               {"RESUMAX_TRUSTED_PROXIES", "127.0.0.1/32"},
               // A killed worker's job is taken over once its lease runs out.
               {"RESUMAX_JOB_LEASE_SECONDS", "5"},
               {"RESUMAX_JOB_RETRY_BASE_MS", "200"},
               {"RESUMAX_JOBS_PER_USER", "2"}};
    // The first process creates the schema; the others start once it is there.
    for (int i = 0; i < 2; ++i) StartNode(i);
    for (int i = 0; i < 2; ++i) StartWorker(i);
    lb_ = std::make_unique<ServerProcess>(balancer_->port(), dir_);
    for (int i = 0; i < 200 && lb_->Get("/readyz").status != 200; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    ASSERT_EQ(lb_->Get("/readyz").status, 200) << "the balancer does not reach the nodes";
  }

  void TearDown() override {
    lb_.reset();
    for (auto& worker : workers_) worker.reset();
    for (auto& node : nodes_) node.reset();
    balancer_.reset();
    redis_.reset();
    if (!dir_.empty()) {
      std::error_code ignored;
      std::filesystem::remove_all(dir_, ignored);
    }
  }

  void StartNode(int i) {
    Env env = common_;
    env["RESUMAX_WORKERS"] = "0";
    env["RESUMAX_PORT"] = std::to_string(node_ports_[static_cast<std::size_t>(i)]);
    // Above the balancer's 3 × 250 ms of failed checks (answered at once while draining): it
    // stops sending before the port closes.
    env["RESUMAX_DRAIN_DELAY_MS"] = "2000";
    nodes_[static_cast<std::size_t>(i)] = std::make_unique<ServerProcess>(env);
  }
  void StartWorker(int i) {
    Env env = common_;
    env["RESUMAX_WORKERS"] = "2";
    workers_[static_cast<std::size_t>(i)] = std::make_unique<ServerProcess>(env, "worker");
  }
  // SIGTERM (drain), then a new process on the same port, back in the balancer.
  void RestartNode(int i) {
    auto& node = nodes_[static_cast<std::size_t>(i)];
    EXPECT_EQ(node->Stop(), 0);
    StartNode(i);
    // The balancer's next check takes it back.
    std::this_thread::sleep_for(std::chrono::milliseconds(600));
  }
  std::string Jobs(const std::string& arguments) {
    return RunResumax("jobs list --json --limit 10000 " + arguments + " --database-url '" +
                      common_.at("RESUMAX_DATABASE_URL") + "'")
        .second;
  }

  std::filesystem::path dir_;
  std::unique_ptr<RedisServer> redis_;
  std::vector<unsigned short> node_ports_;
  std::unique_ptr<Balancer> balancer_;
  Env common_;
  std::unique_ptr<ServerProcess> nodes_[2];
  std::unique_ptr<ServerProcess> workers_[2];
  std::unique_ptr<ServerProcess> lb_;
};

TEST_F(Cluster, OptimizationsCompleteExactlyOnceThroughCrashesRestartsAndRollingDeploys) {
  // Users sign up, upload and parse a resume and save a job description, all through the
  // balancer (mail and parsing in the workers, files in S3).
  struct User {
    std::string email;
    std::string token;
    std::string resume;
    std::string job;
  };
  std::vector<User> users(kUsers);
  {
    std::vector<std::thread> threads;
    for (int u = 0; u < kUsers; ++u) {
      threads.emplace_back([&, u] {
        ServerProcess client(balancer_->port(), dir_);
        User& user = users[static_cast<std::size_t>(u)];
        user.token = client.VerifiedUser("cluster");
        user.email = client.Get("/api/v1/users/me", user.token).Field("email");
        user.resume = UploadParsedResume(client, user.token);
        user.job = AddBackendJob(client, user.token);
      });
    }
    for (auto& thread : threads) thread.join();
  }

  // 300 optimizations, each user's one after another; meanwhile a worker is killed with
  // SIGKILL and started again, and an API node is restarted.
  std::atomic<int> done{0};
  std::atomic<int> failed_requests{0};
  std::mutex mutex;
  std::vector<double> latencies;
  std::vector<std::string> ids;
  std::vector<std::string> failures;
  std::vector<int> accepts(kUsers, 0);
  std::vector<std::string> failed_polls;
  const auto load_started = Clock::now();
  std::vector<std::thread> threads;
  for (int u = 0; u < kUsers; ++u) {
    threads.emplace_back([&, u] {
      ServerProcess client(balancer_->port(), dir_);
      const User& user = users[static_cast<std::size_t>(u)];
      for (int n = 0; n < kOptimizationsPerUser; ++n) {
        const auto started = Clock::now();
        const auto response = client.PostJson(
            "/api/v1/optimize", {{"resumeId", user.resume}, {"jobDescriptionId", user.job}},
            user.token);
        if (response.status != 202) {
          ++failed_requests;
          std::lock_guard lock(mutex);
          failures.push_back("start " + std::to_string(response.status) + " " + response.body);
          continue;
        }
        const std::string id = response.Field("optimizationId");
        HttpResponse result;
        for (int attempt = 0; attempt < 1200; ++attempt) {
          result = client.Get("/api/v1/optimize/" + id, user.token);
          if (result.status != 200) {
            ++failed_requests;
            std::lock_guard lock(mutex);
            failed_polls.push_back(std::to_string(result.status) + " " +
                                   result.body.substr(0, 200));
          }
          const std::string status = result.Field("status");
          if (status == "completed" || status == "failed") break;
          std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        // Every other one is accepted (a version each), crashes and restarts notwithstanding.
        if (n % 2 == 1 && result.Field("status") == "completed") {
          const auto accepted = client.PostJson("/api/v1/optimize/" + id + "/accept",
                                                {{"applyAll", true}}, user.token);
          if (accepted.status == 201) {
            ++accepts[static_cast<std::size_t>(u)];
          } else {
            ++failed_requests;
            std::lock_guard lock(mutex);
            failures.push_back("accept " + std::to_string(accepted.status) + " " + accepted.body);
          }
        }
        std::lock_guard lock(mutex);
        if (result.Field("status") == "completed") {
          latencies.push_back(Ms(Clock::now() - started));
          ids.push_back(id);
        } else {
          failures.push_back(id + ": " + result.body);
        }
        ++done;
      }
    });
  }
  const int total = kUsers * kOptimizationsPerUser;
  while (done < total / 3) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  workers_[0]->Kill();
  StartWorker(0);
  while (done < 2 * total / 3) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  RestartNode(0);
  for (auto& thread : threads) thread.join();
  const double load_seconds = std::chrono::duration<double>(Clock::now() - load_started).count();

  EXPECT_TRUE(failures.empty()) << failures.size() << " failed, first: " << failures.front();
  EXPECT_EQ(failed_requests.load(), 0)
      << (failed_polls.empty()
              ? std::string()
              : "first failed poll: " + failed_polls.front() + "; last: " + failed_polls.back());
  EXPECT_EQ(ids.size(), static_cast<std::size_t>(total));
  EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()).size(), ids.size());
  // No job left waiting, leased or dead; exactly one optimize job per optimization.
  const auto all = json::parse(Jobs("")).as_array();
  int optimize_jobs = 0;
  for (const auto& job : all) {
    EXPECT_EQ(job.at("status").as_string(), "succeeded") << json::serialize(job);
    if (job.at("kind").as_string() == "optimize.run") ++optimize_jobs;
  }
  EXPECT_EQ(optimize_jobs, total);
  EXPECT_EQ(json::parse(Jobs("--status dead")).as_array().size(), 0U);
  // One version per accept: no request was replayed into a second one.
  for (int u = 0; u < kUsers; ++u) {
    const auto& user = users[static_cast<std::size_t>(u)];
    const auto versions = lb_->Get("/api/v1/versions?limit=100", user.token);
    ASSERT_EQ(versions.status, 200) << versions.body;
    EXPECT_EQ(versions.Json().at("items").as_array().size(),
              static_cast<std::size_t>(accepts[static_cast<std::size_t>(u)]))
        << user.email;
  }
  // One verification mail per user: no job ran its side effect twice.
  const auto outbox = lb_->Outbox();
  for (const auto& user : users) {
    ASSERT_FALSE(user.email.empty());
    const auto mails = std::count_if(outbox.begin(), outbox.end(), [&](const std::string& mail) {
      return mail.find("To: " + user.email + "\r") != std::string::npos ||
             mail.find("To: " + user.email + "\n") != std::string::npos;
    });
    EXPECT_EQ(mails, 1) << user.email;
  }

  // A rolling restart of both API nodes under a steady load sees no failed request.
  std::atomic<bool> steady{true};
  std::atomic<int> steady_requests{0};
  std::atomic<int> steady_failures{0};
  std::thread load([&] {
    ServerProcess client(balancer_->port(), dir_);
    while (steady) {
      const auto response = client.Get("/api/v1/users/me", users[0].token);
      ++steady_requests;
      if (response.status != 200) ++steady_failures;
    }
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  RestartNode(0);
  RestartNode(1);
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  steady = false;
  load.join();
  EXPECT_GT(steady_requests.load(), 0);
  EXPECT_EQ(steady_failures.load(), 0) << "of " << steady_requests.load();

  // Events across nodes: the optimization is started through node 1, its stream opened on
  // node 0, and a worker runs it.
  ServerProcess node0(node_ports_[0], dir_);
  ServerProcess node1(node_ports_[1], dir_);
  const auto started = node1.PostJson(
      "/api/v1/optimize", {{"resumeId", users[1].resume}, {"jobDescriptionId", users[1].job}},
      users[1].token);
  ASSERT_EQ(started.status, 202) << started.body;
  const auto stream =
      node0.Get("/api/v1/optimize/" + started.Field("optimizationId") + "/events", users[1].token);
  const auto stream_ended = std::chrono::system_clock::now();
  ASSERT_NE(stream.body.find("event: completed"), std::string::npos) << stream.body;
  const auto finished =
      node0.Get("/api/v1/optimize/" + started.Field("optimizationId"), users[1].token);
  double event_ms = -1;
  if (const auto completed = ParseTime(finished.Field("completedAt"))) {
    event_ms = Ms(stream_ended - *completed);
  }

  // Redis killed mid-run: requests keep succeeding (each node's own rate limits meanwhile)
  // and events still arrive (published by NOTIFY, streams polling); then it comes back.
  redis_->Kill();
  EXPECT_EQ(lb_->Get("/api/v1/users/me", users[2].token).status, 200);
  const auto without_redis = node1.PostJson(
      "/api/v1/optimize", {{"resumeId", users[2].resume}, {"jobDescriptionId", users[2].job}},
      users[2].token);
  ASSERT_EQ(without_redis.status, 202) << without_redis.body;
  const auto fallback_stream = node0.Get(
      "/api/v1/optimize/" + without_redis.Field("optimizationId") + "/events", users[2].token);
  EXPECT_NE(fallback_stream.body.find("event: completed"), std::string::npos)
      << fallback_stream.body;
  redis_->Start();
  EXPECT_EQ(lb_->Get("/readyz").status, 200);

  std::cout << "cluster figures: " << total << " optimizations by " << kUsers << " users in "
            << load_seconds << " s through the balancer (" << total / load_seconds
            << " a second; one worker killed, one API node restarted); optimize latency p50 "
            << Percentile(latencies, 0.5) << " ms, p90 " << Percentile(latencies, 0.9)
            << " ms; rolling restart: " << steady_requests.load() << " requests, "
            << steady_failures.load() << " failed; event across nodes arrived " << event_ms
            << " ms after completion\n";
}

}  // namespace
}  // namespace resumax::testing
