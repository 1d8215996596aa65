// One contract every ObjectStore passes: the local encrypted store always, S3 when the test
// services run an S3-compatible server (RESUMAX_TEST_S3_URL, set by `make test`).
#include <curl/curl.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "adapters/storage/local_object_store.h"
#include "adapters/storage/open_object_store.h"
#include "adapters/storage/s3_object_store.h"
#include "core/clock.h"
#include "core/crypto.h"
#include "core/ids.h"

namespace resumax::storage {
namespace {

class ObjectStoreContract : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    crypto::Initialize();
    root_ = std::filesystem::temp_directory_path() / ("resumax-store-" + NewUuid());
    if (GetParam() == "s3") {
      const char* url = std::getenv("RESUMAX_TEST_S3_URL");
      if (!url) GTEST_SKIP() << "RESUMAX_TEST_S3_URL is not set: `make test` starts an S3 server";
      store_ = OpenObjectStore(url, root_, std::string(32, 'k'), "http://localhost");
    } else {
      store_ = OpenObjectStore("", root_, std::string(32, 'k'), "http://localhost");
    }
    prefix_ = "users/" + NewUuid() + "/resumes/" + NewUuid() + "/";
  }
  void TearDown() override { std::filesystem::remove_all(root_); }

  std::filesystem::path root_;
  std::unique_ptr<ObjectStore> store_;
  std::string prefix_;
};

TEST_P(ObjectStoreContract, PutGetHeadDelete) {
  const std::string key = prefix_ + "original";
  const std::string data = "%PDF-1.7 hello resume";
  store_->Put(key, data, "application/pdf");
  const auto info = store_->Head(key);
  ASSERT_TRUE(info);
  EXPECT_EQ(info->size, data.size());
  EXPECT_EQ(info->content_type, "application/pdf");
  EXPECT_EQ(store_->Get(key, 1 << 20), data);
  EXPECT_FALSE(store_->Get(key, 4)) << "larger than the caller accepts";
  store_->Delete(key);
  EXPECT_FALSE(store_->Head(key));
  EXPECT_FALSE(store_->Get(key, 1 << 20));
  EXPECT_EQ(store_->OpenReader(key), nullptr);
  store_->Delete(key);  // deleting twice is fine
}

TEST_P(ObjectStoreContract, DeletePrefixTakesOneAccountsObjectsOnly) {
  const std::string leaving = "users/" + NewUuid() + "/";
  const std::string staying = "users/" + NewUuid() + "/";
  for (const std::string& key :
       {leaving + "resumes/a/original", leaving + "resumes/b/original",
        leaving + "exports/c/resume.pdf", leaving + "ats-pages/a/page-1.png",
        staying + "resumes/d/original"}) {
    store_->Put(key, "bytes of " + key, "application/octet-stream");
  }
  EXPECT_EQ(store_->DeletePrefix(leaving), 4U);
  EXPECT_FALSE(store_->Head(leaving + "resumes/a/original"));
  EXPECT_FALSE(store_->Head(leaving + "ats-pages/a/page-1.png"));
  EXPECT_TRUE(store_->Head(staying + "resumes/d/original"));
  EXPECT_EQ(store_->DeletePrefix(leaving), 0U);  // again: nothing left, no error
  store_->DeletePrefix(staying);
}

TEST_P(ObjectStoreContract, LargeObjectsStreamInChunks) {
  const std::string key = prefix_ + "big";
  std::string data(3 * 1024 * 1024 + 17, '\0');
  for (std::size_t i = 0; i < data.size(); ++i) data[i] = static_cast<char>(i * 31 % 251);
  auto writer = store_->OpenWriter(key, "application/octet-stream");
  for (std::size_t offset = 0; offset < data.size(); offset += 100000) {
    writer->Write(std::string_view(data).substr(offset, 100000));
  }
  writer->Commit();
  auto reader = store_->OpenReader(key);
  ASSERT_NE(reader, nullptr);
  std::string back;
  std::size_t chunks = 0;
  while (auto chunk = reader->Next()) {
    back += *chunk;
    ++chunks;
  }
  EXPECT_EQ(back, data);
  EXPECT_GT(chunks, 1U);
}

TEST_P(ObjectStoreContract, UncommittedWritesAreInvisible) {
  const std::string key = prefix_ + "partial";
  {
    auto writer = store_->OpenWriter(key, "text/plain");
    writer->Write("half a file");
  }
  EXPECT_FALSE(store_->Head(key));
}

