#pragma once

#include <string>

#include "domain/auth/mailer.h"

namespace resumax::mail {

// The message as RFC 5322 text with CRLF line ends: multipart/alternative with the UTF-8 plain
// text and the same as HTML; List-Unsubscribe headers (RFC 8058) when it has an unsubscribe URL.
std::string FormatRfc5322(const MailMessage& message, const std::string& from);

// The plain text as a small HTML document: paragraphs, line breaks, clickable links, escaped.
std::string HtmlFromText(const std::string& text);

}  // namespace resumax::mail
