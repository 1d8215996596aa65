#include "core/listener_loop.h"

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <stdexcept>

namespace resumax {

ListenerLoop::ListenerLoop(std::function<bool()> session, std::chrono::milliseconds max_backoff)
    : session_(std::move(session)), max_backoff_(max_backoff) {
  if (::pipe2(wake_pipe_, O_CLOEXEC | O_NONBLOCK) != 0) {
    throw std::runtime_error("cannot create the wake-up pipe");
  }
}

ListenerLoop::~ListenerLoop() {
  Stop();
  for (const int fd : wake_pipe_) {
    if (fd >= 0) ::close(fd);
  }
}

void ListenerLoop::Start() {
  stopping_ = false;
  thread_ = std::thread([this] { Run(); });
}

void ListenerLoop::Stop() {
  stopping_ = true;
  const char byte = 1;
  [[maybe_unused]] const auto written = ::write(wake_pipe_[1], &byte, 1);
  stop_.notify_all();
  if (thread_.joinable()) thread_.join();
}

ListenerLoop::Wait ListenerLoop::WaitReadable(int fd, std::chrono::milliseconds idle) {
  pollfd fds[2] = {{fd, POLLIN, 0}, {wake_pipe_[0], POLLIN, 0}};
  while (!stopping_) {
    const int ready = ::poll(fds, 2, static_cast<int>(idle.count()));
    if (ready < 0) continue;
    if (fds[1].revents != 0) return Wait::kStopped;
    return ready == 0 ? Wait::kIdle : Wait::kReadable;
  }
  return Wait::kStopped;
}

void ListenerLoop::Run() {
  auto backoff = std::chrono::milliseconds(100);
  while (!stopping_) {
    if (session_()) backoff = std::chrono::milliseconds(100);
    if (stopping_) return;
    std::unique_lock lock(mutex_);
    stop_.wait_for(lock, backoff, [this] { return stopping_.load(); });
    backoff = std::min(backoff * 2, max_backoff_);
  }
}

}  // namespace resumax
