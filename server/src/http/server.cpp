#include "http/server.h"

#include <array>
#include <atomic>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http.hpp>
#include <boost/url/parse.hpp>
#include <memory>
#include <mutex>
#include <set>
#include <thread>
#include <variant>
#include <vector>

#include "core/log.h"
#include "http/error_response.h"

namespace resumax::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using asio::ip::tcp;
constexpr auto kUseTuple = asio::as_tuple(asio::use_awaitable);

constexpr std::size_t kHeaderLimit = 16 * 1024;
constexpr auto kIdleTimeout = std::chrono::seconds(60);
constexpr auto kBodyTimeout = std::chrono::seconds(120);
constexpr std::size_t kDiscardLimit = 16 * 1024 * 1024;

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

// The wait of a streamed body between chunks; Wake() ends it early from any thread.
struct Pause : std::enable_shared_from_this<Pause> {
  explicit Pause(asio::strand<asio::any_io_executor> on) : strand(std::move(on)), timer(strand) {}
  void Wake() {
    asio::post(strand, [self = shared_from_this()] {
      self->woken = true;
      self->timer.cancel();
    });
  }
  asio::strand<asio::any_io_executor> strand;
  asio::steady_timer timer;
  bool woken = false;  // touched only on the strand
};

class Server::Impl {
 public:
  Impl(ServerSettings settings, const Pipeline& pipeline)
      : settings_(std::move(settings)),
        pipeline_(pipeline),
        threads_(settings_.io_threads > 0
                     ? settings_.io_threads
                     : static_cast<int>(std::max(1U, std::thread::hardware_concurrency()))),
        io_(threads_),
        acceptor_(io_),
        offload_(static_cast<std::size_t>(std::max(1, settings_.offload_threads))),
        heavy_(static_cast<std::size_t>(std::max(1, settings_.heavy_threads))) {}

  unsigned short Bind() {
    const tcp::endpoint endpoint(asio::ip::make_address(settings_.host), settings_.port);
    acceptor_.open(endpoint.protocol());
    acceptor_.set_option(asio::socket_base::reuse_address(true));
    acceptor_.bind(endpoint);
    acceptor_.listen(asio::socket_base::max_listen_connections);
    return acceptor_.local_endpoint().port();
  }

  void Run() {
    asio::co_spawn(io_, Accept(), asio::detached);
    asio::signal_set signals(io_, SIGINT, SIGTERM);
    asio::steady_timer drain_timer(io_);
    signals.async_wait([this, &drain_timer](const boost::system::error_code& ec, int) {
      if (ec) return;
      if (settings_.draining) *settings_.draining = true;
      if (settings_.on_stop_signal) settings_.on_stop_signal();
      if (settings_.drain_delay.count() <= 0) {
        BeginStop();
        return;
      }
      log::Info("draining", {{"delayMs", settings_.drain_delay.count()}});
      drain_timer.expires_after(settings_.drain_delay);
      drain_timer.async_wait([this](const boost::system::error_code&) { BeginStop(); });
    });
    log::Info("listening", {{"host", settings_.host},
                            {"port", acceptor_.local_endpoint().port()},
                            {"threads", threads_}});
    std::vector<std::thread> threads;
    for (int i = 1; i < threads_; ++i) threads.emplace_back([this] { io_.run(); });
    io_.run();
    for (auto& thread : threads) thread.join();
    offload_.join();
    heavy_.join();
    log::Info("stopped");
  }

 private:
  // While registered, a streamed body's wait is ended by the shutdown.
  class PauseRegistration {
   public:
    PauseRegistration(Impl& impl, std::shared_ptr<Pause> pause)
        : impl_(impl), pause_(std::move(pause)) {
      std::lock_guard lock(impl_.pauses_mutex_);
      impl_.pauses_.insert(pause_);
    }
    ~PauseRegistration() {
      std::lock_guard lock(impl_.pauses_mutex_);
      impl_.pauses_.erase(pause_);
    }
    PauseRegistration(const PauseRegistration&) = delete;
    PauseRegistration& operator=(const PauseRegistration&) = delete;

   private:
    Impl& impl_;
    std::shared_ptr<Pause> pause_;
  };

  void BeginStop() {
    log::Info("stopping", {{"inFlight", in_flight_.load()}});
    stopping_ = true;
    {
      // Open-ended streams end now instead of after their current wait.
      std::lock_guard lock(pauses_mutex_);
      for (const auto& pause : pauses_) pause->Wake();
    }
    boost::system::error_code ignored;
    acceptor_.close(ignored);
    asio::co_spawn(io_, Drain(), asio::detached);
  }

