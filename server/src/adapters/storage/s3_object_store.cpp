#include "adapters/storage/s3_object_store.h"

#include <curl/curl.h>
#include <sodium.h>

#include <algorithm>
#include <boost/url/encode.hpp>
#include <boost/url/parse.hpp>
#include <boost/url/rfc/unreserved_chars.hpp>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <map>
#include <pugixml.hpp>
#include <stdexcept>
#include <vector>

#include "core/crypto.h"
#include "core/trace.h"

namespace resumax::storage {
namespace {

constexpr std::string_view kUnsignedPayload = "UNSIGNED-PAYLOAD";
constexpr std::string_view kEmptyHash =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

std::string Encode(std::string_view text) {
  return boost::urls::encode(text, boost::urls::unreserved_chars);
}

// Each path segment encoded, slashes kept (S3 does not double-encode).
std::string EncodePath(std::string_view path) {
  std::string out;
  std::size_t start = 0;
  while (start <= path.size()) {
    const auto end = std::min(path.find('/', start), path.size());
    out += Encode(path.substr(start, end - start));
    if (end == path.size()) break;
    out.push_back('/');
    start = end + 1;
  }
  return out;
}

std::pair<std::string, std::string> AmzTimes() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char stamp[32];
  char date[16];
  std::strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &utc);
  std::strftime(date, sizeof date, "%Y%m%d", &utc);
  return {stamp, date};
}

std::string Env(const char* first, const char* second) {
  if (const char* value = std::getenv(first)) return value;
  if (const char* value = std::getenv(second)) return value;
  return {};
}

struct TempFile {
  TempFile() : file(std::tmpfile()) {
    if (!file) throw std::runtime_error("cannot create a temporary file");
  }
  ~TempFile() {
    if (file) std::fclose(file);
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  std::FILE* file;
};

std::size_t WriteToFile(char* data, std::size_t size, std::size_t count, void* user) {
  return std::fwrite(data, size, count, static_cast<std::FILE*>(user)) * size;
}

std::size_t WriteToString(char* data, std::size_t size, std::size_t count, void* user) {
  auto* text = static_cast<std::string*>(user);
  if (text->size() < 4096) text->append(data, size * count);
  return size * count;
}

std::size_t ReadFromFile(char* data, std::size_t size, std::size_t count, void* user) {
  return std::fread(data, size, count, static_cast<std::FILE*>(user)) * size;
}

std::size_t CollectHeader(char* data, std::size_t size, std::size_t count, void* user) {
  auto* reply = static_cast<S3ObjectStore::Reply*>(user);
  std::string line(data, size * count);
  const auto colon = line.find(':');
  if (colon != std::string::npos) {
    std::string name = line.substr(0, colon);
    std::transform(name.begin(), name.end(), name.begin(), ::tolower);
    std::string value = line.substr(colon + 1);
    value.erase(0, value.find_first_not_of(' '));
    while (!value.empty() && (value.back() == '\r' || value.back() == '\n')) value.pop_back();
    if (name == "content-type") reply->content_type = value;
    if (name == "content-length") reply->content_length = std::strtoull(value.c_str(), nullptr, 10);
  }
  return size * count;
}

class S3Writer final : public ObjectWriter {
 public:
  S3Writer(S3ObjectStore& store, std::string key, std::string content_type, bool sse)
      : store_(store), key_(std::move(key)), content_type_(std::move(content_type)), sse_(sse) {
    crypto_hash_sha256_init(&hash_);
  }
  void Write(std::string_view chunk) override {
    if (std::fwrite(chunk.data(), 1, chunk.size(), temp_.file) != chunk.size()) {
      throw std::runtime_error("cannot buffer the upload");
    }
    crypto_hash_sha256_update(&hash_, reinterpret_cast<const unsigned char*>(chunk.data()),
                              chunk.size());
    size_ += chunk.size();
  }
  void Commit() override {
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&hash_, digest);
    std::rewind(temp_.file);
    std::vector<std::pair<std::string, std::string>> headers{{"content-type", content_type_}};
    if (sse_) headers.emplace_back("x-amz-server-side-encryption", "AES256");
    const auto reply = store_.Send(
        "PUT", key_, headers, temp_.file, size_,
        crypto::Hex(std::string_view(reinterpret_cast<const char*>(digest), sizeof digest)),
        nullptr);
    if (reply.status != 200) {
      throw std::runtime_error("S3 PUT failed with status " + std::to_string(reply.status));
    }
  }

 private:
  S3ObjectStore& store_;
  std::string key_;
  std::string content_type_;
  bool sse_;
  TempFile temp_;
  crypto_hash_sha256_state hash_{};
  std::uint64_t size_ = 0;
};

