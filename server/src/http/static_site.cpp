#include "http/static_site.h"

#include <zlib.h>

#include <fstream>

#include "core/log.h"

namespace resumax::http {
namespace {

constexpr std::uintmax_t kMaxSiteBytes = 64 * 1024 * 1024;

std::string ContentTypeFor(const std::filesystem::path& path) {
  static const std::map<std::string, std::string> kTypes = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".json", "application/json"},
      {".webmanifest", "application/manifest+json"},
      {".txt", "text/plain; charset=utf-8"},
      {".map", "application/json"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
  };
  const auto found = kTypes.find(path.extension().string());
  return found == kTypes.end() ? "application/octet-stream" : found->second;
}

bool Compressible(const std::string& content_type) {
  return content_type.starts_with("text/") || content_type.starts_with("application/json") ||
         content_type.starts_with("image/svg") || content_type.starts_with("application/manifest");
}

std::string Gzip(const std::string& data) {
  z_stream stream{};
  if (deflateInit2(&stream, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return {};
  std::string out(deflateBound(&stream, static_cast<uLong>(data.size())) + 32, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  const int result = deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return result == Z_STREAM_END ? out : std::string();
}

}  // namespace

StaticSite::StaticSite(const std::filesystem::path& root, const std::string& connect_sources)
    : content_security_policy_(
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:" +
          (connect_sources.empty() ? "" : " " + connect_sources) +
          "; font-src 'self'; connect-src 'self'" +
          (connect_sources.empty() ? "" : " " + connect_sources) + "; frame-src 'self'" +
          (connect_sources.empty() ? "" : " " + connect_sources) +
          "; base-uri 'none'; object-src 'none'; frame-ancestors 'none'; form-action 'self'") {
  std::error_code ec;
  if (!std::filesystem::is_directory(root, ec)) return;
  std::uintmax_t total = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root, ec)) {
    if (!entry.is_regular_file()) continue;
    total += entry.file_size();
    if (total > kMaxSiteBytes) {
      log::Warn("web_app_too_large", {{"dir", root.string()}});
      break;
    }
    std::ifstream in(entry.path(), std::ios::binary);
    File file;
    file.body.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    file.content_type = ContentTypeFor(entry.path());
    if (Compressible(file.content_type) && file.body.size() > 512) {
      file.gzipped = Gzip(file.body);
      if (file.gzipped.size() >= file.body.size()) file.gzipped.clear();
    }
    files_.emplace("/" + std::filesystem::relative(entry.path(), root).generic_string(),
                   std::move(file));
  }
}

Response StaticSite::Answer(const std::string& path, const File& file,
                            std::string_view accept_encoding) const {
  Response response;
  response.content_type = file.content_type;
  const bool gzip = !file.gzipped.empty() && accept_encoding.find("gzip") != std::string_view::npos;
  response.body = gzip ? file.gzipped : file.body;
  if (gzip) response.headers.emplace_back("Content-Encoding", "gzip");
  if (!file.gzipped.empty()) response.headers.emplace_back("Vary", "Accept-Encoding");
  if (path.starts_with("/assets/")) {
    response.headers.emplace_back("Cache-Control", "public, max-age=31536000, immutable");
  } else if (path == "/index.html") {
    response.headers.emplace_back("Cache-Control", "no-cache");
  } else {
    response.headers.emplace_back("Cache-Control", "public, max-age=3600");
  }
  if (file.content_type.starts_with("text/html")) {
    response.headers.emplace_back("Content-Security-Policy", content_security_policy_);
  }
  return response;
}

std::optional<Response> StaticSite::Serve(const std::string& path,
                                          std::string_view accept_encoding) const {
  if (files_.empty()) return std::nullopt;
  if (const auto found = files_.find(path); found != files_.end() && path != "/") {
    return Answer(path, found->second, accept_encoding);
  }
  // Paths of the app itself (no file extension) get the app; missing assets stay 404.
  const auto last_slash = path.rfind('/');
  const bool has_extension = path.find('.', last_slash) != std::string::npos;
  if (has_extension) return std::nullopt;
  const auto index = files_.find("/index.html");
  if (index == files_.end()) return std::nullopt;
  return Answer("/index.html", index->second, accept_encoding);
}

}  // namespace resumax::http
