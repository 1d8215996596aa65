#pragma once

#include <memory>
#include <string>

#include "domain/storage/object_store.h"

namespace resumax::storage {

// Any object store, with a client span per operation (storage.put, storage.get, …; the key is
// not recorded: it names the user) and its failures counted in
// resumax_storage_errors_total{operation}.
class TracedObjectStore final : public ObjectStore {
 public:
  // `system`: "local" or "s3", the spans' storage.system.
  TracedObjectStore(std::unique_ptr<ObjectStore> inner, std::string system);

  ObjectStore& inner() { return *inner_; }

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
  bool Ping() override { return inner_->Ping(); }

 private:
  std::unique_ptr<ObjectStore> inner_;
  std::string system_;
};

}  // namespace resumax::storage
