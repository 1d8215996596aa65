#include "domain/parsing/places.h"

#include <optional>
#include <string>
#include <unordered_set>

#include "core/log.h"
#include "domain/parsing/text_normalize.h"

namespace resumax::embedded {
std::optional<std::string_view> places(std::string_view path);
}

namespace resumax::parsing {
namespace {

std::string Key(std::string_view text) { return std::string(Trim(FoldedWords(text))); }

const std::unordered_set<std::string>& Towns() {
  static const std::unordered_set<std::string> kTowns = [] {
    std::unordered_set<std::string> towns;
    const std::optional<std::string_view> list = embedded::places("cities.txt");
    if (!list) {
      log::Warn("places_not_embedded",
                {{"file", "cities.txt"}, {"effect", "towns are told from employers by no list"}});
      return towns;
    }
    std::size_t from = 0;
    while (from < list->size()) {
      std::size_t end = list->find('\n', from);
      if (end == std::string_view::npos) end = list->size();
      const std::string_view line = list->substr(from, end - from);
      if (!line.empty() && line.front() != '#') towns.insert(Key(line));
      from = end + 1;
    }
    return towns;
  }();
  return kTowns;
}

}  // namespace

bool IsKnownTown(std::string_view text) {
  const std::string key = Key(text);
  return key.size() >= 4 && Towns().contains(key);
}

}  // namespace resumax::parsing
