#include "domain/auth/password_policy.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <sstream>
#include <unordered_set>

#include "core/text.h"

namespace resumax::embedded {
std::optional<std::string_view> data(std::string_view path);
}

namespace resumax::auth {
namespace {

std::string Lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

const std::unordered_set<std::string>& CommonPasswords() {
  static const std::unordered_set<std::string> kPasswords = [] {
    std::unordered_set<std::string> set;
    const auto text = embedded::data("common-passwords.txt").value_or("");
    std::istringstream lines{std::string(text)};
    for (std::string line; std::getline(lines, line);) {
      if (!line.empty() && line.front() != '#') set.insert(Lower(line));
    }
    return set;
  }();
  return kPasswords;
}

// Every step between neighbouring characters is the same (+1, -1 or 0): "abcdefghij", "9876543210".
bool IsRun(std::string_view text) {
  if (text.size() < 3) return true;
  const int step = text[1] - text[0];
  if (step < -1 || step > 1) return false;
  for (std::size_t i = 2; i < text.size(); ++i) {
    if (text[i] - text[i - 1] != step) return false;
  }
  return true;
}

}  // namespace

std::optional<Error> CheckPassword(std::string_view password, std::string_view email,
                                   std::string_view field) {
  const std::size_t length = CodePoints(password);
  if (length < kMinPasswordLength || length > kMaxPasswordLength) {
    return Error::Validation(field, "Use a password of 10 to 128 characters.");
  }
  const std::string lower = Lower(password);
  const std::set<char> distinct(lower.begin(), lower.end());
  if (CommonPasswords().contains(lower) || distinct.size() < 4 || IsRun(lower)) {
    return Error::Validation(field,
                             "This password is too common or easy to guess. Choose another.");
  }
  const std::string local = Lower(email.substr(0, email.find('@')));
  if (local.size() >= 4 && lower.find(local) != std::string::npos) {
    return Error::Validation(field, "Do not build your password from your email address.");
  }
  return std::nullopt;
}

}  // namespace resumax::auth
