#include "adapters/redis/redis_client.h"

#include <hiredis/hiredis.h>

#include <boost/url/parse.hpp>
#include <charconv>

#include "core/log.h"

namespace resumax::redis {
namespace {

timeval ToTimeval(std::chrono::milliseconds duration) {
  timeval out{};
  out.tv_sec = static_cast<time_t>(duration.count() / 1000);
  out.tv_usec = static_cast<suseconds_t>((duration.count() % 1000) * 1000);
  return out;
}

Reply Convert(const redisReply* reply) {
  Reply out;
  if (!reply) return out;
  switch (reply->type) {
    case REDIS_REPLY_INTEGER:
      out.type = Reply::Type::kInteger;
      out.integer = reply->integer;
      break;
    case REDIS_REPLY_STRING:
      out.type = Reply::Type::kString;
      out.text.assign(reply->str, reply->len);
      break;
    case REDIS_REPLY_STATUS:
      out.type = Reply::Type::kStatus;
      out.text.assign(reply->str, reply->len);
      break;
    case REDIS_REPLY_ARRAY:
      out.type = Reply::Type::kArray;
      for (std::size_t i = 0; i < reply->elements; ++i) {
        out.elements.push_back(Convert(reply->element[i]));
      }
      break;
    case REDIS_REPLY_ERROR:
      throw RedisError("redis: " + std::string(reply->str, reply->len));
    default:
      break;
  }
  return out;
}

// Sends a command on a connected context and converts the reply; throws on failure.
Reply Execute(redisContext* context, const std::vector<std::string>& arguments) {
  std::vector<const char*> argv;
  std::vector<std::size_t> lengths;
  for (const auto& argument : arguments) {
    argv.push_back(argument.data());
    lengths.push_back(argument.size());
  }
  auto* reply = static_cast<redisReply*>(
      redisCommandArgv(context, static_cast<int>(argv.size()), argv.data(), lengths.data()));
  if (!reply) throw RedisError(std::string("redis: ") + context->errstr);
  try {
    Reply out = Convert(reply);
    freeReplyObject(reply);
    return out;
  } catch (...) {
    freeReplyObject(reply);
    throw;
  }
}

// A connected, authenticated context on the endpoint's database; throws when it cannot.
redisContext* Open(const Endpoint& endpoint, std::chrono::milliseconds timeout) {
  redisContext* context =
      redisConnectWithTimeout(endpoint.host.c_str(), endpoint.port, ToTimeval(timeout));
  if (!context) throw RedisError("redis: out of memory");
  if (context->err) {
    const std::string why = context->errstr;
    redisFree(context);
    throw RedisError("redis: " + why);
  }
  try {
    redisSetTimeout(context, ToTimeval(timeout));
    if (!endpoint.password.empty()) Execute(context, {"AUTH", endpoint.password});
    if (endpoint.database != 0) Execute(context, {"SELECT", std::to_string(endpoint.database)});
  } catch (...) {
    redisFree(context);
    throw;
  }
  return context;
}

}  // namespace

std::optional<Endpoint> Endpoint::Parse(const std::string& url, std::string* why) {
  const auto fail = [why](const std::string& message) -> std::optional<Endpoint> {
    if (why) *why = message;
    return std::nullopt;
  };
  const auto parsed = boost::urls::parse_uri(url);
  if (!parsed || parsed->scheme() != "redis")
    return fail("must be redis://[:password@]host:port[/db]");
  Endpoint endpoint;
  if (!parsed->host().empty()) endpoint.host = std::string(parsed->host());
  if (parsed->has_port()) {
    endpoint.port = parsed->port_number();
    if (endpoint.port == 0) return fail("the port must be 1..65535");
  }
  if (parsed->has_password()) endpoint.password = std::string(parsed->password());
  std::string path(parsed->path());
  if (!path.empty() && path != "/") {
    const std::string digits = path.substr(1);
    int database = -1;
    const auto [end, error] =
        std::from_chars(digits.data(), digits.data() + digits.size(), database);
    if (error != std::errc() || end != digits.data() + digits.size() || database < 0 ||
        database > 255) {
      return fail("the path must be a database number");
    }
    endpoint.database = database;
  }
  return endpoint;
}

Client::Client(Endpoint endpoint, std::chrono::milliseconds timeout)
    : endpoint_(std::move(endpoint)), timeout_(timeout) {}

Client::~Client() { Drop(); }

void Client::Drop() {
  if (context_) redisFree(context_);
  context_ = nullptr;
}

void Client::Connect() {
  const auto now = std::chrono::steady_clock::now();
  if (now < next_attempt_) throw RedisError("redis: unreachable (retrying shortly)");
  next_attempt_ = now + std::chrono::seconds(1);
  context_ = Open(endpoint_, timeout_);
}

Reply Client::Command(const std::vector<std::string>& arguments) {
  std::lock_guard lock(mutex_);
  if (!context_) Connect();
  try {
    return Execute(context_, arguments);
  } catch (const RedisError&) {
    // An error reply leaves the connection usable, a broken one does not: either way, start
    // from a fresh connection.
    if (context_->err) Drop();
    throw;
  }
}

Subscriber::Subscriber(Endpoint endpoint, std::string channel,
                       std::function<void(const std::string&)> on_message)
    : endpoint_(std::move(endpoint)),
      channel_(std::move(channel)),
      on_message_(std::move(on_message)) {}

bool Subscriber::Session() {
  redisContext* context = nullptr;
  bool was_up = false;
  try {
    context = Open(endpoint_, std::chrono::milliseconds(500));
    // Subscribed mode: replies arrive as they come; the socket is read below.
    Execute(context, {"SUBSCRIBE", channel_});
    subscribed_ = true;
    was_up = true;
    if (warned_) log::Info("redis_subscription_restored", {{"channel", channel_}});
    warned_ = false;
    on_message_("");
    Listen(context);
  } catch (const std::exception& error) {
    if (!warned_ && !loop_.Stopping()) {
      log::Warn("redis_subscription_lost", {{"channel", channel_}, {"detail", error.what()}});
      warned_ = true;
    }
  }
  subscribed_ = false;
  if (context) redisFree(context);
  return was_up;
}

// Reads messages until the connection fails (throws) or the loop stops; pings when idle, so a
// Redis that vanished without closing the connection is noticed.
void Subscriber::Listen(redisContext* context) {
  bool ping_pending = false;
  while (true) {
    const auto wait = loop_.WaitReadable(context->fd, std::chrono::seconds(3));
    if (wait == ListenerLoop::Wait::kStopped) return;
    if (wait == ListenerLoop::Wait::kIdle) {
      if (ping_pending) throw RedisError("redis: no answer to a ping");
      const char* ping[] = {"PING"};
      const std::size_t ping_length[] = {4};
      redisAppendCommandArgv(context, 1, ping, ping_length);
      int done = 0;
      while (!done) {
        if (redisBufferWrite(context, &done) != REDIS_OK) throw RedisError("redis: write failed");
      }
      ping_pending = true;
      continue;
    }
    if (redisBufferRead(context) != REDIS_OK) throw RedisError("redis: connection lost");
    void* raw = nullptr;
    while (redisGetReplyFromReader(context, &raw) == REDIS_OK && raw) {
      auto* reply = static_cast<redisReply*>(raw);
      ping_pending = false;
      if (reply->type == REDIS_REPLY_ARRAY && reply->elements == 3 &&
          reply->element[0]->type == REDIS_REPLY_STRING &&
          std::string_view(reply->element[0]->str, reply->element[0]->len) == "message" &&
          reply->element[2]->type == REDIS_REPLY_STRING) {
        const std::string payload(reply->element[2]->str, reply->element[2]->len);
        freeReplyObject(reply);
        on_message_(payload);
      } else {
        freeReplyObject(reply);
      }
      raw = nullptr;
    }
    if (context->err) throw RedisError(std::string("redis: ") + context->errstr);
  }
}

}  // namespace resumax::redis
