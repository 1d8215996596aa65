#include "domain/parsing/layout.h"

#include <gtest/gtest.h>

#include "domain/parsing/text_normalize.h"

namespace resumax::parsing {
namespace {

// Lays words of one line out left to right from x, with a normal word gap.
void AddLine(PageWords& page, double x, double y, std::string_view text, double size = 10,
             bool bold = false) {
  for (const std::string& word : SplitTrimmed(text, " ")) {
    const double width = static_cast<double>(CodePointCount(word)) * size * 0.5;
    page.words.push_back({word, x, y, x + width, y + size * 1.2, size, bold, true});
    x += width + size * 0.25;
  }
}

// Lays a justified line out from x to right: the spaces stretched alike.
void AddJustified(PageWords& page, double x, double right, double y, std::string_view text) {
  const std::vector<std::string> words = SplitTrimmed(text, " ");
  double letters = 0;
  for (const std::string& word : words) letters += static_cast<double>(CodePointCount(word)) * 5;
  const double space = (right - x - letters) / static_cast<double>(words.size() - 1);
  for (const std::string& word : words) {
    const double width = static_cast<double>(CodePointCount(word)) * 5;
    page.words.push_back({word, x, y, x + width, y + 12, 10, false, true});
    x += width + space;
  }
}

std::vector<std::string> Texts(const std::vector<TextLine>& lines) {
  std::vector<std::string> texts;
  for (const TextLine& line : lines) texts.push_back(line.text);
  return texts;
}

TEST(LayoutPage, ReadsTwoColumnsColumnByColumnAfterTheHeader) {
  PageWords page{0, 612, 792, {}};
  AddLine(page, 200, 40, "Jordan Smith", 24, true);
  const char* left[] = {"SKILLS",    "Python",           "Go",          "Kubernetes", "Terraform",
                        "EDUCATION", "State University", "B.S. Physics"};
  const char* right[] = {"EXPERIENCE",
                         "Platform Engineer at Acme, Remote",
                         "Built the deployment pipeline for every service",
                         "Cut the cloud bill by a third in one quarter",
                         "Support Engineer, Initech",
                         "Answered customer escalations every day of the week"};
  double y = 120;
  for (const char* text : left) {
    AddLine(page, 40, y, text);
    y += 16;
  }
  y = 120;
  for (const char* text : right) {
    AddLine(page, 220, y + 3, text, 11);
    y += 19;
  }
  const std::vector<TextLine> lines = LayoutPage(page);
  const std::vector<std::string> texts = Texts(lines);
  ASSERT_EQ(texts.size(), 15u);
  EXPECT_EQ(texts[0], "Jordan Smith");
  EXPECT_EQ(texts[1], "SKILLS");
  EXPECT_EQ(texts[8], "B.S. Physics");
  EXPECT_EQ(texts[9], "EXPERIENCE");
  EXPECT_EQ(lines[1].column, 1);
  EXPECT_EQ(lines[9].column, 2);
  EXPECT_TRUE(lines[0].bold);
}

// A header's contact items set with wide gaps, the last one past the gutter of the columns
// below: the line runs on past where the main column's lines end, nothing of the sidebar is
// above it, and it is read whole before both columns.
TEST(LayoutPage, ContactLineOverBothColumnsReachingPastTheGutterIsOneLine) {
  PageWords page{0, 612, 792, {}};
  AddLine(page, 40, 40, "Katrin Schafer", 24, true);
  AddLine(page, 50, 90, "katrin@example.com");
  AddLine(page, 180, 90, "+49 40 5550 1234");
  AddLine(page, 290, 90, "Hamburg, Germany");
  AddLine(page, 400, 90, "katrin-scm");
  double y = 130;
  for (int i = 0; i < 14; ++i) {
    AddJustified(page, 40, 340, y, "Planned container flows between ports for key accounts");
    y += 14;
  }
  y = 130;
  const char* right[] = {
      "KEY SKILLS", "Demand planning", "Incoterms", "Customs", "Carrier management",
      "Power BI",   "LANGUAGES",       "German",    "English"};
  for (const char* text : right) {
    AddLine(page, 380, y, text);
    y += 16;
  }
  const std::vector<TextLine> lines = LayoutPage(page);
  ASSERT_GE(lines.size(), 3u);
  EXPECT_EQ(lines[1].text, "katrin@example.com\t+49 40 5550 1234\tHamburg, Germany\tkatrin-scm");
  EXPECT_EQ(lines[1].column, 0);
  EXPECT_EQ(lines[2].column, 1);
  EXPECT_EQ(lines.back().text, "English");
}

// The foot of a sidebar on a page of its own too sparse to show a gutter: split where the
// previous page's right column began, when the words past it start there; a row of tags spread
// across such a page is not split.
TEST(LayoutPage, SparsePageIsSplitWhereThePreviousPagesRightColumnBegan) {
  PageWords page{1, 612, 792, {}};
  AddLine(page, 50, 48, "Paralegal", 11, true);
  AddLine(page, 365, 48, "German");
  AddLine(page, 50, 66, "Reyes & Goldberg");
  AddLine(page, 50, 100, "Prepared trial binders for a litigation firm.");
  page.column_hint = 365;
  std::vector<TextLine> lines = LayoutPage(page);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0].text, "Paralegal");
  EXPECT_EQ(lines[0].column, 1);
  EXPECT_EQ(lines[3].text, "German");
  EXPECT_EQ(lines[3].column, 2);
  EXPECT_EQ(RightColumnStart(lines), 365);

  PageWords tags{1, 612, 792, {}};
  AddLine(tags, 50, 48, "SKILLS", 11, true);
  AddLine(tags, 50, 66, "Litigation");
  AddLine(tags, 200, 66, "Discovery");
  AddLine(tags, 400, 66, "Westlaw");
  tags.column_hint = 365;
  lines = LayoutPage(tags);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[1].text, "Litigation\tDiscovery\tWestlaw");
  EXPECT_EQ(RightColumnStart(lines), 0);
}

// A headline above the columns that ends within a point of where the right column begins
// (208.4 and 209.0): the gutter between them is one point wide and still splits the columns.
TEST(LayoutPage, GutterAsNarrowAsAPointBesideAHeadline) {
  PageWords page{0, 595, 842, {}};
  AddLine(page, 48, 40, "Kenji Mori", 22, true);
  AddLine(page, 48, 78, "Principal Software", 13);
  page.words.push_back({"Engineer", 156.4, 78, 208.4, 93.6, 13, false, true});
  const char* left[] = {
      "Contact", "kmori@example.net", "+1 206 555 0190", "Seattle, WA", "Skills", "C#",
      ".NET",    "Kubernetes"};
  const char* right[] = {"Professional Summary",
                         "Backend engineer with twenty years on distributed systems",
                         "Work History",
                         "Principal Software Engineer at Cobalt Ledger, Remote",
                         "Technical lead for the payments ledger service",
                         "Led the split of a monolith into eight services"};
  double y = 110;
  for (const char* text : left) {
    AddLine(page, 48, y, text);
    y += 13.8;
  }
  y = 115;  // the main column in a leading of its own
  for (const char* text : right) {
    AddLine(page, 209, y, text);
    y += 12.8;
  }
  const std::vector<TextLine> lines = LayoutPage(page);
  for (const TextLine& line : lines) {
    EXPECT_EQ(line.text.find('\t'), std::string::npos) << line.text;
  }
  const std::vector<std::string> texts = Texts(lines);
  ASSERT_EQ(texts.size(), 16u);
  EXPECT_EQ(texts[2], "Contact");
  EXPECT_EQ(texts[10], "Professional Summary");
}

