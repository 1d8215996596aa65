#include "adapters/mail/message_format.h"

#include <ctime>

#include "core/ids.h"

namespace resumax::mail {
namespace {

std::string DateHeader() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[64];
  std::strftime(buffer, sizeof buffer, "%a, %d %b %Y %H:%M:%S +0000", &utc);
  return buffer;
}

std::string WithCrlf(const std::string& text) {
  std::string out;
  out.reserve(text.size() + text.size() / 40);
  for (const char c : text) {
    if (c == '\r') continue;
    if (c == '\n')
      out += "\r\n";
    else
      out.push_back(c);
  }
  return out;
}

// Header values never carry line breaks, whatever a caller passes.
std::string HeaderValue(const std::string& text) {
  std::string out;
  for (const char c : text) out.push_back(c == '\r' || c == '\n' ? ' ' : c);
  return out;
}

}  // namespace

std::string FormatRfc5322(const MailMessage& message, const std::string& from) {
  std::string out;
  out += "Date: " + DateHeader() + "\r\n";
  out += "From: " + HeaderValue(from) + "\r\n";
  out += "To: " + HeaderValue(message.to) + "\r\n";
  out += "Subject: " + HeaderValue(message.subject) + "\r\n";
  out += "Message-ID: <" + NewUuid() + "@resumax>\r\n";
  out += "MIME-Version: 1.0\r\n";
  out += "Content-Type: text/plain; charset=utf-8\r\n";
  out += "Content-Transfer-Encoding: 8bit\r\n";
  out += "\r\n";
  out += WithCrlf(message.text);
  return out;
}

}  // namespace resumax::mail
