#pragma once

#include <string>

namespace resumax {

struct MailMessage {
  std::string to;
  std::string subject;
  std::string text;
};

// Sends transactional email (verification, password reset). Implementations: the outbox
// directory (embedded default) and SMTP. Throws std::runtime_error when delivery fails.
class Mailer {
 public:
  virtual ~Mailer() = default;
  virtual void Send(const MailMessage& message) = 0;
};

}  // namespace resumax
