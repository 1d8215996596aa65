#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include "http/client_address.h"
#include "http/pipeline.h"

namespace resumax::http {

struct ServerSettings {
  std::string host = "127.0.0.1";
  unsigned short port = 8080;
  int io_threads = 0;              // 0: one per core
  int offload_threads = 4;         // for routes marked offload (password hashing)
  int heavy_threads = 2;           // for routes marked heavy (rendering)
  int max_connections = 1024;      // open connections per process; more are closed at once
  TrustedProxies trusted_proxies;  // peers whose X-Forwarded-For names the client
  // On SIGTERM: `draining` is set at once (GET /readyz answers 503, so a load balancer stops
  // sending new requests), the listener keeps accepting for `drain_delay` (what a balancer
  // still sends meanwhile is served), then closes, and the requests in flight get up to
  // `shutdown_grace` to finish.
  std::chrono::milliseconds drain_delay{0};
  std::chrono::milliseconds shutdown_grace{20000};
  std::atomic<bool>* draining = nullptr;
  // Called once on the stop signal, on an I/O thread (must not block): the background
  // workers stop taking jobs at once, while the HTTP side drains.
  std::function<void()> on_stop_signal;
};

// The HTTP/1.1 listener (Boost.Beast): keep-alive, header and body limits, timeouts, and a
// graceful stop on SIGINT/SIGTERM that drains (see ServerSettings) and finishes the requests in
// flight.
class Server {
 public:
  Server(ServerSettings settings, const Pipeline& pipeline);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the port (throws when it cannot) and returns the port actually bound.
  unsigned short Bind();
  // Serves until a stop signal arrives and the requests in flight are done.
  void Run();

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace resumax::http