TEST_P(ObjectStoreContract, PresignedUrlsNameTheKey) {
  const auto upload = store_->PresignUpload(prefix_ + "original", "application/pdf", 1000,
                                            std::chrono::seconds(900));
  EXPECT_EQ(upload.method, "PUT");
  EXPECT_EQ(upload.content_type, "application/pdf");
  EXPECT_FALSE(upload.url.empty());
  EXPECT_GT(upload.expires_at, std::chrono::system_clock::now());
  EXPECT_FALSE(store_
                   ->PresignDownload(prefix_ + "original", "cv.pdf", std::chrono::seconds(900),
                                     storage::Disposition::kAttachment)
                   .empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, ObjectStoreContract, ::testing::Values("local", "s3"));

class LocalStore : public ::testing::Test {
 protected:
  void SetUp() override {
    crypto::Initialize();
    root_ = std::filesystem::temp_directory_path() / ("resumax-local-" + NewUuid());
  }
  void TearDown() override { std::filesystem::remove_all(root_); }
  std::filesystem::path root_;
};

TEST_F(LocalStore, EncryptsAtRestAndDetectsTampering) {
  LocalObjectStore store(root_, std::string(32, 'k'), "http://localhost");
  const std::string secret = "Jane Doe, 555-0100, jane@example.com";
  store.Put("users/u/resumes/r/original", secret, "text/plain");
  const auto path = root_ / "users/u/resumes/r/original";
  std::string raw;
  {
    std::ifstream in(path, std::ios::binary);
    raw.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  EXPECT_EQ(raw.find("Jane"), std::string::npos) << "stored in the clear";
  raw[raw.size() - 3] ^= 0x01;
  std::ofstream(path, std::ios::binary | std::ios::trunc) << raw;
  EXPECT_THROW(store.Get("users/u/resumes/r/original", 1 << 20), std::runtime_error);

  LocalObjectStore other_key(root_, std::string(32, 'x'), "http://localhost");
  store.Put("users/u/resumes/r/second", secret, "text/plain");
  EXPECT_THROW(other_key.Get("users/u/resumes/r/second", 1 << 20), std::runtime_error);
}

TEST_F(LocalStore, TruncatedObjectsFail) {
  LocalObjectStore store(root_, std::string(32, 'k'), "http://localhost");
  store.Put("users/u/a", std::string(200000, 'a'), "text/plain");
  std::filesystem::resize_file(root_ / "users/u/a", 70000);
  EXPECT_THROW(store.Get("users/u/a", 1 << 20), std::runtime_error);
}

TEST_F(LocalStore, RefusesUnsafeKeys) {
  LocalObjectStore store(root_, std::string(32, 'k'), "http://localhost");
  for (const char* key : {"../etc/passwd", "users/../../x", "/abs", "users//x", "users/x/",
                          "users/x y", "", "users/./x"}) {
    EXPECT_FALSE(LocalObjectStore::IsSafeKey(key)) << key;
    EXPECT_THROW(store.Head(key), std::invalid_argument) << key;
  }
  EXPECT_TRUE(LocalObjectStore::IsSafeKey("users/abc-1/resumes/x_y/original.pdf"));
}

std::map<std::string, std::string> Query(const std::string& url) {
  std::map<std::string, std::string> out;
  const auto start = url.find('?');
  std::string rest = url.substr(start + 1);
  while (!rest.empty()) {
    const auto amp = rest.find('&');
    const std::string pair = rest.substr(0, amp);
    const auto eq = pair.find('=');
    std::string value = pair.substr(eq + 1);
    std::string decoded;
    for (std::size_t i = 0; i < value.size(); ++i) {
      if (value[i] == '%' && i + 2 < value.size()) {
        decoded.push_back(static_cast<char>(std::stoi(value.substr(i + 1, 2), nullptr, 16)));
        i += 2;
      } else {
        decoded.push_back(value[i]);
      }
    }
    out[pair.substr(0, eq)] = decoded;
    if (amp == std::string::npos) break;
    rest = rest.substr(amp + 1);
  }
  return out;
}

TEST_F(LocalStore, SignedUrlsAreBoundAndExpire) {
  LocalObjectStore store(root_, std::string(32, 'k'), "http://localhost");
  const auto upload =
      store.PresignUpload("users/u/r/original", "application/pdf", 5000, std::chrono::seconds(900));
  auto query = Query(upload.url);
  const long long now = UnixSeconds(std::chrono::system_clock::now());
  auto grant = store.VerifyUpload(query, now);
  ASSERT_TRUE(grant);
  EXPECT_EQ(grant->key, "users/u/r/original");
  EXPECT_EQ(grant->max_size, 5000U);

  EXPECT_FALSE(store.VerifyUpload(query, now + 901)) << "expired";
  for (const char* field : {"key", "type", "max", "expires"}) {
    auto tampered = query;
    tampered[field] += "0";
    EXPECT_FALSE(store.VerifyUpload(tampered, now)) << field;
  }
  auto forged = query;
  forged["sig"] = "AAAA";
  EXPECT_FALSE(store.VerifyUpload(forged, now));
  EXPECT_FALSE(store.VerifyUpload({}, now));

  const auto download = store.PresignDownload(
      "users/u/r/original", "cv.pdf", std::chrono::seconds(60), storage::Disposition::kAttachment);
  auto download_query = Query(download);
  EXPECT_TRUE(store.VerifyDownload(download_query, now));
  EXPECT_FALSE(store.VerifyUpload(download_query, now)) << "a download URL is no upload URL";
  download_query["name"] = "other.pdf";
  EXPECT_FALSE(store.VerifyDownload(download_query, now));
}

}  // namespace
}  // namespace resumax::storage

