#include "app/config.h"

namespace resumax::app {

std::string Validate(Config& config) {
  if (config.port < 0 || config.port > 65535) return "RESUMAX_PORT must be between 0 and 65535";
  if (config.data_dir.empty()) return "RESUMAX_DATA_DIR must not be empty";
  if (config.public_url.empty()) {
    config.public_url = "http://localhost:" + std::to_string(config.port);
  }
  if (!config.public_url.starts_with("http://") && !config.public_url.starts_with("https://")) {
    return "RESUMAX_PUBLIC_URL must start with http:// or https://";
  }
  while (config.public_url.ends_with('/')) config.public_url.pop_back();
  if (config.database_url.empty())
    config.database_url = "sqlite:" + config.data_dir + "/resumax.db";
  if (!config.database_url.starts_with("sqlite:") &&
      !config.database_url.starts_with("postgres://") &&
      !config.database_url.starts_with("postgresql://")) {
    return "RESUMAX_DATABASE_URL must be sqlite:PATH or postgres://...";
  }
  if (!config.jwt_secret.empty() && config.jwt_secret.size() < 32) {
    return "RESUMAX_JWT_SECRET must be at least 32 characters";
  }
  if (!config.smtp_url.empty() && !config.smtp_url.starts_with("smtp://") &&
      !config.smtp_url.starts_with("smtps://")) {
    return "RESUMAX_SMTP_URL must start with smtp:// or smtps://";
  }
  if (config.threads < 0 || config.threads > 256) return "RESUMAX_THREADS must be 0..256";
  if (config.database_pool < 1 || config.database_pool > 256) {
    return "RESUMAX_DATABASE_POOL must be 1..256";
  }
  if (config.access_token_ttl_seconds < 1 || config.access_token_ttl_seconds > 86400) {
    return "RESUMAX_ACCESS_TOKEN_TTL must be 1..86400 seconds";
  }
  if (config.auth_requests_per_minute <= 0) {
    return "RESUMAX_AUTH_REQUESTS_PER_MINUTE must be positive";
  }
  return {};
}

}  // namespace resumax::app
