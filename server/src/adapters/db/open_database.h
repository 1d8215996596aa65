#pragma once

#include <memory>
#include <string>

#include "core/database.h"

namespace resumax::db {

// Opens the database a URL names: `sqlite:PATH` or `postgres://…` / `postgresql://…`.
// Throws std::invalid_argument for any other scheme.
std::unique_ptr<Database> OpenDatabase(const std::string& url, int pool_size);

// Applies every migration of the database's dialect that is not yet recorded, each in its own
// transaction; returns how many it applied.
int Migrate(Database& database);

}  // namespace resumax::db