// Two columns, then a heading under the longer one and a section set across the page: the
// heading opens that section rather than ending its column.
TEST(LayoutPage, HeadingUnderTheColumnsOpensTheFullWidthSectionBelow) {
  PageWords page{0, 612, 792, {}};
  double y = 120;
  for (int row = 0; row < 8; ++row) {
    AddLine(page, 40, y, "Welded pipe spools for refineries daily");
    y += 14;
  }
  const double left_end = y;
  y = 120;
  for (int row = 0; row < 6; ++row) {
    AddLine(page, 320, y, "Fitted connections on site every week");
    y += 14;
  }
  AddLine(page, 40, left_end + 4, "KEY SKILLS", 11, true);
  AddLine(page, 40, left_end + 20,
          "Processes: SMAW, GTAW, FCAW, GMAW, oxy-fuel cutting, plasma cutting and grinding");
  AddLine(page, 40, left_end + 34,
          "Materials: carbon steel, stainless steel, chrome-moly and aluminium plate and pipe");
  const std::vector<std::string> texts = Texts(LayoutPage(page));
  ASSERT_EQ(texts.size(), 17u) << ::testing::PrintToString(texts);
  EXPECT_EQ(texts[7], "Welded pipe spools for refineries daily");
  EXPECT_EQ(texts[8], "Fitted connections on site every week");
  EXPECT_EQ(texts[14], "KEY SKILLS");
  EXPECT_EQ(texts[15].substr(0, 10), "Processes:");
}

// A box floated at the right of the text, which runs across the page once the box ends: the box
// is read first, and the text runs on from its narrow lines into its wide ones.
TEST(LayoutPage, TextRunningOnUnderABoxBesideItStaysTogether) {
  PageWords page{0, 612, 792, {}};
  double y = 100;
  for (int row = 0; row < 10; ++row) {
    AddLine(page, 40, y,
            row == 9 ? "Senior Buyer - Harlow Foods"
                     : "Negotiated supplier terms across the chilled range every quarter");
    y += 14;
  }
  const char* box[] = {"SKILLS",          "Category management", "Supplier audits",
                       "SAP Ariba",       "Demand forecasting",  "Cost modelling",
                       "Contract law",    "LANGUAGES",           "English (native)",
                       "French (fluent)", "Spanish (basic)"};
  double box_y = 104;
  for (const char* text : box) {
    AddLine(page, 430, box_y, text, 9);
    box_y += 12;
  }
  AddLine(page, 40, y, "Mar 2014 - Feb 2018");
  for (int row = 0; row < 3; ++row) {
    y += 14;
    AddLine(
        page, 40, y,
        "Ran the tender for frozen desserts and ice cream and cut the landed cost of the range by "
        "nine per cent");
  }
  const std::vector<std::string> texts = Texts(LayoutPage(page));
  ASSERT_EQ(texts.size(), 25u) << ::testing::PrintToString(texts);
  EXPECT_EQ(texts[0], "SKILLS");
  EXPECT_EQ(texts[10], "Spanish (basic)");
  EXPECT_EQ(texts[20], "Senior Buyer - Harlow Foods");
  EXPECT_EQ(texts[21], "Mar 2014 - Feb 2018");
}

// A sidebar floated left at the top of the page, the main text narrow beside it and then across
// the whole page under it. A line under the box breaks at a word space just past the gutter,
// where the main column's bullets stand: the lines under the box are still whole, read after the
// main column.
TEST(LayoutPage, TextAcrossThePageUnderAFloatedSidebarIsWhole) {
  PageWords page{0, 612, 792, {}};
  const char* box[] = {"CONTACT",
                       "ana@example.com",
                       "Florida Board of Accountancy, Mar",
                       "SKILLS",
                       "Purchase accounting and consolidation",
                       "Consolidations",
                       "SAP S/4HANA",
                       "Power BI",
                       "LANGUAGES",
                       "Spanish and English and Portuguese",
                       "English",
                       "Portuguese"};
  double y = 104;  // the sidebar in a leading of its own
  for (const char* text : box) {
    AddLine(page, 45, y, text, 9);
    y += 12.5;
  }
  y = 100;
  for (int row = 0; row < 12; ++row) {
    if (row % 4 == 0) {
      AddLine(page, 220, y, "Controller at Coastline Hospitality");
    } else {
      page.words.push_back({"\u2022", 222, y, 227, y + 12, 10, false, true});
      AddLine(page, 230, y, "Closed the books in five days for thirty hotels");
    }
    y += 14;
  }
  // Five words of 31 letters end at 221.5, past the gutter; the line goes on a word space after,
  // about where the bullets stand.
  const double starts[] = {221.6, 222.4, 222.8, 223.2};
  const char* left[] = {"Audited four clinic mergers closely",
                        "Ran fieldwork on hospitality audits"};
  const char* right[] = {"with due diligence and integration work",
                         "clients with revenue of millions"};
  for (int row = 0; row < 6; ++row) {
    AddLine(page, 56.5, y, left[row % 2]);
    AddLine(page, starts[row % 4], y, right[row % 2]);
    y += 14;
  }
  const std::vector<TextLine> lines = LayoutPage(page);
  ASSERT_EQ(lines.size(), 30u) << ::testing::PrintToString(Texts(lines));
  EXPECT_EQ(lines[0].text, "CONTACT");
  EXPECT_EQ(lines[12].text, "Controller at Coastline Hospitality");
  for (std::size_t i = 0; i < 6; ++i) {
    EXPECT_EQ(lines[24 + i].text, std::string(left[i % 2]) + " " + right[i % 2]);
    EXPECT_EQ(lines[24 + i].column, 0);
  }
}

