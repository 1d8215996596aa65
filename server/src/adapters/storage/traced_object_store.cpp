#include "adapters/storage/traced_object_store.h"

#include "core/metrics.h"
#include "core/trace.h"

namespace resumax::storage {
namespace {

metrics::Counter& Errors() {
  static auto& counter = metrics::Counter::Get(
      "resumax_storage_errors_total", "Object storage operations that failed, by operation.",
      {"operation"}, {{"put"}, {"get"}, {"head"}, {"delete"}, {"list"}, {"presign"}});
  return counter;
}

// Runs `operation` in a client span; a throw counts as an error of `metric_operation`.
template <typename Operation>
auto Traced(std::string_view name, std::string_view metric_operation, const std::string& system,
            Operation operation) {
  trace::Span span(name, trace::SpanKind::kClient);
  span.SetAttribute("storage.system", system);
  try {
    return operation(span);
  } catch (...) {
    Errors().Inc({std::string(metric_operation)});
    span.SetError("storage_error");
    throw;
  }
}

// A writer whose span runs from OpenWriter to Commit. It is not the thread's current span: an
// upload's chunks may arrive on several threads.
class TracedWriter final : public ObjectWriter {
 public:
  TracedWriter(std::unique_ptr<ObjectWriter> inner, const std::string& system)
      : inner_(std::move(inner)),
        span_("storage.put", trace::SpanKind::kClient, trace::Current(), false) {
    span_.SetAttribute("storage.system", system);
  }
  void Write(std::string_view chunk) override {
    try {
      inner_->Write(chunk);
      bytes_ += chunk.size();
    } catch (...) {
      Fail();
      throw;
    }
  }
  void Commit() override {
    try {
      inner_->Commit();
      span_.SetAttribute("resumax.bytes", bytes_);
      span_.End();
    } catch (...) {
      Fail();
      throw;
    }
  }

 private:
  void Fail() {
    Errors().Inc({"put"});
    span_.SetError("storage_error");
    span_.End();
  }
  std::unique_ptr<ObjectWriter> inner_;
  trace::Span span_;
  std::size_t bytes_ = 0;
};

class TracedReader final : public ObjectReader {
 public:
  TracedReader(std::unique_ptr<ObjectReader> inner, const std::string& system)
      : inner_(std::move(inner)),
        span_("storage.get", trace::SpanKind::kClient, trace::Current(), false) {
    span_.SetAttribute("storage.system", system);
    span_.SetAttribute("resumax.bytes", static_cast<std::int64_t>(inner_->info().size));
  }
  std::optional<std::string> Next() override {
    try {
      auto chunk = inner_->Next();
      if (!chunk) span_.End();
      return chunk;
    } catch (...) {
      Errors().Inc({"get"});
      span_.SetError("storage_error");
      span_.End();
      throw;
    }
  }
  const ObjectInfo& info() const override { return inner_->info(); }

 private:
  std::unique_ptr<ObjectReader> inner_;
  trace::Span span_;
};

}  // namespace

TracedObjectStore::TracedObjectStore(std::unique_ptr<ObjectStore> inner, std::string system)
    : inner_(std::move(inner)), system_(std::move(system)) {
  Errors();
}

PresignedUpload TracedObjectStore::PresignUpload(const std::string& key,
                                                 const std::string& content_type,
                                                 std::uint64_t max_size, std::chrono::seconds ttl) {
  return Traced("storage.presign_upload", "presign", system_, [&](trace::Span&) {
    return inner_->PresignUpload(key, content_type, max_size, ttl);
  });
}

std::string TracedObjectStore::PresignDownload(const std::string& key, const std::string& filename,
                                               std::chrono::seconds ttl, Disposition disposition) {
  return Traced("storage.presign_download", "presign", system_, [&](trace::Span&) {
    return inner_->PresignDownload(key, filename, ttl, disposition);
  });
}

std::unique_ptr<ObjectWriter> TracedObjectStore::OpenWriter(const std::string& key,
                                                            const std::string& content_type) {
  auto writer = Traced("storage.open_writer", "put", system_,
                       [&](trace::Span&) { return inner_->OpenWriter(key, content_type); });
  return std::make_unique<TracedWriter>(std::move(writer), system_);
}

std::unique_ptr<ObjectReader> TracedObjectStore::OpenReader(const std::string& key) {
  auto reader = Traced("storage.open_reader", "get", system_,
                       [&](trace::Span&) { return inner_->OpenReader(key); });
  if (!reader) return nullptr;
  return std::make_unique<TracedReader>(std::move(reader), system_);
}

std::optional<ObjectInfo> TracedObjectStore::Head(const std::string& key) {
  return Traced("storage.head", "head", system_, [&](trace::Span& span) {
    auto info = inner_->Head(key);
    span.SetAttribute("storage.found", info.has_value());
    return info;
  });
}

void TracedObjectStore::Delete(const std::string& key) {
  Traced("storage.delete", "delete", system_, [&](trace::Span&) { inner_->Delete(key); });
}

std::size_t TracedObjectStore::DeletePrefix(const std::string& prefix) {
  return Traced("storage.delete_prefix", "list", system_, [&](trace::Span& span) {
    const std::size_t deleted = inner_->DeletePrefix(prefix);
    span.SetAttribute("storage.deleted", deleted);
    return deleted;
  });
}

}  // namespace resumax::storage
