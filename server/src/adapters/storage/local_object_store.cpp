#include "adapters/storage/local_object_store.h"

#include <sodium.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/url/encode.hpp>
#include <boost/url/rfc/unreserved_chars.hpp>
#include <fstream>
#include <stdexcept>
#include <vector>

#include "core/clock.h"
#include "core/crypto.h"
#include "core/ids.h"
#include "core/metrics.h"

namespace resumax::storage {
namespace {

constexpr std::size_t kChunk = 64 * 1024;
constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES] = {'r', 'e', 's', 'u', 'm', 'a', 'x', 'S'};

std::string DeriveKey(const std::string& master, std::uint64_t id) {
  std::string key(32, '\0');
  crypto_kdf_derive_from_key(reinterpret_cast<unsigned char*>(key.data()), key.size(), id,
                             kKdfContext, reinterpret_cast<const unsigned char*>(master.data()));
  return key;
}

std::string Encode(std::string_view text) {
  return boost::urls::encode(text, boost::urls::unreserved_chars);
}

std::string Field(const std::map<std::string, std::string>& query, const std::string& name) {
  const auto found = query.find(name);
  return found == query.end() ? std::string() : found->second;
}

// Refuses a signed URL, counting why in resumax_signed_url_rejections_total (the user sees one
// message for every reason).
Error BadLink(std::string_view reason) {
  static auto& rejections = metrics::Counter::Get(
      "resumax_signed_url_rejections_total",
      "Signed upload and download URLs refused, by reason (malformed, bad_signature, expired).",
      {"reason"}, {{"malformed"}, {"bad_signature"}, {"expired"}});
  rejections.Inc({std::string(reason)});
  return Error::Forbidden("invalid_signature",
                          "This link is invalid or has expired. Request a new one.");
}

class LocalWriter final : public ObjectWriter {
 public:
  LocalWriter(std::filesystem::path path, std::string content_type, const std::string& key)
      : path_(std::move(path)),
        temp_(path_.string() + ".part-" + NewUuid()),
        content_type_(std::move(content_type)) {
    std::filesystem::create_directories(path_.parent_path());
    out_.open(temp_, std::ios::binary | std::ios::trunc);
    if (!out_) throw std::runtime_error("cannot create object file");
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(
        &state_, header, reinterpret_cast<const unsigned char*>(key.data()));
    out_.write(reinterpret_cast<const char*>(header), sizeof header);
    buffer_.reserve(kChunk);
  }
  ~LocalWriter() override {
    if (!committed_) {
      out_.close();
      std::error_code ignored;
      std::filesystem::remove(temp_, ignored);
    }
  }
  void Write(std::string_view chunk) override {
    while (!chunk.empty()) {
      const std::size_t take = std::min(chunk.size(), kChunk - buffer_.size());
      buffer_.append(chunk.substr(0, take));
      chunk.remove_prefix(take);
      size_ += take;
      if (buffer_.size() == kChunk) Push(crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    }
  }
  void Commit() override {
    Push(crypto_secretstream_xchacha20poly1305_TAG_FINAL);
    out_.flush();
    if (!out_) throw std::runtime_error("cannot write object file");
    out_.close();
    const std::string meta = boost::json::serialize(
        boost::json::object{{"size", size_}, {"contentType", content_type_}});
    std::ofstream(temp_ + ".meta", std::ios::binary | std::ios::trunc) << meta;
    std::filesystem::rename(temp_ + ".meta", path_.string() + ".meta");
    std::filesystem::rename(temp_, path_);
    committed_ = true;
  }

 private:
  void Push(unsigned char tag) {
    std::vector<unsigned char> cipher(buffer_.size() +
                                      crypto_secretstream_xchacha20poly1305_ABYTES);
    unsigned long long cipher_size = 0;
    crypto_secretstream_xchacha20poly1305_push(
        &state_, cipher.data(), &cipher_size,
        reinterpret_cast<const unsigned char*>(buffer_.data()), buffer_.size(), nullptr, 0, tag);
    out_.write(reinterpret_cast<const char*>(cipher.data()),
               static_cast<std::streamsize>(cipher_size));
    buffer_.clear();
  }

  std::filesystem::path path_;
  std::string temp_;
  std::string content_type_;
  std::ofstream out_;
  std::string buffer_;
  std::uint64_t size_ = 0;
  crypto_secretstream_xchacha20poly1305_state state_{};
  bool committed_ = false;
};

class LocalReader final : public ObjectReader {
 public:
  LocalReader(const std::filesystem::path& path, ObjectInfo info, const std::string& key)
      : in_(path, std::ios::binary), info_(std::move(info)) {
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    in_.read(reinterpret_cast<char*>(header), sizeof header);
    if (in_.gcount() != sizeof header ||
        crypto_secretstream_xchacha20poly1305_init_pull(
            &state_, header, reinterpret_cast<const unsigned char*>(key.data())) != 0) {
      throw std::runtime_error("stored object header is damaged");
    }
  }
  std::optional<std::string> Next() override {
    if (finished_) return std::nullopt;
    std::vector<unsigned char> cipher(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES);
    in_.read(reinterpret_cast<char*>(cipher.data()), static_cast<std::streamsize>(cipher.size()));
    const auto got = static_cast<std::size_t>(in_.gcount());
    if (got < crypto_secretstream_xchacha20poly1305_ABYTES) {
      throw std::runtime_error("stored object is truncated");
    }
    std::string plain(got - crypto_secretstream_xchacha20poly1305_ABYTES, '\0');
    unsigned long long plain_size = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(
            &state_, reinterpret_cast<unsigned char*>(plain.data()), &plain_size, &tag,
            cipher.data(), got, nullptr, 0) != 0) {
      throw std::runtime_error("stored object failed authentication");
    }
    plain.resize(static_cast<std::size_t>(plain_size));
    if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
      finished_ = true;
    } else if (in_.peek() == std::char_traits<char>::eof()) {
      throw std::runtime_error("stored object is truncated");
    }
    return plain;
  }
  const ObjectInfo& info() const override { return info_; }