// A narrow sidebar whose justified lines wrap a comma list, with one word too long for the
// column running into the gutter, beside a main column of bullets that start right there.
TEST(LayoutPage, SidebarWordOverrunningTheGutterStaysInItsColumn) {
  PageWords page{0, 612, 792, {}};
  AddLine(page, 40, 100, "Practice");
  AddJustified(page, 40, 200, 112, "Commercial litigation, Securities");
  AddJustified(page, 40, 200, 124, "litigation, Trade secrets, Arbitra-");
  AddJustified(page, 40, 200, 136, "tion, Appellate briefing, Contract");
  AddLine(page, 40, 148, "drafting, E-discovery-administration");  // runs into the gutter
  AddLine(page, 40, 160, "Tools");
  AddJustified(page, 40, 200, 172, "Relativity, Westlaw, Lexis+, Case");
  AddLine(page, 40, 184, "management");
  for (int row = 0; row < 10; ++row) {
    if (row % 3 == 0) {
      AddLine(page, 214, 103 + 13.5 * row, "- Represented clients in disputes every day");
    } else {
      AddLine(page, 221.5, 103 + 13.5 * row, "carried on with more words in the bullet");
    }
  }
  const std::vector<TextLine> lines = LayoutPage(page);
  const std::vector<std::string> texts = Texts(lines);
  ASSERT_GE(texts.size(), 8u);
  EXPECT_EQ(texts[0], "Practice");
  EXPECT_EQ(texts[1],
            "Commercial litigation, Securities litigation, Trade secrets, Arbitration, "
            "Appellate briefing, Contract drafting, E-discovery-administration");
  EXPECT_EQ(texts[2], "Tools");
  EXPECT_EQ(texts[3], "Relativity, Westlaw, Lexis+, Case management");
  for (const TextLine& line : lines) {
    EXPECT_TRUE(line.text.find("Represented") == std::string::npos ||
                line.text.starts_with("Represented"))
        << line.text;
  }
  EXPECT_EQ(lines[1].column, 1);
}

// A sidebar set tight against the text beside it (a gutter of a few points): its longest lines
// run into the gutter, one of them over a bullet of the text. The gutter is where the text's
// lines begin, not the space between two of the sidebar's words.
TEST(LayoutPage, TightSidebarWhoseLinesRunIntoTheGutterKeepsItsWords) {
  PageWords page{0, 612, 792, {}};
  // The sidebar in a leading of its own: two of its lines run into the gutter, one of them over
  // a bullet of the text.
  const char* sidebar[] = {
      "Skills", "Month-end close",      "Reconciliations", "Ledgers, budgets, accruals,",
      "",       "Payroll and benefits", "Audit support",   "Excel, Sage, Power BI,",
      "Tools",  "QuickBooks, NetSuite", "Languages",       "English, Cantonese"};
  for (std::size_t row = 0; row < std::size(sidebar); ++row) {
    const double top = 103 + 13.8 * static_cast<double>(row);
    if (row == 4) {
      page.words.push_back({"Accounts", 146.3, top, 185.9, top + 12, 10, false, true});
      page.words.push_back({"payable,", 188.2, top, 223.9, top + 12, 10, false, true});
      continue;
    }
    if (std::string_view(sidebar[row]).find(' ') != std::string_view::npos) {
      AddJustified(page, 40, 186, top, sidebar[row]);  // a justified column 146 points wide
    } else {
      AddLine(page, 40, top, sidebar[row]);
    }
    if (row == 7) page.words.push_back({"Xero,", 183.3, top, 206.8, top + 12, 10, false, true});
  }
  for (int row = 0; row < 16; ++row) {
    const double top = 100 + 12 * row;
    if (row % 4 == 1) {
      page.words.push_back(
          {"\u2022", 212.9, top - 2, 220.7, top + 10, 10, false, true, false, true});
      AddLine(page, 226, top, "Closed the books in four days every month");
    } else {
      AddLine(page, 212.2, top, "Staff accountant for a regional chain of clinics");
    }
  }
  const std::vector<std::string> texts = Texts(LayoutPage(page));
  for (const std::string& text : texts) {
    EXPECT_TRUE(text.find("Staff") == std::string::npos || text.starts_with("Staff")) << text;
    EXPECT_TRUE(text.find("payable,") == std::string::npos ||
                text.find("Accounts payable,") != std::string::npos)
        << text;
    EXPECT_TRUE(text.find("Xero,") == std::string::npos || text.starts_with("Excel")) << text;
  }
}

// Contact details in a small block left of the first entries: a column only over their rows;
// the page above and below reads as one column.
TEST(LayoutPage, ContactBlockBesideTheFirstEntryIsAColumnOnlyThere) {
  PageWords page{0, 612, 792, {}};
  AddLine(page, 60, 60, "Katarzyna Zielinska", 24);
  const char* contact[] = {"Krakow", "Poland", "+48 12 555 02 34", "kz@example.com",
                           "linkedin.com/in/kz"};
  double y = 120;
  for (const char* text : contact) {
    AddLine(page, 60, y, text);
    y += 11;
  }
  const char* main[] = {"Experience",
                        "Legal Counsel, Wawel Technologies, Krakow",
                        "- Negotiate licensing and reseller agreements every year",
                        "- Led the GDPR programme and act as the contact point",
                        "- Prepare corporate documents for the management board",
                        "Associate, Nowicki Lis, Krakow",
                        "- Advised technology and manufacturing clients on contracts",
                        "- Represented clients in commercial court proceedings",
                        "Education",
                        "Master of Laws, Jagiellonian University, Krakow",
                        "Skills",
                        "Commercial contracts, GDPR, IT and IP law, Litigation"};
  y = 114;
  for (const char* text : main) {
    AddLine(page, 180, y, text);
    y += 16.5;
  }
  const std::vector<std::string> texts = Texts(LayoutPage(page));
  ASSERT_EQ(texts.size(), 18u);
  EXPECT_EQ(texts[0], "Katarzyna Zielinska");
  EXPECT_EQ(texts[1], "Krakow");
  EXPECT_EQ(texts[4], "kz@example.com");
  EXPECT_EQ(texts[6], "Experience");
  EXPECT_EQ(texts[17], "Commercial contracts, GDPR, IT and IP law, Litigation");
}

// Two small lines of contact details beside a name set three times their size are lines of
// their own, not words of the name's line.
TEST(LayoutPage, SmallLinesBesideALargeNameKeepTheirOwnLines) {
  PageWords page{0, 612, 792, {}};
  AddLine(page, 60, 75, "Kenji Mori", 34);
  AddLine(page, 480, 74, "Seattle, WA");
  AddLine(page, 480, 86, "United States");
  AddLine(page, 60, 130, "Principal Software Engineer", 17);
  const std::vector<std::string> texts = Texts(LayoutPage(page));
  ASSERT_EQ(texts.size(), 4u);
  EXPECT_EQ(texts[0], "Seattle, WA");
  EXPECT_EQ(texts[1], "United States");
  EXPECT_EQ(texts[2], "Kenji Mori");
}

