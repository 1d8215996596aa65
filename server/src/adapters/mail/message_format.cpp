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

std::string EscapeHtml(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

// A line with its http(s) links made clickable.
std::string HtmlLine(std::string_view line) {
  std::string out;
  std::size_t at = 0;
  while (at < line.size()) {
    const auto link = std::min(line.find("https://", at), line.find("http://", at));
    if (link == std::string_view::npos) {
      out += EscapeHtml(line.substr(at));
      break;
    }
    out += EscapeHtml(line.substr(at, link - at));
    auto end = line.find_first_of(" \t", link);
    if (end == std::string_view::npos) end = line.size();
    const std::string url = EscapeHtml(line.substr(link, end - link));
    out += "<a href=\"" + url + "\">" + url + "</a>";
    at = end;
  }
  return out;
}

}  // namespace

std::string HtmlFromText(const std::string& text) {
  std::string html =
      "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n<body style=\"font-family: "
      "sans-serif; line-height: 1.5; color: #1f2937\">\n";
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find("\n\n", start);
    if (end == std::string::npos) end = text.size();
    const std::string_view paragraph(text.data() + start, end - start);
    if (!paragraph.empty() && paragraph != "\n") {
      html += "<p>";
      std::size_t line_start = 0;
      while (line_start <= paragraph.size()) {
        auto line_end = paragraph.find('\n', line_start);
        if (line_end == std::string_view::npos) line_end = paragraph.size();
        if (line_start > 0) html += "<br>\n";
        html += HtmlLine(paragraph.substr(line_start, line_end - line_start));
        line_start = line_end + 1;
      }
      html += "</p>\n";
    }
    start = end + 2;
  }
  return html + "</body></html>\n";
}

std::string FormatRfc5322(const MailMessage& message, const std::string& from) {
  std::string out;
  out += "Date: " + DateHeader() + "\r\n";
  out += "From: " + HeaderValue(from) + "\r\n";
  out += "To: " + HeaderValue(message.to) + "\r\n";
  out += "Subject: " + HeaderValue(message.subject) + "\r\n";
  out += "Message-ID: <" + NewUuid() + "@resumax>\r\n";
  if (!message.unsubscribe_url.empty()) {
    // RFC 8058: mail clients offer a one-click unsubscribe that POSTs to the URL.
    out += "List-Unsubscribe: <" + HeaderValue(message.unsubscribe_url) + ">\r\n";
    out += "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n";
  }
  out += "MIME-Version: 1.0\r\n";
  // The text and the same words as HTML (RFC 2046 multipart/alternative, the preferred last).
  const std::string boundary = "resumax-" + NewUuid();
  out += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n";
  out += "\r\n";
  out += "--" + boundary + "\r\n";
  out += "Content-Type: text/plain; charset=utf-8\r\n";
  out += "Content-Transfer-Encoding: 8bit\r\n\r\n";
  out += WithCrlf(message.text) + "\r\n";
  out += "--" + boundary + "\r\n";
  out += "Content-Type: text/html; charset=utf-8\r\n";
  out += "Content-Transfer-Encoding: 8bit\r\n\r\n";
  out += WithCrlf(HtmlFromText(message.text)) + "\r\n";
  out += "--" + boundary + "--\r\n";
  return out;
}

}  // namespace resumax::mail
