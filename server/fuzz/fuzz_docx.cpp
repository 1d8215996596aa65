// Fuzzes documents::ParseResume on DOCX bytes: libzip's archive checks, the WordprocessingML
// reader (paragraphs, runs, tables, text boxes, headers, styles) and the section parser. A DOCX's
// XML is deflated and CRC-checked, so mutated file bytes would almost never reach the XML reader:
// the custom mutator unzips the input, mutates one XML part the reader reads and zips it again.
#include <zip.h>

#include <cstring>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "resume_fuzzer.h"

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size, std::size_t max_size);

namespace {

using Entries = std::vector<std::pair<std::string, std::string>>;  // name, contents

constexpr std::size_t kMaxUnzippedBytes = 4 << 20;

// The parts the DOCX reader reads.
bool IsReadPart(std::string_view name) {
  return name == "word/document.xml" || name == "word/styles.xml" ||
         (name.starts_with("word/header") && name.ends_with(".xml"));
}

// The parts of the archive the reader reads (the others, themes and images, would only cost time
// to zip again), or nullopt when it is not a ZIP whose parts unzip to at most kMaxUnzippedBytes.
std::optional<Entries> Unzip(const std::uint8_t* data, std::size_t size) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(data, size, 0, &error);
  zip_t* archive = source != nullptr ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
  zip_error_fini(&error);
  if (archive == nullptr) {
    if (source != nullptr) zip_source_free(source);
    return std::nullopt;
  }
  Entries entries;
  std::size_t total = 0;
  const zip_int64_t count = zip_get_num_entries(archive, 0);
  for (zip_uint64_t index = 0; index < static_cast<zip_uint64_t>(count); ++index) {
    zip_stat_t stat;
    const bool listed = zip_stat_index(archive, index, 0, &stat) == 0 &&
                        (stat.valid & ZIP_STAT_NAME) && (stat.valid & ZIP_STAT_SIZE);
    if (listed && !IsReadPart(stat.name)) continue;
    if (!listed || stat.size > kMaxUnzippedBytes - total) {
      zip_discard(archive);
      return std::nullopt;
    }
    total += stat.size;
    std::string contents(stat.size, '\0');
    zip_file_t* file = zip_fopen_index(archive, index, 0);
    const bool read = file != nullptr && zip_fread(file, contents.data(), contents.size()) ==
                                             static_cast<zip_int64_t>(contents.size());
    if (file != nullptr) zip_fclose(file);
    if (!read) {
      zip_discard(archive);
      return std::nullopt;
    }
    entries.emplace_back(stat.name, std::move(contents));
  }
  zip_discard(archive);
  return entries;
}

// The entries as a ZIP archive, or "" when libzip fails.
std::string Zip(const Entries& entries) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* archive = nullptr;
  if (buffer != nullptr) {
    zip_source_keep(buffer);  // read back after zip_close
    archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  }
  zip_error_fini(&error);
  if (archive == nullptr) {
    if (buffer != nullptr) zip_source_free(buffer);
    return {};
  }
  for (const auto& [name, contents] : entries) {
    zip_source_t* part = zip_source_buffer(archive, contents.data(), contents.size(), 0);
    const zip_int64_t index = part != nullptr ? zip_file_add(archive, name.c_str(), part,
                                                             ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE)
                                              : -1;
    if (index < 0 && part != nullptr) zip_source_free(part);
    // The fastest deflate: zipping is most of what the mutator costs.
    if (index >= 0) zip_set_file_compression(archive, index, ZIP_CM_DEFLATE, 1);
  }
  std::string zipped;
  zip_stat_t stat;
  if (zip_close(archive) != 0) {
    zip_discard(archive);
  } else if (zip_source_open(buffer) == 0) {
    if (zip_source_stat(buffer, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE)) {
      zipped.resize(stat.size);
      if (zip_source_read(buffer, zipped.data(), zipped.size()) !=
          static_cast<zip_int64_t>(zipped.size())) {
        zipped.clear();
      }
    }
    zip_source_close(buffer);
  }
  zip_source_free(buffer);
  return zipped;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return resumax::fuzz::FuzzParseResume(
      data, size, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
}

// Mutates one part the reader reads (word/document.xml at least half the time) of a readable
// archive and zips those parts again; one time in eight, or when the input does not unzip, mutates
// the file's bytes instead, for the archive checks.
extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size,
                                               std::size_t max_size, unsigned int seed) {
  std::minstd_rand random(seed);
  std::optional<Entries> entries;
  if (random() % 8 != 0) entries = Unzip(data, size);
  std::vector<std::size_t> parts;
  for (std::size_t index = 0; entries && index < entries->size(); ++index) {
    if (!(*entries)[index].second.empty()) parts.push_back(index);
  }
  if (parts.empty()) return LLVMFuzzerMutate(data, size, max_size);
  std::size_t pick = parts[random() % parts.size()];
  if (random() % 2 == 0) {
    for (std::size_t index : parts) {
      if ((*entries)[index].first == "word/document.xml") pick = index;
    }
  }
  std::string& xml = (*entries)[pick].second;
  const std::size_t xml_size = xml.size();
  xml.resize(xml_size + xml_size / 8 + 64);
  xml.resize(LLVMFuzzerMutate(reinterpret_cast<std::uint8_t*>(xml.data()), xml_size, xml.size()));
  const std::string zipped = Zip(*entries);
  if (zipped.empty() || zipped.size() > max_size) return LLVMFuzzerMutate(data, size, max_size);
  std::memcpy(data, zipped.data(), zipped.size());
  return zipped.size();
}