namespace resumax::storage {
namespace {

std::size_t CollectBody(char* data, std::size_t size, std::size_t count, void* user) {
  static_cast<std::string*>(user)->append(data, size * count);
  return size * count;
}

// A client's PUT or GET on a presigned URL; answers the status.
long SendToPresignedUrl(const std::string& method, const std::string& url,
                        const std::string& content_type, const std::string& body,
                        std::string* received) {
  CURL* curl = curl_easy_init();
  curl_slist* headers = nullptr;
  if (!content_type.empty())
    headers = curl_slist_append(headers, ("Content-Type: " + content_type).c_str());
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method.c_str());
  if (method == "PUT") {
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.data());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
  }
  std::string sink;
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &CollectBody);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, received ? received : &sink);
  long status = 0;
  if (curl_easy_perform(curl) == CURLE_OK) curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
  curl_slist_free_all(headers);
  curl_easy_cleanup(curl);
  return status;
}

class S3Store : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* url = std::getenv("RESUMAX_TEST_S3_URL");
    if (!url) GTEST_SKIP() << "RESUMAX_TEST_S3_URL is not set: `make test` starts an S3 server";
    url_ = url;
    crypto::Initialize();
  }
  std::string url_;
};

TEST_F(S3Store, PresignedUploadAndDownloadWorkForClients) {
  S3ObjectStore store(ParseS3Url(url_));
  const std::string key = "users/" + NewUuid() + "/resumes/" + NewUuid() + "/original";
  const auto upload = store.PresignUpload(key, "application/pdf", 100, std::chrono::seconds(900));
  EXPECT_EQ(SendToPresignedUrl("PUT", upload.url, "application/pdf", "%PDF-1.4 body", nullptr),
            200);
  EXPECT_EQ(store.Get(key, 1000), "%PDF-1.4 body");
  std::string downloaded;
  const auto download = store.PresignDownload(key, "cv.pdf", std::chrono::seconds(60),
                                              storage::Disposition::kAttachment);
  EXPECT_EQ(SendToPresignedUrl("GET", download, "", "", &downloaded), 200);
  EXPECT_EQ(downloaded, "%PDF-1.4 body");
  // The signature covers the content type and the key.
  EXPECT_EQ(SendToPresignedUrl("PUT", upload.url, "text/html", "<script>", nullptr), 403);
  std::string tampered = upload.url;
  tampered.replace(tampered.find("/original"), 9, "/other-key");
  EXPECT_EQ(SendToPresignedUrl("PUT", tampered, "application/pdf", "%PDF", nullptr), 403);
}

TEST_F(S3Store, WrongCredentialsAreRefused) {
  auto settings = ParseS3Url(url_);
  settings.secret_access_key = "not-the-secret";
  S3ObjectStore store(settings);
  EXPECT_THROW(store.Put("users/x/y", "data", "text/plain"), std::runtime_error);
  EXPECT_FALSE(store.Ping());
}

TEST(S3Url, ParsesSettingsAndRefusesNonsense) {
  const auto settings =
      ParseS3Url("s3://AK:SK@my-bucket?endpoint=http://127.0.0.1:9000/&region=eu-west-1&sse=false");
  EXPECT_EQ(settings.bucket, "my-bucket");
  EXPECT_EQ(settings.endpoint, "http://127.0.0.1:9000");
  EXPECT_EQ(settings.region, "eu-west-1");
  EXPECT_TRUE(settings.path_style);
  EXPECT_FALSE(settings.server_side_encryption);
  const auto aws = ParseS3Url("s3://AK:SK@bucket?region=us-west-2");
  EXPECT_EQ(aws.endpoint, "https://s3.us-west-2.amazonaws.com");
  EXPECT_FALSE(aws.path_style);
  EXPECT_THROW(ParseS3Url("http://bucket"), std::invalid_argument);
  EXPECT_THROW(ParseS3Url("s3://"), std::invalid_argument);
}

}  // namespace
}  // namespace resumax::storage