  // Waits for the requests in flight (bounded), then ends the event loop and idle connections.
  asio::awaitable<void> Drain() {
    asio::steady_timer timer(io_);
    const auto deadline = std::chrono::steady_clock::now() + settings_.shutdown_grace;
    while (in_flight_.load() > 0 && std::chrono::steady_clock::now() < deadline) {
      timer.expires_after(std::chrono::milliseconds(20));
      co_await timer.async_wait(kUseTuple);
    }
    io_.stop();
  }

  asio::awaitable<void> Accept() {
    while (!stopping_) {
      auto [ec, socket] = co_await acceptor_.async_accept(kUseTuple);
      if (ec) {
        if (stopping_ || ec == asio::error::operation_aborted) break;
        continue;
      }
      if (open_connections_.load() >= settings_.max_connections) {
        // Descriptors are finite: past the cap a connection is closed at once, before any work.
        socket.close(ec);
        continue;
      }
      // Counted here, on the one accepting thread, so that a burst of connections is counted
      // before their sessions start; the session gives the place back when it ends.
      ++open_connections_;
      socket.set_option(tcp::no_delay(true), ec);
      auto remote = socket.remote_endpoint(ec);
      std::string ip = ec ? "" : remote.address().to_string();
      auto executor = socket.get_executor();
      asio::co_spawn(executor, Session(beast::tcp_stream(std::move(socket)), std::move(ip)),
                     asio::detached);
    }
  }

  // Gives back a connection's place, taken when it was accepted.
  struct ConnectionSlot {
    explicit ConnectionSlot(std::atomic<int>& counter) : counter_(counter) {}
    ~ConnectionSlot() { --counter_; }
    ConnectionSlot(const ConnectionSlot&) = delete;
    ConnectionSlot& operator=(const ConnectionSlot&) = delete;
    std::atomic<int>& counter_;
  };

  struct InFlight {
    explicit InFlight(std::atomic<int>& counter) : counter_(counter) { ++counter_; }
    ~InFlight() { --counter_; }
    InFlight(const InFlight&) = delete;
    InFlight& operator=(const InFlight&) = delete;
    std::atomic<int>& counter_;
  };

  asio::awaitable<void> Session(beast::tcp_stream stream, std::string ip) {
    const ConnectionSlot slot(open_connections_);
    beast::flat_buffer buffer;
    while (!stopping_) {
      bhttp::request_parser<bhttp::string_body> parser;
      parser.header_limit(kHeaderLimit);
      parser.body_limit(boost::none);  // the route decides, once it is known
      stream.expires_after(kIdleTimeout);
      auto [read_ec, read_bytes] =
          co_await bhttp::async_read_header(stream, buffer, parser, kUseTuple);
      if (read_ec) {
        if (read_ec == bhttp::error::header_limit) {
          co_await WriteBare(stream, bhttp::status::request_header_fields_too_large);
        } else if (read_ec != bhttp::error::end_of_stream && read_ec != beast::error::timeout &&
                   read_ec != asio::error::eof && read_ec != asio::error::connection_reset &&
                   read_ec != asio::error::operation_aborted) {
          co_await WriteBare(stream, bhttp::status::bad_request);
        }
        break;
      }
      InFlight in_flight(in_flight_);
      const auto started = std::chrono::steady_clock::now();
      const auto& header = parser.get();

      Request request;
      request.method = std::string(header.method_string());
      for (const auto& field : header) {
        request.headers.emplace_back(Lower(field.name_string()), std::string(field.value()));
      }
      request.remote_ip =
          settings_.trusted_proxies.ClientAddress(ip, request.Header("x-forwarded-for"));
      auto target = boost::urls::parse_origin_form(header.target());
      bool bad_target = !target.has_value();
      if (!bad_target) {
        request.path = std::string(target->path());
        request.query = std::string(target->encoded_query());
      }
      const RouteMatch match = pipeline_.Prepare(request);
      Response response;
      bool close = !header.keep_alive();
      bool rejected = false;

      if (bad_target) {
        response = ErrorResponse(Error::BadRequest("bad_request", "The request target is invalid."),
                                 request.request_id);
        close = true;
      } else {
        const std::size_t limit = match.route ? match.route->options.max_body : 1024 * 1024;
        parser.body_limit(limit);
        if (parser.content_length() && *parser.content_length() > limit) {
          response = TooLarge(request.request_id);
          close = rejected = true;
        } else if (match.route && match.route->stream_handler) {
          auto opened = pipeline_.Open(request, match);
          if (auto* refused = std::get_if<Response>(&opened)) {
            response = std::move(*refused);
            close = rejected = !parser.is_done();
          } else {
            auto& sink = *std::get<std::unique_ptr<BodySink>>(opened);
            const auto read =
                co_await ReadStreamed(stream, buffer, parser, header, sink, limit, request);
            if (read.outcome == StreamOutcome::kBroken) break;
            if (read.outcome == StreamOutcome::kTooLarge) {
              response = TooLarge(request.request_id);
              close = rejected = true;
            } else if (read.outcome == StreamOutcome::kRefused) {
              response = ErrorResponse(read.error, request.request_id);
              close = rejected = true;
            } else {
              response = pipeline_.Complete(request, sink);
            }
          }
        } else {
          if (!parser.is_done()) {
            co_await MaybeContinue(stream, header);
            stream.expires_after(kBodyTimeout);
            auto [body_ec, body_bytes] =
                co_await bhttp::async_read(stream, buffer, parser, kUseTuple);
            if (body_ec == bhttp::error::body_limit) {
              response = TooLarge(request.request_id);
              close = rejected = true;
            } else if (body_ec) {
              break;
            }
          }
          if (!rejected) {
            request.body = std::move(parser.get().body());
            if (match.route && (match.route->options.offload || match.route->options.heavy)) {
              auto& pool = match.route->options.heavy ? heavy_ : offload_;
              response = co_await asio::co_spawn(
                  pool,
                  [&]() -> asio::awaitable<Response> {
                    co_return pipeline_.Handle(request, match);
                  },
                  asio::use_awaitable);
            } else {
              response = pipeline_.Handle(request, match);
            }
          }
        }
      }
      pipeline_.Finish(request, match, response, started);
      close = close || stopping_;
      if (!co_await Write(stream, request, response, close) || close) {
        // The client may still be sending a body we refused: read and drop some of it, so
        // closing does not reset the connection before the client has read our answer.
        if (rejected) co_await Discard(stream);
        break;
      }
    }
    boost::system::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
  }

