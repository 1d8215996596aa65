#include "adapters/queue/postgres_wakeups.h"

#include <libpq-fe.h>

#include <chrono>
#include <memory>

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
    : url_(std::move(url)), channels_(std::move(channels)), on_notify_(std::move(on_notify)) {}

bool PostgresWakeups::Session() {
  Connection connection(PQconnectdb(url_.c_str()));
  if (PQstatus(connection.get()) != CONNECTION_OK) return false;
  bool ok = true;
  for (const auto& channel : channels_) {
    char* quoted = PQescapeIdentifier(connection.get(), channel.c_str(), channel.size());
    const std::string listen = std::string("LISTEN ") + (quoted ? quoted : "");
    PQfreemem(quoted);
    PGresult* result = PQexec(connection.get(), listen.c_str());
    ok = ok && PQresultStatus(result) == PGRES_COMMAND_OK;
    PQclear(result);
  }
  if (!ok) return false;
  listening_ = true;
  log::Info("listening_for_notifications", {{"channels", channels_.size()}});
  // What was sent while the connection was down is found by this wake-up.
  for (const auto& channel : channels_) on_notify_(channel, "");
  while (true) {
    const auto wait = loop_.WaitReadable(PQsocket(connection.get()), std::chrono::seconds(5));
    if (wait == ListenerLoop::Wait::kStopped) break;
    if (wait == ListenerLoop::Wait::kIdle) {
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
  // Down: workers keep polling meanwhile; the loop connects again with backoff.
  if (!loop_.Stopping()) {
    log::Warn("notifications_lost", {{"detail", PQerrorMessage(connection.get())}});
  }
  return true;
}

}  // namespace resumax::jobs
