#include "adapters/db/open_database.h"

#include <algorithm>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <utility>
#include <vector>

#include "adapters/db/postgres_database.h"
#include "adapters/db/sqlite_database.h"
#include "core/clock.h"
#include "core/log.h"

namespace resumax::embedded {
const std::vector<std::pair<std::string_view, std::string_view>>& migrations_files();
}

namespace resumax::db {

std::unique_ptr<Database> OpenDatabase(const std::string& url, int pool_size) {
  if (url.starts_with("sqlite:")) return OpenSqlite(url.substr(7), pool_size);
  if (url.starts_with("postgres://") || url.starts_with("postgresql://")) {
    return OpenPostgres(url, pool_size);
  }
  throw std::invalid_argument("RESUMAX_DATABASE_URL must start with sqlite: or postgres://");
}

namespace {

constexpr std::string_view kCreateMigrationsTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";
constexpr std::string_view kSelectApplied =
    "SELECT version FROM schema_migrations WHERE version = ?";
constexpr std::string_view kRecordApplied =
    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)";

struct Migration {
  int version;
  std::string_view name;
  std::string_view sql;
};

std::vector<Migration> MigrationsFor(Dialect dialect) {
  const std::string_view prefix = dialect == Dialect::kSqlite ? "sqlite/" : "postgres/";
  std::vector<Migration> out;
  for (const auto& [path, sql] : embedded::migrations_files()) {
    if (!path.starts_with(prefix)) continue;
    const std::string_view name = path.substr(prefix.size());
    out.push_back({std::stoi(std::string(name.substr(0, 4))), name, sql});
  }
  std::sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.version < b.version; });
  return out;
}

// Serialises concurrent starts of several servers against one PostgreSQL.
void LockMigrations(Database& tx) {
  if (tx.dialect() == Dialect::kPostgres) tx.Query("SELECT pg_advisory_xact_lock(7270201)");
}

}  // namespace

int Migrate(Database& database, int up_to) {
  database.Transaction([](Database& tx) {
    LockMigrations(tx);
    tx.ExecuteScript(kCreateMigrationsTable);
  });
  int applied = 0;
  for (const auto& migration : MigrationsFor(database.dialect())) {
    if (migration.version > up_to) break;
    bool ran = false;
    database.Transaction([&](Database& tx) {
      LockMigrations(tx);
      const Value version[] = {std::int64_t{migration.version}};
      if (tx.QueryOne(kSelectApplied, version)) return;
      tx.ExecuteScript(migration.sql);
      const Value record[] = {std::int64_t{migration.version}, std::string(migration.name),
                              FormatTimestamp(std::chrono::system_clock::now())};
      tx.Execute(kRecordApplied, record);
      ran = true;
    });
    if (ran) {
      ++applied;
      log::Info("migration_applied",
                {{"version", migration.version}, {"name", std::string(migration.name)}});
    }
  }
  return applied;
}

}  // namespace resumax::db
