#pragma once

#include <limits>
#include <memory>
#include <string>

#include "core/database.h"

namespace resumax::db {

// Opens the database a URL names: `sqlite:PATH` or `postgres://…` / `postgresql://…`.
// Throws std::invalid_argument for any other scheme.
std::unique_ptr<Database> OpenDatabase(const std::string& url, int pool_size);

// Applies every migration of the database's dialect that is not yet recorded, up to and
// including version `up_to` (all by default), each in its own transaction; returns how many it
// applied.
int Migrate(Database& database, int up_to = std::numeric_limits<int>::max());

}  // namespace resumax::db
