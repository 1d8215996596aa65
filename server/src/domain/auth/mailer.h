#pragma once

#include <string>

namespace resumax {

struct MailMessage {
  std::string to;
  std::string subject;
  std::string text;  // the plain-text body; the HTML part is made from it
  // For optional notifications: where a one-click unsubscribe (RFC 8058) is POSTed.
  std::string unsubscribe_url;
};

// Sends transactional email (verification, password reset). Implementations: the outbox
// directory (embedded default) and SMTP. Throws std::runtime_error when delivery fails.
class Mailer {
 public:
  virtual ~Mailer() = default;
  virtual void Send(const MailMessage& message) = 0;
};

}  // namespace resumax
