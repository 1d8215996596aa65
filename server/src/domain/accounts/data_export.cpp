#include "domain/accounts/data_export.h"

#include <unistd.h>
#include <zip.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <cstdio>
#include <fstream>
#include <list>
#include <memory>
#include <stdexcept>

#include "core/ids.h"
#include "core/log.h"
#include "domain/auth/auth_repository.h"
#include "domain/document/document_json.h"
#include "domain/document/json_resume.h"

namespace resumax::accounts {
namespace {

using db::Value;

constexpr std::chrono::hours kLinkLife{24};
constexpr std::uint64_t kMaxFileBytes = 256ULL << 20;
// A new copy at most every five minutes.
constexpr RatePolicy kRequests{1, 0.2};
constexpr std::string_view kReadme =
    "Your resuMAX data\n"
    "=================\n\n"
    "profile.json            your account: name, email, preferences, role, dates\n"
    "resumes.json            each resume as stored, with its parsed document\n"
    "resumes/ID/original.*   the file you uploaded\n"
    "resumes/ID/document.json      the resume's document (resuMAX's own form)\n"
    "resumes/ID/json-resume.json   the same in the JSON Resume standard (jsonresume.org)\n"
    "job-descriptions.json   the job descriptions you saved (and their files under "
    "job-descriptions/)\n"
    "optimizations.json      each optimization: its scores, the changes proposed and your "
    "choices\n"
    "versions.json           the versions you saved\n"
    "exports.json, exports/  the files exported from them\n"
    "activity.json           your account's security activity\n"
    "credits.json            your credit ledger: every purchase, spend, refund and adjustment\n";

// The path of a temporary file, removed with this.
class TempPath {
 public:
  TempPath() {
    char pattern[] = "/tmp/resumax-data-export-XXXXXX";
    const int fd = ::mkstemp(pattern);
    if (fd < 0) throw std::runtime_error("no temporary file");
    ::close(fd);
    path_ = pattern;
  }
  ~TempPath() { std::remove(path_.c_str()); }
  TempPath(const TempPath&) = delete;
  TempPath& operator=(const TempPath&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// A ZIP written with libzip; the bytes it was given stay alive until Close.
class ZipWriter {
 public:
  explicit ZipWriter(const std::string& path) {
    int error = 0;
    zip_ = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!zip_) throw std::runtime_error("zip_open failed: " + std::to_string(error));
  }
  ~ZipWriter() {
    if (zip_) zip_discard(zip_);
  }
  ZipWriter(const ZipWriter&) = delete;
  ZipWriter& operator=(const ZipWriter&) = delete;

  void Add(const std::string& name, std::string bytes) {
    const std::string& kept = buffers_.emplace_back(std::move(bytes));
    zip_source_t* source = zip_source_buffer(zip_, kept.data(), kept.size(), 0);
    if (!source) throw std::runtime_error("zip_source_buffer failed");
    if (zip_file_add(zip_, name.c_str(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
      zip_source_free(source);
      throw std::runtime_error(std::string("zip_file_add failed: ") + zip_strerror(zip_));
    }
  }
  void Close() {
    if (zip_close(zip_) != 0) {
      throw std::runtime_error(std::string("zip_close failed: ") + zip_strerror(zip_));
    }
    zip_ = nullptr;
    buffers_.clear();
  }

 private:
  zip_t* zip_ = nullptr;
  std::list<std::string> buffers_;
};

std::vector<std::string> Columns(db::Database& db, const std::string& table) {
  const Value params[] = {table};
  std::vector<std::string> columns;
  const auto rows =
      db.dialect() == db::Dialect::kSqlite
          ? db.Query("SELECT name FROM pragma_table_info(?)", params)
          : db.Query(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = "
                "current_schema() AND table_name = ? ORDER BY ordinal_position",
                params);
  columns.reserve(rows.size());
  for (const auto& row : rows) columns.push_back(row.Text(0));
  return columns;
}

// Every row of table whose `column` is the user, as JSON objects keyed by column; stored JSON
// (documents, changes) is embedded as JSON, secrets are left out.
boost::json::array Rows(db::Database& db, const std::string& table, const std::string& column,
                        const std::string& user_id) {
  static const std::vector<std::string> kSecret = {"password_hash",       "totp_secret",
                                                   "totp_pending_secret", "totp_last_step",
                                                   "token_hash",          "code_hash"};
  std::vector<std::string> columns;
  for (auto& name : Columns(db, table)) {
    if (std::find(kSecret.begin(), kSecret.end(), name) == kSecret.end()) {
      columns.push_back(std::move(name));
    }
  }
  std::string sql = "SELECT ";
  for (std::size_t i = 0; i < columns.size(); ++i) sql += (i ? ", " : "") + columns[i];
  sql += " FROM " + table + " WHERE " + column + " = ? ORDER BY created_at";
  const Value params[] = {user_id};
  boost::json::array out;
  for (const auto& row : db.Query(sql, params)) {
    boost::json::object item;
    for (std::size_t i = 0; i < columns.size(); ++i) {
      const auto value = row.Optional(i);
      if (!value) {
        item[columns[i]] = nullptr;
        continue;
      }
      if (!value->empty() && (value->front() == '{' || value->front() == '[')) {
        boost::system::error_code ec;
        auto parsed = boost::json::parse(*value, ec);
        if (!ec) {
          item[columns[i]] = std::move(parsed);
          continue;
        }
      }
      item[columns[i]] = *value;
    }
    out.push_back(std::move(item));
  }
  return out;
}

std::string Pretty(const boost::json::value& value) { return boost::json::serialize(value) + "\n"; }

// The extension of a file name the user gave, if it is a plain one (".pdf", ".docx").
std::string Extension(const std::string& name) {
  const auto dot = name.rfind('.');
  if (dot == std::string::npos || name.size() - dot > 6) return "";
  std::string extension = ".";
  for (const char c : name.substr(dot + 1)) {
    if (!std::isalnum(static_cast<unsigned char>(c))) return "";
    extension += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return extension;
}

std::string Text(const boost::json::object& row, std::string_view key) {
  const auto* value = row.if_contains(key);
  return value && value->is_string() ? std::string(value->as_string()) : std::string();
}

DataExport ToExport(const db::Row& row) {
  DataExport item;
  item.id = row.Text(0);
  item.status = row.Text(1);
  item.created_at = NormalizeTimestamp(row.Text(2));
  item.completed_at = NormalizeTimestamp(row.Optional(3));
  item.expires_at = NormalizeTimestamp(row.Optional(4));
  if (!row.IsNull(5)) item.size_bytes = row.Int(5);
  return item;
}

}  // namespace

DataExports::DataExports(db::Database& db, storage::ObjectStore& storage, jobs::JobQueue& queue,
                         Mailer& mailer, RateLimiter& limiter, const Clock& clock)
    : db_(db),
      storage_(storage),
      queue_(queue),
      mailer_(mailer),
      limiter_(limiter),
      clock_(clock) {}

std::string DataExports::Now() const { return FormatTimestamp(clock_.Now()); }

Result<DataExport> DataExports::Request(const std::string& user_id, const std::string& ip,
                                        const std::string& request_id) {
  if (const auto decision = limiter_.Take("data-export:" + user_id, kRequests); !decision.allowed) {
    return Error::RateLimited(decision.retry_after_seconds);
  }
  DataExport created;
  created.id = NewUuid();
  created.status = "queued";
  created.created_at = Now();
  db_.Transaction([&](db::Database& tx) {
    const Value params[] = {created.id, user_id, created.created_at};
    tx.Execute(
        "INSERT INTO data_exports (id, user_id, status, created_at) VALUES (?, ?, "
        "'queued', ?)",
        params);
    auth::AuthRepository().Audit(
        tx, auth::AuditEntry::For(user_id, "data_export_requested", created.created_at,
                                  {ip, {}, request_id}));
  });
  queue_.Enqueue(std::string(kDataExportJob),
                 boost::json::serialize(boost::json::object{{"exportId", created.id}}),
                 {.delay = {}, .max_attempts = 5, .owner = user_id});
  return created;
}

std::vector<DataExport> DataExports::List(const std::string& user_id) {
  const Value params[] = {user_id};
  std::vector<DataExport> items;
  const auto now = clock_.Now();
  for (const auto& row :
       db_.Query("SELECT id, status, created_at, completed_at, expires_at, size_bytes, "
                 "storage_key FROM data_exports WHERE user_id = ? ORDER BY created_at DESC, id "
                 "LIMIT 20",
                 params)) {
    DataExport item = ToExport(row);
    const auto expires = item.expires_at ? ParseTimestamp(*item.expires_at) : std::nullopt;
    if (item.status == "ready" && !row.IsNull(6) && expires && *expires > now) {
      const auto ttl = std::chrono::duration_cast<std::chrono::seconds>(*expires - now);
      item.download_url = storage_.PresignDownload(row.Text(6), "resumax-data.zip", ttl,
                                                   storage::Disposition::kAttachment);
    }
    items.push_back(std::move(item));
  }
  return items;
}

std::string DataExports::ZipFor(const std::string& user_id) {
  TempPath temp;
  ZipWriter zip(temp.path());
  zip.Add("README.txt", std::string(kReadme));
  auto profile = Rows(db_, "users", "id", user_id);
  zip.Add("profile.json", Pretty(profile.empty() ? boost::json::value() : profile.front()));

  auto resumes = Rows(db_, "resumes", "user_id", user_id);
  for (const auto& value : resumes) {
    const auto& resume = value.as_object();
    const std::string id = Text(resume, "id");
    const std::string folder = "resumes/" + id + "/";
    if (auto bytes = storage_.Get(Text(resume, "storage_key"), kMaxFileBytes)) {
      zip.Add(folder + "original" + Extension(Text(resume, "original_filename")),
              std::move(*bytes));
    }
    if (const auto* sections = resume.if_contains("parsed_sections");
        sections && sections->is_object()) {
      zip.Add(folder + "document.json", Pretty(*sections));
      zip.Add(folder + "json-resume.json",
              Pretty(document::ToJsonResume(document::FromJson(*sections))));
    }
  }
  zip.Add("resumes.json", Pretty(resumes));

  auto jobs = Rows(db_, "job_descriptions", "user_id", user_id);
  for (const auto& value : jobs) {
    const auto& job = value.as_object();
    const std::string key = Text(job, "storage_key");
    if (key.empty()) continue;
    if (auto bytes = storage_.Get(key, kMaxFileBytes)) {
      zip.Add("job-descriptions/" + Text(job, "id") + "/original" +
                  Extension(Text(job, "original_filename")),
              std::move(*bytes));
    }
  }
  zip.Add("job-descriptions.json", Pretty(jobs));
  zip.Add("optimizations.json", Pretty(Rows(db_, "optimizations", "user_id", user_id)));
  zip.Add("versions.json", Pretty(Rows(db_, "optimization_versions", "user_id", user_id)));

  auto exports = Rows(db_, "export_artifacts", "user_id", user_id);
  for (const auto& value : exports) {
    const auto& file = value.as_object();
    if (auto bytes = storage_.Get(Text(file, "storage_key"), kMaxFileBytes)) {
      zip.Add("exports/" + Text(file, "id") + Extension(Text(file, "file_name")),
              std::move(*bytes));
    }
  }
  zip.Add("exports.json", Pretty(exports));
  zip.Add("activity.json", Pretty(Rows(db_, "audit_log", "user_id", user_id)));
  zip.Add("credits.json", Pretty(Rows(db_, "credit_ledger", "user_id", user_id)));
  zip.Close();

  std::ifstream in(temp.path(), std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

jobs::HandlerResult DataExports::Build(const std::string& export_id) {
  if (!IsUuid(export_id)) return {jobs::Outcome::kPermanent, "not an export id"};
  const Value id[] = {export_id};
  const auto row = db_.QueryOne("SELECT user_id, status FROM data_exports WHERE id = ?", id);
  if (!row || row->Text(1) == "ready") return {jobs::Outcome::kDone, {}};
  const std::string user_id = row->Text(0);
  const Value running[] = {export_id};
  db_.Execute("UPDATE data_exports SET status = 'running' WHERE id = ?", running);
  const std::string key =
      storage::ObjectKey(user_id, "data-exports", export_id, "resumax-data.zip");
  std::string zip = ZipFor(user_id);
  storage_.Put(key, zip, "application/zip");
  const auto now = clock_.Now();
  const Value ready[] = {key, static_cast<std::int64_t>(zip.size()), FormatTimestamp(now),
                         FormatTimestamp(now + kLinkLife), export_id};
  db_.Execute(
      "UPDATE data_exports SET status = 'ready', storage_key = ?, size_bytes = ?, "
      "completed_at = ?, expires_at = ? WHERE id = ?",
      ready);
  const Value user[] = {user_id};
  if (const auto account = db_.QueryOne("SELECT email, name FROM users WHERE id = ?", user)) {
    const std::string link = storage_.PresignDownload(key, "resumax-data.zip", kLinkLife,
                                                      storage::Disposition::kAttachment);
    try {
      mailer_.Send({account->Text(0), "Your resuMAX data is ready to download",
                    "Hi " + account->Text(1) +
                        ",\n\nThe copy of your resuMAX data you asked for is ready (a ZIP of " +
                        std::to_string(zip.size() / 1024 + 1) +
                        " KB). Download it within 24 hours:\n\n" + link +
                        "\n\nAfter that, ask for a new copy in your account settings.\n\n"
                        "— resuMAX\n"});
    } catch (const std::exception& error) {
      log::Warn("mail_failed", {{"purpose", "data_export"}, {"detail", error.what()}});
    }
  }
  auth::AuthRepository().Audit(
      db_, auth::AuditEntry::For(
               user_id, "data_export_ready", Now(), {},
               boost::json::serialize(boost::json::object{
                   {"exportId", export_id}, {"bytes", static_cast<std::int64_t>(zip.size())}})));
  return {jobs::Outcome::kDone, {}};
}

void DataExports::RegisterJobs(jobs::WorkerPool& pool) {
  const auto export_id = [](const jobs::ClaimedJob& job) {
    boost::system::error_code ec;
    const auto payload = boost::json::parse(job.payload_json, ec);
    const auto* object = ec ? nullptr : payload.if_object();
    const auto* id = object ? object->if_contains("exportId") : nullptr;
    return id && id->is_string() ? std::string(id->as_string()) : std::string();
  };
  pool.Register(std::string(kDataExportJob),
                {[this, export_id](const jobs::ClaimedJob& job) -> jobs::HandlerResult {
                   try {
                     return Build(export_id(job));
                   } catch (const std::exception& error) {
                     return {jobs::Outcome::kRetry, error.what()};
                   }
                 },
                 [this, export_id](const jobs::ClaimedJob& job, const std::string& error) {
                   const Value params[] = {error.substr(0, 500), Now(), export_id(job)};
                   db_.Execute(
                       "UPDATE data_exports SET status = 'failed', error = ?, "
                       "completed_at = ? WHERE id = ?",
                       params);
                 }});
}

long long DataExports::PurgeExpired() {
  const auto now = clock_.Now();
  const Value expired[] = {FormatTimestamp(now)};
  long long purged = 0;
  for (const auto& row :
       db_.Query("SELECT id, storage_key FROM data_exports WHERE expires_at < ? AND storage_key "
                 "IS NOT NULL LIMIT 500",
                 expired)) {
    storage_.Delete(row.Text(1));
    const Value id[] = {row.Text(0)};
    db_.Execute("UPDATE data_exports SET storage_key = NULL WHERE id = ?", id);
    ++purged;
  }
  const Value old[] = {FormatTimestamp(now - std::chrono::hours(24 * 30))};
  purged +=
      db_.Execute("DELETE FROM data_exports WHERE created_at < ? AND storage_key IS NULL", old);
  return purged;
}

}  // namespace resumax::accounts
