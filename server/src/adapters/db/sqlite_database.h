#pragma once

#include <memory>
#include <string>

#include "core/database.h"

namespace resumax::db {

// SQLite in WAL mode with a busy timeout and a small pool of connections to one file.
// `path` ":memory:" gives a private in-memory database (one connection).
std::unique_ptr<Database> OpenSqlite(const std::string& path, int pool_size = 8);

}  // namespace resumax::db
