#pragma once

#include <chrono>
#include <string>

#include "domain/resumes/virus_scanner.h"

namespace resumax::scan {

// Streams a file to clamd (INSTREAM over TCP or a Unix socket) and reads its verdict.
// url: tcp://HOST:PORT or unix:///path/to/clamd.ctl.
class ClamdScanner final : public resumes::VirusScanner {
 public:
  // nullopt when the URL is not one of the two forms; `problem` then says why.
  static std::optional<ClamdScanner> FromUrl(const std::string& url,
                                             std::string* problem = nullptr);

  Result<resumes::ScanVerdict> Scan(std::string_view bytes) override;

 private:
  ClamdScanner() = default;
  std::string host_;
  std::string port_;
  std::string socket_path_;
  std::chrono::seconds timeout_{30};
};

}  // namespace resumax::scan
