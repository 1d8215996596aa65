#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/system/result.hpp>
#include <string>
#include <utility>

namespace resumax {

// What kind of failure an Error is; http/error_response.cpp maps each kind to a status.
enum class ErrorKind {
  kBadRequest,
  kValidation,
  kUnauthorized,
  kForbidden,
  kNotFound,
  kMethodNotAllowed,
  kConflict,
  kPreconditionFailed,
  kPreconditionRequired,
  kPayloadTooLarge,
  kUnsupportedMediaType,
  kRateLimited,
  kPaymentRequired,
  kBadGateway,
  kUnavailable,
  kInternal,
};

// An expected failure: a stable machine code and a public message for the client, and an
// internal detail that only goes to the log.
struct Error {
  ErrorKind kind = ErrorKind::kInternal;
  std::string code;
  std::string message;
  boost::json::object details;
  std::string internal;
  int retry_after_seconds = 0;
  // Details given as a list instead ([{path, message}, …] for a rejected document); sent as
  // `details` when not empty.
  boost::json::array detail_list = {};

  static Error BadRequest(std::string code, std::string message) {
    return {ErrorKind::kBadRequest, std::move(code), std::move(message), {}, {}, 0};
  }
  // A field failed validation; details name the field.
  static Error Validation(std::string_view field, std::string message) {
    Error error{ErrorKind::kValidation, "validation_failed", std::move(message), {}, {}, 0};
    error.details["field"] = field;
    return error;
  }
  static Error Unauthorized(std::string code, std::string message) {
    return {ErrorKind::kUnauthorized, std::move(code), std::move(message), {}, {}, 0};
  }
  static Error Forbidden(std::string code, std::string message) {
    return {ErrorKind::kForbidden, std::move(code), std::move(message), {}, {}, 0};
  }
  static Error NotFound(std::string message = "The resource does not exist.") {
    return {ErrorKind::kNotFound, "not_found", std::move(message), {}, {}, 0};
  }
  static Error Conflict(std::string code, std::string message) {
    return {ErrorKind::kConflict, std::move(code), std::move(message), {}, {}, 0};
  }
  // An If-Match that no longer names the current state (412).
  static Error PreconditionFailed(std::string code, std::string message) {
    return {ErrorKind::kPreconditionFailed, std::move(code), std::move(message), {}, {}, 0};
  }
  // A write that must say which state it replaces and did not (428).
  static Error PreconditionRequired(std::string message) {
    return {
        ErrorKind::kPreconditionRequired, "precondition_required", std::move(message), {}, {}, 0};
  }
  // A user's stored files would pass their quota.
  static Error QuotaExceeded(std::string message) {
    return {ErrorKind::kForbidden, "quota_exceeded", std::move(message), {}, {}, 0};
  }
  static Error RateLimited(int retry_after_seconds) {
    return {ErrorKind::kRateLimited,
            "rate_limited",
            "Too many requests. Try again in a moment.",
            {},
            {},
            retry_after_seconds};
  }
  static Error Internal(std::string internal_detail) {
    return {ErrorKind::kInternal,
            "internal_error",
            "Something went wrong on our side. Please try again.",
            {},
            std::move(internal_detail),
            0};
  }
  // The account lacks the credits an action costs (402).
  static Error PaymentRequired(std::string code, std::string message) {
    return {ErrorKind::kPaymentRequired, std::move(code), std::move(message), {}, {}, 0};
  }
  // A service we depend on (a payment provider) failed or refused; internal_detail is logged.
  static Error BadGateway(std::string code, std::string message, std::string internal_detail) {
    return {ErrorKind::kBadGateway,     std::move(code),
            std::move(message),         {},
            std::move(internal_detail), 0};
  }
  static Error Unavailable(std::string internal_detail) {
    return {ErrorKind::kUnavailable,
            "service_unavailable",
            "The service is temporarily unavailable. Please try again shortly.",
            {},
            std::move(internal_detail),
            0};
  }
};

template <typename T>
using Result = boost::system::result<T, Error>;

}  // namespace resumax