  enum class StreamOutcome { kDone, kTooLarge, kRefused, kBroken };
  struct StreamResult {
    StreamOutcome outcome = StreamOutcome::kDone;
    Error error;  // when the sink refused a chunk
  };

  static asio::awaitable<void> MaybeContinue(beast::tcp_stream& stream,
                                             const bhttp::request_header<>& header) {
    if (beast::iequals(header[bhttp::field::expect], "100-continue")) {
      bhttp::response<bhttp::empty_body> proceed{bhttp::status::continue_, 11};
      co_await bhttp::async_write(stream, proceed, kUseTuple);
    }
  }

  // Reads the body in chunks into sink, never holding more than one chunk.
  asio::awaitable<StreamResult> ReadStreamed(beast::tcp_stream& stream, beast::flat_buffer& buffer,
                                             bhttp::request_parser<bhttp::string_body>& parser,
                                             const bhttp::request_header<>& header, BodySink& sink,
                                             std::size_t limit, const Request& request) {
    if (parser.is_done()) co_return StreamResult{};
    co_await MaybeContinue(stream, header);
    bhttp::request_parser<bhttp::buffer_body> chunks{std::move(parser)};
    chunks.body_limit(limit);
    std::vector<char> storage(64 * 1024);
    while (!chunks.is_done()) {
      chunks.get().body().data = storage.data();
      chunks.get().body().size = storage.size();
      stream.expires_after(kBodyTimeout);
      auto [ec, bytes] = co_await bhttp::async_read(stream, buffer, chunks, kUseTuple);
      if (ec == bhttp::error::need_buffer) ec = {};
      if (ec == bhttp::error::body_limit) co_return StreamResult{StreamOutcome::kTooLarge, {}};
      if (ec) co_return StreamResult{StreamOutcome::kBroken, {}};
      const std::size_t got = storage.size() - chunks.get().body().size;
      if (got == 0) continue;
      try {
        const RequestScope scope(request);
        if (auto written = sink.Write({storage.data(), got}); !written) {
          co_return StreamResult{StreamOutcome::kRefused, written.error()};
        }
      } catch (const std::exception& exception) {
        log::Error("upload_failed", {{"detail", exception.what()}});
        co_return StreamResult{StreamOutcome::kRefused, Error::Internal(exception.what())};
      }
    }
    co_return StreamResult{};
  }

  asio::awaitable<bool> Write(beast::tcp_stream& stream, const Request& request, Response& response,
                              bool close) {
    bhttp::response<bhttp::string_body> out{static_cast<bhttp::status>(response.status), 11};
    out.set(bhttp::field::server, "resumax");
    out.set(bhttp::field::content_type, response.content_type);
    for (auto& [name, value] : response.headers) out.insert(name, value);
    out.keep_alive(!close);
    if (response.source && request.method != "HEAD") {
      co_return co_await WriteStreamed(stream, out.base(), *response.source,
                                       response.content_length);
    }
    if (request.method == "HEAD") {
      out.content_length(response.body.size());
    } else {
      out.body() = std::move(response.body);
      out.prepare_payload();
    }
    stream.expires_after(kBodyTimeout);
    auto [ec, bytes] = co_await bhttp::async_write(stream, out, kUseTuple);
    co_return !ec;
  }

