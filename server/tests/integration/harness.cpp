#include "harness.h"

#include <arpa/inet.h>
#include <curl/curl.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace resumax::testing {
namespace {

std::size_t Collect(char* data, std::size_t size, std::size_t count, void* user) {
  static_cast<std::string*>(user)->append(data, size * count);
  return size * count;
}

std::size_t CollectHeader(char* data, std::size_t size, std::size_t count, void* user) {
  auto* response = static_cast<HttpResponse*>(user);
  std::string line(data, size * count);
  const auto colon = line.find(':');
  if (colon != std::string::npos) {
    std::string name = line.substr(0, colon);
    std::transform(name.begin(), name.end(), name.begin(), ::tolower);
    std::string value = line.substr(colon + 1);
    value.erase(0, value.find_first_not_of(' '));
    while (!value.empty() && (value.back() == '\r' || value.back() == '\n')) value.pop_back();
    if (name == "set-cookie") response->set_cookies.push_back(value);
    response->headers[name] = value;
  }
  return size * count;
}

}  // namespace

bool UsesPostgres() {
  const char* which = std::getenv("RESUMAX_TEST_DATABASE");
  return which && std::string(which) == "postgres";
}

boost::json::value HttpResponse::Json() const { return boost::json::parse(body); }

std::string HttpResponse::Field(const std::string& name) const {
  boost::system::error_code ec;
  auto value = boost::json::parse(body, ec);
  if (ec || !value.is_object()) return {};
  const auto* field = value.as_object().if_contains(name);
  return field && field->is_string() ? std::string(field->as_string()) : std::string();
}

NodePeer::NodePeer(const std::string& script, const std::vector<std::string>& arguments) {
  int pipe_fds[2];
  if (::pipe(pipe_fds) != 0) throw std::runtime_error("pipe failed");
  std::vector<std::string> argv_text = {"node", script, "0"};
  argv_text.insert(argv_text.end(), arguments.begin(), arguments.end());
  std::vector<char*> argv;
  for (auto& argument : argv_text) argv.push_back(argument.data());
  argv.push_back(nullptr);
  pid_ = ::fork();
  if (pid_ == 0) {
    ::dup2(pipe_fds[1], STDOUT_FILENO);
    ::close(pipe_fds[0]);
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    ::execvp("node", argv.data());
    ::_exit(127);
  }
  ::close(pipe_fds[1]);
  std::string line;
  char c = 0;
  while (::read(pipe_fds[0], &c, 1) == 1 && c != '\n') line.push_back(c);
  ::close(pipe_fds[0]);
  if (line.find("listening") == std::string::npos) {
    throw std::runtime_error(script + ": " + line);
  }
  port_ = line.substr(line.rfind(' ') + 1);
}

NodePeer::~NodePeer() {
  ::kill(pid_, SIGTERM);
  ::waitpid(pid_, nullptr, 0);
}

unsigned short FreePort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = 0;
  ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
  socklen_t length = sizeof address;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
  const unsigned short port = ntohs(address.sin_port);
  ::close(fd);
  return port;
}

RedisServer::RedisServer() : port_(FreePort()) { Start(); }

RedisServer::~RedisServer() { Kill(); }

void RedisServer::Start() {
  const pid_t parent = ::getpid();
  pid_ = ::fork();
  if (pid_ == 0) {
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent) ::_exit(1);
    const int null = ::open("/dev/null", O_WRONLY);
    ::dup2(null, STDOUT_FILENO);
    ::dup2(null, STDERR_FILENO);
    const std::string port = std::to_string(port_);
    ::execlp("redis-server", "redis-server", "--port", port.c_str(), "--bind", "127.0.0.1",
             "--save", "", "--appendonly", "no", "--daemonize", "no", static_cast<char*>(nullptr));
    ::_exit(127);
  }
  for (int attempt = 0; attempt < 200; ++attempt) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(port_);
    const bool up = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    ::close(fd);
    if (up) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(25));
  }
  throw std::runtime_error("redis-server did not start (is it installed? scripts/install-deps)");
}

void RedisServer::Kill() {
  if (pid_ <= 0) return;
  ::kill(pid_, SIGKILL);
  int status = 0;
  ::waitpid(pid_, &status, 0);
  pid_ = -1;
}

std::string RedisServer::Url() const { return "redis://127.0.0.1:" + std::to_string(port_); }

