#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>
#include <vector>

#include "app/config.h"
#include "app/jobs_command.h"
#include "app/offline.h"
#include "app/parse_sandbox.h"
#include "app/wiring.h"
#include "core/crypto.h"
#include "core/log.h"

namespace {

// The options every subcommand shares, each also read from its RESUMAX_* variable.
void AddCommonOptions(CLI::App& command, resumax::app::Config& config) {
  command.add_option("--data-dir", config.data_dir, "Directory for the database, objects, outbox")
      ->envname("RESUMAX_DATA_DIR");
  command.add_option("--database-url", config.database_url, "sqlite:PATH or postgres://...")
      ->envname("RESUMAX_DATABASE_URL");
  command.add_option("--database-pool", config.database_pool, "Database connections")
      ->envname("RESUMAX_DATABASE_POOL");
  command.add_option("--log-level", config.log_level, "debug, info, warn or error")
      ->envname("RESUMAX_LOG_LEVEL");
}

// The options of the processes that run the service (serve and worker), each also read from
// its RESUMAX_* variable.
void AddServiceOptions(CLI::App& command, resumax::app::Config& config) {
  AddCommonOptions(command, config);
  command.add_option("--host", config.host, "Address to listen on")->envname("RESUMAX_HOST");
  command.add_option("--port", config.port, "Port to listen on (0 picks a free one)")
      ->envname("RESUMAX_PORT");
  command.add_option("--public-url", config.public_url, "URL users reach the app at")
      ->envname("RESUMAX_PUBLIC_URL");
  command.add_option("--jwt-secret", config.jwt_secret, "HS256 key for access tokens (32+ chars)")
      ->envname("RESUMAX_JWT_SECRET");
  command.add_option("--smtp-url", config.smtp_url, "smtp://user:pass@host:587 (STARTTLS)")
      ->envname("RESUMAX_SMTP_URL");
  command.add_option("--smtp-from", config.smtp_from, "Sender of account email")
      ->envname("RESUMAX_SMTP_FROM");
  command.add_option("--smtp-ca-file", config.smtp_ca_file, "CA bundle that signs the relay")
      ->envname("RESUMAX_SMTP_CA_FILE");
  command.add_option("--threads", config.threads, "I/O threads (0: one per core)")
      ->envname("RESUMAX_THREADS");
  command
      .add_option("--access-token-ttl", config.access_token_ttl_seconds,
                  "Access token lifetime in seconds")
      ->envname("RESUMAX_ACCESS_TOKEN_TTL");
  command
      .add_option("--download-link-ttl", config.download_link_ttl_seconds,
                  "Lifetime of signed export download links in seconds")
      ->envname("RESUMAX_DOWNLOAD_LINK_TTL");
  command
      .add_option("--auth-requests-per-minute", config.auth_requests_per_minute,
                  "Register/login/reset requests per client address per minute")
      ->envname("RESUMAX_AUTH_REQUESTS_PER_MINUTE");

  command.add_option("--master-key", config.master_key, "Storage encryption key (64 hex digits)")
      ->envname("RESUMAX_MASTER_KEY");
  command.add_option("--storage-url", config.storage_url, "s3://bucket?endpoint=...&region=...")
      ->envname("RESUMAX_STORAGE_URL");
  command.add_option("--web-dir", config.web_dir, "Directory of the built web app")
      ->envname("RESUMAX_WEB_DIR");
  command.add_option("--openai-api-key", config.openai_api_key, "OpenAI (or compatible) API key")
      ->envname("RESUMAX_OPENAI_API_KEY");
  command.add_option("--openai-base-url", config.openai_base_url, "OpenAI-compatible base URL")
      ->envname("RESUMAX_OPENAI_BASE_URL");
  command.add_option("--openai-model", config.openai_model, "OpenAI model")
      ->envname("RESUMAX_OPENAI_MODEL");
  command.add_option("--anthropic-api-key", config.anthropic_api_key, "Anthropic API key")
      ->envname("RESUMAX_ANTHROPIC_API_KEY");
  command.add_option("--anthropic-base-url", config.anthropic_base_url, "Anthropic base URL")
      ->envname("RESUMAX_ANTHROPIC_BASE_URL");
  command.add_option("--anthropic-model", config.anthropic_model, "Anthropic model")
      ->envname("RESUMAX_ANTHROPIC_MODEL");
  command
      .add_option("--parse-assist", config.parse_assist,
                  "With a provider configured, let it read the fields the parser was unsure of")
      ->envname("RESUMAX_PARSE_ASSIST");
  command.add_option("--workers", config.workers, "Background workers")->envname("RESUMAX_WORKERS");
  command.add_option("--max-upload-mb", config.max_upload_mb, "Largest upload in MB")
      ->envname("RESUMAX_MAX_UPLOAD_MB");
  command
      .add_option("--job-lease-seconds", config.job_lease_seconds,
                  "How long a worker holds a job before another may take it")
      ->envname("RESUMAX_JOB_LEASE_SECONDS");
  command.add_option("--job-retry-base-ms", config.job_retry_base_ms, "First retry delay")
      ->envname("RESUMAX_JOB_RETRY_BASE_MS");
  command
      .add_option("--job-start-delay-ms", config.job_start_delay_ms,
                  "Fault injection for recovery tests: pause after claiming a job")
      ->envname("RESUMAX_JOB_START_DELAY_MS");

  command
      .add_option("--parse-timeout-seconds", config.parse_timeout_seconds,
                  "Wall-clock limit of one document's parse")
      ->envname("RESUMAX_PARSE_TIMEOUT_SECONDS");
  command
      .add_option("--parse-memory-mb", config.parse_memory_mb,
                  "Memory one document's parse may use")
      ->envname("RESUMAX_PARSE_MEMORY_MB");
  command
      .add_option("--jobs-per-user", config.jobs_per_user,
                  "Background jobs of one user that run at once; the rest wait")
      ->envname("RESUMAX_JOBS_PER_USER");

  command
      .add_option("--trusted-proxies", config.trusted_proxies,
                  "CIDR blocks of our proxies, whose X-Forwarded-For names the client")
      ->envname("RESUMAX_TRUSTED_PROXIES");
  command.add_option("--quota-files", config.quota_files, "Resumes one user may keep")
      ->envname("RESUMAX_QUOTA_FILES");
  command.add_option("--quota-mb", config.quota_mb, "Megabytes one user's resumes may take")
      ->envname("RESUMAX_QUOTA_MB");
  command
      .add_option("--quota-job-descriptions", config.quota_job_descriptions,
                  "Job descriptions one user may keep")
      ->envname("RESUMAX_QUOTA_JOB_DESCRIPTIONS");
  command.add_option("--audit-retention-days", config.audit_retention_days, "Keep audit rows")
      ->envname("RESUMAX_AUDIT_RETENTION_DAYS");
  command
      .add_option("--unverified-retention-days", config.unverified_retention_days,
                  "Delete accounts never verified after this many days (0: never)")
      ->envname("RESUMAX_UNVERIFIED_RETENTION_DAYS");
  command
      .add_option("--deleted-retention-days", config.deleted_retention_days,
                  "Purge deleted resumes' rows after this many days")
      ->envname("RESUMAX_DELETED_RETENTION_DAYS");
  command
      .add_option("--export-retention-days", config.export_retention_days,
                  "Delete exported files after this many days (rendered again when asked)")
      ->envname("RESUMAX_EXPORT_RETENTION_DAYS");
  command.add_option("--terms-version", config.terms_version, "Terms of service in force")
      ->envname("RESUMAX_TERMS_VERSION");
  command.add_option("--privacy-version", config.privacy_version, "Privacy policy in force")
      ->envname("RESUMAX_PRIVACY_VERSION");
  command.add_option("--job-retention-days", config.job_retention_days, "Keep finished jobs")
      ->envname("RESUMAX_JOB_RETENTION_DAYS");
  command
      .add_option("--clamd-url", config.clamd_url, "clamd to scan uploads: tcp://H:P or unix://")
      ->envname("RESUMAX_CLAMD_URL");
  command.add_option("--metrics-token", config.metrics_token, "Bearer token GET /metrics requires")
      ->envname("RESUMAX_METRICS_TOKEN");
  command.add_option("--max-connections", config.max_connections, "Open connections per process")
      ->envname("RESUMAX_MAX_CONNECTIONS");
  command
      .add_option("--challenge-max-number", config.challenge_max_number,
                  "Search space of the proof of work asked after repeated failed sign-ins")
      ->envname("RESUMAX_CHALLENGE_MAX_NUMBER");
  command
      .add_option("--refresh-reuse-seconds", config.refresh_reuse_seconds,
                  "How long a rotated refresh token may be exchanged once more (0: never)")
      ->envname("RESUMAX_REFRESH_REUSE_SECONDS");
  command
      .add_option("--job-poll-ms", config.job_poll_ms,
                  "How often an idle worker looks for due work when nothing woke it")
      ->envname("RESUMAX_JOB_POLL_MS");
  command
      .add_option("--job-wakeups", config.job_wakeups,
                  "PostgreSQL: LISTEN/NOTIFY wakes idle workers in every process")
      ->envname("RESUMAX_JOB_WAKEUPS");
  command
      .add_option("--redis-url", config.redis_url,
                  "redis://[:password@]host:port[/db]: rate limits shared by every node, live "
                  "events across nodes")
      ->envname("RESUMAX_REDIS_URL");
  command
      .add_option("--drain-delay-ms", config.drain_delay_ms,
                  "On SIGTERM, how long /readyz answers 503 before the port closes")
      ->envname("RESUMAX_DRAIN_DELAY_MS");
  command
      .add_option("--shutdown-grace-seconds", config.shutdown_grace_seconds,
                  "On SIGTERM, how long requests in flight and running jobs may take")
      ->envname("RESUMAX_SHUTDOWN_GRACE_SECONDS");
  command
      .add_option("--otlp-endpoint", config.otlp_endpoint,
                  "OTLP/HTTP collector for traces (http://collector:4318); empty: none recorded")
      ->envname("RESUMAX_OTLP_ENDPOINT");
  command
      .add_option("--trace-sample-ratio", config.trace_sample_ratio,
                  "Share of new traces recorded, 0..1 (a request's sampled traceparent wins)")
      ->envname("RESUMAX_TRACE_SAMPLE_RATIO");
  command
      .add_option("--billing", config.billing,
                  "Credits bought with Stripe: stripe (empty: off, nothing costs credits)")
      ->envname("RESUMAX_BILLING");
  command.add_option("--stripe-secret-key", config.stripe_secret_key, "Stripe's secret API key")
      ->envname("RESUMAX_STRIPE_SECRET_KEY");
  command
      .add_option("--stripe-webhook-secret", config.stripe_webhook_secret,
                  "The webhook endpoint's signing secret (whsec_...)")
      ->envname("RESUMAX_STRIPE_WEBHOOK_SECRET");
  command.add_option("--stripe-api-base", config.stripe_api_base, "Stripe's API URL")
      ->envname("RESUMAX_STRIPE_API_BASE");
  command
      .add_option("--credit-packs", config.credit_packs,
                  "Packs for sale: id:credits:stripe_price_id:amount_minor_units:currency, ...")
      ->envname("RESUMAX_CREDIT_PACKS");
  command
      .add_option("--optimization-cost", config.optimization_cost,
                  "Credits an optimization takes (with billing on)")
      ->envname("RESUMAX_OPTIMIZATION_COST");
  command
      .add_option("--free-credits", config.free_credits,
                  "Credits a new account starts with (with billing on)")
      ->envname("RESUMAX_FREE_CREDITS");
}

}  // namespace

