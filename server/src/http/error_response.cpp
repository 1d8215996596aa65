#include "http/error_response.h"

#include <boost/json/serialize.hpp>

namespace resumax::http {

int StatusFor(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kBadRequest:
      return 400;
    case ErrorKind::kValidation:
      return 422;
    case ErrorKind::kUnauthorized:
      return 401;
    case ErrorKind::kForbidden:
      return 403;
    case ErrorKind::kNotFound:
      return 404;
    case ErrorKind::kMethodNotAllowed:
      return 405;
    case ErrorKind::kConflict:
      return 409;
    case ErrorKind::kPreconditionFailed:
      return 412;
    case ErrorKind::kPreconditionRequired:
      return 428;
    case ErrorKind::kPayloadTooLarge:
      return 413;
    case ErrorKind::kUnsupportedMediaType:
      return 415;
    case ErrorKind::kRateLimited:
      return 429;
    case ErrorKind::kPaymentRequired:
      return 402;
    case ErrorKind::kBadGateway:
      return 502;
    case ErrorKind::kUnavailable:
      return 503;
    case ErrorKind::kInternal:
      return 500;
  }
  return 500;
}

Response ErrorResponse(const Error& error, const std::string& request_id) {
  boost::json::object body;
  body["code"] = error.code;
  body["message"] = error.message;
  if (!error.detail_list.empty()) {
    body["details"] = error.detail_list;
  } else if (!error.details.empty()) {
    body["details"] = error.details;
  }
  body["requestId"] = request_id;
  Response response;
  response.status = StatusFor(error.kind);
  response.body = boost::json::serialize(body);
  if (error.kind == ErrorKind::kRateLimited) {
    response.headers.emplace_back("Retry-After", std::to_string(error.retry_after_seconds));
  }
  if (error.kind == ErrorKind::kUnauthorized) {
    response.headers.emplace_back("WWW-Authenticate", "Bearer");
  }
  return response;
}

}  // namespace resumax::http
