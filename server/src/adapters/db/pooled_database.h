#pragma once

#include <algorithm>
#include <memory>
#include <string>

#include "adapters/db/connection_pool.h"
#include "core/database.h"
#include "core/trace.h"

namespace resumax::db {

// Runs one statement on `connection` inside a client span named for the statement, when it
// belongs to a traced operation (the workers' polling and the hourly sweeps start no traces).
template <typename Connection>
std::vector<Row> RunTraced(Connection& connection, std::string_view sql,
                           std::span<const Value> params, std::int64_t* changes) {
  if (!trace::Current()) return connection.Run(sql, params, changes);
  trace::Span span("db", trace::SpanKind::kClient);
  if (span.recording()) {
    std::string name = StatementName(sql);
    span.SetName(name);
    span.SetAttribute("db.system",
                      Connection::kDialect == Dialect::kPostgres ? "postgresql" : "sqlite");
    span.SetAttribute("db.query.summary", std::move(name));
  }
  try {
    return connection.Run(sql, params, changes);
  } catch (...) {
    span.SetError("database_error");
    throw;
  }
}

// A Database over one backend's Connection type, which provides
//   Run(sql, params, changes*) -> rows, Exec(script), and the constants kDialect and kBegin.

// The Database handed to a transaction's work: every call runs on the transaction's connection.
template <typename Connection>
class TransactionView final : public Database {
 public:
  explicit TransactionView(Connection& connection) : connection_(connection) {}
  std::vector<Row> Query(std::string_view sql, std::span<const Value> params) override {
    return RunTraced(connection_, sql, params, nullptr);
  }
  std::int64_t Execute(std::string_view sql, std::span<const Value> params) override {
    std::int64_t changes = 0;
    RunTraced(connection_, sql, params, &changes);
    return changes;
  }
  void Transaction(const std::function<void(Database&)>& work) override { work(*this); }
  void ExecuteScript(std::string_view sql) override { connection_.Exec(sql); }
  Dialect dialect() const override { return Connection::kDialect; }
  bool Ping() override { return true; }

 private:
  Connection& connection_;
};

template <typename Connection>
class PooledDatabase final : public Database {
 public:
  PooledDatabase(const std::string& target, int pool_size)
      : pool_(std::max(1, pool_size), [&] { return std::make_unique<Connection>(target); }) {}

  std::vector<Row> Query(std::string_view sql, std::span<const Value> params) override {
    Lease connection(pool_);
    return RunTraced(*connection, sql, params, nullptr);
  }

  std::int64_t Execute(std::string_view sql, std::span<const Value> params) override {
    Lease connection(pool_);
    std::int64_t changes = 0;
    RunTraced(*connection, sql, params, &changes);
    return changes;
  }

  void Transaction(const std::function<void(Database&)>& work) override {
    Lease connection(pool_);
    connection->Exec(Connection::kBegin);
    try {
      TransactionView<Connection> tx(*connection);
      work(tx);
      connection->Exec("COMMIT");
    } catch (...) {
      try {
        connection->Exec("ROLLBACK");
      } catch (const DatabaseError&) {
        // The transaction or connection is already gone; the first error is the one to report.
      }
      throw;
    }
  }

  void ExecuteScript(std::string_view sql) override {
    Lease connection(pool_);
    connection->Exec(sql);
  }

  Dialect dialect() const override { return Connection::kDialect; }

  bool Ping() override {
    try {
      Lease connection(pool_);
      return !connection->Run("SELECT 1", {}, nullptr).empty();
    } catch (const DatabaseError&) {
      return false;
    }
  }

 private:
  using Lease = typename ConnectionPool<Connection>::Lease;
  ConnectionPool<Connection> pool_;
};

}  // namespace resumax::db