ServerProcess::ServerProcess(Env environment, const std::string& command) {
  if (const auto given = environment.find("RESUMAX_DATA_DIR"); given != environment.end()) {
    data_dir_ = given->second;
    owns_data_dir_ = false;
  } else {
    char pattern[] = "/tmp/resumax-api-test.XXXXXX";
    data_dir_ = ::mkdtemp(pattern);
  }
  const auto given_port = environment.find("RESUMAX_PORT");
  port_ = given_port != environment.end()
              ? static_cast<unsigned short>(std::stoi(given_port->second))
              : FreePort();
  environment.try_emplace("RESUMAX_PUBLIC_URL", "http://127.0.0.1:" + std::to_string(port_));
  // No web app unless a test brings one.
  environment.try_emplace("RESUMAX_WEB_DIR", (data_dir_ / "no-web-app").string());
  environment.try_emplace("RESUMAX_PORT", std::to_string(port_));
  environment.try_emplace("RESUMAX_DATA_DIR", data_dir_.string());
  environment.try_emplace("RESUMAX_JWT_SECRET", "test-secret-test-secret-test-secret-0123");
  environment.try_emplace("RESUMAX_AUTH_REQUESTS_PER_MINUTE", "100000");
  // Proofs of work a test solves in a fraction of a second.
  environment.try_emplace("RESUMAX_CHALLENGE_MAX_NUMBER", "5000");
  environment.try_emplace("RESUMAX_LOG_LEVEL", "warn");
  if (UsesPostgres() && !environment.contains("RESUMAX_DATABASE_URL")) {
    environment.emplace("RESUMAX_DATABASE_URL", FreshDatabaseUrl());
  }
  std::vector<std::string> entries;
  for (char** entry = environ; *entry; ++entry) {
    const std::string text(*entry);
    // The test's own variables win over the inherited ones of the same name.
    const std::string name = text.substr(0, text.find('='));
    if (!text.starts_with("RESUMAX_") && !environment.contains(name)) entries.push_back(text);
  }
  for (const auto& [name, value] : environment) entries.push_back(name + "=" + value);
  std::vector<char*> envp;
  for (auto& entry : entries) envp.push_back(entry.data());
  envp.push_back(nullptr);

  const std::string log_path = (data_dir_ / ("server-" + std::to_string(port_) + ".log")).string();
  const pid_t parent = ::getpid();
  pid_ = ::fork();
  if (pid_ == 0) {
    // The server dies with the test process, even when a failed test aborts it.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent) ::_exit(1);
    std::FILE* log = std::freopen(log_path.c_str(), "w", stdout);
    if (log) ::dup2(::fileno(stdout), STDERR_FILENO);
    char binary[] = RESUMAX_BINARY;
    std::string subcommand = command;
    char* argv[] = {binary, subcommand.data(), nullptr};
    ::execve(binary, argv, envp.data());
    ::_exit(127);
  }
  // A minute: an imported taxonomy of tens of thousands of entries loads slowly under ASan.
  for (int attempt = 0; attempt < 1200; ++attempt) {
    if (Send("GET", "/healthz", "", {}).status == 200) return;
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      std::ifstream log(log_path);
      std::stringstream text;
      text << log.rdbuf();
      throw std::runtime_error("resumax " + command + " exited at start:\n" + text.str());
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  throw std::runtime_error("resumax " + command + " did not become healthy");
}

ServerProcess::ServerProcess(unsigned short port, std::filesystem::path data_dir)
    : data_dir_(std::move(data_dir)), owns_data_dir_(false), port_(port) {}

ServerProcess::~ServerProcess() {
  Stop();
  if (owns_data_dir_) {
    std::error_code ignored;
    std::filesystem::remove_all(data_dir_, ignored);
  }
}

void ServerProcess::Kill() {
  if (pid_ <= 0) return;
  ::kill(pid_, SIGKILL);
  int status = 0;
  ::waitpid(pid_, &status, 0);
  pid_ = -1;
}

std::vector<std::string> ServerProcess::MailsTo(const std::string& email, std::size_t count) const {
  std::vector<std::string> found;
  for (int attempt = 0; attempt < 300; ++attempt) {
    found.clear();
    for (const auto& message : Outbox()) {
      if (message.find("To: " + email + "\r") != std::string::npos ||
          message.find("To: " + email + "\n") != std::string::npos) {
        found.push_back(message);
      }
    }
    if (found.size() >= count) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return found;
}

std::string ServerProcess::VerifiedUser(const std::string& tag) {
  const std::string email = UniqueEmail(tag);
  const auto registered = PostJson("/api/v1/auth/register",
                                   {{"email", email}, {"password", kGoodPassword}, {"name", tag}});
  if (registered.status != 201) throw std::runtime_error("register failed: " + registered.body);
  std::string token;
  for (const auto& message : MailsTo(email)) token = TokenFromEmail(message);
  if (PostJson("/api/v1/auth/verify", {{"token", token}}).status != 200) {
    throw std::runtime_error("verification failed");
  }
  return registered.Field("accessToken");
}

HttpResponse ServerProcess::Upload(const std::string& url, const std::string& content_type,
                                   const std::string& bytes) {
  const std::string prefix = "http://127.0.0.1:" + std::to_string(port_);
  // Straight to the file store when it is S3 (a presigned URL), else to this server.
  if (!url.starts_with(prefix)) return SendTo("PUT", url, bytes, {"Content-Type: " + content_type});
  return Send("PUT", url.substr(prefix.size()), bytes, {"Content-Type: " + content_type});
}

int ServerProcess::Stop() {
  if (pid_ <= 0) return -1;
  ::kill(pid_, SIGTERM);
  int status = 0;
  ::waitpid(pid_, &status, 0);
  pid_ = -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

int ServerProcess::Wait() {
  if (pid_ <= 0) return -1;
  int status = 0;
  ::waitpid(pid_, &status, 0);
  pid_ = -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

HttpResponse ServerProcess::Send(const std::string& method, const std::string& path,
                                 const std::string& body, const std::vector<std::string>& headers) {
  return SendTo(method, "http://127.0.0.1:" + std::to_string(port_) + path, body, headers);
}

HttpResponse SendTo(const std::string& method, const std::string& url, const std::string& body,
                    const std::vector<std::string>& headers) {
  HttpResponse response;
  CURL* curl = curl_easy_init();
  curl_slist* list = nullptr;
  for (const auto& header : headers) list = curl_slist_append(list, header.c_str());
  list = curl_slist_append(list, "Expect:");
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method.c_str());
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, list);
  if (!body.empty() || method == "POST" || method == "PUT" || method == "PATCH") {
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.data());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
  }
  if (method == "HEAD") curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &Collect);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response.body);
  curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &CollectHeader);
  curl_easy_setopt(curl, CURLOPT_HEADERDATA, &response);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, 60L);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  if (curl_easy_perform(curl) == CURLE_OK) {
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
  }
  curl_slist_free_all(list);
  curl_easy_cleanup(curl);
  return response;
}

