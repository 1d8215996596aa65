#pragma once

#include "app/config.h"

namespace resumax::app {

// Builds the concrete adapters a Config selects and serves until stopped. Returns an exit code.
int Serve(const Config& config);

// Applies pending migrations and exits. Returns an exit code.
int MigrateOnly(const Config& config);

}  // namespace resumax::app
