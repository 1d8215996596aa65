#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "core/error.h"
#include "domain/storage/object_store.h"

namespace resumax::storage {

// Objects under <data dir>/objects/, each encrypted with XChaCha20-Poly1305 secretstream in
// 64 KiB chunks. Presigned URLs point at the API itself (/api/v1/storage/...), signed with
// HMAC-SHA-256 over method, key, content type, maximum size and expiry.
class LocalObjectStore final : public ObjectStore {
 public:
  // master_key: 32 bytes. public_url: where clients reach the API.
  LocalObjectStore(std::filesystem::path root, const std::string& master_key,
                   std::string public_url);

  PresignedUpload PresignUpload(const std::string& key, const std::string& content_type,
                                std::uint64_t max_size, std::chrono::seconds ttl) override;
  std::string PresignDownload(const std::string& key, const std::string& filename,
                              std::chrono::seconds ttl, Disposition disposition) override;
  std::unique_ptr<ObjectWriter> OpenWriter(const std::string& key,
                                           const std::string& content_type) override;
  std::unique_ptr<ObjectReader> OpenReader(const std::string& key) override;
  std::optional<ObjectInfo> Head(const std::string& key) override;
  void Delete(const std::string& key) override;
  std::size_t DeletePrefix(const std::string& prefix) override;
  bool Ping() override;

  // What a verified upload URL allows.
  struct UploadGrant {
    std::string key;
    std::string content_type;
    std::uint64_t max_size = 0;
  };
  // Checks an upload URL's query parameters (key, type, max, expires, sig) at `now`.
  Result<UploadGrant> VerifyUpload(const std::map<std::string, std::string>& query,
                                   long long now_unix) const;
  struct DownloadGrant {
    std::string key;
    std::string filename;
    bool inline_view = false;
  };
  Result<DownloadGrant> VerifyDownload(const std::map<std::string, std::string>& query,
                                       long long now_unix) const;

  // True for keys made of [A-Za-z0-9._-] segments separated by '/', without "." or "..".
  static bool IsSafeKey(std::string_view key);

 private:
  std::filesystem::path PathFor(const std::string& key) const;
  std::string Sign(std::string_view payload) const;

  std::filesystem::path root_;
  std::string encryption_key_;
  std::string signing_key_;
  std::string public_url_;
};

}  // namespace resumax::storage
