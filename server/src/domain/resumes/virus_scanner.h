#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/error.h"

namespace resumax::resumes {

// What a scan found: nothing, or the name of the signature that matched.
struct ScanVerdict {
  std::optional<std::string> threat;
  bool clean() const { return !threat; }
};

// The brief's optional virus-scan hook: every uploaded file passes it before it is parsed. An
// error means the scanner could not be asked (the parse then waits and tries again; a file is
// never parsed unscanned). Implementation: clamd's INSTREAM (adapters/scan).
class VirusScanner {
 public:
  virtual ~VirusScanner() = default;
  virtual Result<ScanVerdict> Scan(std::string_view bytes) = 0;
};

}  // namespace resumax::resumes
