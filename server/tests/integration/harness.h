#pragma once

#include <boost/json/value.hpp>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace resumax::testing {

// The database the API suite runs on: RESUMAX_TEST_DATABASE=postgres uses
// RESUMAX_TEST_POSTGRES_URL, anything else a SQLite file in the server's data dir.
bool UsesPostgres();

struct HttpResponse {
  long status = 0;
  std::map<std::string, std::string> headers;  // lower-case names; last value wins
  std::vector<std::string> set_cookies;
  std::string body;
  boost::json::value Json() const;
  std::string Field(const std::string& name) const;  // a top-level string field, or empty
};

using Env = std::map<std::string, std::string>;

// A real `resumax serve` process (or `resumax worker`, with `command`) on a free port with its
// own data dir unless RESUMAX_DATA_DIR is given; stopped with SIGTERM.
class ServerProcess {
 public:
  explicit ServerProcess(Env environment = {}, const std::string& command = "serve");
  // No process: a client of what listens on `port` (a load balancer in front of servers whose
  // outbox is in `data_dir`).
  ServerProcess(unsigned short port, std::filesystem::path data_dir);
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  HttpResponse Send(const std::string& method, const std::string& path,
                    const std::string& body = "",
                    const std::vector<std::string>& headers = {"Content-Type: application/json"});
  HttpResponse Get(const std::string& path, const std::string& bearer = "");
  HttpResponse PostJson(const std::string& path, const boost::json::value& body,
                        const std::string& bearer = "");
  HttpResponse PutJson(const std::string& path, const boost::json::value& body,
                       const std::string& bearer);
  // Raw bytes over a plain socket, for requests a well-behaved client cannot send.
  std::string SendRaw(const std::string& bytes);

  // Sends SIGTERM and returns the exit status.
  int Stop();
  // Waits for the process to exit (after a signal the test sent itself); its exit status.
  int Wait();
  // Sends SIGKILL: the process dies mid-work, as in a crash.
  void Kill();

  // Registers an account, verifies it through the outbox link, returns its access token.
  std::string VerifiedUser(const std::string& tag);
  // PUTs bytes to an upload URL (absolute, as presign returned it).
  HttpResponse Upload(const std::string& url, const std::string& content_type,
                      const std::string& bytes);

  // Bodies of the .eml files in the outbox, oldest first.
  std::vector<std::string> Outbox() const;
  // The outbox messages addressed to email, oldest first, once there are at least `count` of
  // them (mail goes out from a background job), or what there is after ~15 s.
  std::vector<std::string> MailsTo(const std::string& email, std::size_t count = 1) const;

  const std::filesystem::path& data_dir() const { return data_dir_; }
  unsigned short port() const { return port_; }
  int pid() const { return pid_; }

 private:
  std::filesystem::path data_dir_;
  bool owns_data_dir_ = true;
  unsigned short port_ = 0;
  int pid_ = -1;
};

// One request to an absolute URL.
HttpResponse SendTo(const std::string& method, const std::string& url, const std::string& body,
                    const std::vector<std::string>& headers);

// A port nobody listens on now.
unsigned short FreePort();

// A protocol peer from server/tests/support run by Node as a child process on a free port
// (`node script 0 arguments...`); it prints "... listening on <port>" first. Stopped with
// SIGTERM.
class NodePeer {
 public:
  explicit NodePeer(const std::string& script, const std::vector<std::string>& arguments = {});
  ~NodePeer();
  NodePeer(const NodePeer&) = delete;
  NodePeer& operator=(const NodePeer&) = delete;
  std::string url() const { return "http://127.0.0.1:" + port_; }

 private:
  int pid_ = -1;
  std::string port_;
};

// A throwaway redis-server (no persistence) on a free port, killed with the test.
class RedisServer {
 public:
  RedisServer();
  ~RedisServer();
  RedisServer(const RedisServer&) = delete;
  RedisServer& operator=(const RedisServer&) = delete;
  // Starts it again (after Kill) on the same port, empty.
  void Start();
  // SIGKILL: Redis vanishes mid-run.
  void Kill();
  std::string Url() const;

 private:
  unsigned short port_;
  int pid_ = -1;
};

// For the PostgreSQL runs: a new, empty database in the test cluster, so that servers of
// different tests never take each other's jobs. Empty on SQLite.
std::string FreshDatabaseUrl();

// A fresh address for every call, so tests never share an account.
std::string UniqueEmail(const std::string& tag);

// The path and query of a URL the server gave (what follows "http://host:port").
std::string PathOf(const std::string& url);

// The contents of a fixture under server/tests/fixtures.
std::string Fixture(const std::string& relative_path);

// Polls GET path until field equals one of the values (or ~30 s pass); returns the last body.
HttpResponse WaitForField(ServerProcess& server, const std::string& path, const std::string& token,
                          const std::string& field, const std::vector<std::string>& values);

// The value of `token=` in the first link of an email body.
std::string TokenFromEmail(const std::string& email_text);

// Runs the resumax binary with arguments (a shell command line); answers the exit status and
// what it printed on stdout and stderr.
std::pair<int, std::string> RunResumax(const std::string& arguments);

// Runs a shell command line; answers the exit status and what it printed on stdout and stderr.
std::pair<int, std::string> RunCommand(const std::string& command_line);

// A job description the PDF fixture (fixtures/api/resume.pdf) matches in part.
inline constexpr const char* kBackendJob =
    "Senior Backend Engineer\nAbout Globex: we build payment systems.\nRequirements\n"
    "- 5+ years of experience building backend services in Go or Python\n"
    "- PostgreSQL and Docker in production\n- Kubernetes\n- Strong communication skills\n"
    "Nice to have\n- Terraform\n- AWS\n";

// Uploads the PDF fixture through presign → PUT → parse and waits for the parse; its id.
std::string UploadParsedResume(ServerProcess& server, const std::string& token);

// The same for any file: uploaded under `filename` as `mime_type`, parsed; its id.
std::string UploadParsedFile(ServerProcess& server, const std::string& token,
                             const std::string& filename, const std::string& mime_type,
                             const std::string& bytes);

// Saves kBackendJob as a pasted job description titled "Senior Backend Engineer"; its id.
std::string AddBackendJob(ServerProcess& server, const std::string& token);

// Fetches a proof-of-work challenge from GET /api/v1/auth/challenge and solves it with the
// scheme's own library (altcha-lib, through support/solve-altcha.mjs); the payload to send as
// `altcha` with a sign-in.
std::string SolvedChallenge(ServerProcess& server);

inline constexpr const char* kGoodPassword = "Plum-tree harvest 1987";

}  // namespace resumax::testing
