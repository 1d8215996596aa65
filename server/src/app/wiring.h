#pragma once

#include "app/config.h"

namespace resumax::app {

// What a process runs: `serve` (the API and the web app, plus background workers unless
// --workers 0) or `worker` (only the job queue, with /healthz, /readyz and /metrics).
enum class Role { kServe, kWorker };

// Builds the concrete adapters a Config selects and runs the role until SIGTERM, draining
// gracefully. Returns an exit code.
int Serve(const Config& config, Role role);

// Applies pending migrations and exits. Returns an exit code.
int MigrateOnly(const Config& config);

}  // namespace resumax::app
