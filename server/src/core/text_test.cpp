#include "core/text.h"

#include <gtest/gtest.h>

#include "domain/resumes/file_types.h"

namespace resumax {
namespace {

TEST(Text, FindsBidirectionalControls) {
  EXPECT_FALSE(ContainsBidiControl("Résumé – Senior Engineer"));
  EXPECT_TRUE(
      ContainsBidiControl("cv\xE2\x80\xAE"
                          "fdp.exe"));               // U+202E
  EXPECT_TRUE(ContainsBidiControl("\xE2\x80\xAA"));  // U+202A
  EXPECT_TRUE(
      ContainsBidiControl("a\xE2\x81\xA6"
                          "b"));                       // U+2066
  EXPECT_TRUE(ContainsBidiControl("a\xE2\x81\xA9"));   // U+2069
  EXPECT_FALSE(ContainsBidiControl("a\xE2\x80\xA9"));  // U+2029 is not one of them
  EXPECT_FALSE(ContainsBidiControl("\xE2\x80"));
}

TEST(Text, LabelsRefuseBidirectionalControls) {
  EXPECT_TRUE(CleanLabel("My resume", "title", 200));
  const auto refused = CleanLabel("My \xE2\x80\xAEresume", "title", 200);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, "validation_failed");
}

TEST(Text, Utf8PrefixNeverSplitsACharacter) {
  EXPECT_EQ(Utf8Prefix("abc", 10), "abc");
  EXPECT_EQ(Utf8Prefix("ab\xC3\xA9", 3), "ab");
  EXPECT_EQ(Utf8Prefix("ab\xC3\xA9", 4), "ab\xC3\xA9");
  EXPECT_EQ(Utf8Prefix("\xF0\x9F\x98\x80x", 2), "");
}

TEST(Text, LongFilenamesKeepTheirExtension) {
  const std::string stem(300, 'a');
  const std::string clean = resumes::CleanFilename(stem + ".docx");
  EXPECT_EQ(clean.size(), 200U);
  EXPECT_TRUE(clean.ends_with(".docx"));
  EXPECT_TRUE(resumes::ExtensionMatches(
      clean, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
  std::string accented;
  for (int i = 0; i < 150; ++i) accented += "\xC3\xA9";  // é, two bytes each
  const std::string trimmed = resumes::CleanFilename(accented + ".pdf");
  EXPECT_TRUE(trimmed.ends_with(".pdf"));
  EXPECT_LE(trimmed.size(), 200U);
  EXPECT_EQ((trimmed.size() - 4) % 2, 0U);  // whole characters only
  EXPECT_EQ(resumes::CleanFilename(std::string(250, 'b')).size(), 200U);
}

}  // namespace
}  // namespace resumax
