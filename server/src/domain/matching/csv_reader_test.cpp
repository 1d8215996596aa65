#include "domain/matching/csv_reader.h"

#include <gtest/gtest.h>

namespace resumax::optimize {
namespace {

using Row = std::vector<std::string>;

std::vector<Row> ReadAll(std::string_view data) {
  CsvReader reader(data);
  std::vector<Row> rows;
  Row row;
  while (reader.Next(row)) rows.push_back(row);
  return rows;
}

TEST(CsvReader, ReadsQuotedFieldsWithCommasQuotesAndLineBreaks) {
  const std::vector<Row> rows = ReadAll(
      "\xEF\xBB\xBFlabel,alt,type\r\n"
      "plain,\"one\ntwo\r\nthree\",skill\n"
      "\"with, comma\",\"say \"\"hi\"\"\",\n"
      ",,\n"
      "last,row,no newline");
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_EQ(rows[0], (Row{"label", "alt", "type"}));
  EXPECT_EQ(rows[1], (Row{"plain", "one\ntwo\r\nthree", "skill"}));
  EXPECT_EQ(rows[2], (Row{"with, comma", "say \"hi\"", ""}));
  EXPECT_EQ(rows[3], (Row{"", "", ""}));
  EXPECT_EQ(rows[4], (Row{"last", "row", "no newline"}));
}

TEST(CsvReader, ToleratesAnUnterminatedQuote) {
  const std::vector<Row> rows = ReadAll("a,\"never closed\nb,c\n");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0], (Row{"a", "never closed\nb,c\n"}));
}

TEST(CsvReader, ReadsOtherSeparators) {
  CsvReader reader("a\tb\tc\n", '\t');
  Row row;
  ASSERT_TRUE(reader.Next(row));
  EXPECT_EQ(row, (Row{"a", "b", "c"}));
  EXPECT_FALSE(reader.Next(row));
}

}  // namespace
}  // namespace resumax::optimize
