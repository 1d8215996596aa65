#pragma once

#include "core/database.h"
#include "domain/auth/auth_service.h"
#include "http/metrics.h"

namespace resumax::http {

// What handlers call into; built once in app/wiring.cpp.
struct Services {
  auth::AuthService& auth;
  db::Database& database;
  Metrics& metrics;
  bool secure_cookies = false;  // the public URL is https: cookies get the Secure flag
};

}  // namespace resumax::http