TEST(LayoutPage, DateColumnBesideEntriesIsReadRowByRow) {
  PageWords page{0, 612, 792, {}};
  double y = 60;
  for (int entry = 0; entry < 8; ++entry) {
    AddLine(page, 40, y, "2015 - 2017");
    AddLine(page, 160, y, "Engineer at Example Company in a city");
    AddLine(page, 160, y + 14, "Built things that customers liked a lot");
    y += 40;
  }
  const std::vector<TextLine> lines = LayoutPage(page);
  ASSERT_EQ(lines.size(), 16u);
  EXPECT_EQ(lines[0].text, "2015 - 2017\tEngineer at Example Company in a city");
}

// A right-aligned date column too narrow for its ranges wraps them over two or three rows
// ("September" / "2013 - June" / "2015"); each range goes back to its entry's first row, and
// a label in that column ("Tools") stands apart from its items.
// A range that ends its row open ("… | Mar 2011 \u2013") and goes on alone on the next row.
TEST(LayoutPage, OpenRangeAtARowsEndTakesTheDateBelow) {
  PageWords page{0, 612, 792, {}};
  AddLine(page, 54, 60, "Pipe Welder", 10.5, true);
  AddLine(page, 54, 75, "Bayou Pipeline Services LLC | Mar 2011 \u2013", 10.5);
  AddLine(page, 54, 89, "Apr 2016", 10.5);
  AddLine(page, 72, 105, "Welded cross-country gas pipelines on right-of-way crews.", 10.5);
  const std::vector<std::string> texts = Texts(LayoutPage(page));
  EXPECT_EQ(texts, (std::vector<std::string>{
                       "Pipe Welder", "Bayou Pipeline Services LLC | Mar 2011 \u2013 Apr 2016",
                       "Welded cross-country gas pipelines on right-of-way crews."}));
}

TEST(LayoutPage, DatesWrappedInANarrowColumnAreReassembledOnTheEntryRow) {
  PageWords page{0, 612, 792, {}};
  const std::vector<std::vector<std::string>> cells = {{"October 2020", "- present"},
                                                       {"January 2017 -", "September", "2020"},
                                                       {"September", "2013 - June", "2015"}};
  double y = 60;
  for (const auto& cell : cells) {
    for (std::size_t row = 0; row < cell.size(); ++row) {
      const double width = static_cast<double>(CodePointCount(cell[row])) * 5;
      AddLine(page, 125 - width, y + 13 * static_cast<double>(row), cell[row]);
    }
    AddLine(page, 135, y, "Product Manager, Example Company, Paris");
    AddLine(page, 135, y + 13, "Launched three products in four countries with the team");
    y += 60;
  }
  AddLine(page, 100, y, "Tools");
  AddLine(page, 135, y, "Figma, Canva, Excel");
  const std::vector<std::string> texts = Texts(LayoutPage(page));
  ASSERT_EQ(texts.size(), 7u);
  EXPECT_EQ(texts[0], "October 2020 - present\tProduct Manager, Example Company, Paris");
  EXPECT_EQ(texts[1], "Launched three products in four countries with the team");
  EXPECT_EQ(texts[2], "January 2017 - September 2020\tProduct Manager, Example Company, Paris");
  EXPECT_EQ(texts[4], "September 2013 - June 2015\tProduct Manager, Example Company, Paris");
  EXPECT_EQ(texts[6], "Tools\tFigma, Canva, Excel");
}

// A table whose left cells hold a date (wrapped in two), a section heading or a skill beside
// long right cells: the page reads row by row, so each heading stays before its entries and
// each date with its entry, even with a dash drawn a little lower than the dates around it.
TEST(LayoutPage, TableWithDateAndHeadingCellsIsReadRowByRow) {
  PageWords page{0, 612, 792, {}};
  double y = 60;
  // Left cells in 10 pt on a 12 pt leading, right cells in 10.5 pt on 14 pt.
  auto add_entry = [&page, &y](const char* date_start, const char* date_end) {
    AddLine(page, 40, y, date_start);
    page.words.push_back({"-", 40 + 9 * 5 + 3, y + 1.5, 40 + 9 * 5 + 8, y + 13.5, 10, false, true});
    AddLine(page, 40, y + 12, date_end);
    AddLine(page, 160, y, "Staff Accountant", 10.5, true);
    AddLine(page, 160, y + 14, "Example Company, Boston, MA", 10.5);
    for (int bullet = 0; bullet < 4; ++bullet) {
      AddLine(page, 170, y + 28 + 14 * bullet, "Closed the books every month on time", 10.5);
    }
    y += 100;
  };
  AddLine(page, 40, y, "Experience", 12, true);
  y += 30;
  add_entry("Jan. 2020", "present");
  add_entry("Jun. 2017", "Dec. 2019");
  AddLine(page, 40, y, "Education", 12, true);
  y += 30;
  add_entry("Sep. 2013", "Jun. 2017");
  // A skills table: two items in each left cell, more beside them on one line.
  AddLine(page, 40, y, "Skills", 12, true);
  y += 30;
  const char* items[][3] = {{"Cold calling", "Negotiation", "Prospecting, Discovery calls"},
                            {"HubSpot", "Salesforce", "Apollo, Outreach"},
                            {"Excel", "Power BI", "SQL, Looker"}};
  for (const auto& item : items) {
    AddLine(page, 40, y, item[0]);
    AddLine(page, 40, y + 12, item[1]);
    AddLine(page, 160, y, item[2], 10.5);
    y += 30;
  }
  const std::vector<std::string> texts = Texts(LayoutPage(page));
  ASSERT_GE(texts.size(), 10u);
  EXPECT_EQ(texts[0], "Experience");
  EXPECT_EQ(texts[1], "Jan. 2020 - present\tStaff Accountant");
  EXPECT_EQ(texts[2], "Example Company, Boston, MA");
  const auto education = std::find(texts.begin(), texts.end(), "Education");
  ASSERT_NE(education, texts.end());
  ASSERT_NE(education + 1, texts.end());
  EXPECT_EQ(*(education + 1), "Sep. 2013 - Jun. 2017\tStaff Accountant");
  EXPECT_EQ(texts[texts.size() - 2], "Excel\tSQL, Looker");
  EXPECT_EQ(texts.back(), "Power BI");
}

// A sidebar in its own type and leading beside a denser main column is still a column: few of
// its blocks begin on a main-column baseline.
TEST(LayoutPage, SparseSidebarInItsOwnLeadingIsAColumn) {
  PageWords page{0, 612, 792, {}};
  const char* sidebar[] = {
      "About",   "Boston MA US", "grace@example.net", "Skills", "Bank reconciliations",
      "Payroll", "Software",     "QuickBooks"};
  double y = 100;
  for (const char* text : sidebar) {
    AddLine(page, 40, y, text, 8.5);
    y += 27;
  }
  y = 96;
  for (int row = 0; row < 22; ++row) {
    AddLine(page, 180, y,
            row % 6 == 0 ? "Auditor at Example LLP" : "Tested revenue and receivables");
    y += 11;
  }
  const std::vector<TextLine> lines = LayoutPage(page);
  ASSERT_EQ(lines.size(), 30u);
  EXPECT_EQ(lines[0].text, "About");
  EXPECT_EQ(lines[7].text, "QuickBooks");
  EXPECT_EQ(lines[0].column, 1);
  EXPECT_EQ(lines[8].column, 2);
}

