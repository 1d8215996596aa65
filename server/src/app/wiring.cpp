#include "app/wiring.h"

#include <curl/curl.h>
#include <fcntl.h>
#include <malloc.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <optional>
#include <sstream>
#include <thread>
#include <tuple>

#include "adapters/ai/engine_factory.h"
#include "adapters/billing/stripe_client.h"
#include "adapters/db/ai_audit_log.h"
#include "adapters/db/open_database.h"
#include "adapters/export/writers.h"
#include "adapters/mail/outbox_mailer.h"
#include "adapters/mail/smtp_mailer.h"
#include "adapters/queue/database_job_queue.h"
#include "adapters/queue/postgres_wakeups.h"
#include "adapters/redis/redis_cache.h"
#include "adapters/redis/redis_client.h"
#include "adapters/redis/redis_rate_limiter.h"
#include "adapters/scan/clamd_scanner.h"
#include "adapters/storage/local_object_store.h"
#include "adapters/storage/open_object_store.h"
#include "adapters/storage/s3_object_store.h"
#include "adapters/storage/traced_object_store.h"
#include "adapters/telemetry/otlp_exporter.h"
#include "app/parse_sandbox.h"
#include "app/resume_parser_adapter.h"
#include "core/crypto.h"
#include "core/event_hub.h"
#include "core/ids.h"
#include "core/log.h"
#include "core/metrics.h"
#include "core/trace.h"
#include "domain/accounts/account_service.h"
#include "domain/auth/auth_service.h"
#include "domain/jobs/worker_pool.h"
#include "domain/mail/mail_queue.h"
#include "domain/optimize/local_change_engine.h"
#include "domain/resumes/resume_service.h"
#include "http/audit_trail.h"
#include "http/pipeline.h"
#include "http/routes.h"
#include "http/server.h"
#include "http/static_site.h"

namespace resumax::app {
namespace {

// A secret kept in a 0600 file in the data dir, generated on first start.
std::string LoadOrCreateSecret(
    const std::filesystem::path& path,
    const std::function<std::string()>& generate = [] { return crypto::RandomToken(48); }) {
  if (std::ifstream in(path); in) {
    std::stringstream text;
    text << in.rdbuf();
    std::string secret = text.str();
    while (!secret.empty() && (secret.back() == '\n' || secret.back() == '\r')) secret.pop_back();
    if (!secret.empty()) return secret;
  }
  std::filesystem::create_directories(path.parent_path());
  ::chmod(path.parent_path().c_str(), 0700);
  std::string secret = generate();
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0 || ::write(fd, secret.data(), secret.size()) != static_cast<ssize_t>(secret.size())) {
    if (fd >= 0) ::close(fd);
    throw std::runtime_error("cannot write " + path.string());
  }
  ::close(fd);
  return secret;
}

// The 32-byte storage key: from configuration, or kept in the data dir.
std::string MasterKey(const Config& config) {
  std::string hex =
      config.master_key.empty()
          ? LoadOrCreateSecret(std::filesystem::path(config.data_dir) / "secrets" / "master.key",
                               [] {
                                 std::string bytes(32, '\0');
                                 randombytes_buf(bytes.data(), bytes.size());
                                 std::string text(65, '\0');
                                 sodium_bin2hex(text.data(), text.size(),
                                                reinterpret_cast<unsigned char*>(bytes.data()),
                                                bytes.size());
                                 text.pop_back();
                                 return text;
                               })
          : config.master_key;
  std::string key(32, '\0');
  std::size_t length = 0;
  if (hex.size() != 64 ||
      sodium_hex2bin(reinterpret_cast<unsigned char*>(key.data()), key.size(), hex.data(),
                     hex.size(), nullptr, &length, nullptr) != 0 ||
      length != 32) {
    throw std::runtime_error("the storage master key must be 64 hex digits");
  }
  return key;
}

// The built web app: configured, or web/dist of the source tree the binary was built in.
std::filesystem::path WebDir(const Config& config) {
  if (!config.web_dir.empty()) return config.web_dir;
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    auto beside = exe.parent_path().parent_path() / "web" / "dist";
    if (std::filesystem::is_directory(beside, ec)) return beside;
  }
  return "web/dist";
}