 private:
  std::ifstream in_;
  ObjectInfo info_;
  crypto_secretstream_xchacha20poly1305_state state_{};
  bool finished_ = false;
};

}  // namespace

LocalObjectStore::LocalObjectStore(std::filesystem::path root, const std::string& master_key,
                                   std::string public_url)
    : root_(std::move(root)),
      encryption_key_(DeriveKey(master_key, 1)),
      signing_key_(DeriveKey(master_key, 2)),
      public_url_(std::move(public_url)) {
  if (master_key.size() != 32) throw std::invalid_argument("the master key must be 32 bytes");
  std::filesystem::create_directories(root_);
}

bool LocalObjectStore::IsSafeKey(std::string_view key) {
  if (key.empty() || key.size() > 512 || key.front() == '/' || key.back() == '/') return false;
  std::size_t start = 0;
  while (start <= key.size()) {
    const auto end = std::min(key.find('/', start), key.size());
    const auto segment = key.substr(start, end - start);
    if (segment.empty() || segment == "." || segment == "..") return false;
    for (const char c : segment) {
      const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_' || c == '.';
      if (!ok) return false;
    }
    start = end + 1;
  }
  return true;
}

std::filesystem::path LocalObjectStore::PathFor(const std::string& key) const {
  if (!IsSafeKey(key)) throw std::invalid_argument("unsafe object key");
  return root_ / key;
}

std::string LocalObjectStore::Sign(std::string_view payload) const {
  return crypto::HmacSha256(signing_key_, payload);
}

PresignedUpload LocalObjectStore::PresignUpload(const std::string& key,
                                                const std::string& content_type,
                                                std::uint64_t max_size, std::chrono::seconds ttl) {
  PathFor(key);
  const auto expires_at = std::chrono::system_clock::now() + ttl;
  const std::string expires = std::to_string(UnixSeconds(expires_at));
  const std::string max = std::to_string(max_size);
  const std::string signature =
      Sign("PUT\n" + key + "\n" + content_type + "\n" + max + "\n" + expires);
  return {public_url_ + "/api/v1/storage/upload?key=" + Encode(key) + "&type=" +
              Encode(content_type) + "&max=" + max + "&expires=" + expires + "&sig=" + signature,
          "PUT", content_type, expires_at};
}

std::string LocalObjectStore::PresignDownload(const std::string& key, const std::string& filename,
                                              std::chrono::seconds ttl, Disposition disposition) {
  PathFor(key);
  const std::string expires = std::to_string(UnixSeconds(std::chrono::system_clock::now() + ttl));
  const bool inline_view = disposition == Disposition::kInline;
  const std::string signature =
      Sign("GET\n" + key + "\n" + filename + "\n" + expires + (inline_view ? "\ninline" : ""));
  return public_url_ + "/api/v1/storage/download?key=" + Encode(key) + "&name=" + Encode(filename) +
         (inline_view ? "&inline=1" : "") + "&expires=" + expires + "&sig=" + signature;
}

