#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "http/message.h"

namespace resumax::http {

// The built web app (web/dist), loaded into memory at start with a gzip copy of each text file.
// Hashed assets are cached for a year, index.html never; unknown paths without an extension get
// index.html (the app routes them).
class StaticSite {
 public:
  // Loads every file under root; an empty site when root does not exist. connect_sources: the
  // object store's origin when files live there: the app uploads to it, frames PDF previews from
  // it and shows the ATS report's page pictures from it.
  explicit StaticSite(const std::filesystem::path& root, const std::string& connect_sources = {});

  // The response for a GET/HEAD of path, or nullopt when the site has nothing for it.
  std::optional<Response> Serve(const std::string& path, std::string_view accept_encoding) const;

  bool empty() const { return files_.empty(); }
  std::size_t size() const { return files_.size(); }

 private:
  struct File {
    std::string content_type;
    std::string body;
    std::string gzipped;  // empty when not worth compressing
  };
  Response Answer(const std::string& path, const File& file,
                  std::string_view accept_encoding) const;

  std::map<std::string, File> files_;
  std::string content_security_policy_;
};

}  // namespace resumax::http
