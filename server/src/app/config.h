#pragma once

#include <string>

namespace resumax::app {

// Every setting of the program. Each is a command-line flag and a RESUMAX_* environment
// variable; Validate() fills defaults that depend on others and names the bad variable.
struct Config {
  std::string host = "127.0.0.1";
  int port = 8080;
  std::string data_dir = "./data";
  std::string public_url;    // default http://localhost:<port>
  std::string database_url;  // default sqlite:<data_dir>/resumax.db
  std::string jwt_secret;    // default: generated once into <data_dir>/secrets/jwt.key
  std::string smtp_url;      // empty: write mail to <data_dir>/outbox
  std::string smtp_from = "resuMAX <no-reply@localhost>";
  std::string smtp_ca_file;
  int threads = 0;
  int database_pool = 8;
  int access_token_ttl_seconds = 900;
  int download_link_ttl_seconds = 900;  // signed download links of exports
  double auth_requests_per_minute = 20;
  std::string log_level = "info";
  std::string master_key;   // 32 bytes as 64 hex digits; default: <data_dir>/secrets/master.key
  std::string storage_url;  // empty: the data dir, encrypted; s3://bucket?endpoint=...&region=...
  std::string web_dir;      // the built web app; default: web/dist beside the binary's build dir
  std::string openai_api_key;  // language-model providers; none configured: the local engine
  std::string openai_base_url;
  std::string openai_model;
  std::string anthropic_api_key;
  std::string anthropic_base_url;
  std::string anthropic_model;
  bool parse_assist = true;  // with a provider configured: it reads fields the parser was unsure of
  int workers = 2;           // background workers inside `serve`
  int max_upload_mb = 10;
  int job_lease_seconds = 120;
  int job_retry_base_ms = 2000;
  int job_start_delay_ms = 0;  // fault injection: workers pause after claiming a job
  int job_poll_ms = 1000;      // an idle worker's look for due work when nothing woke it
  bool job_wakeups = true;     // PostgreSQL: LISTEN/NOTIFY wakes idle workers of every process
  std::string redis_url;       // redis://[:password@]host:port[/db]: shared limits, live events
  int drain_delay_ms = 0;      // on SIGTERM, /readyz says 503 this long before the port closes
  int shutdown_grace_seconds = 20;  // then requests in flight and running jobs get this long
  int parse_timeout_seconds = 15;   // one document's parse, wall clock, in its child process
  int parse_memory_mb = 512;        // resident size a parse may reach
  int jobs_per_user = 1;            // a user's background jobs running at once
  std::string trusted_proxies;      // CIDR list whose X-Forwarded-For is believed
  int max_connections = 1024;       // open HTTP connections per process
  int refresh_reuse_seconds = 10;
  // The sign-in proof of work's search space (about a second of a browser's time by default).
  int challenge_max_number = 100000;
  int quota_files = 100;               // resumes a user may keep
  int quota_mb = 200;                  // megabytes their files may take
  int quota_job_descriptions = 500;    // job descriptions a user may keep
  int audit_retention_days = 365;      // audit rows are deleted after this
  int unverified_retention_days = 30;  // accounts never verified are deleted after this (0: never)
  int deleted_retention_days = 30;     // deleted resumes' rows are purged after this
  int export_retention_days = 7;       // exported files are deleted (and rendered anew) after this
  // The terms of service and privacy policy in force; a change asks users again at sign-in.
  std::string terms_version = "2026-12-01";
  std::string privacy_version = "2026-12-01";
  int job_retention_days = 7;  // finished jobs are deleted after this (dead ones: 30 days)
  std::string clamd_url;       // tcp://HOST:PORT or unix:///path: scan every upload
  std::string metrics_token;   // bearer token GET /metrics requires (empty: open)
  // Traces: the OTLP/HTTP collector spans go to (empty: none are recorded; trace ids still
  // propagate) and the share of new traces recorded.
  std::string otlp_endpoint;
  double trace_sample_ratio = 1.0;
  // Credits and their purchase (empty: off, and nothing costs anything; "stripe": on).
  std::string billing;
  std::string stripe_secret_key;
  std::string stripe_webhook_secret;
  std::string stripe_api_base = "https://api.stripe.com";
  std::string credit_packs;  // id:credits:price_id:amount:currency, comma separated
  int optimization_cost = 1;
  int free_credits = 3;
};

// Fills derived defaults; returns an error message naming the variable, or empty when valid.
std::string Validate(Config& config);

}  // namespace resumax::app
