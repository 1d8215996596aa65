#pragma once

#include "core/error.h"
#include "http/message.h"

namespace resumax::http {

// The one place that turns an Error into a status and a {code, message, details?, requestId} body.
Response ErrorResponse(const Error& error, const std::string& request_id);

int StatusFor(ErrorKind kind);

}  // namespace resumax::http
