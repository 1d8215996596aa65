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
    received_ += chunk.size();
    if (received_ > grant_.max_size) {
      return Error{ErrorKind::kPayloadTooLarge,
                   "payload_too_large",
                   "The file is larger than the size announced for this upload.",
                   {},
                   {},
                   0};
    }
    if (checked_) {
      writer_->Write(chunk);
      return {};
    }
    // The type check needs the first kiB, which may arrive in several chunks.
    head_.append(chunk);
    if (head_.size() < kHeadBytes) return {};
    return CheckHead();
  }

  Result<Response> Finish() override {
    if (received_ == 0) return Error::Validation("body", "The upload is empty.");
    if (!checked_) {
      if (auto checked = CheckHead(); !checked) return checked.error();
    }
    writer_->Commit();
    return Json(200, {{"status", "uploaded"}, {"size", received_}});
  }

 private:
  Result<void> CheckHead() {
    if (!resumes::MagicMatches(grant_.content_type, head_)) {
      return Error{ErrorKind::kUnsupportedMediaType,
                   "unsupported_file_type",
                   "The file's content does not match its type. Upload a real PDF or DOCX file.",
                   {},
                   {},
                   0};
    }
    checked_ = true;
    writer_->Write(head_);
    head_.clear();
    return {};
  }

  static constexpr std::size_t kHeadBytes = 1024;
  std::unique_ptr<storage::ObjectWriter> writer_;
  storage::LocalObjectStore::UploadGrant grant_;
  std::uint64_t received_ = 0;
  std::string head_;
  bool checked_ = false;
};

class ReaderSource final : public BodySource {
 public:
  explicit ReaderSource(std::unique_ptr<storage::ObjectReader> reader)
      : reader_(std::move(reader)) {}
  std::optional<std::string> Next() override { return reader_->Next(); }

 private:
  std::unique_ptr<storage::ObjectReader> reader_;
};

// attachment (or inline); filename="ascii fallback"; filename*=UTF-8''percent-encoded (RFC 6266).
std::string ContentDisposition(const std::string& name, bool inline_view) {
  std::string ascii;
  std::string encoded;
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (const char c : name) {
    const auto byte = static_cast<unsigned char>(c);
    ascii.push_back(byte < 0x80 && c != '"' && c != '\\' ? c : '_');
    if (std::isalnum(byte) || c == '.' || c == '-' || c == '_') {
      encoded.push_back(c);
    } else {
      encoded += '%';
      encoded += kHex[byte >> 4];
      encoded += kHex[byte & 0x0F];
    }
  }
  return std::string(inline_view ? "inline" : "attachment") + "; filename=\"" + ascii +
         "\"; filename*=UTF-8''" + encoded;
}

}  // namespace

void AddStorageRoutes(Router& router, Services& services) {
  router.AddStreaming(
      "PUT", "/api/v1/storage/upload",
      // The URL's grant limits each upload; this only bounds the largest allowed at all.
      {.requires_auth = false, .offload = false, .max_body = 101 * 1024 * 1024},
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
              return Error{ErrorKind::kPayloadTooLarge,
                           "payload_too_large",
                           "The file is larger than the size announced for this upload.",
                           {},
                           {},
                           0};
            }
          } catch (const std::exception&) {
            return Error::BadRequest("bad_request", "Content-Length is not a number.");
          }
        }
        // An upload URL serves once, and only while its resume or job description waits for
        // the file: a deleted one's URL, or a second PUT, is refused.
        if (!services.resumes.WantsUpload(grant->key) &&
            !services.job_descriptions.WantsUpload(grant->key)) {
          return Error::Conflict("upload_refused", "This upload is no longer wanted.");
        }
        if (services.storage.Head(grant->key)) {
          return Error::Conflict("upload_used",
                                 "This upload URL was used already. Ask for a new one.");
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
                                             ContentDisposition(name, grant->inline_view));
               response.headers.emplace_back("Cache-Control", "private, no-store");
               if (grant->inline_view) {
                 // A PDF preview shown in the web app's own page, nowhere else.
                 response.headers.emplace_back("X-Frame-Options", "SAMEORIGIN");
                 response.headers.emplace_back("Content-Security-Policy", "frame-ancestors 'self'");
               }
               response.source = std::make_shared<ReaderSource>(std::move(reader));
               return response;
             });
}

}  // namespace resumax::http