TEST(LayoutPage, SingleColumnWithRightAlignedDatesKeepsLinesWhole) {
  PageWords page{0, 612, 792, {}};
  double y = 60;
  for (int entry = 0; entry < 4; ++entry) {
    AddLine(page, 50, y, "Software Engineer, Example Company");
    AddLine(page, 480, y, "Jan 2020 - Present");
    AddLine(page, 60, y + 14,
            "Designed and shipped features across the whole stack for many happy customers");
    AddLine(page, 60, y + 28, "Mentored engineers and reviewed code every single week of year");
    y += 50;
  }
  const std::vector<TextLine> lines = LayoutPage(page);
  ASSERT_EQ(lines.size(), 12u);
  EXPECT_EQ(lines[0].text, "Software Engineer, Example Company\tJan 2020 - Present");
  EXPECT_EQ(lines[0].column, 0);
}

TEST(LayoutPage, DotLeadersDrawnAsGlyphsSetFieldsApart) {
  PageWords page{0, 612, 792, {}};
  // A word processor's leader tab, printed: the dots glued to the title, a short one before the
  // date, a leader word of its own, and periods and middle dots inside ordinary text.
  AddLine(
      page, 50, 60,
      "Senior Accountant, General Ledger\u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\u00b7 May 2019");
  AddLine(page, 50, 80, "Accountant\u00b7 Oct. 2017 \u2013 Feb. 2021");
  AddLine(page, 50, 100, "Aston University .......... 2012");
  AddLine(page, 50, 120, "Lincoln\u00b7\u00b7\u00b7Aug. 1996");
  AddLine(page, 50, 140, "Grew sales 40%... and more \u00b7 B.Sc. at col\u00b7legi");
  const std::vector<TextLine> lines = LayoutPage(page);
  EXPECT_EQ(Texts(lines),
            (std::vector<std::string>{"Senior Accountant, General Ledger\tMay 2019",
                                      "Accountant\tOct. 2017 \u2013 Feb. 2021",
                                      "Aston University\t2012", "Lincoln\tAug. 1996",
                                      "Grew sales 40%... and more \u00b7 B.Sc. at col\u00b7legi"}));
}

TEST(LayoutPage, UndoesLetterSpacingAndMarksBullets) {
  PageWords page{0, 612, 792, {}};
  double x = 100;
  for (std::string_view letter : {"J", "A", "N", "E"}) {
    page.words.push_back({std::string(letter), x, 20, x + 12, 44, 20, false, true});
    x += 15;
  }
  x += 14;
  for (std::string_view letter : {"D", "O", "E"}) {
    page.words.push_back({std::string(letter), x, 20, x + 12, 44, 20, false, true});
    x += 15;
  }
  AddLine(page, 50, 80, "\u2022 Led the migration of");
  AddLine(page, 50, 80, "");
  page.words.push_back({"\u2022", 50, 100, 54, 112, 10, false, true});
  AddLine(page, 60, 100, "Wrote the long bullet text that wraps onto a second line at the edge");
  AddLine(page, 60, 113, "and continues here.");
  const std::vector<TextLine> lines = LayoutPage(page);
  ASSERT_EQ(lines.size(), 3u) << ::testing::PrintToString(Texts(lines));
  EXPECT_EQ(lines[0].text, "JANE DOE");
  EXPECT_TRUE(lines[1].is_bullet);
  EXPECT_EQ(lines[1].text, "Led the migration of");
  EXPECT_TRUE(lines[2].is_bullet);
  EXPECT_EQ(lines[2].text,
            "Wrote the long bullet text that wraps onto a second line at the edge and continues "
            "here.");
}

// Small capitals: each word's capital set larger, the rest in smaller capitals against it.
TEST(LayoutPage, SmallCapitalsAreWholeWords) {
  PageWords page{0, 612, 792, {}};
  page.words.push_back({"W", 40, 100, 52, 114, 14, false, false});
  page.words.push_back({"ORK", 52.6, 103, 75, 113, 10, false, true});
  page.words.push_back({"E", 79, 100, 88, 114, 14, false, false});
  page.words.push_back({"XPERIENCE", 88.6, 103, 150, 113, 10, false, true});
  AddLine(page, 40, 130, "A Tested revenue");
  const std::vector<TextLine> lines = LayoutPage(page);
  ASSERT_EQ(lines.size(), 2u) << ::testing::PrintToString(Texts(lines));
  EXPECT_EQ(lines[0].text, "WORK EXPERIENCE");
  EXPECT_EQ(lines[1].text, "A Tested revenue");
}

// A paragraph across the whole width above a block keeps the page one column.
void AddWideParagraph(PageWords& page, double y) {
  for (int row = 0; row < 6; ++row) {
    AddLine(page, 50, y + row * 12,
            "Summary text that runs across the whole width of the page for a good many words of "
            "prose");
  }
}

// Two lists side by side in one column, under two heads: each side is read on its own, its
// items opened by their glyphs; a wrapped line under its glyph carries on the item above.
TEST(LayoutPage, BulletsSetSideBySideAreReadOneSideAfterTheOther) {
  PageWords page{0, 612, 792, {}};
  AddWideParagraph(page, 20);
  AddLine(page, 50, 100, "Clinical", 10, true);
  AddLine(page, 300, 100, "Systems", 10, true);
  AddLine(page, 50, 113, "\u2022 Tested revenue and receivables for two");
  AddLine(page, 300, 113, "\u00B7 Documented walkthroughs of purchasing");
  AddLine(page, 50, 125, "nonprofit audits and drafted the letters");
  AddLine(page, 300, 125, "controls for a client.");
  AddLine(page, 50, 137, "for 120 donors.");
  AddLine(page, 50, 149, "\u2022 Ran payroll for nine staff");
  AddLine(page, 300, 149, "\u00B7 Kept the books in order");
  const std::vector<TextLine> lines = LayoutPage(page);
  ASSERT_EQ(lines.size(), 12u) << ::testing::PrintToString(Texts(lines));
  EXPECT_EQ(lines[6].text, "Clinical");
  EXPECT_FALSE(lines[6].is_bullet);
  EXPECT_EQ(lines[7].text,
            "Tested revenue and receivables for two nonprofit audits and drafted the letters for "
            "120 donors.");
  EXPECT_TRUE(lines[7].is_bullet);
  EXPECT_EQ(lines[8].text, "Ran payroll for nine staff");
  EXPECT_EQ(lines[9].text, "Systems");
  EXPECT_EQ(lines[10].text, "Documented walkthroughs of purchasing controls for a client.");
  EXPECT_TRUE(lines[10].is_bullet);
  EXPECT_EQ(lines[11].text, "Kept the books in order");
}