// The object is streamed to an unnamed temporary file, then handed out in chunks.
class S3Reader final : public ObjectReader {
 public:
  S3Reader(std::unique_ptr<TempFile> file, ObjectInfo info)
      : file_(std::move(file)), info_(std::move(info)) {
    std::rewind(file_->file);
  }
  std::optional<std::string> Next() override {
    std::string chunk(64 * 1024, '\0');
    const std::size_t got = std::fread(chunk.data(), 1, chunk.size(), file_->file);
    if (got == 0) return std::nullopt;
    chunk.resize(got);
    return chunk;
  }
  const ObjectInfo& info() const override { return info_; }

 private:
  std::unique_ptr<TempFile> file_;
  ObjectInfo info_;
};

}  // namespace

S3Settings ParseS3Url(const std::string& url) {
  auto parsed = boost::urls::parse_uri(url);
  if (!parsed || parsed->scheme() != "s3" || parsed->host().empty()) {
    throw std::invalid_argument("RESUMAX_STORAGE_URL must look like s3://bucket?region=...");
  }
  S3Settings settings;
  settings.bucket = std::string(parsed->host());
  settings.access_key_id = parsed->has_userinfo() ? std::string(parsed->user()) : "";
  settings.secret_access_key = parsed->has_password() ? std::string(parsed->password()) : "";
  if (settings.access_key_id.empty()) {
    settings.access_key_id = Env("RESUMAX_S3_ACCESS_KEY_ID", "AWS_ACCESS_KEY_ID");
    settings.secret_access_key = Env("RESUMAX_S3_SECRET_ACCESS_KEY", "AWS_SECRET_ACCESS_KEY");
  }
  bool path_style_set = false;
  for (const auto& param : parsed->params()) {
    if (param.key == "endpoint") settings.endpoint = std::string(param.value);
    if (param.key == "region") settings.region = std::string(param.value);
    if (param.key == "pathStyle") {
      settings.path_style = param.value == "true";
      path_style_set = true;
    }
    if (param.key == "sse") settings.server_side_encryption = param.value != "false";
  }
  if (settings.endpoint.empty()) {
    settings.endpoint = "https://s3." + settings.region + ".amazonaws.com";
    if (!path_style_set) settings.path_style = false;
  }
  while (settings.endpoint.ends_with('/')) settings.endpoint.pop_back();
  if (settings.access_key_id.empty() || settings.secret_access_key.empty()) {
    throw std::invalid_argument(
        "S3 storage needs RESUMAX_S3_ACCESS_KEY_ID and RESUMAX_S3_SECRET_ACCESS_KEY");
  }
  return settings;
}

S3ObjectStore::S3ObjectStore(S3Settings settings) : settings_(std::move(settings)) {}

std::string S3ObjectStore::Host() const {
  const auto scheme_end = settings_.endpoint.find("://");
  const std::string host = settings_.endpoint.substr(scheme_end + 3);
  return settings_.path_style ? host : settings_.bucket + "." + host;
}

std::string S3ObjectStore::Origin() const {
  return settings_.endpoint.substr(0, settings_.endpoint.find("://") + 3) + Host();
}

std::string S3ObjectStore::PathFor(const std::string& key) const {
  const std::string encoded = key.empty() ? "" : EncodePath(key);
  return settings_.path_style ? "/" + Encode(settings_.bucket) + (key.empty() ? "" : "/" + encoded)
                              : "/" + encoded;
}

std::string S3ObjectStore::SigningKey(const std::string& date) const {
  const std::string date_key = crypto::HmacSha256Raw("AWS4" + settings_.secret_access_key, date);
  const std::string region_key = crypto::HmacSha256Raw(date_key, settings_.region);
  const std::string service_key = crypto::HmacSha256Raw(region_key, "s3");
  return crypto::HmacSha256Raw(service_key, "aws4_request");
}