HttpResponse ServerProcess::Get(const std::string& path, const std::string& bearer) {
  std::vector<std::string> headers;
  if (!bearer.empty()) headers.push_back("Authorization: Bearer " + bearer);
  return Send("GET", path, "", headers);
}

HttpResponse ServerProcess::PostJson(const std::string& path, const boost::json::value& body,
                                     const std::string& bearer) {
  std::vector<std::string> headers{"Content-Type: application/json"};
  if (!bearer.empty()) headers.push_back("Authorization: Bearer " + bearer);
  return Send("POST", path, boost::json::serialize(body), headers);
}

HttpResponse ServerProcess::PutJson(const std::string& path, const boost::json::value& body,
                                    const std::string& bearer) {
  return Send("PUT", path, boost::json::serialize(body),
              {"Content-Type: application/json", "Authorization: Bearer " + bearer});
}

std::string ServerProcess::SendRaw(const std::string& bytes) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = htons(port_);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    ::close(fd);
    return {};
  }
  timeval timeout{5, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  std::size_t sent = 0;
  while (sent < bytes.size()) {
    const ssize_t n = ::send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) break;
    sent += static_cast<std::size_t>(n);
  }
  ::shutdown(fd, SHUT_WR);
  std::string reply;
  char buffer[4096];
  while (true) {
    const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
    if (n <= 0) break;
    reply.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return reply;
}