// Bullets drawn as graphics, flowed into two columns: a line that fills its side and breaks
// mid-sentence carries on into the next, from the foot of the left side to the head of the
// right one; a line that ends a sentence ends its item.
TEST(LayoutPage, TextFlowedIntoTwoColumnsIsReadLeftThenRight) {
  PageWords page{0, 612, 792, {}};
  AddWideParagraph(page, 20);
  AddLine(page, 50, 100, "Own the brand plan and a media budget");
  AddLine(page, 300, 100, "online sales by a third in the quarter.");
  AddLine(page, 50, 112, "for a skincare label sold in pharmacies.");
  AddLine(page, 300, 112, "Built the creator program from zero to");
  AddLine(page, 50, 124, "Launched the refillable range with a new");
  AddLine(page, 300, 124, "many partners across the whole country.");
  AddLine(page, 50, 136, "campaign that reached people and lifted");
  const std::vector<TextLine> lines = LayoutPage(page);
  ASSERT_EQ(lines.size(), 9u) << ::testing::PrintToString(Texts(lines));
  EXPECT_EQ(lines[6].text,
            "Own the brand plan and a media budget for a skincare label sold in "
            "pharmacies.");
  EXPECT_EQ(lines[7].text,
            "Launched the refillable range with a new campaign that reached people and lifted "
            "online sales by a third in the quarter.");
  EXPECT_EQ(lines[8].text,
            "Built the creator program from zero to many partners across the whole "
            "country.");
}

// A comma list justified in a narrow column stretches its spaces past an em: still spaces.
TEST(LayoutPage, AJustifiedCommaListKeepsItsSpaces) {
  PageWords page{0, 612, 792, {}};
  AddJustified(page, 54, 188, 230, "Manhattan WMS, SAP,");
  const std::vector<std::string> texts = Texts(LayoutPage(page));
  ASSERT_EQ(texts.size(), 1U);
  EXPECT_EQ(texts[0], "Manhattan WMS, SAP,");
}

// A sidebar of a few short rows (tags in its own leading, under a tenth of the page's words)
// beside a long main column is still a column: its rows are read together, not woven into the
// main column's.
TEST(LayoutPage, ASparseSidebarBesideALongColumnIsAColumn) {
  PageWords page{0, 612, 792, {}};
  const char* tags[] = {"C# .NET",          "C++ Go",          "TypeScript SQL",
                        "Azure Kubernetes", "Terraform Kafka", "PostgreSQL Redis",
                        "Event sourcing",   "Code review",     "Mentoring Hiring",
                        "English Native",   "Japanese Fluent", "German Basic"};
  double y = 100;
  for (const char* tag : tags) {
    AddLine(page, 30, y, tag);
    y += 22;
  }
  for (int row = 0; row < 30; ++row) {
    AddLine(page, 180, 103 + 15 * row, "Led the payments ledger team through a calm migration");
  }
  const std::vector<std::string> texts = Texts(LayoutPage(page));
  ASSERT_EQ(texts.size(), 42U);
  for (std::size_t k = 0; k < 12; ++k) EXPECT_EQ(texts[k], tags[k]);
}

// Dates stacked in a narrow column at the right of the entries ("April 2022" over "— Present"
// over "3 years") go to the end of the header they start beside, not after all the text.
TEST(LayoutPage, ADateColumnAtTheRightJoinsTheHeadersBesideIt) {
  PageWords page{0, 612, 792, {}};
  AddLine(page, 200, 30, "Anna Vogt", 22);
  AddLine(page, 40, 80, "EXPERIENCE", 14);
  double y = 110;
  const char* jobs[][2] = {{"Marketing Lead, Kiezbox GmbH", "April 2022"},
                           {"Online Marketing Manager, Rotkehlchen Reisen", "February 2018"},
                           {"SEA Manager, Spreewerk Digital", "August 2015"}};
  const char* ends[] = {"— Present", "— March 2022", "— January 2018"};
  for (int job = 0; job < 3; ++job) {
    AddLine(page, 50, y, jobs[job][0], 10, true);
    for (int k = 0; k < 4; ++k) {
      AddLine(page, 60, y + 20 + 16 * k, "Ran paid search and social campaigns for clients", 10);
    }
    AddLine(page, 480, y - 4, jobs[job][1], 10);
    AddLine(page, 480, y + 10, ends[job], 10);
    AddLine(page, 490, y + 28, job == 0 ? "3 years" : "a year", 10);
    y += 110;
  }
  const std::vector<std::string> texts = Texts(LayoutPage(page));
  ASSERT_GE(texts.size(), 6U);
  EXPECT_EQ(texts[2], "Marketing Lead, Kiezbox GmbH\tApril 2022 — Present");
  EXPECT_EQ(texts[7], "Online Marketing Manager, Rotkehlchen Reisen\tFebruary 2018 — March 2022");
  for (const std::string& text : texts) EXPECT_EQ(text.find("years"), std::string::npos) << text;
}

// A narrow left column of section names and date ranges set off the text's baselines: each name
// is read before the text beside and below it, each range at the front of its entry's header
// (the first range sits a row lower, under the section's name, beside a bullet).
TEST(LayoutPage, ALabelColumnOfNamesAndDatesIsReadIntoTheText) {
  PageWords page{0, 612, 792, {}};
  AddLine(page, 250, 30, "Anna Vogt", 22);
  AddLine(page, 40, 82, "Contact", 12);
  AddLine(page, 200, 80, "Email anna@example.org", 10);
  AddLine(page, 200, 96, "Phone +49 30 5550 1234", 10);
  AddLine(page, 40, 126, "Work Experience", 12);
  double y = 130;
  const char* jobs[] = {"Marketing Lead at Kiezbox GmbH", "SEA Manager at Spreewerk Digital"};
  const char* ranges[] = {"2022-04 to Present", "2015-08 to 2022-03"};
  for (int job = 0; job < 2; ++job) {
    AddLine(page, 200, y, jobs[job], 10, true);
    for (int k = 0; k < 4; ++k) {
      AddLine(page, 215, y + 16 + 16 * k, "Ran paid search and social campaigns for clients", 10);
    }
    // The first range a row lower, beside the first bullet; the second off the header by 3 pt.
    AddLine(page, 40, job == 0 ? y + 19 : y + 3, ranges[job], 8, true);
    y += 100;
  }
  AddLine(page, 40, y + 2, "Education", 12);
  AddLine(page, 200, y, "Technical University of Munich", 10, true);
  AddLine(page, 215, y + 16, "M.Sc. Informatics", 10);
  const std::vector<std::string> texts = Texts(LayoutPage(page));
  const std::vector<std::string> expected = {"Anna Vogt",
                                             "Contact",
                                             "Email anna@example.org",
                                             "Phone +49 30 5550 1234",
                                             "Work Experience",
                                             "2022-04 to Present\tMarketing Lead at Kiezbox GmbH",
                                             "Ran paid search and social campaigns for clients",
                                             "Ran paid search and social campaigns for clients",
                                             "Ran paid search and social campaigns for clients",
                                             "Ran paid search and social campaigns for clients",
                                             "2015-08 to 2022-03\tSEA Manager at Spreewerk Digital",
                                             "Ran paid search and social campaigns for clients",
                                             "Ran paid search and social campaigns for clients",
                                             "Ran paid search and social campaigns for clients",
                                             "Ran paid search and social campaigns for clients",
                                             "Education",
                                             "Technical University of Munich",
                                             "M.Sc. Informatics"};
  EXPECT_EQ(texts, expected);
}

