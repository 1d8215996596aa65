#pragma once

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <cstdio>
#include <stdexcept>
#include <string>

#include "adapters/ai/http_client.h"

// Test support: runs server/tests/support/fake-llm.mjs with node on a free port for the
// lifetime of the object.
namespace resumax::ai::testing {

class FakeLlmServer {
 public:
  FakeLlmServer() {
    int pipe_fds[2];
    if (pipe(pipe_fds) != 0) throw std::runtime_error("pipe failed");
    pid_ = fork();
    if (pid_ == 0) {
      dup2(pipe_fds[1], STDOUT_FILENO);
      close(pipe_fds[0]);
      close(pipe_fds[1]);
      execlp("node", "node", RESUMAX_FAKE_PROVIDER, "0", static_cast<char*>(nullptr));
      _exit(127);
    }
    close(pipe_fds[1]);
    FILE* out = fdopen(pipe_fds[0], "r");
    char line[256] = {};
    bool started = out && fgets(line, sizeof line, out) != nullptr;
    if (out) fclose(out);
    int port = 0;
    if (!started || std::sscanf(line, "fake-llm listening on %d", &port) != 1) {
      Stop();
      throw std::runtime_error("fake-llm did not start");
    }
    base_url_ = "http://127.0.0.1:" + std::to_string(port);
  }
  ~FakeLlmServer() { Stop(); }
  FakeLlmServer(const FakeLlmServer&) = delete;
  FakeLlmServer& operator=(const FakeLlmServer&) = delete;

  const std::string& base_url() const { return base_url_; }

  // POST /__mode, e.g. R"({"openai": {"mode": "timeout"}, "anthropic": {"mode": "ok"}})".
  void SetMode(const std::string& json) { Post("/__mode", json); }

  // Every provider request so far: [{format, path, headers, body, mode, at}].
  boost::json::array Requests() { return boost::json::parse(Post("/__requests", "{}")).as_array(); }

  size_t CountRequests(const std::string& format) {
    size_t count = 0;
    for (const auto& request : Requests()) {
      if (request.at("format").as_string() == format) ++count;
    }
    return count;
  }

 private:
  std::string Post(const std::string& path, const std::string& body) {
    HttpResponse response = http_.PostJson(base_url_ + path, {}, body, std::chrono::seconds(5));
    if (response.status != 200) throw std::runtime_error("fake-llm control failed: " + path);
    return response.body;
  }
  void Stop() {
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      waitpid(pid_, nullptr, 0);
      pid_ = -1;
    }
  }

  pid_t pid_ = -1;
  std::string base_url_;
  HttpClient http_;
};

}  // namespace resumax::ai::testing
