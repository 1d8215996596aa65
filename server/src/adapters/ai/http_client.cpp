#include "adapters/ai/http_client.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <mutex>
#include <random>
#include <thread>

#include "core/metrics.h"
#include "core/trace.h"

namespace resumax::ai {
namespace {

size_t AppendBody(char* data, size_t size, size_t count, void* target) {
  static_cast<std::string*>(target)->append(data, size * count);
  return size * count;
}

size_t ReadRetryAfter(char* data, size_t size, size_t count, void* target) {
  std::string_view line(data, size * count);
  constexpr std::string_view kName = "retry-after:";
  if (line.size() > kName.size() &&
      std::equal(kName.begin(), kName.end(), line.begin(),
                 [](char a, char b) { return a == std::tolower(static_cast<unsigned char>(b)); })) {
    std::string value(line.substr(kName.size()));
    int seconds = 0;
    bool digits = false;
    for (char c : value) {
      if (std::isdigit(static_cast<unsigned char>(c))) {
        seconds = std::min(seconds * 10 + (c - '0'), 3600);
        digits = true;
      } else if (digits) {
        break;
      }
    }
    if (digits) static_cast<HttpResponse*>(target)->retry_after_seconds = seconds;
  }
  return size * count;
}

void InitCurlOnce() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

}  // namespace

HttpResponse HttpClient::PostJson(const std::string& url, const std::vector<std::string>& headers,
                                  const std::string& body, std::chrono::milliseconds timeout) {
  return Post(url, "application/json", headers, body, timeout);
}

HttpResponse HttpClient::Post(const std::string& url, const std::string& content_type,
                              const std::vector<std::string>& headers, const std::string& body,
                              std::chrono::milliseconds timeout) {
  InitCurlOnce();
  HttpResponse response;
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> handle(curl_easy_init(), &curl_easy_cleanup);
  if (!handle) {
    response.error = "curl_easy_init failed";
    return response;
  }
  const std::string type_header = "Content-Type: " + content_type;
  curl_slist* list = curl_slist_append(nullptr, type_header.c_str());
  for (const std::string& header : headers) list = curl_slist_append(list, header.c_str());
  std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> header_list(list,
                                                                          &curl_slist_free_all);
  CURL* curl = handle.get();
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, list);
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.data());
  curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS,
                   static_cast<long>(std::min<long long>(timeout.count(), 10'000)));
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(timeout.count()));
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &AppendBody);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response.body);
  curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &ReadRetryAfter);
  curl_easy_setopt(curl, CURLOPT_HEADERDATA, &response);
  CURLcode code = curl_easy_perform(curl);
  if (code != CURLE_OK) {
    response.timed_out = code == CURLE_OPERATION_TIMEDOUT;
    response.error = curl_easy_strerror(code);
    response.status = 0;
    response.body.clear();
    return response;
  }
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
  return response;
}

bool IsRetryable(const HttpResponse& response) {
  if (response.status == 0) return true;
  return response.status == 429 || response.status == 408 || response.status >= 500;
}

std::chrono::milliseconds RetryDelay(const RetryPolicy& policy, int retry,
                                     const HttpResponse& response) {
  if (response.retry_after_seconds >= 0) {
    return std::min<std::chrono::milliseconds>(std::chrono::seconds(response.retry_after_seconds),
                                               policy.max_delay);
  }
  long long exponential = policy.base_delay.count() << std::min(retry, 16);
  long long capped = std::min<long long>(exponential, policy.max_delay.count());
  thread_local std::mt19937_64 random{std::random_device{}()};
  std::uniform_int_distribution<long long> jitter(capped / 2, std::max<long long>(capped, 1));
  return std::chrono::milliseconds(jitter(random));
}

HttpResponse PostWithRetries(HttpClient& client, const RetryPolicy& policy, const std::string& url,
                             const std::vector<std::string>& headers, const std::string& body,
                             std::chrono::milliseconds timeout) {
  const auto attempt = [&](int number) {
    trace::Span span("http POST", trace::SpanKind::kClient);
    std::vector<std::string> traced = headers;
    traced.push_back("traceparent: " + trace::FormatTraceparent(span.context()));
    HttpResponse response = client.PostJson(url, traced, body, timeout);
    span.SetAttribute("http.request.method", "POST");
    span.SetAttribute("resumax.attempt", number);
    span.SetAttribute("http.response.status_code", static_cast<std::int64_t>(response.status));
    if (response.timed_out) {
      span.SetError("timeout");
    } else if (response.status < 200 || response.status >= 300) {
      span.SetError(response.status == 0 ? "transport_error" : std::to_string(response.status));
    }
    return response;
  };
  static auto& retries =
      metrics::Counter::Get("resumax_provider_retries_total",
                            "Provider HTTP attempts made again after a failure.", {"provider"});
  HttpResponse response = attempt(1);
  for (int retry = 0; retry < policy.max_retries && IsRetryable(response); ++retry) {
    retries.Inc({policy.provider.empty() ? std::string("unknown") : policy.provider});
    std::chrono::milliseconds delay = RetryDelay(policy, retry, response);
    if (policy.sleep) {
      policy.sleep(delay);
    } else {
      std::this_thread::sleep_for(delay);
    }
    response = attempt(retry + 2);
  }
  return response;
}

}  // namespace resumax::ai