// A header wrapped over two rows beside a date cell that wrapped with it is one row, its range
// whole at the end.
TEST(LayoutPage, AHeaderWrappedBesideItsWrappedDatesIsOneRow) {
  PageWords page{0, 612, 792, {}};
  AddLine(page, 240, 100, "Cobalt Ledger, Inc., Principal Software", 11, true);
  AddLine(page, 460, 100, "March 2021 to", 11, true);
  AddLine(page, 240, 113, "Engineer, Remote.", 11);
  AddLine(page, 460, 113, "Now", 11, true);
  AddLine(page, 256, 130, "Technical lead for the payments ledger.", 10);
  const std::vector<std::string> texts = Texts(LayoutPage(page));
  ASSERT_EQ(texts.size(), 2U) << ::testing::PrintToString(texts);
  EXPECT_EQ(texts[0],
            "Cobalt Ledger, Inc., Principal Software Engineer, Remote.\tMarch 2021 to Now");
}

// Tags set in a row with wider gaps between them than inside them are fields apart; a sentence
// or a header with a date in it is not a row of tags.
TEST(LayoutPage, ARowOfTagsIsSplitAtTheWiderGaps) {
  PageWords page{0, 612, 792, {}};
  double x = 50;
  for (const char* tag : {"Google Ads", "Meta Ads", "TikTok Ads", "Affiliate marketing"}) {
    for (const std::string& word : SplitTrimmed(tag, " ")) {
      const double width = static_cast<double>(CodePointCount(word)) * 6;
      page.words.push_back({word, x, 100, x + width, 114, 12, false, true});
      x += width + 7;
    }
    x += 6;  // the tag's padding: 13 points between tags, 7 inside one
  }
  const std::vector<std::string> texts = Texts(LayoutPage(page));
  ASSERT_EQ(texts.size(), 1U);
  EXPECT_EQ(texts[0], "Google Ads\tMeta Ads\tTikTok Ads\tAffiliate marketing");
}

TEST(DropRunningHeadersAndFooters, RemovesRepeatedFootersAndPageNumbers) {
  std::vector<TextLine> lines;
  for (int page = 0; page < 3; ++page) {
    lines.push_back({"Body text of page", page, 0, 50, 300});
    lines.push_back(
        {"March 1, 2024 Jane Doe \u00B7 Resume " + std::to_string(page + 1), page, 0, 50, 780});
    lines.push_back({"Page " + std::to_string(page + 1) + " of 3", page, 0, 50, 10});
  }
  DropRunningHeadersAndFooters(lines, {792, 792, 792});
  ASSERT_EQ(lines.size(), 3u);
  for (const TextLine& line : lines) EXPECT_EQ(line.text, "Body text of page");
}

// Contact details in a page header: the first page's copy is the resume's contact block; the
// copies on later pages and a header that only begins on a later page go.
TEST(DropRunningHeadersAndFooters, KeepsTheFirstPagesHeaderOnce) {
  std::vector<TextLine> lines;
  for (int page = 0; page < 2; ++page) {
    lines.push_back({"annalena.vogt@example.org", page, 0, 400, 20});
    lines.push_back({"+49 30 901820", page, 0, 400, 32});
    lines.push_back({"Berlin, Germany", page, 0, 400, 44});
    lines.push_back({"Body text of page", page, 0, 50, 300});
  }
  lines.push_back({"Anna-Lena Vogt, continued", 2, 0, 50, 20});
  lines.push_back({"Body text of page", 2, 0, 50, 300});
  lines.push_back({"Anna-Lena Vogt, continued", 3, 0, 50, 20});
  DropRunningHeadersAndFooters(lines, {792, 792, 792, 792});
  std::vector<std::string> texts;
  for (const TextLine& line : lines) texts.push_back(line.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"annalena.vogt@example.org", "+49 30 901820",
                                             "Berlin, Germany", "Body text of page",
                                             "Body text of page", "Body text of page"}));
}

// A template's credit to its maker under everything else on a page goes, above a page footer
// or in it; the same words higher up, in the resume's own text, stay.
TEST(DropRunningHeadersAndFooters, DropsAMakersCreditUnderThePage) {
  std::vector<TextLine> lines;
  lines.push_back({"Designed with accessibility in mind for 40 clinics", 0, 1, 50, 300});
  lines.push_back({"Apollo", 0, 1, 50, 570});
  lines.push_back({"Designed with\tby Jane Maker for developers", 0, 1, 220, 695});
  lines.push_back({"Omar Haddad \u2013 R\u00E9sum\u00E9", 0, 0, 220, 770});
  lines.push_back({"Body text of page", 1, 0, 50, 300});
  lines.push_back({"Made with the CV maker", 1, 0, 220, 775});
  DropRunningHeadersAndFooters(lines, {792, 792});
  std::vector<std::string> texts;
  for (const TextLine& line : lines) texts.push_back(line.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"Designed with accessibility in mind for 40 clinics",
                                             "Apollo", "Omar Haddad \u2013 R\u00E9sum\u00E9",
                                             "Body text of page"}));
}

// A footer set higher than the margins, 70 points up an A4 page: the page's mark under
// everything else and a line at the same height on every page go; a date that ends a page
// and body lines that happen to repeat elsewhere stay.
TEST(DropRunningHeadersAndFooters, DropsFootersSetAboveTheMargin) {
  std::vector<TextLine> lines;
  for (int page = 0; page < 2; ++page) {
    lines.push_back({"Body text of page", page, 0, 50, 300});
    lines.push_back({"Led the audit.", page, 0, 50, 700 + 20.0 * page});
    lines.push_back({"Brandon Ellis, MBA \u2013 R\u00E9sum\u00E9", page, 0, 238, 764.5});
    lines.push_back({std::to_string(page + 1) + "/2", page, 0, 290, 764.5});
  }
  lines.push_back({"Body text of page", 2, 0, 50, 300});
  lines.push_back({"05/2020", 2, 0, 50, 760});
  DropRunningHeadersAndFooters(lines, {842, 842, 842});
  std::vector<std::string> texts;
  for (const TextLine& line : lines) texts.push_back(line.text);
  EXPECT_EQ(texts,
            (std::vector<std::string>{"Body text of page", "Led the audit.", "Body text of page",
                                      "Led the audit.", "Body text of page", "05/2020"}));
}