Result<LocalObjectStore::UploadGrant> LocalObjectStore::VerifyUpload(
    const std::map<std::string, std::string>& query, long long now_unix) const {
  const std::string key = Field(query, "key");
  const std::string type = Field(query, "type");
  const std::string max = Field(query, "max");
  const std::string expires = Field(query, "expires");
  const std::string signature = Field(query, "sig");
  if (!IsSafeKey(key) || max.empty() || expires.empty() || signature.empty())
    return BadLink("malformed");
  const std::string expected = Sign("PUT\n" + key + "\n" + type + "\n" + max + "\n" + expires);
  if (!crypto::ConstantTimeEquals(expected, signature)) return BadLink("bad_signature");
  try {
    if (std::stoll(expires) < now_unix) return BadLink("expired");
    return UploadGrant{key, type, std::stoull(max)};
  } catch (const std::exception&) {
    return BadLink("malformed");
  }
}

Result<LocalObjectStore::DownloadGrant> LocalObjectStore::VerifyDownload(
    const std::map<std::string, std::string>& query, long long now_unix) const {
  const std::string key = Field(query, "key");
  const std::string name = Field(query, "name");
  const std::string expires = Field(query, "expires");
  const std::string signature = Field(query, "sig");
  const bool inline_view = Field(query, "inline") == "1";
  if (!IsSafeKey(key) || expires.empty() || signature.empty()) return BadLink("malformed");
  const std::string expected =
      Sign("GET\n" + key + "\n" + name + "\n" + expires + (inline_view ? "\ninline" : ""));
  if (!crypto::ConstantTimeEquals(expected, signature)) return BadLink("bad_signature");
  try {
    if (std::stoll(expires) < now_unix) return BadLink("expired");
  } catch (const std::exception&) {
    return BadLink("malformed");
  }
  return DownloadGrant{key, name, inline_view};
}

std::unique_ptr<ObjectWriter> LocalObjectStore::OpenWriter(const std::string& key,
                                                           const std::string& content_type) {
  return std::make_unique<LocalWriter>(PathFor(key), content_type, encryption_key_);
}

std::unique_ptr<ObjectReader> LocalObjectStore::OpenReader(const std::string& key) {
  auto info = Head(key);
  if (!info) return nullptr;
  return std::make_unique<LocalReader>(PathFor(key), *info, encryption_key_);
}

std::optional<ObjectInfo> LocalObjectStore::Head(const std::string& key) {
  const auto path = PathFor(key);
  std::ifstream meta(path.string() + ".meta");
  if (!meta || !std::filesystem::exists(path)) return std::nullopt;
  std::string text((std::istreambuf_iterator<char>(meta)), std::istreambuf_iterator<char>());
  boost::system::error_code ec;
  const auto value = boost::json::parse(text, ec);
  if (ec || !value.is_object()) return std::nullopt;
  const auto& object = value.as_object();
  return ObjectInfo{static_cast<std::uint64_t>(object.at("size").to_number<std::int64_t>()),
                    std::string(object.at("contentType").as_string())};
}

void LocalObjectStore::Delete(const std::string& key) {
  const auto path = PathFor(key);
  std::error_code ignored;
  std::filesystem::remove(path, ignored);
  std::filesystem::remove(path.string() + ".meta", ignored);
}

std::size_t LocalObjectStore::DeletePrefix(const std::string& prefix) {
  // Only whole folders ("users/{id}/"): a key prefix cut mid-name has no folder to remove.
  if (!prefix.ends_with('/')) throw std::invalid_argument("the prefix must end with '/'");
  const auto folder = PathFor(prefix.substr(0, prefix.size() - 1));
  std::error_code ec;
  if (!std::filesystem::exists(folder, ec)) return 0;
  std::size_t objects = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
    if (entry.is_regular_file() && entry.path().extension() != ".meta") ++objects;
  }
  std::filesystem::remove_all(folder);
  return objects;
}

bool LocalObjectStore::Ping() {
  std::error_code ec;
  return std::filesystem::is_directory(root_, ec);
}

}  // namespace resumax::storage
