#include "adapters/db/postgres_database.h"

#include <libpq-fe.h>

#include <algorithm>
#include <unordered_map>

#include "adapters/db/pooled_database.h"

namespace resumax::db {

std::string RewritePlaceholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int index = 0;
  char quote = 0;
  for (const char c : sql) {
    if (quote) {
      if (c == quote) quote = 0;
      out.push_back(c);
    } else if (c == '\'' || c == '"') {
      quote = c;
      out.push_back(c);
    } else if (c == '?') {
      out += "$" + std::to_string(++index);
    } else {
      out.push_back(c);
    }
  }
  return out;
}

namespace {

using ResultPtr = std::unique_ptr<PGresult, decltype(&PQclear)>;

class PostgresConnection {
 public:
  static constexpr Dialect kDialect = Dialect::kPostgres;
  static constexpr const char* kBegin = "BEGIN";

  explicit PostgresConnection(const std::string& url) : url_(url) { Connect(); }
  ~PostgresConnection() {
    if (handle_) PQfinish(handle_);
  }
  PostgresConnection(const PostgresConnection&) = delete;
  PostgresConnection& operator=(const PostgresConnection&) = delete;

  void Exec(std::string_view script) {
    EnsureConnected();
    const std::string text(script);
    ResultPtr result(PQexec(handle_, text.c_str()), &PQclear);
    Check(result.get());
  }

  std::vector<Row> Run(std::string_view sql, std::span<const Value> params, std::int64_t* changes) {
    EnsureConnected();
    const std::string& name = Prepare(sql);
    std::vector<std::string> storage(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (std::size_t i = 0; i < params.size(); ++i) {
      if (const auto* text = std::get_if<std::string>(&params[i])) {
        values[i] = text->c_str();
      } else if (const auto* number = std::get_if<std::int64_t>(&params[i])) {
        storage[i] = std::to_string(*number);
        values[i] = storage[i].c_str();
      }
    }
    ResultPtr result(PQexecPrepared(handle_, name.c_str(), static_cast<int>(values.size()),
                                    values.data(), nullptr, nullptr, 0),
                     &PQclear);
    Check(result.get());
    std::vector<Row> rows;
    const int row_count = PQntuples(result.get());
    const int columns = PQnfields(result.get());
    rows.reserve(static_cast<std::size_t>(row_count));
    for (int r = 0; r < row_count; ++r) {
      std::vector<std::optional<std::string>> columns_text;
      columns_text.reserve(static_cast<std::size_t>(columns));
      for (int c = 0; c < columns; ++c) {
        if (PQgetisnull(result.get(), r, c)) {
          columns_text.emplace_back(std::nullopt);
        } else {
          columns_text.emplace_back(
              std::string(PQgetvalue(result.get(), r, c),
                          static_cast<std::size_t>(PQgetlength(result.get(), r, c))));
        }
      }
      rows.emplace_back(std::move(columns_text));
    }
    if (changes) {
      const char* affected = PQcmdTuples(result.get());
      *changes = affected && *affected ? std::stoll(affected) : 0;
    }
    return rows;
  }

 private:
  void Connect() {
    if (handle_) PQfinish(handle_);
    statements_.clear();
    handle_ = PQconnectdb(url_.c_str());
    if (PQstatus(handle_) != CONNECTION_OK) {
      const std::string message = PQerrorMessage(handle_);
      throw DatabaseError("postgres connect failed: " + message);
    }
    ResultPtr result(PQexec(handle_, "SET TIME ZONE 'UTC'"), &PQclear);
    Check(result.get());
  }

  void EnsureConnected() {
    if (PQstatus(handle_) != CONNECTION_OK) Connect();
  }

  const std::string& Prepare(std::string_view sql) {
    const std::string key(sql);
    if (auto found = statements_.find(key); found != statements_.end()) return found->second;
    std::string name = "s" + std::to_string(statements_.size());
    const std::string rewritten = RewritePlaceholders(sql);
    ResultPtr result(PQprepare(handle_, name.c_str(), rewritten.c_str(), 0, nullptr), &PQclear);
    Check(result.get());
    return statements_.emplace(key, std::move(name)).first->second;
  }

  void Check(PGresult* result) {
    const auto status = PQresultStatus(result);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return;
    const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
    const bool unique = state && std::string_view(state) == "23505";
    throw DatabaseError(std::string("postgres: ") + PQerrorMessage(handle_), unique);
  }

  std::string url_;
  PGconn* handle_ = nullptr;
  std::unordered_map<std::string, std::string> statements_;
};

}  // namespace

std::unique_ptr<Database> OpenPostgres(const std::string& url, int pool_size) {
  return std::make_unique<PooledDatabase<PostgresConnection>>(url, pool_size);
}

}  // namespace resumax::db
