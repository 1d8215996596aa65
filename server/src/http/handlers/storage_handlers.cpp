#include "adapters/storage/local_object_store.h"
#include "domain/resumes/file_types.h"
#include "http/handlers/handlers.h"
#include "http/json_body.h"
#include "http/query.h"

namespace resumax::http {
namespace {

Error NotLocal() { return Error::NotFound("This server does not store files itself."); }

// Writes an upload into the store as it arrives, within the URL's grant.
class UploadSink final : public BodySink {
 public:
  UploadSink(std::unique_ptr<storage::ObjectWriter> writer,
             storage::LocalObjectStore::UploadGrant grant)
      : writer_(std::move(writer)), grant_(std::move(grant)) {}

  Result<void> Write(std::string_view chunk) override {
    if (received_ == 0 && !resumes::MagicMatches(grant_.content_type, chunk)) {
      return Error{ErrorKind::kUnsupportedMediaType,
                   "unsupported_file_type",
                   "The file's content does not match its type. Upload a real PDF or DOCX file.",
                   {},
                   {},
                   0};
    }
    received_ += chunk.size();
    if (received_ > grant_.max_size) {
      return Error{ErrorKind::kPayloadTooLarge, "payload_too_large",
                   "The file is larger than the size announced for this upload.", {}, {}, 0};
    }
    writer_->Write(chunk);
    return {};
  }

  Result<Response> Finish() override {
    if (received_ == 0) return Error::Validation("body", "The upload is empty.");
    writer_->Commit();
    return Json(200, {{"status", "uploaded"}, {"size", received_}});
  }

 private:
  std::unique_ptr<storage::ObjectWriter> writer_;
  storage::LocalObjectStore::UploadGrant grant_;
  std::uint64_t received_ = 0;
};

class ReaderSource final : public BodySource {
 public:
  explicit ReaderSource(std::unique_ptr<storage::ObjectReader> reader)
      : reader_(std::move(reader)) {}
  std::optional<std::string> Next() override { return reader_->Next(); }

 private:
  std::unique_ptr<storage::ObjectReader> reader_;
};

}  // namespace

void AddStorageRoutes(Router& router, Services& services) {
  router.AddStreaming(
      "PUT", "/api/v1/storage/upload",
      {.requires_auth = false, .offload = false, .max_body = 64 * 1024 * 1024},
      [&services](Request& request) -> Result<std::unique_ptr<BodySink>> {
        if (!services.local_storage) return NotLocal();
        auto grant = services.local_storage->VerifyUpload(
            QueryParams(request), UnixSeconds(std::chrono::system_clock::now()));
        if (!grant) return grant.error();
        std::string_view type = request.Header("content-type");
        if (type != grant->content_type) {
          return Error::BadRequest("content_type_mismatch",
                                   "Send the Content-Type this upload URL was made for.");
        }
        const std::string_view length = request.Header("content-length");
        if (!length.empty()) {
          try {
            if (std::stoull(std::string(length)) > grant->max_size) {
              return Error{ErrorKind::kPayloadTooLarge, "payload_too_large",
                           "The file is larger than the size announced for this upload.",
                           {}, {}, 0};
            }
          } catch (const std::exception&) {
            return Error::BadRequest("bad_request", "Content-Length is not a number.");
          }
        }
        auto writer = services.storage.OpenWriter(grant->key, grant->content_type);
        return std::unique_ptr<BodySink>(
            std::make_unique<UploadSink>(std::move(writer), std::move(*grant)));
      });

  router.Add("GET", "/api/v1/storage/download", {},
             [&services](Request& request) -> Result<Response> {
               if (!services.local_storage) return NotLocal();
               auto grant = services.local_storage->VerifyDownload(
                   QueryParams(request), UnixSeconds(std::chrono::system_clock::now()));
               if (!grant) return grant.error();
               auto reader = services.storage.OpenReader(grant->key);
               if (!reader) return Error::NotFound("The file no longer exists.");
               Response response;
               response.content_type = reader->info().content_type;
               response.content_length = reader->info().size;
               const std::string name = resumes::CleanFilename(grant->filename);
               response.headers.emplace_back("Content-Disposition",
                                             "attachment; filename=\"" + name + "\"");
               response.headers.emplace_back("Cache-Control", "private, no-store");
               response.source = std::make_shared<ReaderSource>(std::move(reader));
               return response;
             });
}

}  // namespace resumax::http
