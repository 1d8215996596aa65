#pragma once

#include <memory>
#include <string>

#include "core/database.h"

namespace resumax::db {

// PostgreSQL through libpq: a pool of connections, statements prepared once per connection,
// sessions in UTC.
std::unique_ptr<Database> OpenPostgres(const std::string& url, int pool_size = 8);

// Rewrites `?` placeholders (outside quotes) as $1, $2, ...
std::string RewritePlaceholders(std::string_view sql);

}  // namespace resumax::db
