#pragma once

#include <string_view>

namespace resumax::parsing {

// A town of 15,000 people or more anywhere in the world, by its name alone ("Bristol", "Salford",
// "Kraków", "Krakow"): letters compared with their marks folded and case ignored. The list is
// GeoNames' (server/data/places/cities.txt, written by scripts/places). A name is a town only
// where a place stands: callers ask about a field that is neither the title nor the employer.
bool IsKnownTown(std::string_view text);

}  // namespace resumax::parsing