// The data dir holds résumés, keys and mail: nobody but this account may read it. Everything
// the process creates is private (umask 077: directories 0700, files 0600, SQLite's -wal and
// -shm included), and what an older version left readable is closed.
void MakeDataDirPrivate(const Config& config) {
  ::umask(077);
  const std::filesystem::path root(config.data_dir);
  std::filesystem::create_directories(root);
  ::chmod(root.c_str(), 0700);
  std::error_code ec;
  for (const char* dir : {"objects", "outbox", "secrets", "taxonomy"}) {
    if (std::filesystem::is_directory(root / dir, ec)) ::chmod((root / dir).c_str(), 0700);
  }
  if (config.database_url.starts_with("sqlite:")) {
    const std::string file = config.database_url.substr(7);
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
      const std::string path = file + suffix;
      if (std::filesystem::exists(path, ec)) ::chmod(path.c_str(), 0600);
    }
  }
}

std::unique_ptr<db::Database> OpenAndMigrate(const Config& config) {
  MakeDataDirPrivate(config);
  auto database = db::OpenDatabase(config.database_url, config.database_pool);
  const int applied = db::Migrate(*database);
  log::Info("database_ready",
            {{"backend", database->dialect() == db::Dialect::kSqlite ? "sqlite" : "postgres"},
             {"migrationsApplied", applied}});
  return database;
}

std::unique_ptr<Mailer> MakeMailer(const Config& config) {
  if (config.smtp_url.empty()) {
    return std::make_unique<mail::OutboxMailer>(std::filesystem::path(config.data_dir) / "outbox",
                                                config.smtp_from);
  }
  return std::make_unique<mail::SmtpMailer>(
      mail::SmtpSettings{config.smtp_url, config.smtp_from, config.smtp_ca_file, true});
}

}  // namespace

int MigrateOnly(const Config& config) {
  OpenAndMigrate(config);
  return 0;
}

// The job queue's gauges in the Prometheus format: jobs per kind and state, the age of the
// oldest, the jobs this process runs now, and whether it is draining.
std::string QueueMetrics(jobs::DatabaseJobQueue& queue, const jobs::WorkerPool& workers,
                         const std::atomic<bool>& draining) {
  std::ostringstream out;
  out << "# HELP resumax_jobs Jobs not yet succeeded, by kind and state.\n"
      << "# TYPE resumax_jobs gauge\n";
  std::vector<jobs::QueueStat> stats;
  try {
    stats = queue.Stats();
  } catch (const std::exception& error) {
    log::Warn("queue_metrics_failed", {{"detail", error.what()}});
  }
  // Every registered kind has its queued series, 0 when idle, so an alert on a kind's backlog
  // sees it resolve instead of the series vanishing.
  for (const std::string& kind : workers.Kinds()) {
    const bool listed = std::any_of(stats.begin(), stats.end(), [&](const auto& stat) {
      return stat.kind == kind && stat.status == "queued";
    });
    if (!listed) stats.push_back({kind, "queued", 0, 0});
  }
  std::sort(stats.begin(), stats.end(), [](const auto& a, const auto& b) {
    return std::tie(a.kind, a.status) < std::tie(b.kind, b.status);
  });
  for (const auto& stat : stats) {
    out << "resumax_jobs{kind=\"" << stat.kind << "\",status=\"" << stat.status << "\"} "
        << stat.count << "\n";
  }
  out << "# HELP resumax_jobs_oldest_seconds How long the oldest job of a kind and state has "
         "waited (queued: since it was due).\n"
      << "# TYPE resumax_jobs_oldest_seconds gauge\n";
  for (const auto& stat : stats) {
    out << "resumax_jobs_oldest_seconds{kind=\"" << stat.kind << "\",status=\"" << stat.status
        << "\"} " << stat.oldest_seconds << "\n";
  }
  long long queued = 0;
  long long running = 0;
  long long dead = 0;
  for (const auto& stat : stats) {
    (stat.status == "queued" ? queued : stat.status == "running" ? running : dead) += stat.count;
  }
  // Always present, for autoscalers that read the queue's depth.
  out << "# HELP resumax_queue_depth Jobs of every kind by state (succeeded jobs excluded).\n"
      << "# TYPE resumax_queue_depth gauge\n"
      << "resumax_queue_depth{status=\"queued\"} " << queued << "\n"
      << "resumax_queue_depth{status=\"running\"} " << running << "\n"
      << "resumax_queue_depth{status=\"dead\"} " << dead << "\n";
  out << "# HELP resumax_jobs_running_here Jobs this process's workers are running.\n"
      << "# TYPE resumax_jobs_running_here gauge\n"
      << "resumax_jobs_running_here " << workers.Running() << "\n"
      << "# HELP resumax_draining 1 while the process drains after SIGTERM.\n"
      << "# TYPE resumax_draining gauge\n"
      << "resumax_draining " << (draining.load() ? 1 : 0) << "\n";
  return out.str();
}