  // Writes a body chunk by chunk from source (downloads): chunked unless the length is known.
  asio::awaitable<bool> WriteStreamed(beast::tcp_stream& stream,
                                      const bhttp::response_header<>& header, BodySource& source,
                                      std::optional<std::uint64_t> length) {
    bhttp::response<bhttp::buffer_body> out{header};
    if (length) {
      out.content_length(*length);
    } else {
      out.chunked(true);
    }
    out.body().data = nullptr;
    out.body().more = true;
    bhttp::response_serializer<bhttp::buffer_body> serializer{out};
    stream.expires_after(kBodyTimeout);
    auto [header_ec, header_bytes] =
        co_await bhttp::async_write_header(stream, serializer, kUseTuple);
    if (header_ec) co_return false;
    // The wait between chunks runs on a strand of its own, so that a waker on another thread
    // (an event, or the shutdown) can end it safely.
    auto pause = std::make_shared<Pause>(asio::make_strand(stream.get_executor()));
    source.SetWaker([pause] { pause->Wake(); });
    const PauseRegistration registration(*this, pause);
    while (true) {
      std::optional<std::string> chunk;
      try {
        chunk = source.Next();
      } catch (const std::exception& exception) {
        log::Error("download_failed", {{"detail", exception.what()}});
        co_return false;  // the client sees a truncated body, never unauthenticated bytes
      }
      if (!chunk || (stopping_ && !length)) break;  // open-ended streams end at shutdown
      if (chunk->empty()) {
        co_await asio::dispatch(pause->strand, asio::use_awaitable);
        if (!pause->woken && !stopping_) {
          pause->timer.expires_after(source.RetryAfter());
          co_await pause->timer.async_wait(kUseTuple);
        }
        pause->woken = false;
        continue;
      }
      out.body().data = chunk->data();
      out.body().size = chunk->size();
      out.body().more = true;
      stream.expires_after(kBodyTimeout);
      auto [ec, bytes] = co_await bhttp::async_write(stream, serializer, kUseTuple);
      if (ec == bhttp::error::need_buffer) ec = {};
      if (ec) co_return false;
    }
    out.body().data = nullptr;
    out.body().size = 0;
    out.body().more = false;
    auto [ec, bytes] = co_await bhttp::async_write(stream, serializer, kUseTuple);
    co_return !ec;
  }

  static Response TooLarge(const std::string& request_id) {
    return ErrorResponse({ErrorKind::kPayloadTooLarge,
                          "payload_too_large",
                          "The request body is too large.",
                          {},
                          {},
                          0},
                         request_id);
  }

  asio::awaitable<void> Discard(beast::tcp_stream& stream) {
    boost::system::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream.expires_after(std::chrono::seconds(2));
    std::array<char, 16 * 1024> sink{};
    std::size_t total = 0;
    while (total < kDiscardLimit) {
      auto [ec, n] = co_await stream.async_read_some(asio::buffer(sink), kUseTuple);
      if (ec) break;
      total += n;
    }
  }

  asio::awaitable<void> WriteBare(beast::tcp_stream& stream, bhttp::status status) {
    bhttp::response<bhttp::string_body> out{status, 11};
    out.set(bhttp::field::content_type, "application/json");
    out.body() = R"({"code":"bad_request","message":"The request could not be read."})";
    out.keep_alive(false);
    out.prepare_payload();
    co_await bhttp::async_write(stream, out, kUseTuple);
  }

  ServerSettings settings_;
  const Pipeline& pipeline_;
  int threads_;
  asio::io_context io_;
  tcp::acceptor acceptor_;
  asio::thread_pool offload_;
  asio::thread_pool heavy_;
  std::atomic<bool> stopping_{false};
  std::atomic<int> in_flight_{0};
  std::mutex pauses_mutex_;
  std::set<std::shared_ptr<Pause>> pauses_;
  std::atomic<int> open_connections_{0};
};

Server::Server(ServerSettings settings, const Pipeline& pipeline)
    : impl_(std::make_unique<Impl>(std::move(settings), pipeline)) {}
Server::~Server() = default;
unsigned short Server::Bind() { return impl_->Bind(); }
void Server::Run() { impl_->Run(); }

}  // namespace resumax::http
