#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "domain/storage/object_store.h"

namespace resumax::storage {

// The store a URL names: empty for the local encrypted store under root, s3://… for S3.
std::unique_ptr<ObjectStore> OpenObjectStore(const std::string& url,
                                             const std::filesystem::path& root,
                                             const std::string& master_key,
                                             const std::string& public_url);

}  // namespace resumax::storage
