#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace resumax::storage {

struct ObjectInfo {
  std::uint64_t size = 0;
  std::string content_type;
};

// Chunks of an object in order; nullopt at the end. Throws std::runtime_error when the stored
// bytes fail authentication or cannot be read.
class ObjectReader {
 public:
  virtual ~ObjectReader() = default;
  virtual std::optional<std::string> Next() = 0;
  virtual const ObjectInfo& info() const = 0;
};

// Receives an object in chunks; nothing is visible under the key until Commit(). Destroying an
// uncommitted writer discards what it received.
class ObjectWriter {
 public:
  virtual ~ObjectWriter() = default;
  virtual void Write(std::string_view chunk) = 0;
  virtual void Commit() = 0;
};

// How a browser treats a downloaded object: saved as a file, or shown in the page (PDF preview).
enum class Disposition { kAttachment, kInline };

struct PresignedUpload {
  std::string url;
  std::string method = "PUT";
  std::string content_type;  // the Content-Type header the upload must carry
  std::chrono::system_clock::time_point expires_at;
};

// Where documents and exports live. Keys are namespaced users/{userId}/...; nothing is public.
// Implementations: the data dir, encrypted at rest (embedded default), and S3.
class ObjectStore {
 public:
  virtual ~ObjectStore() = default;
  // A URL the client PUTs the raw bytes to, bound to key, content type and maximum size.
  virtual PresignedUpload PresignUpload(const std::string& key, const std::string& content_type,
                                        std::uint64_t max_size, std::chrono::seconds ttl) = 0;
  // A URL that downloads the object as `filename`, saved or shown inline.
  virtual std::string PresignDownload(const std::string& key, const std::string& filename,
                                      std::chrono::seconds ttl, Disposition disposition) = 0;
  virtual std::unique_ptr<ObjectWriter> OpenWriter(const std::string& key,
                                                   const std::string& content_type) = 0;
  // nullopt when there is no such object.
  virtual std::unique_ptr<ObjectReader> OpenReader(const std::string& key) = 0;
  virtual std::optional<ObjectInfo> Head(const std::string& key) = 0;
  virtual void Delete(const std::string& key) = 0;
  // Deletes every object whose key starts with prefix (an account's namespace, "users/{id}/");
  // how many. Throws std::runtime_error when the store fails; safe to run again.
  virtual std::size_t DeletePrefix(const std::string& prefix) = 0;
  virtual bool Ping() = 0;

  void Put(const std::string& key, std::string_view data, const std::string& content_type) {
    auto writer = OpenWriter(key, content_type);
    writer->Write(data);
    writer->Commit();
  }
  // The whole object when it exists and is at most max_bytes; nullopt otherwise.
  std::optional<std::string> Get(const std::string& key, std::uint64_t max_bytes) {
    auto reader = OpenReader(key);
    if (!reader || reader->info().size > max_bytes) return std::nullopt;
    std::string data;
    data.reserve(static_cast<std::size_t>(reader->info().size));
    while (auto chunk = reader->Next()) {
      data += *chunk;
      if (data.size() > max_bytes) return std::nullopt;
    }
    return data;
  }
};

// Object keys: users/{userId}/{collection}/{id}/{name}.
inline std::string ObjectKey(const std::string& user_id, const std::string& collection,
                             const std::string& id, const std::string& name) {
  return "users/" + user_id + "/" + collection + "/" + id + "/" + name;
}

}  // namespace resumax::storage
