#include "adapters/billing/stripe_client.h"

#include <boost/json/parse.hpp>
#include <boost/url/encode.hpp>
#include <boost/url/rfc/unreserved_chars.hpp>
#include <thread>
#include <utility>
#include <vector>

#include "core/log.h"
#include "core/trace.h"

namespace resumax::billing {
namespace {

namespace json = boost::json;

// application/x-www-form-urlencoded with Stripe's bracketed keys (metadata[pack]=...).
std::string FormEncode(const std::vector<std::pair<std::string, std::string>>& fields) {
  std::string body;
  for (const auto& [key, value] : fields) {
    if (!body.empty()) body += '&';
    body += boost::urls::encode(key, boost::urls::unreserved_chars);
    body += '=';
    body += boost::urls::encode(value, boost::urls::unreserved_chars);
  }
  return body;
}

// Stripe's error body: {"error": {"type", "code", "message", "param"}}; its type and code.
std::string StripeErrorSummary(const std::string& body) {
  boost::system::error_code ec;
  const auto parsed = json::parse(body, ec);
  const auto* object = ec ? nullptr : parsed.if_object();
  const auto* error = object ? object->if_contains("error") : nullptr;
  if (!error || !error->is_object()) return "no Stripe error body";
  std::string summary;
  for (const char* key : {"type", "code", "param"}) {
    const auto* value = error->as_object().if_contains(key);
    if (value && value->is_string()) {
      summary +=
          std::string(summary.empty() ? "" : " ") + key + "=" + std::string(value->as_string());
    }
  }
  return summary.empty() ? "an unnamed Stripe error" : summary;
}

}  // namespace

StripeClient::StripeClient(StripeSettings settings, ai::HttpClient& http)
    : settings_(std::move(settings)), http_(http) {}

Result<CheckoutSession> StripeClient::CreateCheckout(const CheckoutRequest& request) {
  const std::string body = FormEncode({
      {"mode", "payment"},
      {"line_items[0][price]", request.pack->price_id},
      {"line_items[0][quantity]", "1"},
      {"success_url", request.success_url},
      {"cancel_url", request.cancel_url},
      {"client_reference_id", request.user_id},
      {"metadata[pack]", request.pack->id},
      {"metadata[credits]", std::to_string(request.pack->credits)},
      {"payment_intent_data[metadata][pack]", request.pack->id},
  });
  const std::vector<std::string> headers = {
      "Authorization: Bearer " + settings_.secret_key,
      "Idempotency-Key: " + request.idempotency_key,
      "Accept: application/json",
  };
  const std::string url = settings_.api_base + "/v1/checkout/sessions";
  ai::HttpResponse response;
  // Stripe asks for retries of network failures, 409s, 429s and 5xx with the same key.
  for (int attempt = 0; attempt < 3; ++attempt) {  // at most ~25 s in all
    if (attempt > 0) std::this_thread::sleep_for(std::chrono::milliseconds(300 << attempt));
    trace::Span span("stripe.checkout", trace::SpanKind::kClient);
    response = http_.Post(url, "application/x-www-form-urlencoded", headers, body,
                          std::chrono::seconds(8));
    span.SetAttribute("http.response.status_code", response.status);
    if (response.status != 0 && response.status != 409 && response.status != 429 &&
        response.status < 500) {
      break;
    }
  }
  if (response.status == 200) {
    boost::system::error_code ec;
    const auto parsed = json::parse(response.body, ec);
    const auto* session = ec ? nullptr : parsed.if_object();
    const auto* id = session ? session->if_contains("id") : nullptr;
    const auto* checkout_url = session ? session->if_contains("url") : nullptr;
    if (id && id->is_string() && checkout_url && checkout_url->is_string()) {
      return CheckoutSession{std::string(id->as_string()), std::string(checkout_url->as_string())};
    }
    return Error::BadGateway("payment_provider_error",
                             "The payment provider answered in a way we did not expect. Please "
                             "try again later.",
                             "Stripe checkout answer without id or url");
  }
  const std::string detail = response.status == 0
                                 ? "Stripe unreachable: " + response.error
                                 : "Stripe answered " + std::to_string(response.status) + ": " +
                                       StripeErrorSummary(response.body);
  log::Warn("stripe_checkout_failed", {{"status", response.status}});
  if (response.status == 0 || response.status == 429 || response.status >= 500) {
    return Error::BadGateway("payment_provider_error",
                             "The payment provider is not answering. Please try again in a minute.",
                             detail);
  }
  return Error::BadGateway("payment_provider_error",
                           "The payment provider could not start the checkout. Please try again "
                           "later or contact support.",
                           detail);
}

}  // namespace resumax::billing
