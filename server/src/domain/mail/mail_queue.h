#pragma once

#include <string>

#include "domain/auth/mailer.h"
#include "domain/jobs/job_queue.h"
#include "domain/jobs/worker_pool.h"

namespace resumax::mail {

inline constexpr std::string_view kSendMailJob = "mail.send";

// Account mail never goes out inside a request: Send() seals the whole message (address, subject
// and text, which holds one-time links) with XChaCha20-Poly1305 under a key derived from the
// master key and queues a `mail.send` job; a worker opens it and hands it to the transport
// (outbox or SMTP), retrying with backoff while the relay is down. A request therefore answers
// in the same few milliseconds whether or not mail is sent, and the jobs table holds no token
// in clear.
class QueuedMailer final : public Mailer {
 public:
  // key: 32 bytes.
  QueuedMailer(jobs::JobQueue& queue, std::string key, int max_attempts = 10)
      : queue_(queue), key_(std::move(key)), max_attempts_(max_attempts) {}

  void Send(const MailMessage& message) override;

  // Registers the worker side: opens each queued message and sends it through transport.
  void RegisterJobs(jobs::WorkerPool& pool, Mailer& transport);

 private:
  jobs::JobQueue& queue_;
  std::string key_;
  int max_attempts_;
};

}  // namespace resumax::mail