int Serve(const Config& config, Role role) {
  if (role == Role::kWorker && config.workers < 1) {
    log::Error("no_workers", {{"hint", "a worker process needs RESUMAX_WORKERS of 1 or more"}});
    return 2;
  }
  curl_global_init(CURL_GLOBAL_DEFAULT);
  metrics::SetBuildInfo(RESUMAX_VERSION, RESUMAX_REVISION);
  // Traces: ids always propagate; spans are recorded and exported only to a collector.
  trace::SetSampleRatio(config.trace_sample_ratio);
  std::optional<telemetry::OtlpExporter> span_exporter;
  if (!config.otlp_endpoint.empty()) {
    telemetry::OtlpSettings otlp;
    otlp.endpoint = config.otlp_endpoint;
    otlp.service_version = RESUMAX_VERSION;
    otlp.instance_id = NewUuid();
    otlp.role = role == Role::kWorker ? "worker" : "serve";
    span_exporter.emplace(std::move(otlp));
    trace::SetSink(&*span_exporter);
  }
  // Declared after the exporter, so spans stop going to it before it is destroyed.
  const struct SinkReset {
    SinkReset() = default;
    SinkReset(const SinkReset&) = delete;
    SinkReset& operator=(const SinkReset&) = delete;
    ~SinkReset() { trace::SetSink(nullptr); }
  } sink_reset;
  auto database = OpenAndMigrate(config);
  SystemClock clock;
  InMemoryRateLimiter local_limiter(clock);
  // With Redis, rate limits are shared by every node (this node's own buckets while Redis does
  // not answer) and events travel by its pub/sub.
  std::optional<redis::Endpoint> redis_endpoint;
  if (!config.redis_url.empty()) redis_endpoint = redis::Endpoint::Parse(config.redis_url);
  std::optional<redis::Client> redis_client;
  std::optional<redis::RedisRateLimiter> shared_limiter;
  if (redis_endpoint) {
    redis_client.emplace(*redis_endpoint);
    shared_limiter.emplace(*redis_client, local_limiter);
  } else if (role == Role::kServe && config.workers == 0) {
    log::Warn("rate_limits_per_node",
              {{"reason",
                "an API node without workers is one of several; without RESUMAX_REDIS_URL each "
                "node counts rate limits on its own"}});
  }
  RateLimiter& limiter =
      shared_limiter ? static_cast<RateLimiter&>(*shared_limiter) : local_limiter;
  auto transport = MakeMailer(config);

  jobs::DatabaseJobQueue queue(*database, clock, config.jobs_per_user);
  jobs::WorkerSettings worker_settings;
  worker_settings.workers = config.workers;
  worker_settings.lease = std::chrono::seconds(config.job_lease_seconds);
  worker_settings.retry_base = std::chrono::milliseconds(config.job_retry_base_ms);
  worker_settings.start_delay = std::chrono::milliseconds(config.job_start_delay_ms);
  worker_settings.poll_interval = std::chrono::milliseconds(config.job_poll_ms);
  jobs::WorkerPool workers(queue, worker_settings);
  queue.OnEnqueue([&workers] { workers.Notify(); });
  const bool runs_workers = config.workers > 0;
  // Jobs enqueued by other processes (API nodes, `resumax jobs retry`) wake this one's idle
  // workers through PostgreSQL's LISTEN/NOTIFY; polling remains the fallback.
  // Live events: status changes published by the workers reach the event streams of every
  // API node through PostgreSQL's NOTIFY; on SQLite only this process's own workers publish.
  EventHub events;
  const bool postgres = database->dialect() == db::Dialect::kPostgres;
  std::vector<std::string> channels;
  if (runs_workers && config.job_wakeups && postgres) channels.emplace_back("resumax_jobs");
  if (role == Role::kServe && postgres) channels.emplace_back("resumax_events");
  std::optional<jobs::PostgresWakeups> wakeups;
  if (!channels.empty()) {
    // Named, so that an API node can count the others (see below) and operators can see them.
    const std::string name = role == Role::kServe ? "resumax-serve" : "resumax-worker";
    const std::string url = config.database_url +
                            (config.database_url.find('?') == std::string::npos ? "?" : "&") +
                            "application_name=" + name;
    wakeups.emplace(url, channels,
                    [&workers, &events](const std::string& channel, const std::string& topic) {
                      if (channel == "resumax_jobs") {
                        workers.Notify();
                      } else if (topic.empty()) {
                        events.DeliverAll();
                      } else {
                        events.Deliver(topic);
                      }
                    });
  }
  std::optional<redis::Subscriber> redis_events;
  if (redis_endpoint && role == Role::kServe) {
    redis_events.emplace(*redis_endpoint, "resumax:events", [&events](const std::string& topic) {
      if (topic.empty()) {
        events.DeliverAll();
      } else {
        events.Deliver(topic);
      }
    });
  }
  if (redis_endpoint || postgres) {
    // Redis first when configured; PostgreSQL's NOTIFY when Redis fails (every API node on
    // PostgreSQL also listens there).
    events.SetRelay([&database, &redis_client, postgres](const std::string& topic) {
      if (redis_client) {
        try {
          redis_client->Command({"PUBLISH", "resumax:events", topic});
          return;
        } catch (const redis::RedisError&) {
          if (!postgres) throw;
        }
      }
      const db::Value params[] = {topic};
      database->Query("SELECT pg_notify('resumax_events', ?)", params);
    });
    // With Redis configured, events are published there: a node whose subscription is down
    // polls until it is back.
    events.SetLiveProbe([&wakeups, &redis_events] {
      return redis_events ? redis_events->Subscribed() : wakeups && wakeups->Listening();
    });
  } else if (!runs_workers) {
    // SQLite shared with a worker process: its events cannot reach here; streams poll.
    events.SetLiveProbe([] { return false; });
  }
  // Account mail goes through the queue, sealed under a key of its own.
  mail::QueuedMailer mailer(queue, crypto::HmacSha256Raw(MasterKey(config), "resumax mail queue"));
  mailer.RegisterJobs(workers, *transport);

  auth::AccessTokenSettings token_settings;
  token_settings.secret =
      config.jwt_secret.empty()
          ? LoadOrCreateSecret(std::filesystem::path(config.data_dir) / "secrets" / "jwt.key")
          : config.jwt_secret;
  token_settings.ttl = std::chrono::seconds(config.access_token_ttl_seconds);
  auth::AccessTokens access_tokens(token_settings, clock);

  auth::AuthSettings auth_settings;
  auth_settings.public_url = config.public_url;
  auth_settings.per_ip = {config.auth_requests_per_minute, config.auth_requests_per_minute};
  auth_settings.per_account = {std::max(10.0, config.auth_requests_per_minute / 2),
                               std::max(10.0, config.auth_requests_per_minute / 2)};
  auth_settings.refresh_reuse_interval = std::chrono::seconds(config.refresh_reuse_seconds);
  auth_settings.challenge_max_number = config.challenge_max_number;
  auth_settings.terms_version = config.terms_version;
  auth_settings.privacy_version = config.privacy_version;
  auth_settings.unverified_retention_days = config.unverified_retention_days;
  auth_settings.audit_retention = std::chrono::hours(24 * config.audit_retention_days);
  auth_settings.secrets_key = crypto::HmacSha256Raw(MasterKey(config), "resumax account secrets");
  auth::AuthService auth(*database, access_tokens, limiter, mailer, clock, auth_settings);

  auto untraced_storage = storage::OpenObjectStore(
      config.storage_url, std::filesystem::path(config.data_dir) / "objects", MasterKey(config),
      config.public_url);
  auto* local_storage = dynamic_cast<storage::LocalObjectStore*>(untraced_storage.get());
  // Browsers upload straight to S3 when it stores the files.
  const auto* s3 = dynamic_cast<storage::S3ObjectStore*>(untraced_storage.get());
  auto storage = std::make_unique<storage::TracedObjectStore>(std::move(untraced_storage),
                                                              local_storage ? "local" : "s3");

  // Expired tokens, finished jobs and old audit rows go hourly.
  workers.Every(std::chrono::hours(1), [&auth, &queue, &config, &clock] {
    auth.PurgeExpired();
    const auto now = clock.Now();
    const long long jobs =
        queue.PurgeFinished(now - std::chrono::hours(24 * config.job_retention_days),
                            now - std::chrono::hours(24 * 30));
    if (jobs > 0) log::Info("jobs_purged", {{"count", jobs}});
  });

  accounts::AccountService account_service(*database, *storage, queue, mailer, limiter, clock,
                                           config.public_url);
  account_service.RegisterJobs(workers);
  accounts::DataExports data_exports(*database, *storage, queue, mailer, limiter, clock);
  // Optional emails (a finished optimization, a new device), each with a one-click unsubscribe.
  accounts::Notifications notifications(
      *database, mailer, clock, config.public_url,
      crypto::HmacSha256Raw(MasterKey(config), "resumax unsubscribe links"));
  auth.SetOnNewDevice([&notifications](const auth::User& user, const auth::ClientInfo& client) {
    notifications.NewSignIn(user, client);
  });
  data_exports.RegisterJobs(workers);
  // Deletions whose job died or was never queued are queued again; copies of data past their
  // link's life are deleted.
  workers.Every(std::chrono::hours(1), [&account_service, &data_exports, &auth] {
    account_service.RequeueDeletions();
    data_exports.PurgeExpired();
    // Accounts nobody verified within the retention go, with everything in them.
    long long unverified = 0;
    for (const auto& id : auth.StaleUnverifiedAccounts()) {
      unverified += account_service.ScheduleErasure(id, "unverified") ? 1 : 0;
    }
    if (unverified > 0) log::Info("unverified_accounts_deleted", {{"count", unverified}});
  });

  SandboxLimits parse_limits;
  parse_limits.wall = std::chrono::seconds(config.parse_timeout_seconds);
  parse_limits.cpu = std::chrono::seconds(config.parse_timeout_seconds + 5);
  parse_limits.memory_bytes = static_cast<std::uint64_t>(config.parse_memory_mb) << 20;
  SandboxedResumeParser parser(parse_limits);
  resumes::ResumeRepository resume_repository(*database);
  resumes::ResumeSettings resume_settings;
  resume_settings.max_upload_bytes = static_cast<std::uint64_t>(config.max_upload_mb) << 20;
  resume_settings.quota_files = config.quota_files;
  resume_settings.quota_bytes = static_cast<std::uint64_t>(config.quota_mb) << 20;
  resume_settings.retention = std::chrono::hours(24 * config.deleted_retention_days);
  // With a provider configured, the fields the rules were unsure of are read again by it.
  ai::AiSettings ai_settings;
  ai_settings.openai.api_key = config.openai_api_key;
  ai_settings.openai.base_url = config.openai_base_url;
  ai_settings.openai.model = config.openai_model;
  ai_settings.anthropic.api_key = config.anthropic_api_key;
  ai_settings.anthropic.base_url = config.anthropic_base_url;
  ai_settings.anthropic.model = config.anthropic_model;
  const auto field_assistant = config.parse_assist ? ai::MakeFieldAssistant(ai_settings) : nullptr;
  std::optional<AssistedResumeParser> assisted_parser;
  if (field_assistant) assisted_parser.emplace(parser, *field_assistant);
  resumes::ResumeParser& resume_parser =
      assisted_parser ? static_cast<resumes::ResumeParser&>(*assisted_parser) : parser;
  resumes::ResumeService resume_service(resume_repository, *storage, queue, resume_parser, clock,
                                        resume_settings);
  resume_service.RegisterJobs(workers);

  jobs::JobDescriptionService job_description_service(*database, *storage, queue, parser, clock);
  job_description_service.RegisterJobs(workers);
  job_description_service.SetQuota(config.quota_job_descriptions);
  std::optional<scan::ClamdScanner> scanner;
  if (!config.clamd_url.empty()) {
    scanner = scan::ClamdScanner::FromUrl(config.clamd_url);
    resume_service.SetScanner(&*scanner);
    job_description_service.SetScanner(&*scanner);
  }

  optimize::OptimizationSettings optimization_settings;
  optimize::Taxonomy taxonomy = optimize::Taxonomy::Builtin();
  const auto imported = std::filesystem::path(config.data_dir) / "taxonomy" / "imported.tsv";
  if (std::ifstream in(imported); in) {
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    taxonomy.Merge(optimize::Taxonomy::FromTsv(text));
    log::Info("taxonomy_imported", {{"entries", taxonomy.size()}});
  }
  optimize::LocalChangeEngine local_engine;
  db::AiAuditLog ai_audit(*database, clock);
  const auto provider_engine = ai::MakeProviderEngine(ai_settings, &ai_audit);
  optimize::ChangeEngine& engine = provider_engine ? *provider_engine : local_engine;
  optimize::OptimizationService optimization_service(*database, queue, taxonomy, engine, clock,
                                                     optimization_settings);
  optimization_service.RegisterJobs(workers);
  optimization_service.SetEvents(&events);
  optimization_service.SetOnFinished([&notifications](const std::string& id, bool completed) {
    notifications.OptimizationFinished(id, completed);
  });
  // Billing: each optimization costs credits, bought through Stripe Checkout.
  std::optional<billing::Credits> credits;
  std::optional<ai::HttpClient> stripe_http;
  std::optional<billing::StripeClient> stripe;
  std::optional<billing::BillingService> billing_service;
  if (config.billing == "stripe") {
    credits.emplace(*database, clock,
                    billing::CreditSettings{config.optimization_cost, config.free_credits});
    stripe_http.emplace();
    stripe.emplace(billing::StripeSettings{config.stripe_secret_key, config.stripe_api_base},
                   *stripe_http);
    billing::BillingSettings billing_settings;
    billing_settings.webhook_secret = config.stripe_webhook_secret;
    billing_settings.public_url = config.public_url;
    billing_settings.packs = *billing::ParsePacks(config.credit_packs, nullptr);
    billing_service.emplace(*database, queue, *credits, *stripe, clock, billing_settings);
    billing_service->RegisterJobs(workers);
    billing_service->SetRateLimiter(&limiter);
    billing_service->SetOnPurchase([&notifications](const billing::Purchase& purchase) {
      notifications.PurchaseReceipt(purchase.user_id, purchase.pack_id, purchase.credits,
                                    purchase.pack ? purchase.pack->amount : 0,
                                    purchase.pack ? purchase.pack->currency : "usd",
                                    purchase.balance);
    });
    optimization_service.SetCredits(&*credits);
  }
  std::optional<redis::RedisCache> analysis_cache;
  if (redis_client) {
    analysis_cache.emplace(*redis_client);
    optimization_service.SetSharedCache(&*analysis_cache);
  }
  exporting::ExportSettings export_settings;
  export_settings.link_ttl = std::chrono::seconds(config.download_link_ttl_seconds);
  export_settings.artifact_ttl = std::chrono::hours(24 * config.export_retention_days);
  exporting::ExportService export_service(*database, *storage, optimization_service,
                                          resume_repository, exporting::DefaultRenderers(), clock,
                                          export_settings);
  export_service.RegisterJobs(workers);
  // Exports are the service's own files: read back in process, with the rules alone.
  DocumentResumeParser export_reader;
  export_service.SetReader(&export_reader);

  http::Metrics metrics;
  std::atomic<bool> draining{false};
  metrics.SetCollector(
      [&queue, &workers, &draining] { return QueueMetrics(queue, workers, draining); });
  const bool https = config.public_url.starts_with("https://");
  http::Services services{auth,
                          resume_service,
                          job_description_service,
                          optimization_service,
                          export_service,
                          *storage,
                          local_storage,
                          *database,
                          metrics,
                          https,
                          config.metrics_token,
                          &draining,
                          &events,
                          &account_service,
                          &queue,
                          &data_exports,
                          &notifications,
                          billing_service ? &*billing_service : nullptr};
  const http::Router router =
      role == Role::kWorker ? http::BuildSystemRouter(services) : http::BuildRouter(services);
  std::optional<http::StaticSite> site;
  if (role == Role::kServe) {
    site.emplace(WebDir(config), s3 ? s3->Origin() : "");
    if (site->empty()) {
      log::Warn("web_app_missing", {{"hint", "run `make build` to build web/dist"}});
    }
  }
  http::Pipeline pipeline(router, auth, metrics, https, site ? &*site : nullptr);
  const http::AuditTrail audit_trail(account_service);
  pipeline.SetAuditTrail(&audit_trail);
  http::ServerSettings server_settings{config.host, static_cast<unsigned short>(config.port),
                                       role == Role::kWorker ? 1 : config.threads, 4};
  server_settings.max_connections = config.max_connections;
  server_settings.trusted_proxies = *http::TrustedProxies::Parse(config.trusted_proxies);
  server_settings.drain_delay = std::chrono::milliseconds(config.drain_delay_ms);
  server_settings.shutdown_grace = std::chrono::seconds(config.shutdown_grace_seconds);
  server_settings.draining = &draining;
  // The workers stop taking jobs at the signal, while the HTTP side drains.
  std::atomic<std::int64_t> signalled_at{0};
  server_settings.on_stop_signal = [&workers, &signalled_at] {
    signalled_at = std::chrono::steady_clock::now().time_since_epoch().count();
    workers.BeginStop();
  };
  http::Server server(server_settings, pipeline);
  const unsigned short port = server.Bind();
  log::Info(role == Role::kWorker ? "working" : "serving",
            {{"url", "http://" + config.host + ":" + std::to_string(port)},
             {"publicUrl", config.public_url},
             {"dataDir", config.data_dir},
             {"mail", config.smtp_url.empty() ? "outbox" : "smtp"},
             {"storage", config.storage_url.empty() ? "local" : "s3"},
             {"workers", config.workers},
             {"redis", redis_endpoint ? "on" : "off"},
             {"rewrites", provider_engine ? "language models, local fallback" : "local"}});
  // Loading the taxonomy (tens of megabytes when an import is merged), the web app and the
  // migrations left freed heap behind: give it back to the system before serving.
  ::malloc_trim(0);
  if (runs_workers) workers.Start();
  if (wakeups) wakeups->Start();
  if (redis_events) redis_events->Start();
  // Several API nodes on one database without Redis count rate limits each on their own: say
  // so once the listening connections (one per API node) are up.
  std::thread node_count;
  if (role == Role::kServe && postgres && !redis_endpoint && wakeups) {
    node_count = std::thread([&database, &wakeups, &draining] {
      for (int i = 0; i < 100 && !wakeups->Listening() && !draining; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
      }
      try {
        const auto row = database->QueryOne(
            "SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = 'resumax-serve' AND "
            "datname = current_database()");
        if (row && row->Int(0) > 1) {
          log::Warn("rate_limits_per_node",
                    {{"apiNodes", row->Int(0)},
                     {"reason",
                      "several API nodes share this database without RESUMAX_REDIS_URL: each "
                      "counts rate limits on its own"}});
        }
      } catch (const std::exception& error) {
        log::Warn("node_count_failed", {{"detail", error.what()}});
      }
    });
  }
  server.Run();
  if (node_count.joinable()) node_count.join();
  if (redis_events) redis_events->Stop();
  if (wakeups) wakeups->Stop();
  // Running jobs get what is left of the grace period since the signal.
  const auto since_signal = signalled_at.load() == 0
                                ? std::chrono::steady_clock::duration::zero()
                                : std::chrono::steady_clock::now().time_since_epoch() -
                                      std::chrono::steady_clock::duration(signalled_at.load());
  const auto grace =
      std::max(std::chrono::milliseconds(0),
               std::chrono::milliseconds(config.shutdown_grace_seconds * 1000) -
                   std::chrono::duration_cast<std::chrono::milliseconds>(since_signal));
  if (!workers.Stop(grace)) {
    // Jobs outlived the grace period: their leases were given back and another worker runs
    // them. Their threads still use the services, so the process ends here, without unwinding.
    log::Warn("stopped_with_jobs_released", {{"graceMs", grace.count()}});
    std::fflush(nullptr);
    std::_Exit(0);
  }
  curl_global_cleanup();
  return 0;
}

}  // namespace resumax::app
