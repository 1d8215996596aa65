#pragma once

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "domain/storage/object_store.h"

namespace resumax::storage {

struct S3Settings {
  std::string bucket;
  std::string endpoint;  // e.g. https://s3.eu-west-1.amazonaws.com or http://127.0.0.1:9000
  std::string region = "us-east-1";
  std::string access_key_id;
  std::string secret_access_key;
  bool path_style = true;  // endpoint/bucket/key (MinIO, most S3-compatible servers)
  bool server_side_encryption = true;
};

// Reads s3://[KEY:SECRET@]bucket?endpoint=...&region=...&pathStyle=true|false&sse=true|false;
// credentials default to RESUMAX_S3_ACCESS_KEY_ID / RESUMAX_S3_SECRET_ACCESS_KEY (or AWS_*).
S3Settings ParseS3Url(const std::string& url);

// Amazon S3 and compatible servers through libcurl with AWS Signature Version 4: presigned
// PUT/GET for clients, signed requests for the server's own reads, writes and deletes.
class S3ObjectStore final : public ObjectStore {
 public:
  explicit S3ObjectStore(S3Settings settings);
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

  // scheme://host that clients send presigned requests to (for the web app's CSP).
  std::string Origin() const;

  // The result of one signed request.
  struct Reply {
    long status = 0;
    std::string content_type;
    std::uint64_t content_length = 0;
    std::string error_body;
  };
  // Sends a signed request; body_file (when not null) is uploaded, download_file receives the
  // response body.
  Reply Send(const std::string& method, const std::string& key,
             const std::vector<std::pair<std::string, std::string>>& extra_headers,
             std::FILE* body_file, std::uint64_t body_size, const std::string& payload_hash,
             std::FILE* download_file, const std::string& canonical_query = "");

 private:
  std::string Presign(const std::string& method, const std::string& key,
                      const std::vector<std::pair<std::string, std::string>>& extra_query,
                      const std::string& content_type, std::chrono::seconds ttl) const;
  std::string Host() const;
  std::string PathFor(const std::string& key) const;
  std::string SigningKey(const std::string& date) const;

  S3Settings settings_;
};

}  // namespace resumax::storage
