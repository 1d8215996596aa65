#pragma once

#include <string>
#include <string_view>

namespace resumax {

// A random (version 4) UUID in canonical lower-case form.
std::string NewUuid();

// True when text is a UUID in canonical form (any version), so it is safe to send to a database.
bool IsUuid(std::string_view text);

}  // namespace resumax
