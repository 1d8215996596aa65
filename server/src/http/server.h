#pragma once

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
};

// The HTTP/1.1 listener (Boost.Beast): keep-alive, header and body limits, timeouts, and a
// graceful stop on SIGINT/SIGTERM that finishes the requests in flight.
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
