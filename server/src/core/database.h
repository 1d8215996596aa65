#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace resumax::db {

// One bound value. Statements use `?` placeholders; each backend rewrites them for itself.
using Value = std::variant<std::nullptr_t, std::int64_t, std::string>;

// A result row: text of each column (nullopt for SQL NULL), in SELECT order.
class Row {
 public:
  explicit Row(std::vector<std::optional<std::string>> columns) : columns_(std::move(columns)) {}
  bool IsNull(std::size_t index) const { return !columns_.at(index).has_value(); }
  // The column's text; empty for NULL.
  const std::string& Text(std::size_t index) const;
  std::optional<std::string> Optional(std::size_t index) const { return columns_.at(index); }
  std::int64_t Int(std::size_t index) const;
  std::size_t size() const { return columns_.size(); }

 private:
  std::vector<std::optional<std::string>> columns_;
};

enum class Dialect { kSqlite, kPostgres };

// Raised for failures that abort the operation: lost connection, constraint broken unexpectedly.
class DatabaseError : public std::runtime_error {
 public:
  DatabaseError(const std::string& what, bool unique_violation = false)
      : std::runtime_error(what), unique_violation_(unique_violation) {}
  bool unique_violation() const { return unique_violation_; }

 private:
  bool unique_violation_;
};

// The one abstract database client. Implementations are thread-safe and pool connections.
class Database {
 public:
  virtual ~Database() = default;

  // Runs a statement and returns its rows (empty for statements without RETURNING).
  virtual std::vector<Row> Query(std::string_view sql, std::span<const Value> params = {}) = 0;

  // Runs a statement and returns the number of rows it changed.
  virtual std::int64_t Execute(std::string_view sql, std::span<const Value> params = {}) = 0;

  // Runs work inside one transaction on one connection: committed when work returns,
  // rolled back when it throws.
  virtual void Transaction(const std::function<void(Database& tx)>& work) = 0;

  // Runs a script of several statements (migrations) without parameters.
  virtual void ExecuteScript(std::string_view sql) = 0;

  virtual Dialect dialect() const = 0;

  // True when the database answers a trivial query.
  virtual bool Ping() = 0;

  // Convenience: the first row, if any.
  std::optional<Row> QueryOne(std::string_view sql, std::span<const Value> params = {}) {
    auto rows = Query(sql, params);
    if (rows.empty()) return std::nullopt;
    return std::move(rows.front());
  }
};

// A statement's name for traces: its operation and first table ("SELECT users", "INSERT jobs"),
// never its text or values.
std::string StatementName(std::string_view sql);

}  // namespace resumax::db