std::string S3ObjectStore::Presign(
    const std::string& method, const std::string& key,
    const std::vector<std::pair<std::string, std::string>>& extra_query,
    const std::string& content_type, std::chrono::seconds ttl) const {
  const auto [stamp, date] = AmzTimes();
  const std::string scope = date + "/" + settings_.region + "/s3/aws4_request";
  const std::string signed_headers = content_type.empty() ? "host" : "content-type;host";
  std::map<std::string, std::string> query(extra_query.begin(), extra_query.end());
  query["X-Amz-Algorithm"] = "AWS4-HMAC-SHA256";
  query["X-Amz-Credential"] = settings_.access_key_id + "/" + scope;
  query["X-Amz-Date"] = stamp;
  query["X-Amz-Expires"] = std::to_string(ttl.count());
  query["X-Amz-SignedHeaders"] = signed_headers;
  std::string canonical_query;
  for (const auto& [name, value] : query) {
    if (!canonical_query.empty()) canonical_query += "&";
    canonical_query += Encode(name) + "=" + Encode(value);
  }
  const std::string path = PathFor(key);
  std::string canonical_headers;
  if (!content_type.empty()) canonical_headers += "content-type:" + content_type + "\n";
  canonical_headers += "host:" + Host() + "\n";
  const std::string canonical_request = method + "\n" + path + "\n" + canonical_query + "\n" +
                                        canonical_headers + "\n" + signed_headers + "\n" +
                                        std::string(kUnsignedPayload);
  const std::string string_to_sign =
      "AWS4-HMAC-SHA256\n" + stamp + "\n" + scope + "\n" + crypto::Sha256Hex(canonical_request);
  const std::string signature =
      crypto::Hex(crypto::HmacSha256Raw(SigningKey(date), string_to_sign));
  const auto scheme_end = settings_.endpoint.find("://");
  return settings_.endpoint.substr(0, scheme_end + 3) + Host() + path + "?" + canonical_query +
         "&X-Amz-Signature=" + signature;
}

PresignedUpload S3ObjectStore::PresignUpload(const std::string& key,
                                             const std::string& content_type, std::uint64_t,
                                             std::chrono::seconds ttl) {
  return {Presign("PUT", key, {}, content_type, ttl), "PUT", content_type,
          std::chrono::system_clock::now() + ttl};
}

std::string S3ObjectStore::PresignDownload(const std::string& key, const std::string& filename,
                                           std::chrono::seconds ttl, Disposition disposition) {
  const char* kind = disposition == Disposition::kInline ? "inline" : "attachment";
  return Presign(
      "GET", key,
      {{"response-content-disposition", std::string(kind) + "; filename=\"" + filename + "\""}}, "",
      ttl);
}

S3ObjectStore::Reply S3ObjectStore::Send(
    const std::string& method, const std::string& key,
    const std::vector<std::pair<std::string, std::string>>& extra_headers, std::FILE* body_file,
    std::uint64_t body_size, const std::string& payload_hash, std::FILE* download_file,
    const std::string& canonical_query) {
  const auto [stamp, date] = AmzTimes();
  const std::string scope = date + "/" + settings_.region + "/s3/aws4_request";
  std::map<std::string, std::string> headers(extra_headers.begin(), extra_headers.end());
  headers["host"] = Host();
  headers["x-amz-date"] = stamp;
  headers["x-amz-content-sha256"] = payload_hash;
  std::string canonical_headers;
  std::string signed_headers;
  for (const auto& [name, value] : headers) {
    canonical_headers += name;
    canonical_headers += ":";
    canonical_headers += value;
    canonical_headers += "\n";
    if (!signed_headers.empty()) signed_headers += ";";
    signed_headers += name;
  }
  const std::string path = PathFor(key);
  const std::string canonical_request = method + "\n" + path + "\n" + canonical_query + "\n" +
                                        canonical_headers + "\n" + signed_headers + "\n" +
                                        payload_hash;
  const std::string string_to_sign =
      "AWS4-HMAC-SHA256\n" + stamp + "\n" + scope + "\n" + crypto::Sha256Hex(canonical_request);
  const std::string signature =
      crypto::Hex(crypto::HmacSha256Raw(SigningKey(date), string_to_sign));
  const std::string authorization = "AWS4-HMAC-SHA256 Credential=" + settings_.access_key_id + "/" +
                                    scope + ", SignedHeaders=" + signed_headers +
                                    ", Signature=" + signature;

  Reply reply;
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
  curl_slist* list = nullptr;
  for (const auto& [name, value] : headers) {
    if (name == "host") continue;
    std::string line = name;
    line += ": ";
    line += value;
    list = curl_slist_append(list, line.c_str());
  }
  list = curl_slist_append(list, ("Authorization: " + authorization).c_str());
  // The trace goes along, outside the signature (SigV4 signs only the headers it lists).
  if (const std::string traceparent = trace::CurrentTraceparent(); !traceparent.empty()) {
    list = curl_slist_append(list, ("traceparent: " + traceparent).c_str());
  }
  list = curl_slist_append(list, "Expect:");
  const auto scheme_end = settings_.endpoint.find("://");
  const std::string url = settings_.endpoint.substr(0, scheme_end + 3) + Host() + path +
                          (canonical_query.empty() ? "" : "?" + canonical_query);
  CURL* handle = curl.get();
  curl_easy_setopt(handle, CURLOPT_URL, url.c_str());
  curl_easy_setopt(handle, CURLOPT_HTTPHEADER, list);
  curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, 10L);
  curl_easy_setopt(handle, CURLOPT_TIMEOUT, 120L);
  curl_easy_setopt(handle, CURLOPT_HEADERFUNCTION, &CollectHeader);
  curl_easy_setopt(handle, CURLOPT_HEADERDATA, &reply);
  if (method == "HEAD") {
    curl_easy_setopt(handle, CURLOPT_NOBODY, 1L);
  } else if (method == "PUT") {
    curl_easy_setopt(handle, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(handle, CURLOPT_READFUNCTION, &ReadFromFile);
    curl_easy_setopt(handle, CURLOPT_READDATA, body_file);
    curl_easy_setopt(handle, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(body_size));
  } else if (method != "GET") {
    curl_easy_setopt(handle, CURLOPT_CUSTOMREQUEST, method.c_str());
  }
  std::string error_body;
  if (download_file) {
    curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, &WriteToFile);
    curl_easy_setopt(handle, CURLOPT_WRITEDATA, download_file);
  } else {
    curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, &WriteToString);
    curl_easy_setopt(handle, CURLOPT_WRITEDATA, &error_body);
  }
  const CURLcode result = curl_easy_perform(handle);
  curl_slist_free_all(list);
  if (result != CURLE_OK) {
    throw std::runtime_error(std::string("S3 request failed: ") + curl_easy_strerror(result));
  }
  curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &reply.status);
  reply.error_body = std::move(error_body);
  return reply;
}

