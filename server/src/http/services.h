#pragma once

#include <atomic>
#include <string>

#include "core/database.h"
#include "core/event_hub.h"
#include "domain/accounts/account_service.h"
#include "domain/accounts/data_export.h"
#include "domain/accounts/notifications.h"
#include "domain/auth/auth_service.h"
#include "domain/billing/billing_service.h"
#include "domain/export/export_service.h"
#include "domain/job_descriptions/job_description_service.h"
#include "domain/optimize/optimization_service.h"
#include "domain/resumes/resume_service.h"
#include "domain/storage/object_store.h"
#include "http/metrics.h"

namespace resumax::storage {
class LocalObjectStore;
}
namespace resumax::jobs {
class DatabaseJobQueue;
}

namespace resumax::http {

// What handlers call into; built once in app/wiring.cpp.
struct Services {
  auth::AuthService& auth;
  resumes::ResumeService& resumes;
  jobs::JobDescriptionService& job_descriptions;
  optimize::OptimizationService& optimizations;
  exporting::ExportService& exports;
  storage::ObjectStore& storage;
  storage::LocalObjectStore* local_storage;  // null unless files are stored by this server
  db::Database& database;
  Metrics& metrics;
  bool secure_cookies = false;  // the public URL is https: cookies get the Secure flag
  std::string metrics_token;    // when set, GET /metrics needs "Authorization: Bearer <it>"
  // Set on SIGTERM while the node drains: GET /readyz answers 503 so balancers stop sending.
  const std::atomic<bool>* draining = nullptr;
  // Live events for the event streams; null: they poll.
  EventHub* events = nullptr;
  // Account activity, deletion and the admin area; the queue admins inspect.
  accounts::AccountService* accounts = nullptr;
  jobs::DatabaseJobQueue* queue = nullptr;
  accounts::DataExports* data_exports = nullptr;  // copies of a user's data
  accounts::Notifications* notifications = nullptr;
  // Credits and Stripe: null unless RESUMAX_BILLING turns billing on.
  billing::BillingService* billing = nullptr;
};

}  // namespace resumax::http
