#include "adapters/queue/postgres_wakeups.h"

#include <fcntl.h>
#include <libpq-fe.h>
#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <stdexcept>

#include "core/log.h"

namespace resumax::jobs {
namespace {

struct ConnectionCloser {
  void operator()(PGconn* connection) const { PQfinish(connection); }
};
using Connection = std::unique_ptr<PGconn, ConnectionCloser>;

}  // namespace

PostgresWakeups::PostgresWakeups(std::string url, std::vector<std::string> channels,
                                 Callback on_notify)
    : url_(std::move(url)), channels_(std::move(channels)), on_notify_(std::move(on_notify)) {
  if (::pipe2(wake_pipe_, O_CLOEXEC | O_NONBLOCK) != 0) {
    throw std::runtime_error("cannot create the wake-up pipe");
  }
}

PostgresWakeups::~PostgresWakeups() {
  Stop();
  for (const int fd : wake_pipe_) {
    if (fd >= 0) ::close(fd);
  }
}

void PostgresWakeups::Start() {
  stopping_ = false;
  thread_ = std::thread([this] { Run(); });
}

void PostgresWakeups::Stop() {
  stopping_ = true;
  const char byte = 1;
  [[maybe_unused]] const auto written = ::write(wake_pipe_[1], &byte, 1);
  stop_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void PostgresWakeups::Run() {
  auto backoff = std::chrono::milliseconds(100);
  while (!stopping_) {
    Connection connection(PQconnectdb(url_.c_str()));
    if (PQstatus(connection.get()) == CONNECTION_OK) {
      bool ok = true;
      for (const auto& channel : channels_) {
        char* quoted = PQescapeIdentifier(connection.get(), channel.c_str(), channel.size());
        const std::string listen = std::string("LISTEN ") + (quoted ? quoted : "");
        PQfreemem(quoted);
        PGresult* result = PQexec(connection.get(), listen.c_str());
        ok = ok && PQresultStatus(result) == PGRES_COMMAND_OK;
        PQclear(result);
      }
      if (ok) {
        listening_ = true;
        backoff = std::chrono::milliseconds(100);
        log::Info("listening_for_notifications", {{"channels", channels_.size()}});
        // What was sent while the connection was down is found by this wake-up.
        for (const auto& channel : channels_) on_notify_(channel, "");
        pollfd fds[2] = {{PQsocket(connection.get()), POLLIN, 0}, {wake_pipe_[0], POLLIN, 0}};
        while (!stopping_) {
          if (::poll(fds, 2, 5000) < 0) continue;
          if (fds[1].revents != 0) break;
          if (fds[0].revents == 0) {
            // Idle: make sure the server is still there (a dead peer shows up here).
            PGresult* ping = PQexec(connection.get(), "SELECT 1");
            const bool alive = PQresultStatus(ping) == PGRES_TUPLES_OK;
            PQclear(ping);
            if (!alive) break;
            continue;
          }
          if (PQconsumeInput(connection.get()) == 0) break;
          while (PGnotify* notice = PQnotifies(connection.get())) {
            const std::string channel = notice->relname ? notice->relname : "";
            const std::string payload = notice->extra ? notice->extra : "";
            PQfreemem(notice);
            on_notify_(channel, payload);
          }
        }
        listening_ = false;
        if (stopping_) return;
        log::Warn("notifications_lost", {{"detail", PQerrorMessage(connection.get())}});
      }
    }
    if (stopping_) return;
    // Down: workers keep polling meanwhile; try again with backoff.
    std::unique_lock lock(mutex_);
    stop_.wait_for(lock, backoff, [this] { return stopping_.load(); });
    backoff = std::min(backoff * 2, std::chrono::milliseconds(5000));
  }
}

}  // namespace resumax::jobs
