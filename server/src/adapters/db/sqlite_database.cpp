#include "adapters/db/sqlite_database.h"

#include <sqlite3.h>

#include <algorithm>
#include <unordered_map>

#include "adapters/db/pooled_database.h"

namespace resumax::db {
namespace {

class SqliteConnection {
 public:
  static constexpr Dialect kDialect = Dialect::kSqlite;
  static constexpr const char* kBegin = "BEGIN IMMEDIATE";

  explicit SqliteConnection(const std::string& path) {
    const int flags =
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI;
    if (sqlite3_open_v2(path.c_str(), &handle_, flags, nullptr) != SQLITE_OK) {
      const std::string message = handle_ ? sqlite3_errmsg(handle_) : "out of memory";
      sqlite3_close(handle_);
      throw DatabaseError("sqlite open failed: " + message);
    }
    sqlite3_busy_timeout(handle_, 5000);
    Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
  }
  ~SqliteConnection() {
    for (auto& [sql, statement] : statements_) sqlite3_finalize(statement);
    sqlite3_close(handle_);
  }
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  void Exec(std::string_view script) {
    char* message = nullptr;
    const std::string text(script);
    if (sqlite3_exec(handle_, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
      std::string error = message ? message : "unknown error";
      sqlite3_free(message);
      throw DatabaseError("sqlite: " + error);
    }
  }

  std::vector<Row> Run(std::string_view sql, std::span<const Value> params, std::int64_t* changes) {
    sqlite3_stmt* statement = Prepare(sql);
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    for (std::size_t i = 0; i < params.size(); ++i) {
      const int index = static_cast<int>(i + 1);
      if (const auto* text = std::get_if<std::string>(&params[i])) {
        sqlite3_bind_text(statement, index, text->data(), static_cast<int>(text->size()),
                          SQLITE_TRANSIENT);
      } else if (const auto* number = std::get_if<std::int64_t>(&params[i])) {
        sqlite3_bind_int64(statement, index, *number);
      } else {
        sqlite3_bind_null(statement, index);
      }
    }
    std::vector<Row> rows;
    const int columns = sqlite3_column_count(statement);
    while (true) {
      const int step = sqlite3_step(statement);
      if (step == SQLITE_DONE) break;
      if (step != SQLITE_ROW) {
        const int extended = sqlite3_extended_errcode(handle_);
        std::string message = sqlite3_errmsg(handle_);
        sqlite3_reset(statement);
        throw DatabaseError("sqlite: " + message, extended == SQLITE_CONSTRAINT_UNIQUE ||
                                                      extended == SQLITE_CONSTRAINT_PRIMARYKEY);
      }
      std::vector<std::optional<std::string>> values;
      values.reserve(static_cast<std::size_t>(columns));
      for (int c = 0; c < columns; ++c) {
        if (sqlite3_column_type(statement, c) == SQLITE_NULL) {
          values.emplace_back(std::nullopt);
        } else {
          const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, c));
          values.emplace_back(
              std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(statement, c))));
        }
      }
      rows.emplace_back(std::move(values));
    }
    if (changes) *changes = sqlite3_changes64(handle_);
    sqlite3_reset(statement);
    return rows;
  }

 private:
  sqlite3_stmt* Prepare(std::string_view sql) {
    const std::string key(sql);
    if (auto found = statements_.find(key); found != statements_.end()) return found->second;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(handle_, key.c_str(), static_cast<int>(key.size()),
                           SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK) {
      throw DatabaseError(std::string("sqlite prepare: ") + sqlite3_errmsg(handle_));
    }
    statements_.emplace(key, statement);
    return statement;
  }

  sqlite3* handle_ = nullptr;
  std::unordered_map<std::string, sqlite3_stmt*> statements_;
};

}  // namespace

std::unique_ptr<Database> OpenSqlite(const std::string& path, int pool_size) {
  // Each connection to ":memory:" would be a database of its own.
  return std::make_unique<PooledDatabase<SqliteConnection>>(path,
                                                            path == ":memory:" ? 1 : pool_size);
}

}  // namespace resumax::db
