#pragma once
// Documents made to exhaust a parser, generated where they are used (tests, benchmarks, fuzz
// seeds) so that none is stored in the repository. Each is a valid file by its format's rules.

#include <zip.h>
#include <zlib.h>

#include <cstdint>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace resumax::testing {

// A PDF from object bodies (object i + 1 is bodies[i]; 1 is the catalog) with a correct
// cross-reference table.
inline std::string PdfFromObjects(const std::vector<std::string>& bodies) {
  std::string pdf = "%PDF-1.5\n%\xE2\xE3\xCF\xD3\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < bodies.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + bodies[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(bodies.size() + 1) + "\n0000000000 65535 f \n";
  for (const std::size_t offset : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
    pdf += line;
  }
  pdf += "trailer\n<< /Size " + std::to_string(bodies.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

inline std::string Stream(const std::string& dictionary_extra, const std::string& data) {
  return "<< " + dictionary_extra + " /Length " + std::to_string(data.size()) + " >>\nstream\n" +
         data + "\nendstream";
}

inline std::string Deflate(const std::string& data) {
  uLongf size = compressBound(static_cast<uLong>(data.size()));
  std::string out(size, '\0');
  if (compress2(reinterpret_cast<Bytef*>(out.data()), &size,
                reinterpret_cast<const Bytef*>(data.data()), static_cast<uLong>(data.size()),
                9) != Z_OK) {
    throw std::runtime_error("compress2 failed");
  }
  out.resize(size);
  return out;
}

// Form XObjects nested `depth` deep, each drawing the next `fan_out` times: about
// fan_out^depth words to extract from a file of a few kilobytes.
inline std::string NestedFormsPdf(int depth = 12, int fan_out = 8) {
  std::vector<std::string> objects;
  objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  objects.push_back("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
  objects.push_back(
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /X 5 0 R "
      ">> /Font << /F1 4 0 R >> >> /Contents " +
      std::to_string(5 + depth) + " 0 R >>");
  objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  for (int level = 0; level < depth; ++level) {
    std::string content = "BT /F1 10 Tf 72 700 Td (Experience engineer level) Tj ET\n";
    std::string resources = "/Font << /F1 4 0 R >>";
    if (level + 1 < depth) {
      resources += " /XObject << /X " + std::to_string(6 + level) + " 0 R >>";
      for (int copy = 0; copy < fan_out; ++copy) content += "q 1 0 0 1 0 -1 cm /X Do Q\n";
    }
    objects.push_back(Stream(
        "/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << " + resources + " >>",
        content));
  }
  objects.push_back(Stream("", "/X Do\n"));
  return PdfFromObjects(objects);
}

// One page with `words` words scattered over it (a fixed pseudo-random sequence), each placed
// on its own, in a deflated content stream: a million words make a file of about 8 MB.
inline std::string ManyWordsPdf(int words = 1000000) {
  std::string content = "BT /F1 1 Tf\n";
  content.reserve(static_cast<std::size_t>(words) * 32);
  std::uint32_t state = 12345;
  const auto next = [&state](int range) {
    state = state * 1664525u + 1013904223u;
    return static_cast<double>(state >> 8) / static_cast<double>(1u << 24) * range;
  };
  char word[96];
  for (int i = 0; i < words; ++i) {
    const double x = next(600);
    const double y = next(780);
    std::snprintf(word, sizeof word, "1 0 0 1 %.2f %.2f Tm (w%d) Tj\n", x, y, i % 97);
    content += word;
  }
  content += "ET\n";
  std::vector<std::string> objects;
  objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  objects.push_back("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
  objects.push_back(
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> "
      ">> /Contents 5 0 R >>");
  objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  objects.push_back(Stream("/Filter /FlateDecode", Deflate(content)));
  return PdfFromObjects(objects);
}

// A zip archive in memory from (name, content) pairs, written with libzip.
inline std::string ZipArchive(const std::vector<std::pair<std::string, std::string>>& entries) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (!archive) throw std::runtime_error("zip_open_from_source failed");
  zip_source_keep(buffer);
  for (const auto& [name, content] : entries) {
    zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
    if (zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
      zip_source_free(source);
      throw std::runtime_error("zip_file_add failed");
    }
  }
  if (zip_close(archive) != 0) throw std::runtime_error("zip_close failed");
  zip_source_open(buffer);
  zip_source_seek(buffer, 0, SEEK_END);
  const zip_int64_t size = zip_source_tell(buffer);
  zip_source_seek(buffer, 0, SEEK_SET);
  std::string bytes(static_cast<std::size_t>(size), '\0');
  zip_source_read(buffer, bytes.data(), static_cast<zip_uint64_t>(size));
  zip_source_close(buffer);
  zip_source_free(buffer);
  return bytes;
}

// A DOCX with a short body and a page header of `lines` distinct paragraphs.
inline std::string LongHeaderDocx(int lines = 90000) {
  const std::string w =
      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
  std::string header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:hdr " + w + ">";
  header.reserve(static_cast<std::size_t>(lines) * 48);
  for (int i = 0; i < lines; ++i) {
    header += "<w:p><w:r><w:t>Header line " + std::to_string(i) + "</w:t></w:r></w:p>";
  }
  header += "</w:hdr>";
  const std::string document =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + w +
      "><w:body><w:p><w:r><w:t>Jane Doe</w:t></w:r></w:p><w:p><w:r><w:t>Experience</w:t></w:r>"
      "</w:p><w:p><w:r><w:t>Engineer at Initech, 2019 - 2023</w:t></w:r></w:p><w:sectPr>"
      "<w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/></w:sectPr></w:body>"
      "</w:document>";
  return ZipArchive({
      {"[Content_Types].xml",
       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
       "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default "
       "Extension=\"rels\" "
       "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default "
       "Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/"
       "document.xml\" ContentType=\"application/"
       "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Override "
       "PartName=\"/word/header1.xml\" "
       "ContentType=\"application/"
       "vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/></Types>"},
      {"_rels/.rels",
       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
       "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
       "Id=\"rId1\" "
       "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
       "officeDocument\" Target=\"word/document.xml\"/></Relationships>"},
      {"word/_rels/document.xml.rels",
       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
       "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
       "Id=\"rIdHeader\" "
       "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" "
       "Target=\"header1.xml\"/></Relationships>"},
      {"word/document.xml", document},
      {"word/header1.xml", header},
  });
}

}  // namespace resumax::testing
