#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/error.h"

namespace resumax::auth {

inline constexpr std::size_t kMinPasswordLength = 10;
inline constexpr std::size_t kMaxPasswordLength = 128;

// Checks a new password: 10–128 characters, not a common or trivially guessable password,
// and not built from the account's email. Returns the validation error to show, if any, naming
// `field` (the request field that carried the password).
std::optional<Error> CheckPassword(std::string_view password, std::string_view email,
                                   std::string_view field = "password");

}  // namespace resumax::auth
