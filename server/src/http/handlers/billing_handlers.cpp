// Credits and their purchase with Stripe (/api/v1/billing/*), and admins' adjustments. With
// billing off GET /billing/credits says {enabled: false}, every other route answers 404
// billing_disabled, and nothing else changes.
#include <boost/json/serialize.hpp>

#include "http/handlers/handlers.h"
#include "http/json_body.h"
#include "http/query.h"

namespace resumax::http {
namespace {

namespace json = boost::json;

json::object EntryJson(const billing::LedgerEntry& entry) {
  return {{"id", entry.id},
          {"delta", entry.delta},
          {"reason", entry.reason},
          {"balanceAfter", entry.balance_after},
          {"packId", Nullable(entry.pack_id)},
          {"optimizationId", Nullable(entry.optimization_id)},
          {"note", Nullable(entry.note)},
          {"createdAt", entry.created_at}};
}

Error Disabled() {
  Error error = Error::NotFound("Billing is not enabled on this server.");
  error.code = "billing_disabled";
  return error;
}

}  // namespace

void AddBillingRoutes(Router& router, Services& services) {
  const RouteOptions signed_in{.requires_auth = true, .offload = false, .max_body = 4 * 1024};
  // Checkout calls Stripe and may wait on it: off the I/O threads, and on the pool of slow work
  // (exports), never the one sign-ins hash passwords on.
  const RouteOptions calls_stripe{
      .requires_auth = true, .offload = false, .heavy = true, .max_body = 4 * 1024};
  // Stripe's deliveries carry no session; the signature is their authentication.
  const RouteOptions webhook{.requires_auth = false, .offload = false, .max_body = 512 * 1024};
  const RouteOptions admin{
      .requires_auth = true, .requires_admin = true, .offload = false, .max_body = 4 * 1024};

  router.Add("GET", "/api/v1/billing/credits", signed_in,
             [&services](Request& request) -> Result<Response> {
               // The web app asks on every page load whether to show billing at all: with
               // billing off that is a plain answer, not an error.
               if (!services.billing) return Json(200, {{"enabled", false}});
               auto& credits = services.billing->credits();
               const auto summary = credits.Summary(request.user->id);
               json::array packs;
               for (const auto& pack : services.billing->packs()) {
                 packs.push_back({{"id", pack.id},
                                  {"credits", pack.credits},
                                  {"amount", pack.amount},
                                  {"currency", pack.currency}});
               }
               json::array recent;
               for (const auto& entry : summary.recent) recent.push_back(EntryJson(entry));
               return Json(200, {{"enabled", true},
                                 {"balance", summary.balance},
                                 {"plan", summary.plan},
                                 {"costPerOptimization", credits.settings().optimization_cost},
                                 {"packs", std::move(packs)},
                                 {"recent", std::move(recent)}});
             });

  router.Add("GET", "/api/v1/billing/ledger", signed_in,
             [&services](Request& request) -> Result<Response> {
               if (!services.billing) return Disabled();
               const auto params = PageParams(request);
               auto page = services.billing->credits().Ledger(request.user->id, params.limit,
                                                              params.cursor);
               if (!page) return page.error();
               return PageJson(*page, EntryJson);
             });

  router.Add("POST", "/api/v1/billing/checkout", calls_stripe,
             [&services](Request& request) -> Result<Response> {
               if (!services.billing) return Disabled();
               auto body = ParseJsonObject(request);
               if (!body) return body.error();
               auto pack_id = RequiredString(*body, "packId", 64);
               if (!pack_id) return pack_id.error();
               const std::string_view key = request.Header("idempotency-key");
               if (key.size() > 200) {
                 return Error::Validation("Idempotency-Key", "The key is longer than 200 bytes.");
               }
               auto session = services.billing->Checkout(*request.user, *pack_id, std::string(key));
               if (!session) return session.error();
               return Json(201, {{"checkoutUrl", session->url}, {"sessionId", session->id}});
             });

  router.Add("POST", "/api/v1/billing/webhook", webhook,
             [&services](Request& request) -> Result<Response> {
               if (!services.billing) return Disabled();
               auto received =
                   services.billing->Receive(request.body, request.Header("stripe-signature"));
               if (!received) return received.error();
               return Json(200, {{"received", true}});
             });

  router.Add("POST", "/api/v1/admin/users/{id}/credits", admin,
             [&services](Request& request) -> Result<Response> {
               if (!services.billing) return Disabled();
               auto body = ParseJsonObject(request);
               if (!body) return body.error();
               const auto* delta = body->if_contains("delta");
               if (!delta || !delta->is_int64() || delta->as_int64() == 0 ||
                   delta->as_int64() < -100000 || delta->as_int64() > 100000) {
                 return Error::Validation(
                     "delta", "'delta' is a whole number of credits, -100000..100000, not 0.");
               }
               auto reason = RequiredString(*body, "reason", 500);
               if (!reason) return reason.error();
               if (reason->empty())
                 return Error::Validation("reason", "Say why the balance changes.");
               const std::string& user_id = request.Param("id");
               auto balance = services.billing->credits().Adjust(request.user->id, user_id,
                                                                 delta->as_int64(), *reason);
               if (!balance) return balance.error();
               services.accounts->AuditAdmin(
                   *request.user, user_id, "admin_credits_adjusted",
                   json::serialize(json::object{
                       {"delta", delta->as_int64()}, {"balance", *balance}, {"reason", *reason}}),
                   request.Client());
               return Json(200, {{"userId", user_id}, {"balance", *balance}});
             });
}

}  // namespace resumax::http