std::unique_ptr<ObjectWriter> S3ObjectStore::OpenWriter(const std::string& key,
                                                        const std::string& content_type) {
  return std::make_unique<S3Writer>(*this, key, content_type, settings_.server_side_encryption);
}

std::unique_ptr<ObjectReader> S3ObjectStore::OpenReader(const std::string& key) {
  auto file = std::make_unique<TempFile>();
  const auto reply = Send("GET", key, {}, nullptr, 0, std::string(kEmptyHash), file->file);
  if (reply.status == 404) return nullptr;
  if (reply.status != 200) {
    throw std::runtime_error("S3 GET failed with status " + std::to_string(reply.status));
  }
  std::fflush(file->file);
  const auto size = static_cast<std::uint64_t>(std::ftell(file->file));
  return std::make_unique<S3Reader>(std::move(file), ObjectInfo{size, reply.content_type});
}

std::optional<ObjectInfo> S3ObjectStore::Head(const std::string& key) {
  const auto reply = Send("HEAD", key, {}, nullptr, 0, std::string(kEmptyHash), nullptr);
  if (reply.status == 404) return std::nullopt;
  if (reply.status != 200) {
    throw std::runtime_error("S3 HEAD failed with status " + std::to_string(reply.status));
  }
  return ObjectInfo{reply.content_length, reply.content_type};
}

void S3ObjectStore::Delete(const std::string& key) {
  const auto reply = Send("DELETE", key, {}, nullptr, 0, std::string(kEmptyHash), nullptr);
  if (reply.status != 204 && reply.status != 200 && reply.status != 404) {
    throw std::runtime_error("S3 DELETE failed with status " + std::to_string(reply.status));
  }
}

std::size_t S3ObjectStore::DeletePrefix(const std::string& prefix) {
  std::size_t deleted = 0;
  std::string continuation;
  // ListObjectsV2, a page (up to 1,000 keys) at a time; the query is in canonical order.
  for (int pages = 0; pages < 100000; ++pages) {
    std::string query;
    if (!continuation.empty()) query += "continuation-token=" + Encode(continuation) + "&";
    query += "list-type=2&prefix=" + Encode(prefix);
    const auto reply = Send("GET", "", {}, nullptr, 0, std::string(kEmptyHash), nullptr, query);
    if (reply.status != 200) {
      throw std::runtime_error("S3 LIST failed with status " + std::to_string(reply.status));
    }
    pugi::xml_document document;
    if (!document.load_buffer(reply.error_body.data(), reply.error_body.size())) {
      throw std::runtime_error("S3 LIST answered something that is not XML");
    }
    const auto result = document.child("ListBucketResult");
    for (const auto& contents : result.children("Contents")) {
      const std::string key = contents.child_value("Key");
      if (!key.starts_with(prefix)) continue;
      Delete(key);
      ++deleted;
    }
    if (std::string_view(result.child_value("IsTruncated")) != "true") break;
    continuation = result.child_value("NextContinuationToken");
    if (continuation.empty()) break;
  }
  return deleted;
}

bool S3ObjectStore::Ping() {
  try {
    const auto reply = Send("HEAD", "", {}, nullptr, 0, std::string(kEmptyHash), nullptr);
    return reply.status == 200;
  } catch (const std::exception&) {
    return false;
  }
}

}  // namespace resumax::storage
