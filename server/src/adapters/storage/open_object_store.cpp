#include "adapters/storage/open_object_store.h"

#include "adapters/storage/local_object_store.h"
#include "adapters/storage/s3_object_store.h"

namespace resumax::storage {

std::unique_ptr<ObjectStore> OpenObjectStore(const std::string& url,
                                             const std::filesystem::path& root,
                                             const std::string& master_key,
                                             const std::string& public_url) {
  if (url.empty()) return std::make_unique<LocalObjectStore>(root, master_key, public_url);
  return std::make_unique<S3ObjectStore>(ParseS3Url(url));
}

}  // namespace resumax::storage
