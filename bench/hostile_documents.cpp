// Writes the hostile documents of the API tests (server/tests/support/hostile_documents.h) into
// a directory, for `make bench`: forms.pdf, words.pdf, header.docx.
#include "../server/tests/support/hostile_documents.h"

#include <fstream>
#include <iostream>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: resumax_hostile_documents DIR\n";
    return 2;
  }
  const std::string dir = argv[1];
  const auto write = [&](const std::string& name, const std::string& bytes) {
    std::ofstream(dir + "/" + name, std::ios::binary) << bytes;
  };
  write("forms.pdf", resumax::testing::NestedFormsPdf());
  write("words.pdf", resumax::testing::ManyWordsPdf());
  write("header.docx", resumax::testing::LongHeaderDocx());
  return 0;
}
