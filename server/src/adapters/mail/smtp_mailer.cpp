#include "adapters/mail/smtp_mailer.h"

#include <curl/curl.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <stdexcept>

#include "adapters/mail/message_format.h"

namespace resumax::mail {

std::string EnvelopeAddress(const std::string& from) {
  const auto open = from.find('<');
  const auto close = from.find('>', open == std::string::npos ? 0 : open);
  if (open == std::string::npos || close == std::string::npos) return from;
  return from.substr(open + 1, close - open - 1);
}

namespace {

struct Upload {
  const std::string* data;
  std::size_t offset = 0;
};

std::size_t ReadChunk(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto* upload = static_cast<Upload*>(user);
  const std::size_t room = size * count;
  const std::size_t left = upload->data->size() - upload->offset;
  const std::size_t n = std::min(room, left);
  std::memcpy(buffer, upload->data->data() + upload->offset, n);
  upload->offset += n;
  return n;
}

}  // namespace

void SmtpMailer::Send(const MailMessage& message) {
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
  if (!curl) throw std::runtime_error("curl_easy_init failed");
  const std::string text = FormatRfc5322(message, settings_.from);
  const std::string sender = "<" + EnvelopeAddress(settings_.from) + ">";
  const std::string recipient = "<" + message.to + ">";
  std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> recipients(
      curl_slist_append(nullptr, recipient.c_str()), &curl_slist_free_all);
  Upload upload{&text};
  CURL* handle = curl.get();
  curl_easy_setopt(handle, CURLOPT_URL, settings_.url.c_str());
  curl_easy_setopt(handle, CURLOPT_MAIL_FROM, sender.c_str());
  curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients.get());
  curl_easy_setopt(handle, CURLOPT_READFUNCTION, &ReadChunk);
  curl_easy_setopt(handle, CURLOPT_READDATA, &upload);
  curl_easy_setopt(handle, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(handle, CURLOPT_USE_SSL,
                   settings_.require_tls ? static_cast<long>(CURLUSESSL_ALL)
                                         : static_cast<long>(CURLUSESSL_TRY));
  if (!settings_.ca_file.empty())
    curl_easy_setopt(handle, CURLOPT_CAINFO, settings_.ca_file.c_str());
  curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, 10L);
  curl_easy_setopt(handle, CURLOPT_TIMEOUT, 30L);
  curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
  const CURLcode result = curl_easy_perform(handle);
  if (result != CURLE_OK) {
    throw std::runtime_error(std::string("smtp delivery failed: ") + curl_easy_strerror(result));
  }
}

}  // namespace resumax::mail