int main(int argc, char** argv) {
  resumax::app::Config config;
  CLI::App app{"resuMAX: resume parsing, job matching and truthful rewrites"};
  app.require_subcommand(0, 1);

  auto* serve = app.add_subcommand(
      "serve", "Serve the API and the web app, and run background workers unless --workers 0");
  AddServiceOptions(*serve, config);
  auto* worker = app.add_subcommand(
      "worker",
      "Run only the background job queue (parse, optimize, export, mail, cleanup); serves "
      "/healthz, /readyz and /metrics on --port");
  AddServiceOptions(*worker, config);
  auto* migrate = app.add_subcommand("migrate", "Apply database migrations and exit");
  AddCommonOptions(*migrate, config);

  resumax::app::JobsCommand jobs_command;
  auto* jobs =
      app.add_subcommand("jobs", "Inspect the job queue; run dead jobs again or discard them");
  jobs->require_subcommand(1);
  auto* jobs_list = jobs->add_subcommand("list", "Jobs, newest first (never their payloads)");
  jobs_list->add_option("--status", jobs_command.status, "queued, running, succeeded or dead")
      ->check(CLI::IsMember({"queued", "running", "succeeded", "dead"}));
  jobs_list->add_option("--kind", jobs_command.kind, "Only jobs of this kind");
  jobs_list->add_option("--limit", jobs_command.limit, "At most this many")
      ->check(CLI::Range(1, 10000));
  jobs_list->add_flag("--json", jobs_command.json, "One JSON array instead of a table");
  AddCommonOptions(*jobs_list, config);
  auto* jobs_retry = jobs->add_subcommand("retry", "Run dead jobs again from their first attempt");
  jobs_retry->add_option("ids", jobs_command.ids, "Ids of dead jobs");
  jobs_retry->add_flag("--all-dead", jobs_command.all_dead, "Every dead job (of --kind if given)");
  jobs_retry->add_option("--kind", jobs_command.kind, "With --all-dead: only jobs of this kind");
  AddCommonOptions(*jobs_retry, config);
  auto* jobs_discard = jobs->add_subcommand("discard", "Delete dead jobs");
  jobs_discard->add_option("ids", jobs_command.ids, "Ids of dead jobs")->required();
  AddCommonOptions(*jobs_discard, config);

  std::string admin_email;
  auto* admin = app.add_subcommand("admin", "Give an account the admin role or take it back");
  admin->require_subcommand(1);
  auto* admin_grant = admin->add_subcommand("grant", "Make the account with this email an admin");
  admin_grant->add_option("email", admin_email, "The account's email address")->required();
  AddCommonOptions(*admin_grant, config);
  auto* admin_revoke = admin->add_subcommand("revoke", "Make the account a normal user again");
  admin_revoke->add_option("email", admin_email, "The account's email address")->required();
  AddCommonOptions(*admin_revoke, config);

  // With no subcommand the program serves, with flags and RESUMAX_* variables applied.
  std::vector<char*> args(argv, argv + argc);
  char serve_word[] = "serve";
  if (argc == 1) args.push_back(serve_word);
  std::string resume_path, job_path, out_path, strategy = "balanced", taxonomy_dir;
  std::string layout = "classic", paper = "letter";
  auto* optimize = app.add_subcommand(
      "optimize",
      "Optimize a resume for a job description offline; write the result as JSON or the "
      "optimized resume as PDF, DOCX or text");
  optimize->add_option("resume", resume_path, "Resume file (PDF, DOCX or text)")->required();
  optimize->add_option("job", job_path, "Job description file (text or HTML)")->required();
  optimize->add_option("--out", out_path, "FILE.json, FILE.pdf, FILE.docx or FILE.txt")->required();
  optimize->add_option("--strategy", strategy, "conservative, balanced or bold");
  optimize->add_option("--template", layout, "PDF/DOCX look: classic, modern or compact");
  optimize->add_option("--paper", paper, "PDF/DOCX page size: letter or a4");

  auto* taxonomy = app.add_subcommand("taxonomy", "Manage the skills taxonomy");
  taxonomy->require_subcommand(1);
  auto* import = taxonomy->add_subcommand(
      "import", "Merge the open ESCO and O*NET files in DIR into the data dir's taxonomy");
  import->add_option("dir", taxonomy_dir, "Directory with esco/ and onet/")->required();
  AddCommonOptions(*import, config);

  // The server's document parser runs each file in a child process of this binary (see
  // app/parse_sandbox.h); not meant to be run by hand.
  std::string parse_mime;
  auto* parse_document =
      app.add_subcommand("parse-document", "Parse one document from stdin, answer JSON (internal)");
  parse_document->add_option("--mime-type", parse_mime, "Declared type of the document")
      ->required();
  bool parse_inspect = false;
  parse_document->add_flag("--inspect", parse_inspect,
                           "Also answer the extracted text and the ATS findings");
  parse_document->group("");

  CLI11_PARSE(app, static_cast<int>(args.size()), args.data());
  if (parse_document->parsed()) return resumax::app::RunParseChild(parse_mime, parse_inspect);

  try {
    resumax::crypto::Initialize();
    resumax::log::SetLevel(resumax::log::ParseLevel(config.log_level));
    if (const std::string problem = resumax::app::Validate(config); !problem.empty()) {
      std::cerr << "resumax: " << problem << "\n";
      return 2;
    }
    if (migrate->parsed()) return resumax::app::MigrateOnly(config);
    if (jobs->parsed()) {
      jobs_command.action = jobs_list->parsed()    ? resumax::app::JobsCommand::kList
                            : jobs_retry->parsed() ? resumax::app::JobsCommand::kRetry
                                                   : resumax::app::JobsCommand::kDiscard;
      return resumax::app::RunJobsCommand(config, jobs_command);
    }
    if (admin->parsed()) {
      return resumax::app::RunAdminCommand(config, admin_grant->parsed(), admin_email);
    }
    if (worker->parsed()) return resumax::app::Serve(config, resumax::app::Role::kWorker);
    if (optimize->parsed()) {
      resumax::log::SetLevel(resumax::log::Level::kWarn);
      return resumax::app::OptimizeOffline(resume_path, job_path, out_path, strategy, layout,
                                           paper);
    }
    if (import->parsed()) return resumax::app::ImportTaxonomy(config, taxonomy_dir);
    return resumax::app::Serve(config, resumax::app::Role::kServe);
  } catch (const std::exception& error) {
    resumax::log::Error("fatal", {{"detail", error.what()}});
    return 1;
  }
}
