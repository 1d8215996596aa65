#include "app/config.h"

#include "adapters/redis/redis_client.h"
#include "adapters/scan/clamd_scanner.h"
#include "domain/billing/billing_service.h"
#include "http/client_address.h"

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
  if (config.download_link_ttl_seconds < 1 || config.download_link_ttl_seconds > 7 * 86400) {
    return "RESUMAX_DOWNLOAD_LINK_TTL must be 1..604800 seconds";
  }
  if (config.auth_requests_per_minute <= 0) {
    return "RESUMAX_AUTH_REQUESTS_PER_MINUTE must be positive";
  }
  if (!config.master_key.empty() && config.master_key.size() != 64) {
    return "RESUMAX_MASTER_KEY must be 64 hex digits (32 bytes)";
  }
  if (!config.storage_url.empty() && !config.storage_url.starts_with("s3://")) {
    return "RESUMAX_STORAGE_URL must be empty (local) or s3://bucket?endpoint=...&region=...";
  }
  if (config.workers < 0 || config.workers > 64) return "RESUMAX_WORKERS must be 0..64";
  if (config.parse_timeout_seconds < 1 || config.parse_timeout_seconds > 300) {
    return "RESUMAX_PARSE_TIMEOUT_SECONDS must be 1..300";
  }
  if (config.parse_memory_mb < 64 || config.parse_memory_mb > 16384) {
    return "RESUMAX_PARSE_MEMORY_MB must be 64..16384";
  }
  if (config.jobs_per_user < 1 || config.jobs_per_user > 64) {
    return "RESUMAX_JOBS_PER_USER must be 1..64";
  }
  if (std::string bad; !http::TrustedProxies::Parse(config.trusted_proxies, &bad)) {
    return "RESUMAX_TRUSTED_PROXIES: '" + bad + "' is not an address or CIDR block";
  }
  if (!config.metrics_token.empty() && config.metrics_token.size() < 16) {
    return "RESUMAX_METRICS_TOKEN must be at least 16 characters";
  }
  if (config.quota_files < 1 || config.quota_mb < 1 || config.quota_job_descriptions < 1) {
    return "RESUMAX_QUOTA_FILES, RESUMAX_QUOTA_MB and RESUMAX_QUOTA_JOB_DESCRIPTIONS must be 1 or "
           "more";
  }
  if (config.audit_retention_days < 1 || config.job_retention_days < 1) {
    return "RESUMAX_AUDIT_RETENTION_DAYS and RESUMAX_JOB_RETENTION_DAYS must be 1 or more";
  }
  if (std::string why;
      !config.clamd_url.empty() && !scan::ClamdScanner::FromUrl(config.clamd_url, &why)) {
    return "RESUMAX_CLAMD_URL: " + why;
  }
  if (config.max_connections < 16 || config.max_connections > 1000000) {
    return "RESUMAX_MAX_CONNECTIONS must be 16..1000000";
  }
  if (config.unverified_retention_days < 0) return "--unverified-retention-days must be >= 0";
  if (config.deleted_retention_days < 1 || config.export_retention_days < 1) {
    return "--deleted-retention-days and --export-retention-days must be at least 1";
  }
  for (const std::string* version : {&config.terms_version, &config.privacy_version}) {
    if (version->empty() || version->size() > 64 ||
        version->find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                                   ".-_") != std::string::npos) {
      return "--terms-version and --privacy-version must be 1-64 letters, digits, '.', '-' or '_'";
    }
  }
  if (config.challenge_max_number < 10 || config.challenge_max_number > 10000000) {
    return "--challenge-max-number must be between 10 and 10000000";
  }
  if (config.refresh_reuse_seconds < 0 || config.refresh_reuse_seconds > 120) {
    return "RESUMAX_REFRESH_REUSE_SECONDS must be 0..120";
  }
  if (config.max_upload_mb < 1 || config.max_upload_mb > 100) {
    return "RESUMAX_MAX_UPLOAD_MB must be 1..100";
  }
  if (config.job_lease_seconds < 1) return "RESUMAX_JOB_LEASE_SECONDS must be positive";
  if (config.job_retry_base_ms < 1) return "RESUMAX_JOB_RETRY_BASE_MS must be positive";
  if (config.job_start_delay_ms < 0) return "RESUMAX_JOB_START_DELAY_MS must not be negative";
  if (config.job_poll_ms < 10 || config.job_poll_ms > 60000) {
    return "RESUMAX_JOB_POLL_MS must be 10..60000";
  }
  if (std::string why;
      !config.redis_url.empty() && !redis::Endpoint::Parse(config.redis_url, &why)) {
    return "RESUMAX_REDIS_URL " + why;
  }
  if (config.drain_delay_ms < 0 || config.drain_delay_ms > 600000) {
    return "RESUMAX_DRAIN_DELAY_MS must be 0..600000";
  }
  if (config.shutdown_grace_seconds < 0 || config.shutdown_grace_seconds > 3600) {
    return "RESUMAX_SHUTDOWN_GRACE_SECONDS must be 0..3600";
  }
  if (!config.otlp_endpoint.empty() && !config.otlp_endpoint.starts_with("http://") &&
      !config.otlp_endpoint.starts_with("https://")) {
    return "RESUMAX_OTLP_ENDPOINT must be an http:// or https:// URL";
  }
  if (!(config.trace_sample_ratio >= 0 && config.trace_sample_ratio <= 1)) {
    return "RESUMAX_TRACE_SAMPLE_RATIO must be 0..1";
  }
  if (!config.billing.empty() && config.billing != "stripe") {
    return "RESUMAX_BILLING must be empty (off) or stripe";
  }
  if (config.billing == "stripe") {
    if (!config.stripe_secret_key.starts_with("sk_") &&
        !config.stripe_secret_key.starts_with("rk_")) {
      return "RESUMAX_STRIPE_SECRET_KEY must be a Stripe secret or restricted key (sk_... or "
             "rk_...)";
    }
    if (!config.stripe_webhook_secret.starts_with("whsec_")) {
      return "RESUMAX_STRIPE_WEBHOOK_SECRET must be the endpoint's signing secret (whsec_...)";
    }
    if (!config.stripe_api_base.starts_with("https://") &&
        !config.stripe_api_base.starts_with("http://")) {
      return "RESUMAX_STRIPE_API_BASE must be an http:// or https:// URL";
    }
    if (std::string why; !billing::ParsePacks(config.credit_packs, &why)) {
      return "RESUMAX_CREDIT_PACKS " + why;
    }
    if (config.optimization_cost < 0 || config.optimization_cost > 1000) {
      return "RESUMAX_OPTIMIZATION_COST must be 0..1000";
    }
    if (config.free_credits < 0 || config.free_credits > 100000) {
      return "RESUMAX_FREE_CREDITS must be 0..100000";
    }
  }
  return {};
}

}  // namespace resumax::app