std::vector<std::string> ServerProcess::Outbox() const {
  std::vector<std::filesystem::path> files;
  const auto outbox = data_dir_ / "outbox";
  if (std::filesystem::exists(outbox)) {
    for (const auto& entry : std::filesystem::directory_iterator(outbox)) {
      if (entry.path().extension() == ".eml") files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> bodies;
  for (const auto& file : files) {
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    bodies.push_back(text.str());
  }
  return bodies;
}

std::string Fixture(const std::string& relative_path) {
  std::ifstream in(std::string(RESUMAX_FIXTURES) + "/" + relative_path, std::ios::binary);
  if (!in) throw std::runtime_error("missing fixture " + relative_path);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

HttpResponse WaitForField(ServerProcess& server, const std::string& path, const std::string& token,
                          const std::string& field, const std::vector<std::string>& values) {
  HttpResponse response;
  for (int attempt = 0; attempt < 300; ++attempt) {
    response = server.Get(path, token);
    const std::string value = response.Field(field);
    if (std::find(values.begin(), values.end(), value) != values.end()) return response;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return response;
}

std::string PathOf(const std::string& url) {
  const std::size_t scheme = url.find("://");
  const std::size_t slash = url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  return slash == std::string::npos ? url : url.substr(slash);
}

std::string FreshDatabaseUrl() {
  if (!UsesPostgres()) return {};
  const char* base = std::getenv("RESUMAX_TEST_POSTGRES_URL");
  if (!base) throw std::runtime_error("RESUMAX_TEST_POSTGRES_URL is not set");
  static std::atomic<int> counter{0};
  const std::string name = "api_" + std::to_string(::getpid()) + "_" + std::to_string(++counter);
  const std::string command =
      std::string("psql -q -X \"") + base + "\" -c 'CREATE DATABASE " + name + "' >/dev/null";
  if (std::system(command.c_str()) != 0) throw std::runtime_error("cannot create " + name);
  const std::string url(base);
  return url.substr(0, url.rfind('/') + 1) + name;
}

std::string UniqueEmail(const std::string& tag) {
  static std::atomic<int> counter{0};
  const auto now = std::chrono::steady_clock::now().time_since_epoch().count();
  return tag + "." + std::to_string(::getpid()) + "." + std::to_string(now % 1000000007) + "." +
         std::to_string(++counter) + "@example.com";
}

std::string TokenFromEmail(const std::string& email_text) {
  const auto start = email_text.find("token=");
  if (start == std::string::npos) return {};
  const auto end = email_text.find_first_of("\r\n ", start);
  return email_text.substr(start + 6, end - start - 6);
}

std::pair<int, std::string> RunResumax(const std::string& arguments) {
  return RunCommand(std::string(RESUMAX_BINARY) + " " + arguments);
}

std::pair<int, std::string> RunCommand(const std::string& command_line) {
  const std::string command = command_line + " 2>&1";
  std::string output;
  FILE* pipe = ::popen(command.c_str(), "r");
  char buffer[4096];
  while (pipe && std::fgets(buffer, sizeof buffer, pipe)) output += buffer;
  const int status = pipe ? ::pclose(pipe) : -1;
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
}

std::string UploadParsedResume(ServerProcess& server, const std::string& token) {
  return UploadParsedFile(server, token, "cv.pdf", "application/pdf", Fixture("api/resume.pdf"));
}

std::string UploadParsedFile(ServerProcess& server, const std::string& token,
                             const std::string& filename, const std::string& mime_type,
                             const std::string& bytes) {
  const auto presigned = server.PostJson(
      "/api/v1/resumes/presign",
      {{"filename", filename}, {"mimeType", mime_type}, {"size", bytes.size()}}, token);
  server.Upload(presigned.Field("uploadUrl"), mime_type, bytes);
  const std::string id = presigned.Field("resumeId");
  server.PostJson("/api/v1/resumes/" + id + "/parse", boost::json::object{}, token);
  WaitForField(server, "/api/v1/resumes/" + id, token, "parseStatus", {"completed", "failed"});
  return id;
}

std::string AddBackendJob(ServerProcess& server, const std::string& token) {
  return server
      .PostJson("/api/v1/job-descriptions",
                {{"title", "Senior Backend Engineer"}, {"text", kBackendJob}}, token)
      .Field("id");
}

std::string SolvedChallenge(ServerProcess& server) {
  const auto challenge = server.Get("/api/v1/auth/challenge");
  if (challenge.status != 200) throw std::runtime_error("no challenge: " + challenge.body);
  const std::string support = std::filesystem::path(RESUMAX_FAKE_LLM).parent_path().string();
  const auto [status, output] =
      RunCommand("node '" + support + "/solve-altcha.mjs' '" + challenge.body + "'");
  if (status != 0) throw std::runtime_error("solving failed: " + output);
  return output;
}

}  // namespace resumax::testing
