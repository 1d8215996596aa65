#include "domain/job_descriptions/job_text_sanitizer.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

namespace resumax::jobs {
namespace {

bool Contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

TEST(SanitizeJobText, PlainTextKeepsItsLinesAndNormalisesThem) {
  EXPECT_EQ(
      SanitizeJobText("  Senior   Backend\tEngineer  \r\n\r\n\r\n\r\nRequirements:\r\n"
                      "- Go\n* Kubernetes\n•Python\n◦ SQL\n▪ Docker\n● AWS\n– Linux\n· Git\n"),
      "Senior Backend Engineer\n\nRequirements:\n• Go\n• Kubernetes\n• Python\n• SQL\n"
      "• Docker\n• AWS\n• Linux\n• Git");
}

TEST(SanitizeJobText, PlainTextKeepsAngleBracketsAndAmpersandsThatAreNotMarkup) {
  EXPECT_EQ(SanitizeJobText("Salary <5% below market? Q&A with R&D; send CV to <jobs@acme.io>"),
            "Salary <5% below market? Q&A with R&D; send CV to <jobs@acme.io>");
  EXPECT_EQ(SanitizeJobText("-5 degrees\n*Note\n--- \n1. First"),
            "-5 degrees\n*Note\n---\n1. First");
}

TEST(SanitizeJobText, EmptyAndBlankInputsGiveEmptyText) {
  EXPECT_EQ(SanitizeJobText(""), "");
  EXPECT_EQ(SanitizeJobText(" \n\t\n \r\n"), "");
  EXPECT_EQ(SanitizeJobText("<p></p><ul><li></li></ul>"), "");
}

TEST(SanitizeJobText, HtmlBecomesStructuredText) {
  const std::string html =
      "<html><head><title>Careers | Acme</title><meta charset=utf-8>"
      "<link rel=stylesheet href=x.css></head><body>\n"
      "<h1>Senior Backend Engineer</h1>\n<p>Acme builds\n   payment rails.<br>Join us!</p>\n"
      "<h2>Requirements</h2>\n<ul>\n  <li>5+ years of <b>Go</b></li>\n  <li>Kubernetes</li>\n"
      "</ul><div>Apply&nbsp;today</div><table><tr><td>Pay</td><td>$150k</td></tr></table>"
      "</body></html>";
  EXPECT_EQ(SanitizeJobText(html),
            "Senior Backend Engineer\n\nAcme builds payment rails.\nJoin us!\n\nRequirements\n\n"
            "• 5+ years of Go\n• Kubernetes\nApply today\n\nPay $150k");
}

TEST(SanitizeJobText, InlineOnlyMarkupKeepsTheTextsLineBreaks) {
  EXPECT_EQ(SanitizeJobText("<b>Requirements</b>\n- Python\n- <i>SQL</i>"),
            "Requirements\n• Python\n• SQL");
}

TEST(SanitizeJobText, PlainTextMentioningATagKeepsItsLines) {
  EXPECT_EQ(SanitizeJobText("Frontend Engineer\nRequirements\n- Semantic HTML\n- CSS grid\n"
                            "- Knowing when a <div> should be a <button>\n- React\n"),
            "Frontend Engineer\nRequirements\n• Semantic HTML\n• CSS grid\n"
            "• Knowing when a should be a\n• React");
}

TEST(SanitizeJobText, PreformattedTextKeepsItsNewlines) {
  EXPECT_EQ(SanitizeJobText("<p>Stack:</p><pre>Go\nPostgres</pre><p>x\ny</p>"),
            "Stack:\n\nGo\nPostgres\n\nx y");
}

TEST(SanitizeJobText, DropsScriptsStylesAndTheirContent) {
  const std::string out = SanitizeJobText(
      "<p>Before</p><script type=\"text/javascript\">alert('x'); var a = '</p>';</script>"
      "<style>p { color: red }</style><noscript>Enable JS</noscript>"
      "<iframe src=\"https://evil.example\">frame text</iframe><SCRIPT>ALERT(2)</SCRIPT >"
      "<p>After</p>");
  EXPECT_EQ(out, "Before\n\nAfter");
}

TEST(SanitizeJobText, NestedScriptsAreDroppedWhole) {
  EXPECT_EQ(SanitizeJobText("<p>a</p><script><script>alert(1)</script>alert(2)</script><p>b</p>"),
            "a\n\nb");
  EXPECT_EQ(SanitizeJobText("<p>a</p><script>if (n<scripts) x();</script><p>b</p>"), "a\n\nb");
}

TEST(SanitizeJobText, BrokenUpScriptTagLeavesNoMarkup) {
  // Browsers read "<scr<script>" as one (unknown) tag, so what follows is inert text.
  const std::string out = SanitizeJobText("<p>x</p><scr<script>ipt>alert(1)</scr</script>ipt>");
  EXPECT_FALSE(Contains(out, "<"));
  EXPECT_FALSE(Contains(out, "script>"));
  // The result is text, never markup: a '<' left over from broken tags is shown, not parsed.
  EXPECT_EQ(SanitizeJobText("<p>x</p><<script>script>alert(1)<</script>/script>"),
            "x\n\n</script>");
}

TEST(SanitizeJobText, UnclosedScriptOrCommentDropsTheRest) {
  EXPECT_EQ(SanitizeJobText("<p>Keep</p><script>alert(1)<p>gone</p>"), "Keep");
  EXPECT_EQ(SanitizeJobText("<p>Keep</p><!-- <p>gone</p>"), "Keep");
  EXPECT_EQ(SanitizeJobText("<p>Keep</p><div class=\"never closed>gone"), "Keep");
}

TEST(SanitizeJobText, EventAttributesAndUrlsDisappearWithTheirTags) {
  const std::string out = SanitizeJobText(
      "<div onclick=\"steal()\">Click</div><img src=x onerror=alert(1)>"
      "<a href=\"javascript:alert(1)\" title='a > b'>link</a><svg onload=alert(1)><g/></svg>"
      "<p style=\"background:url(javascript:x)\">ok</p>");
  EXPECT_EQ(out, "Click\nlink\n\nok");
  EXPECT_FALSE(Contains(out, "alert"));
  EXPECT_FALSE(Contains(out, "javascript"));
}

TEST(SanitizeJobText, CommentsAndDeclarationsAreDropped) {
  EXPECT_EQ(SanitizeJobText("<!DOCTYPE html><!-- hidden --><p>a<!--[if IE]>x<![endif]-->b</p>"
                            "<?xml version=\"1.0\"?><![CDATA[raw]]>"),
            "ab");
}

TEST(SanitizeJobText, EntitiesAreDecodedOnceAndNeverBecomeMarkup) {
  EXPECT_EQ(SanitizeJobText("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"),
            "<script>alert(1)</script>");
  EXPECT_EQ(SanitizeJobText("&amp;lt;b&amp;gt; &quot;x&quot; &#39;y&#39; &#x2014; &eacute;&copy;"),
            "&lt;b&gt; \"x\" 'y' — é©");
  EXPECT_EQ(SanitizeJobText("Fish &chips; &unknown; &#; AT&T &#150; &#8226;&#x1F600;"),
            "Fish &chips; &unknown; &#; AT&T – •😀");
}

TEST(SanitizeJobText, DangerousNumericReferencesAreNeutralised) {
  EXPECT_EQ(SanitizeJobText("a&#0;b&#x7;c&#xD800;d&#99999999999;e&#x110000;f"),
            "abc\xEF\xBF\xBD"
            "d\xEF\xBF\xBD"
            "e\xEF\xBF\xBD"
            "f");
}

TEST(SanitizeJobText, ListItemsBecomeBulletsWithoutDoubling) {
  EXPECT_EQ(SanitizeJobText("<ul><li>• Python</li><li>- SQL</li><li><p>Go</p></li>"
                            "<li>Parent<ul><li>Child</li></ul></li></ul>"),
            "• Python\n• SQL\n• Go\n• Parent\n• Child");
}

TEST(SanitizeJobText, InvalidUtf8IsReplacedAndControlCharactersRemoved) {
  const std::string raw = std::string("Caf\xC3\xA9 ") + "\xFF\xFE bad " + "\xC0\xAF" + " over " +
                          "\xED\xA0\x80" + " surrogate " + "\xE2\x82" + " cut" +
                          std::string("\0nul\x01\x07\x1B[31m\x7F", 12) + "\xC2\x85" + "end";
  const std::string out = SanitizeJobText(raw);
  EXPECT_EQ(out,
            "Café \xEF\xBF\xBD bad \xEF\xBF\xBD over \xEF\xBF\xBD surrogate \xEF\xBF\xBD"
            " cutnul[31mend");
}

TEST(SanitizeJobText, InvisibleAndUnicodeSpacesAreNormalised) {
  EXPECT_EQ(SanitizeJobText("\xEF\xBB\xBF"
                            "Senior"
                            "\xC2\xA0\xC2\xA0"
                            "Engineer"
                            "\xE2\x80\x8B"
                            "\xE2\x80\xA8"
                            "Line"
                            "\xE2\x80\x83"
                            "two"
                            "\xC2\xAD"
                            "three"),
            "Senior Engineer\nLine twothree");
}

TEST(SanitizeJobText, OutputIsCappedOnACharacterBoundary) {
  std::string raw;
  while (raw.size() < 3 * kMaxJobTextBytes) raw += "é word ";
  const std::string out = SanitizeJobText(raw);
  EXPECT_LE(out.size(), kMaxJobTextBytes);
  EXPECT_GT(out.size(), kMaxJobTextBytes - 8);
  EXPECT_EQ(SanitizeJobText(out), out);  // still valid UTF-8, nothing to change
}

TEST(SanitizeJobText, HugeAndDeeplyNestedInputsStayLinear) {
  std::string nested;
  for (int i = 0; i < 10'000; ++i) nested += "<div><span><b>";
  nested += "deep";
  for (int i = 0; i < 10'000; ++i) nested += "</b></span></div>";
  EXPECT_EQ(SanitizeJobText(nested), "deep");

  std::string scripts;
  for (int i = 0; i < 10'000; ++i) scripts += "<script>";
  EXPECT_EQ(SanitizeJobText("<p>ok</p>" + scripts + "x"), "ok");

  const std::string angles(1'000'000, '<');
  std::string comments;
  for (int i = 0; i < 200'000; ++i) comments += "<!-";
  std::string paragraphs;
  for (int i = 0; i < 100'000; ++i) paragraphs += "<p>Line &amp; more</p>\n";
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(SanitizeJobText("<p>" + angles), std::string(kMaxJobTextBytes, '<'));
  EXPECT_EQ(SanitizeJobText("<p>a</p>" + comments), "a");
  const std::string text = SanitizeJobText(paragraphs);
  EXPECT_LE(text.size(), kMaxJobTextBytes);
  EXPECT_GT(text.size(), kMaxJobTextBytes - 16);
  EXPECT_TRUE(text.starts_with("Line & more\n\nLine & more\n\n"));
  // Generous: the debug build runs under AddressSanitizer; a release build takes milliseconds.
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
}

TEST(SanitizeJobText, IsIdempotent) {
  const std::string once = SanitizeJobText(
      "<h2>About&nbsp;us</h2><p>We&#8217;re <em>hiring</em>!</p><ul><li>One</li><li>Two</li></ul>");
  EXPECT_EQ(once, "About us\n\nWe’re hiring!\n\n• One\n• Two");
  EXPECT_EQ(SanitizeJobText(once), once);
}

}  // namespace
}  // namespace resumax::jobs
