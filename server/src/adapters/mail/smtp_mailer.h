#pragma once

#include <string>

#include "domain/auth/mailer.h"

namespace resumax::mail {

struct SmtpSettings {
  std::string url;      // smtp://user:password@host:587 (STARTTLS required) or smtps://host:465
  std::string from;     // envelope and header sender, e.g. "resuMAX <no-reply@example.com>"
  std::string ca_file;  // optional CA bundle to trust (a private relay's certificate)
  bool require_tls = true;
};

// Sends through an SMTP relay with libcurl; STARTTLS is required unless require_tls is off.
class SmtpMailer final : public Mailer {
 public:
  explicit SmtpMailer(SmtpSettings settings) : settings_(std::move(settings)) {}
  void Send(const MailMessage& message) override;

 private:
  SmtpSettings settings_;
};

// The address inside "Name <address>", or the text itself.
std::string EnvelopeAddress(const std::string& from);

}  // namespace resumax::mail
