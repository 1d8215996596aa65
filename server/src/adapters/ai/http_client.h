#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <vector>

namespace resumax::ai {

// What one HTTP attempt ended with.
struct HttpResponse {
  long status = 0;  // 0 when no response arrived
  std::string body;
  bool timed_out = false;
  int retry_after_seconds = -1;  // the Retry-After header, -1 when absent
  std::string error;             // transport error (curl's message), empty on a response
};

// Posts over libcurl; safe to call from several threads at once.
class HttpClient {
 public:
  virtual ~HttpClient() = default;
  virtual HttpResponse PostJson(const std::string& url, const std::vector<std::string>& headers,
                                const std::string& body, std::chrono::milliseconds timeout);
  // A body of any type ("application/x-www-form-urlencoded" for Stripe's API).
  HttpResponse Post(const std::string& url, const std::string& content_type,
                    const std::vector<std::string>& headers, const std::string& body,
                    std::chrono::milliseconds timeout);
};

// How often and how long to wait between attempts; `sleep` is replaceable for tests.
struct RetryPolicy {
  int max_retries = 2;
  std::chrono::milliseconds base_delay{500};
  std::chrono::milliseconds max_delay{std::chrono::seconds(20)};
  std::function<void(std::chrono::milliseconds)> sleep;  // default: std::this_thread::sleep_for
  std::string provider;  // the provider's name, for resumax_provider_retries_total
};

// True for what a later attempt may fix: timeouts, transport errors, 429 and 5xx.
bool IsRetryable(const HttpResponse& response);

// The wait before retry number `retry` (0-based): Retry-After when the server sent one (capped
// at max_delay), else base_delay * 2^retry with jitter in [50%, 100%].
std::chrono::milliseconds RetryDelay(const RetryPolicy& policy, int retry,
                                     const HttpResponse& response);

// Posts and retries per the policy; returns the last attempt's response. Each attempt is a client
// span and carries its W3C traceparent header.
HttpResponse PostWithRetries(HttpClient& client, const RetryPolicy& policy, const std::string& url,
                             const std::vector<std::string>& headers, const std::string& body,
                             std::chrono::milliseconds timeout);

}  // namespace resumax::ai