// A running line keeps its words and its edge from page to page: dates of different years atop
// two pages are two jobs' dates, and a school named at the foot of one page and the head of the
// next is an entry that went on over the break. A footer with the page's number still goes.
TEST(DropRunningHeadersAndFooters, KeepsYearsAndTextThatGoesOnOverTheBreak) {
  std::vector<TextLine> lines;
  lines.push_back({"Body text of page", 0, 0, 50, 300});
  lines.push_back({"2003 - 2005", 0, 0, 50, 752});
  lines.push_back({"Delft University of Technology", 0, 0, 50, 764});
  lines.push_back({"Page 1 of 2", 0, 0, 50, 780});
  lines.push_back({"2000 - 2003", 1, 0, 50, 20});
  lines.push_back({"Delft University of Technology", 1, 0, 50, 32});
  lines.push_back({"2019 \u2013 Present", 1, 0, 50, 44});
  lines.push_back({"Page 2 of 2", 1, 0, 50, 780});
  lines.push_back({"2012 \u2013 Present", 2, 0, 50, 44});
  lines.push_back({"Body text of page", 2, 0, 50, 300});
  DropRunningHeadersAndFooters(lines, {792, 792, 792});
  std::vector<std::string> texts;
  for (const TextLine& line : lines) texts.push_back(line.text);
  EXPECT_EQ(texts, (std::vector<std::string>{
                       "Body text of page", "2003 - 2005", "Delft University of Technology",
                       "2000 - 2003", "Delft University of Technology", "2019 \u2013 Present",
                       "2012 \u2013 Present", "Body text of page"}));
}

TEST(StripFraming, HeadingsFramedByRuleCharactersAreNoListItems) {
  for (const auto& [framed, inner] : std::vector<std::pair<std::string, std::string>>{
           {"--- EXPERIENCE ---", "EXPERIENCE"},
           {"- CAREER -", "CAREER"},
           {"=== Skills & Tools ===", "Skills & Tools"},
           {"***Education***", "Education"},
           {"~~ Langues ~~", "Langues"}}) {
    std::string text = framed;
    EXPECT_TRUE(StripFraming(text)) << framed;
    EXPECT_EQ(text, inner);
  }
  for (const std::string_view kept : {"- Cut costs by 5%", "-5%-", "--- 2019 ---", "== Skills --",
                                      "- one two three four five six seven -", "=====", "-"}) {
    std::string text(kept);
    EXPECT_FALSE(StripFraming(text)) << kept;
    EXPECT_EQ(text, kept);
  }
}

TEST(NormalizeText, MapsLigaturesBulletsAndOddSpaces) {
  EXPECT_EQ(NormalizeText("\uFB01nance \uFB02ow", false), "finance flow");
  EXPECT_EQ(NormalizeText("Sep. 2023 \u00AD Mar. 2024", false), "Sep. 2023 - Mar. 2024");
  EXPECT_EQ(NormalizeText("555-\u00AD\u20105555", false), "555-5555");
  EXPECT_EQ(NormalizeText("Leo\t\r\u00A0Leopard", false), "Leo Leopard");
  EXPECT_EQ(NormalizeText("Title\t  Jan 2020", true), "Title\tJan 2020");
  EXPECT_EQ(NormalizeText("\u25AA item \uF0B7 other", false), "\u2022 item \u2022 other");
  EXPECT_EQ(NormalizeText("icon\uF0E0 text", false), "icon text");
  EXPECT_TRUE(IsValidUtf8("caf\xC3\xA9"));
  EXPECT_FALSE(IsValidUtf8("caf\xC3"));
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));
}

TEST(IsIconText, OnlyReplacementAndPrivateUseCharacters) {
  EXPECT_TRUE(IsIconText("\uFFFD"));
  EXPECT_TRUE(IsIconText("\uF0E0\uF095"));
  EXPECT_TRUE(IsIconText("\U000F0001"));
  EXPECT_FALSE(IsIconText(""));
  EXPECT_FALSE(IsIconText("\uFFFDa"));
  EXPECT_FALSE(IsIconText("\u2022"));
  EXPECT_FALSE(IsIconText("\xEF"));  // a cut byte is no icon
}

TEST(FoldedWords, FoldsLatinMarksAndSeparatesWords) {
  EXPECT_EQ(FoldedWords("Bj\u00f6rn \u00c5str\u00f6m"), "bjorn astrom");
  EXPECT_EQ(FoldedWords("l.wi\u015bniewski-88"), "l wisniewski 88");
  EXPECT_EQ(FoldedWords("\xC3"), " ");  // a cut sequence is no letter
  EXPECT_EQ(FoldedWords(""), "");
}

TEST(AppendWrapped, JoinsHyphenatedWordsAndBrokenAddresses) {
  auto wrapped = [](std::string text, std::string_view next) {
    AppendWrapped(text, next);
    return text;
  };
  EXPECT_EQ(wrapped("Devel-", "oping teams"), "Developing teams");
  EXPECT_EQ(wrapped("COVID-", "19 response"), "COVID-19 response");
  EXPECT_EQ(wrapped("Rebecca Tran-", "Holloway"), "Rebecca Tran-Holloway");
  EXPECT_EQ(wrapped("Litigation support, E-", "discovery"), "Litigation support, E-discovery");
  EXPECT_EQ(wrapped("e-", "commerce"), "e-commerce");
  EXPECT_EQ(wrapped("Led the", "team"), "Led the team");
  EXPECT_EQ(wrapped("ana.ruiz@example.co", "m"), "ana.ruiz@example.com");
  EXPECT_EQ(wrapped("patricia@example.", "org"), "patricia@example.org");
  EXPECT_EQ(wrapped("linkedin.com/in/ana-", "ruiz"), "linkedin.com/in/ana-ruiz");
  EXPECT_EQ(wrapped("kz@example.com", "linkedin.com/in/kz"), "kz@example.com linkedin.com/in/kz");
  EXPECT_EQ(wrapped("ana@example.com", "Austin, TX"), "ana@example.com Austin, TX");
  EXPECT_EQ(wrapped("giulia.romano@exampl", "e.com"), "giulia.romano@example.com");
  EXPECT_EQ(wrapped("hello.mateo-", "herrera@example.net"), "hello.mateo-herrera@example.net");
  EXPECT_EQ(wrapped("giulia@example", "linkedin.com/in/g"), "giulia@example linkedin.com/in/g");
  EXPECT_EQ(wrapped("ANNALENA.VOGT@EXAMPLE.", "ORG"), "ANNALENA.VOGT@EXAMPLE.ORG");
  EXPECT_EQ(wrapped("ana.vogt@example.", "Berlin"), "ana.vogt@example. Berlin");
}

}  // namespace
}  // namespace resumax::parsing
