#pragma once

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace resumax::db {

// A fixed set of connections handed out one caller at a time; callers wait for a free one.
template <typename Connection>
class ConnectionPool {
 public:
  // Borrows a connection for the lease's lifetime.
  class Lease {
   public:
    explicit Lease(ConnectionPool& pool) : pool_(pool) {
      std::unique_lock lock(pool_.mutex_);
      pool_.available_.wait(lock, [&] { return !pool_.idle_.empty(); });
      connection_ = pool_.idle_.back();
      pool_.idle_.pop_back();
    }
    ~Lease() {
      {
        std::lock_guard lock(pool_.mutex_);
        pool_.idle_.push_back(connection_);
      }
      pool_.available_.notify_one();
    }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Connection& operator*() const { return *connection_; }
    Connection* operator->() const { return connection_; }

   private:
    ConnectionPool& pool_;
    Connection* connection_ = nullptr;
  };

  ConnectionPool(int size, const std::function<std::unique_ptr<Connection>()>& open) {
    for (int i = 0; i < size; ++i) {
      connections_.push_back(open());
      idle_.push_back(connections_.back().get());
    }
  }

 private:
  std::vector<std::unique_ptr<Connection>> connections_;
  std::vector<Connection*> idle_;
  std::mutex mutex_;
  std::condition_variable available_;
};

}  // namespace resumax::db
