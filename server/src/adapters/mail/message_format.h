#pragma once

#include <string>

#include "domain/auth/mailer.h"

namespace resumax::mail {

// The message as RFC 5322 text with CRLF line ends, UTF-8 plain text body.
std::string FormatRfc5322(const MailMessage& message, const std::string& from);

}  // namespace resumax::mail
