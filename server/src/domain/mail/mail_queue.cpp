#include "domain/mail/mail_queue.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "core/crypto.h"
#include "core/log.h"

namespace resumax::mail {
namespace {

namespace json = boost::json;

std::string Field(const json::object& object, const char* key) {
  const auto* value = object.if_contains(key);
  return value && value->is_string() ? std::string(value->as_string()) : std::string();
}

}  // namespace

void QueuedMailer::Send(const MailMessage& message) {
  const std::string sealed =
      crypto::Seal(key_, json::serialize(json::object{{"to", message.to},
                                                      {"subject", message.subject},
                                                      {"text", message.text},
                                                      {"unsubscribe", message.unsubscribe_url}}));
  // All mail shares one owner, so a hanging relay holds at most the per-user limit of workers
  // (one by default), never the ones reading other users' files.
  queue_.Enqueue(std::string(kSendMailJob), json::serialize(json::object{{"sealed", sealed}}),
                 {std::chrono::milliseconds(0), max_attempts_, "mail"});
}

void QueuedMailer::RegisterJobs(jobs::WorkerPool& pool, Mailer& transport) {
  pool.Register(
      std::string(kSendMailJob),
      {[this, &transport](const jobs::ClaimedJob& job) -> jobs::HandlerResult {
         boost::system::error_code ec;
         const json::value payload = json::parse(job.payload_json, ec);
         if (ec || !payload.is_object()) return {jobs::Outcome::kPermanent, "payload is not JSON"};
         const auto opened = crypto::Open(key_, Field(payload.as_object(), "sealed"));
         if (!opened) {
           // Sealed under another master key: it can never be read here.
           return {jobs::Outcome::kPermanent, "the message cannot be opened with this key"};
         }
         const json::value message = json::parse(*opened, ec);
         if (ec || !message.is_object()) return {jobs::Outcome::kPermanent, "message is not JSON"};
         const auto& fields = message.as_object();
         try {
           transport.Send({Field(fields, "to"), Field(fields, "subject"), Field(fields, "text"),
                           Field(fields, "unsubscribe")});
         } catch (const std::exception& error) {
           // The relay is down or refused us: the worker tries again with backoff. The error
           // text names no address and no secret (the transport's messages are safe to log).
           log::Warn("mail_send_failed", {{"attempt", job.attempt}, {"detail", error.what()}});
           return {jobs::Outcome::kRetry, "mail transport failed"};
         }
         return {jobs::Outcome::kDone, {}};
       },
       {}});
}

}  // namespace resumax::mail
