#include "adapters/scan/clamd_scanner.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace resumax::scan {
namespace {

constexpr std::size_t kChunk = 64 * 1024;

Error Unreachable(std::string detail) { return Error::Unavailable("clamd: " + std::move(detail)); }

// A connected socket with send and receive timeouts, closed on scope exit.
class Connection {
 public:
  explicit Connection(int fd) : fd_(fd) {}
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  ~Connection() {
    if (fd_ >= 0) ::close(fd_);
  }
  int fd() const { return fd_; }

  bool SendAll(const void* data, std::size_t size) {
    const auto* bytes = static_cast<const char*>(data);
    while (size > 0) {
      const ssize_t sent = ::send(fd_, bytes, size, MSG_NOSIGNAL);
      if (sent < 0) {
        if (errno == EINTR) continue;
        return false;
      }
      bytes += sent;
      size -= static_cast<std::size_t>(sent);
    }
    return true;
  }

 private:
  int fd_;
};

void SetTimeouts(int fd, std::chrono::seconds timeout) {
  timeval tv{static_cast<time_t>(timeout.count()), 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
}

}  // namespace

std::optional<ClamdScanner> ClamdScanner::FromUrl(const std::string& url, std::string* problem) {
  ClamdScanner scanner;
  if (url.starts_with("unix://")) {
    scanner.socket_path_ = url.substr(7);
    if (scanner.socket_path_.empty() ||
        scanner.socket_path_.size() >= sizeof(sockaddr_un::sun_path)) {
      if (problem) *problem = "the socket path is empty or too long";
      return std::nullopt;
    }
    return scanner;
  }
  if (url.starts_with("tcp://")) {
    const std::string rest = url.substr(6);
    const auto colon = rest.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == rest.size()) {
      if (problem) *problem = "use tcp://HOST:PORT";
      return std::nullopt;
    }
    scanner.host_ = rest.substr(0, colon);
    scanner.port_ = rest.substr(colon + 1);
    return scanner;
  }
  if (problem) *problem = "use tcp://HOST:PORT or unix:///path";
  return std::nullopt;
}

Result<resumes::ScanVerdict> ClamdScanner::Scan(std::string_view bytes) {
  int fd = -1;
  if (!socket_path_.empty()) {
    fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, socket_path_.c_str(), socket_path_.size() + 1);
    if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
      if (fd >= 0) ::close(fd);
      return Unreachable(std::string("cannot connect: ") + std::strerror(errno));
    }
  } else {
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    if (::getaddrinfo(host_.c_str(), port_.c_str(), &hints, &found) != 0 || !found) {
      return Unreachable("cannot resolve the host");
    }
    for (addrinfo* candidate = found; candidate && fd < 0; candidate = candidate->ai_next) {
      fd = ::socket(candidate->ai_family, candidate->ai_socktype | SOCK_CLOEXEC,
                    candidate->ai_protocol);
      if (fd < 0) continue;
      SetTimeouts(fd, timeout_);
      if (::connect(fd, candidate->ai_addr, candidate->ai_addrlen) != 0) {
        ::close(fd);
        fd = -1;
      }
    }
    ::freeaddrinfo(found);
    if (fd < 0) return Unreachable(std::string("cannot connect: ") + std::strerror(errno));
  }
  Connection connection(fd);
  SetTimeouts(fd, timeout_);
  // INSTREAM: the command, then chunks each led by its length (4 bytes, network order), then a
  // zero length; clamd answers "stream: OK" or "stream: NAME FOUND", NUL-terminated.
  static constexpr char kCommand[] = "zINSTREAM";
  if (!connection.SendAll(kCommand, sizeof kCommand)) return Unreachable("send failed");
  for (std::size_t offset = 0; offset < bytes.size(); offset += kChunk) {
    const std::size_t size = std::min(kChunk, bytes.size() - offset);
    const std::uint32_t length = htonl(static_cast<std::uint32_t>(size));
    if (!connection.SendAll(&length, sizeof length) ||
        !connection.SendAll(bytes.data() + offset, size)) {
      return Unreachable("send failed (clamd may refuse files over its StreamMaxLength)");
    }
  }
  const std::uint32_t end = 0;
  if (!connection.SendAll(&end, sizeof end)) return Unreachable("send failed");
  std::string reply;
  char buffer[512];
  while (reply.size() < 4096) {
    const ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) break;
    reply.append(buffer, static_cast<std::size_t>(got));
    if (reply.find('\0') != std::string::npos) break;
  }
  if (const auto nul = reply.find('\0'); nul != std::string::npos) reply.resize(nul);
  while (!reply.empty() && (reply.back() == '\n' || reply.back() == '\r')) reply.pop_back();
  if (reply.ends_with(" OK")) return resumes::ScanVerdict{};
  if (reply.ends_with(" FOUND")) {
    std::string name = reply.substr(0, reply.size() - 6);
    if (const auto colon = name.find(": "); colon != std::string::npos) name.erase(0, colon + 2);
    return resumes::ScanVerdict{name};
  }
  return Unreachable("unexpected answer: " + reply.substr(0, 200));
}

}  // namespace resumax::scan
