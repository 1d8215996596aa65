#include "domain/parsing/layout.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <deque>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <set>

#include "domain/parsing/dates.h"
#include "domain/parsing/headings.h"
#include "domain/parsing/text_normalize.h"

namespace resumax::parsing {
namespace {

constexpr double kMinGutterWidth = 8;         // points of white space between two columns
constexpr double kSegmentGapEm = 0.8;         // a gap wider than this (in line heights) splits
constexpr double kMarginFraction = 0.075;     // top/bottom share of a page for running lines
constexpr double kWideMarginFraction = 0.15;  // where a footer set higher up may stand

using WordRefs = std::vector<const PositionedWord*>;

double Height(const PositionedWord& word) { return std::max(word.y1 - word.y0, 1.0); }
double CenterY(const PositionedWord& word) { return (word.y0 + word.y1) / 2; }

// Two boxes sit on one line: they overlap vertically and their centres are close (inflated
// boxes of fonts without metrics overlap the next line's boxes).
bool SameLine(const PositionedWord& a, const PositionedWord& b) {
  const double overlap = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
  const double tall = std::max(Height(a), Height(b));
  const double short_one = std::min(Height(a), Height(b));
  // Small type beside a large name shares its baseline, not merely its height: two lines of
  // contact details set beside a name twice their size are no part of its line.
  if (tall > 1.8 * short_one && std::abs(a.y1 - b.y1) > 0.25 * tall) return false;
  return overlap >= 0.5 * short_one && std::abs(CenterY(a) - CenterY(b)) < 0.4 * tall;
}

struct Region {
  WordRefs words;
  int column = 0;
};

bool IsLetters(std::string_view text) {
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80 && !std::isalpha(byte)) return false;
  }
  return !text.empty();
}

// Share of one side's rows whose baseline matches a row of the other side: high for a single
// column with right-aligned fields, low for independent columns.
double AlignedShare(const WordRefs& side, const WordRefs& other) {
  std::set<long> other_rows;
  for (const PositionedWord* word : other) other_rows.insert(std::lround(word->y1));
  std::set<long> rows;
  for (const PositionedWord* word : side) rows.insert(std::lround(word->y1));
  if (rows.empty()) return 0;
  std::size_t aligned = 0;
  for (long row : rows) {
    if (other_rows.count(row) || other_rows.count(row - 1) || other_rows.count(row + 1)) {
      ++aligned;
    }
  }
  return static_cast<double>(aligned) / static_cast<double>(rows.size());
}

// How many words a side has per row.
double WordsPerRow(const WordRefs& side) {
  std::set<long> rows;
  for (const PositionedWord* word : side) rows.insert(std::lround(word->y1));
  return rows.empty() ? 0 : static_cast<double>(side.size()) / static_cast<double>(rows.size());
}

// Groups a region's words into rows top to bottom.
std::vector<WordRefs> GroupRows(WordRefs words) {
  std::sort(words.begin(), words.end(), [](const PositionedWord* a, const PositionedWord* b) {
    return CenterY(*a) < CenterY(*b) || (CenterY(*a) == CenterY(*b) && a->x0 < b->x0);
  });
  std::vector<WordRefs> groups;
  const PositionedWord* reference = nullptr;
  for (const PositionedWord* word : words) {
    if (reference != nullptr) {
      if (SameLine(*word, *reference)) {
        // Fake bold: the same word drawn twice at nearly the same place.
        const PositionedWord* last = groups.back().back();
        if (last->text == word->text && std::abs(last->x0 - word->x0) < 1.5) continue;
        groups.back().push_back(word);
        if (Height(*word) > Height(*reference)) reference = word;
        continue;
      }
    }
    groups.push_back({word});
    reference = word;
  }
  for (WordRefs& group : groups) {
    std::sort(group.begin(), group.end(),
              [](const PositionedWord* a, const PositionedWord* b) { return a->x0 < b->x0; });
  }
  return groups;
}

// A side made mostly of dates is a date column beside its entries ("2019 – 2021  Engineer,
// Acme"), to be read row by row rather than as a column of its own. Rows are grouped as lines
// are, so that a dash drawn a little lower than its dates stays in their row.
bool MostlyDates(const WordRefs& side) {
  const std::vector<WordRefs> rows = GroupRows(side);
  std::size_t dated = 0;
  for (const WordRefs& row : rows) {
    std::string text;
    for (const PositionedWord* word : row) text += word->text + " ";
    dated += FindDates(text).empty() ? 0 : 1;
  }
  return dated * 2 >= rows.size();
}

// Share of one side's rows, within the other side's height, that have a row of the other side
// beside them: high for a sidebar beside the text, low for cells of a table whose left cell
// holds one or two lines (a date) beside a long right cell (an entry).
double BesideShare(const WordRefs& side, const WordRefs& other) {
  const std::vector<WordRefs> rows = GroupRows(side);
  const std::vector<WordRefs> other_rows = GroupRows(other);
  if (other_rows.empty()) return 1;
  auto extent = [](const WordRefs& row) {
    double top = 1e9;
    double bottom = -1e9;
    for (const PositionedWord* word : row) {
      top = std::min(top, word->y0);
      bottom = std::max(bottom, word->y1);
    }
    return std::pair{top, bottom};
  };
  const double other_top = extent(other_rows.front()).first;
  const double other_bottom = extent(other_rows.back()).second;
  std::size_t within = 0;
  std::size_t beside = 0;
  for (const WordRefs& row : rows) {
    const auto [top, bottom] = extent(row);
    if (bottom < other_top || top > other_bottom) continue;
    ++within;
    const double center = (top + bottom) / 2;
    for (const WordRefs& other_row : other_rows) {
      const auto [other_row_top, other_row_bottom] = extent(other_row);
      if (center > other_row_top - 0.2 * (bottom - top) &&
          center < other_row_bottom + 0.2 * (bottom - top)) {
        ++beside;
        break;
      }
    }
  }
  return within == 0 ? 1 : static_cast<double>(beside) / static_cast<double>(within);
}

// Where a row's words sit: the lowest bottom among them.
double RowBaseline(const WordRefs& row) {
  double bottom = -1e9;
  for (const PositionedWord* word : row) bottom = std::max(bottom, word->y1);
  return bottom;
}

// The box around some words.
struct Box {
  double x0 = 1e9;
  double y0 = 1e9;
  double x1 = -1e9;
  double y1 = -1e9;
  double CenterY() const { return (y0 + y1) / 2; }
};

Box BoundsOf(const WordRefs& words) {
  Box box;
  for (const PositionedWord* word : words) {
    box.x0 = std::min(box.x0, word->x0);
    box.y0 = std::min(box.y0, word->y0);
    box.x1 = std::max(box.x1, word->x1);
    box.y1 = std::max(box.y1, word->y1);
  }
  return box;
}

// Share of a side's blocks (rows set close together) that begin on the baseline of a row of
// the other side: nearly all for the cells of a table (a date cell beside its entry), few for
// a sidebar in its own type and leading. Blocks with nothing beside them are not counted.
double BlockStartsAligned(const WordRefs& side, const WordRefs& other) {
  const std::vector<WordRefs> rows = GroupRows(side);
  const std::vector<WordRefs> other_rows = GroupRows(other);
  auto top_of = [](const WordRefs& row) {
    double top = 1e9;
    for (const PositionedWord* word : row) top = std::min(top, word->y0);
    return top;
  };
  std::size_t blocks = 0;
  std::size_t aligned = 0;
  std::size_t begin = 0;
  while (begin < rows.size()) {
    std::size_t end = begin + 1;
    while (end < rows.size() && top_of(rows[end]) - RowBaseline(rows[end - 1]) <
                                    0.7 * (RowBaseline(rows[end - 1]) - top_of(rows[end - 1]))) {
      ++end;
    }
    const double block_top = top_of(rows[begin]);
    const double block_bottom = RowBaseline(rows[end - 1]);
    const double start = RowBaseline(rows[begin]);
    bool has_beside = false;
    bool starts_aligned = false;
    for (const WordRefs& other_row : other_rows) {
      if (RowBaseline(other_row) >= block_top && top_of(other_row) <= block_bottom)
        has_beside = true;
      if (std::abs(RowBaseline(other_row) - start) < 1.5) starts_aligned = true;
    }
    if (has_beside) {
      ++blocks;
      aligned += starts_aligned ? 1 : 0;
    }
    begin = end;
  }
  return blocks == 0 ? 0 : static_cast<double>(aligned) / static_cast<double>(blocks);
}

// A date column's text that goes on an open range: "– present", "– Sep 2020".
bool ContinuesRange(std::string_view text) {
  text = Trim(text);
  for (std::string_view dash : {"-", "\u2013", "\u2014", "to ", "until "}) {
    if (text.starts_with(dash)) return true;
  }
  return false;
}

// "3 years", "10 months", "a year", "2 yrs": how long a job lasted, printed under its dates.
bool IsDurationRow(const WordRefs& row) {
  if (row.size() != 2) return false;
  const std::string count = AsciiLower(row[0]->text);
  std::string unit = AsciiLower(row[1]->text);
  while (!unit.empty() && (unit.back() == '.' || unit.back() == ',')) unit.pop_back();
  const bool number =
      count == "a" || count == "an" || count == "one" ||
      (!count.empty() && count.size() <= 2 &&
       std::all_of(count.begin(), count.end(), [](char c) { return c >= '0' && c <= '9'; }));
  return number && (unit == "year" || unit == "years" || unit == "yr" || unit == "yrs" ||
                    unit == "month" || unit == "months" || unit == "mo" || unit == "mos");
}

// A block of a label column: rows of one kind (a date range, or a section name) set close
// together.
struct LabelBlock {
  std::vector<WordRefs> rows;
  std::string text;
  bool dates = false;
};

struct LabelColumn {
  std::vector<LabelBlock> blocks;
  std::size_t names = 0;   // blocks that name a known section
  std::size_t ranges = 0;  // blocks that are date ranges
};
std::optional<LabelColumn> LabelBlocks(const WordRefs& words, std::size_t text_rows,
                                       double page_width);

// A vertical white-space gutter that splits the words into two columns, between top and bottom:
// the whole page, or only the rows of a small block beside the text (contact details in a left
// column beside the first entry).
struct Gutter {
  double x = 0;
  double top = -1e9;
  double bottom = 1e9;
};

constexpr std::size_t kFewestWordsForAGutter = 30;

std::optional<Gutter> FindGutter(const WordRefs& words, double page_width) {
  if (words.size() < kFewestWordsForAGutter || page_width < 100 || page_width > 20000) {
    return std::nullopt;
  }
  const auto width = static_cast<std::size_t>(std::ceil(page_width)) + 2;
  std::vector<int> diff(width + 1, 0);
  for (const PositionedWord* word : words) {
    const double a = std::clamp(std::floor(word->x0) + 1, 0.0, static_cast<double>(width));
    const double b = std::clamp(std::ceil(word->x1) - 1, 0.0, static_cast<double>(width - 1));
    if (a <= b) {
      ++diff[static_cast<std::size_t>(a)];
      --diff[static_cast<std::size_t>(b) + 1];
    }
  }
  std::vector<int> crossing(width, 0);
  int running = 0;
  for (std::size_t x = 0; x < width; ++x) {
    running += diff[x];
    crossing[x] = running;
  }
  const int limit = std::max(3, static_cast<int>(static_cast<double>(words.size()) * 0.04));
  const auto begin = static_cast<std::size_t>(page_width * 0.15);
  const auto end = static_cast<std::size_t>(page_width * 0.85);
  std::optional<Gutter> best;
  int best_crossing = limit + 1;
  double best_run = 0;
  std::size_t x = begin;
  while (x < end) {
    if (crossing[x] > limit) {
      ++x;
      continue;
    }
    std::size_t run_end = x;
    int run_min = crossing[x];
    while (run_end < end && crossing[run_end] <= limit) {
      run_min = std::min(run_min, crossing[run_end]);
      ++run_end;
    }
    const double run = static_cast<double>(run_end - x);
    if (run >= kMinGutterWidth) {
      // The middle of the least-crossed stretch of the run.
      std::size_t low_begin = x;
      while (crossing[low_begin] != run_min) ++low_begin;
      std::size_t low_end = low_begin;
      while (low_end < run_end && crossing[low_end] == run_min) ++low_end;
      // A slot a point or two wide between two words of a line ("Accounts payable," in a
      // sidebar whose longest line runs into the gutter) is no gutter: the widest stretch
      // crossed by one or two words more (the overrunning line) is, when there is one that is
      // much wider, or one where the lines of a column begin and the slot is not.
      // Lines that begin just after `edge`: words there with white space before them.
      auto starts_after = [&words](std::size_t edge) {
        const auto at = static_cast<double>(edge);
        return std::count_if(words.begin(), words.end(), [&words, at](const PositionedWord* word) {
          if (word->x0 < at - 1 || word->x0 > at + 6) return false;
          return std::none_of(words.begin(), words.end(), [word](const PositionedWord* other) {
            return other != word && other->x0 < word->x0 && other->x1 > word->x0 - 6 &&
                   SameLine(*word, *other);
          });
        });
      };
      if (low_end - low_begin < 4) {
        // The slot is the space between two words of one line, and no column's lines begin
        // after it.
        const auto slot_begin = static_cast<double>(low_begin);
        const auto slot_end = static_cast<double>(low_end);
        const bool word_space = std::any_of(
            words.begin(), words.end(), [&words, slot_begin, slot_end](const PositionedWord* a) {
              return a->x1 <= slot_begin + 1 && a->x1 >= slot_begin - 2 &&
                     std::any_of(words.begin(), words.end(),
                                 [a, slot_end](const PositionedWord* b) {
                                   return b->x0 >= slot_end - 1 && b->x0 <= slot_end + 2 &&
                                          SameLine(*a, *b);
                                 });
            });
        const bool slot_opens_lines = !word_space || starts_after(low_end) >= 2;
        for (int more = 1; more <= 2; ++more) {
          std::size_t widest_begin = 0;
          std::size_t widest = 0;
          std::optional<std::pair<std::size_t, std::size_t>> edge;  // a stretch lines start after
          for (std::size_t at = x; at < run_end;) {
            if (crossing[at] > run_min + more) {
              ++at;
              continue;
            }
            std::size_t stop = at;
            while (stop < run_end && crossing[stop] <= run_min + more) ++stop;
            if (stop - at > widest) {
              widest = stop - at;
              widest_begin = at;
            }
            if (!edge && stop - at > low_end - low_begin && starts_after(stop) >= 5) {
              edge = {at, stop};
            }
            at = stop;
          }
          if (edge && !slot_opens_lines) {
            // Just before the column's lines: the words that overrun into the stretch are the
            // other column's, and they stay left of it.
            low_begin = std::max(edge->first, edge->second - 2);
            low_end = edge->second;
            run_min += more;
            break;
          }
          if (widest >= 3 * (low_end - low_begin) &&
              static_cast<double>(widest) >= kMinGutterWidth) {
            low_begin = widest_begin;
            low_end = widest_begin + widest;
            run_min += more;
            break;
          }
        }
      }
      // A word covers the bins floor(x0) + 1 to ceil(x1) - 1, so the middle of the stretch can
      // fall inside a word that starts or ends at its edge; half a bin to the left may not
      // (a one-bin gutter between a column ending at 208.4 and one starting at 209.0).
      auto splits = [&words](double at) {
        return std::count_if(words.begin(), words.end(), [at](const PositionedWord* word) {
          return word->x0 < at && word->x1 > at;
        });
      };
      double candidate = static_cast<double>(low_begin + low_end) / 2.0;
      if (splits(candidate - 0.5) < splits(candidate)) candidate -= 0.5;
      WordRefs left;
      WordRefs right;
      WordRefs crossing_words;
      for (const PositionedWord* word : words) {
        if (word->x1 <= candidate) {
          left.push_back(word);
        } else if (word->x0 >= candidate) {
          right.push_back(word);
        } else {
          crossing_words.push_back(word);
        }
      }
      // A side's own rows: those no word spans the gutter in (a name, a full-width line).
      auto own_rows = [&crossing_words](const WordRefs& side) {
        WordRefs own;
        for (const PositionedWord* word : side) {
          if (std::none_of(
                  crossing_words.begin(), crossing_words.end(),
                  [word](const PositionedWord* across) { return SameLine(*word, *across); })) {
            own.push_back(word);
          }
        }
        return own;
      };
      const Box left_box = BoundsOf(left);
      const Box right_box = BoundsOf(right);
      const double left_top = left_box.y0;
      const double left_bottom = left_box.y1;
      const double right_top = right_box.y0;
      const double right_bottom = right_box.y1;
      const std::size_t dense = std::max<std::size_t>(10, words.size() / 15);
      // A side of few words makes a column only as a compact block beside the other's text.
      const bool left_block = left.size() >= 8 && left.size() < dense && right.size() >= dense &&
                              left_bottom - left_top < 0.4 * (right_bottom - right_top);
      // A narrow column of section names and dates beside the text, however its rows line up
      // with the text's (FoldLabelColumn reads it into the text).
      bool label_column = false;
      if (!left_block && right.size() >= dense && crossing_words.empty()) {
        const std::optional<LabelColumn> labels =
            LabelBlocks(own_rows(left), GroupRows(own_rows(right)).size(), page_width);
        label_column = labels && labels->names >= 2;
      }
      bool ok = (left.size() >= dense && right.size() >= dense) || left_block || label_column;
      if (ok && label_column) {
        const double overlap = std::min(left_bottom, right_bottom) - std::max(left_top, right_top);
        ok = overlap > 0.5 * (left_bottom - left_top);
      } else if (ok) {
        const double overlap = std::min(left_bottom, right_bottom) - std::max(left_top, right_top);
        const double shorter = std::min(left_bottom - left_top, right_bottom - right_top);
        // Rows of a column beside another share baselines when both keep the same leading, so
        // a left side whose rows all have a row beside them still reads as a column of its own
        // when it holds running text (a sidebar), not one or two words a row (labels).
        const double left_share = AlignedShare(left, right);
        const bool left_is_text = WordsPerRow(left) >= 2.5;
        const WordRefs left_own = own_rows(left);
        const WordRefs right_own = own_rows(right);
        const double beside = BesideShare(right_own, left_own);
        // The cells of a table: a few lines on the left, each beginning on the first row of a
        // long cell beside it, and little else beside the right side's rows. By chance, rows
        // of a sidebar in its own leading overlap rows beside them far more often than their
        // blocks begin on a shared baseline.
        // Dates stacked in a narrow column at the right, off the rows of the text beside them
        // ("April 2022" over "— Present"), are split off here and folded back into the rows
        // they start beside (FoldDateGutter); dates on the rows of their entries stay in them.
        double right_left_edge = 1e9;
        double right_right_edge = -1e9;
        for (const PositionedWord* word : right) {
          right_left_edge = std::min(right_left_edge, word->x0);
          right_right_edge = std::max(right_right_edge, word->x1);
        }
        std::size_t broken_ranges = 0;  // rows going on a range begun above, or durations
        for (const WordRefs& row : GroupRows(right_own)) {
          std::string text;
          for (const PositionedWord* word : row) text += word->text + " ";
          broken_ranges += ContinuesRange(text) || IsDurationRow(row) ? 1 : 0;
        }
        const bool dates_stacked_right =
            right_right_edge - right_left_edge < 0.25 * page_width && broken_ranges >= 2;
        const bool table_cells = left_own.size() * 3 < right_own.size() && beside < 0.6 &&
                                 BlockStartsAligned(left_own, right_own) > beside;
        ok = overlap > 0.3 * shorter && (left_share < 0.6 || left_is_text) &&
             AlignedShare(right, left) < 0.6 && !MostlyDates(left_own) &&
             (!MostlyDates(right_own) || dates_stacked_right) && !table_cells;
      }
      if (ok && (run_min < best_crossing || (run_min == best_crossing && run > best_run))) {
        best = Gutter{candidate};
        if (left_block) {
          const double margin = 0.5 * (left_bottom - left_top) / static_cast<double>(left.size());
          best->top = left_top - margin;
          best->bottom = left_bottom + margin;
        }
        best_crossing = run_min;
        best_run = run;
      }
    }
    x = run_end + 1;
  }
  return best;
}

// Splits a page into regions read one after the other: full-width bands and, between them,
// the left then the right column.
// The previous page's gutter, on a page too sparse to show its own (the foot of a sidebar
// beside the end of the main column): words on both sides of it, at most a stray one (a footer)
// across it, and each row's words past it starting where that column's lines start (a row of
// tags spread across the page starts past it anywhere).
std::optional<Gutter> HintedGutter(const WordRefs& words, double column_hint) {
  if (!(column_hint > 0)) return std::nullopt;
  const double x = column_hint - 0.5;
  std::size_t left = 0;
  std::size_t crossing = 0;
  std::map<long, const PositionedWord*> row_starts;  // row → its first word past the gutter
  for (const PositionedWord* word : words) {
    if (word->x1 <= x) {
      ++left;
    } else if (word->x0 >= x) {
      const PositionedWord*& first = row_starts[std::lround(word->y1)];
      if (first == nullptr || word->x0 < first->x0) first = word;
    } else {
      ++crossing;
    }
  }
  const std::size_t stray = std::max<std::size_t>(1, words.size() / 25);
  if (left == 0 || row_starts.empty() || crossing > stray) return std::nullopt;
  for (const auto& [row, first] : row_starts) {
    if (first->x0 > column_hint + Height(*first)) return std::nullopt;
  }
  return Gutter{x};
}

std::vector<Region> SplitRegions(const WordRefs& words, double page_width, double column_hint) {
  std::optional<Gutter> split = FindGutter(words, page_width);
  if (!split) split = HintedGutter(words, column_hint);
  if (!split) return {Region{words, 0}};
  const std::optional<double> gutter = split->x;
  // Text that runs on across the page under a box it flowed around (a sidebar floated at the
  // top): from some row down, most rows with words on both sides of the gutter go on across it
  // a word space apart ("… acquisitions with" / "due diligence …"), where the rows of two
  // columns stand apart. The columns end above the first of them.
  // A right part that starts where other rows of the right column start too (to a fraction of a
  // point, as a column's lines do) is a line of that column, however close the left part ends.
  if (split->bottom >= 1e9) {
    const std::vector<WordRefs> rows = GroupRows(words);
    std::vector<double> left_ends(rows.size(), -1e9);
    std::vector<double> right_starts(rows.size(), 1e9);
    std::vector<double> heights(rows.size(), 0);
    for (std::size_t r = 0; r < rows.size(); ++r) {
      for (const PositionedWord* word : rows[r]) {
        heights[r] = std::max(heights[r], Height(*word));
        if (word->x0 < *gutter) {
          left_ends[r] = std::max(left_ends[r], word->x1);
        } else {
          right_starts[r] = std::min(right_starts[r], word->x0);
        }
      }
    }
    std::size_t both = 0;
    std::size_t touching = 0;
    std::size_t left_rows = 0;  // rows with words left of the gutter, from r down
    std::optional<std::size_t> across_from;
    for (std::size_t r = rows.size(); r-- > 0;) {
      const double left_end = left_ends[r];
      const double right_start = right_starts[r];
      const double height = heights[r];
      left_rows += left_end > -1e8 ? 1 : 0;
      if (left_end < -1e8 || right_start > 1e8) continue;
      ++both;
      const auto line_starts = std::count_if(
          right_starts.begin(), right_starts.end(),
          [right_start](double other) { return std::abs(other - right_start) < 0.3; });
      if (right_start - left_end < 0.3 * height && left_end > *gutter - 3 * height &&
          line_starts < 3) {
        ++touching;
        if (touching >= 3 && 2 * touching >= both && 2 * touching >= left_rows) across_from = r;
      }
    }
    // Above them, two columns side by side: several rows with words on both sides.
    const auto beside = std::count_if(
        rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(across_from.value_or(0)),
        [&](const WordRefs& row) {
          const auto r = static_cast<std::size_t>(&row - rows.data());
          return left_ends[r] > -1e8 && right_starts[r] < 1e8;
        });
    if (across_from && beside >= 5) split->bottom = CenterY(*rows[*across_from].front()) - 0.1;
  }
  // Where the right column's lines begin: a word of a row that starts there begins a line of
  // that column, whatever stands just before it.
  std::map<long, std::pair<double, double>> row_starts;  // row → {x, height} of its first word
  for (const PositionedWord* word : words) {
    if (word->x0 < *gutter) continue;
    const long row = std::lround(word->y1);
    const auto found = row_starts.find(row);
    if (found == row_starts.end() || word->x0 < found->second.first) {
      row_starts[row] = {word->x0, Height(*word)};
    }
  }
  // The right column's line starts by x, with the heights of the words that open them.
  std::map<long, std::vector<double>> edge_rows;
  for (const auto& [row, start] : row_starts)
    edge_rows[std::lround(start.first)].push_back(start.second);
  // A word that starts a right-column line where many do, in their type size (a name set large
  // across the gutter may start at that x by chance).
  auto starts_column_line = [&edge_rows](const PositionedWord& word) {
    const long x = std::lround(word.x0);
    int alike = 0;
    for (long near = x - 1; near <= x + 1; ++near) {
      const auto found = edge_rows.find(near);
      if (found == edge_rows.end()) continue;
      for (double height : found->second) {
        alike += std::abs(Height(word) - height) < 0.3 * height ? 1 : 0;
      }
    }
    return alike >= 3;
  };
  // The next word right of `word` on its line, if any.
  auto next_on_line = [&words](const PositionedWord& word) {
    const PositionedWord* next = nullptr;
    for (const PositionedWord* other : words) {
      if (other == &word || other->x0 < word.x0 || !SameLine(*other, word)) continue;
      if (next == nullptr || other->x0 < next->x0) next = other;
    }
    return next;
  };
  // Words crossing the gutter make full-width bands (name, contact line, footer), except a
  // left-column word that overruns it (an unbreakable word in a narrow sidebar) with nothing
  // after it but the start of a right-column line.
  std::vector<std::pair<double, double>> bands;
  for (const PositionedWord* word : words) {
    if (word->x0 >= *gutter || word->x1 <= *gutter) continue;
    const double overrun = word->x1 - *gutter;
    if (overrun < 0.5 * (word->x1 - word->x0)) {
      const PositionedWord* next = next_on_line(*word);
      if (next == nullptr || starts_column_line(*next)) continue;
    }
    bands.emplace_back(word->y0, word->y1);
  }
  // A line whose words stand close on both sides of the gutter also spans it ("JA R E D").
  for (const PositionedWord* left : words) {
    if (left->x1 > *gutter || *gutter - left->x1 > 3 * Height(*left)) continue;
    for (const PositionedWord* right : words) {
      if (right->x0 < *gutter || right->x0 - *gutter > 3 * Height(*right)) continue;
      const double gap = right->x0 - left->x1;
      // Unless the right word opens a line of the right column, and the gap is wider than a
      // space between words.
      const double height = std::max(Height(*left), Height(*right));
      if (gap < 0.8 * height && SameLine(*left, *right) &&
          (gap < 0.3 * height || !starts_column_line(*right))) {
        bands.emplace_back(std::min(left->y0, right->y0), std::max(left->y1, right->y1));
      }
    }
  }
  // A row whose left part runs on past where the left column's rows end, with words beyond the
  // gutter that open no line of the right column and nothing of the right column above them, is
  // a line across the page set with wide gaps (a header's contact items, one of them past the
  // gutter by chance, over both columns).
  {
    double right_top = 1e9;
    for (const PositionedWord* word : words) {
      if (word->x0 >= *gutter) right_top = std::min(right_top, word->y0);
    }
    std::vector<WordRefs> rows = GroupRows(words);
    std::vector<double> left_ends;
    for (const WordRefs& row : rows) {
      double end = -1;
      for (const PositionedWord* word : row) {
        if (word->x1 <= *gutter) end = std::max(end, word->x1);
      }
      if (end >= 0) left_ends.push_back(end);
    }
    if (left_ends.size() >= 10) {
      std::vector<double> sorted = left_ends;
      std::ranges::sort(sorted);
      const double usual_end = sorted[sorted.size() * 9 / 10];
      for (const WordRefs& row : rows) {
        double end = -1;
        double height = 0;
        const PositionedWord* first_right = nullptr;
        for (const PositionedWord* word : row) {
          if (word->x1 <= *gutter) {
            end = std::max(end, word->x1);
            height = std::max(height, Height(*word));
          } else if (word->x0 >= *gutter &&
                     (first_right == nullptr || word->x0 < first_right->x0)) {
            first_right = word;
          }
        }
        double top = 1e9;
        double bottom = -1e9;
        for (const PositionedWord* word : row) {
          top = std::min(top, word->y0);
          bottom = std::max(bottom, word->y1);
        }
        if (end < 0 || first_right == nullptr || end < usual_end + height ||
            right_top < top - 0.5 * height || starts_column_line(*first_right)) {
          continue;
        }
        bands.emplace_back(top, bottom);
      }
    }
  }
  // Above and below a block beside the text, the page is one column.
  if (split->top > -1e9) bands.emplace_back(-1e9, split->top);
  if (split->bottom < 1e9) bands.emplace_back(split->bottom, 1e9);
  std::sort(bands.begin(), bands.end());
  std::vector<std::pair<double, double>> merged;
  for (const auto& band : bands) {
    if (!merged.empty() && band.first <= merged.back().second) {
      merged.back().second = std::max(merged.back().second, band.second);
    } else {
      merged.push_back(band);
    }
  }
  std::vector<Region> regions;
  double previous_bottom = -1e9;
  auto add_columns = [&](double top, double bottom, bool text_follows) {
    Region left{{}, 1};
    Region right{{}, 2};
    for (const PositionedWord* word : words) {
      const double center = CenterY(*word);
      if (center <= top || center >= bottom) continue;
      if ((word->x0 + word->x1) / 2 < *gutter) {
        left.words.push_back(word);
      } else {
        right.words.push_back(word);
      }
    }
    // Words of one column above where the other column begins (a subtitle beside the start of
    // a sidebar) belong to the page header, not to the end of their column.
    auto top_of = [](const Region& region) {
      double highest = 1e9;
      for (const PositionedWord* word : region.words) highest = std::min(highest, word->y0);
      return highest;
    };
    Region header{{}, 0};
    const double left_top = top_of(left);
    const double right_top = top_of(right);
    auto lift = [&header](Region& region, double other_top) {
      std::erase_if(region.words, [&](const PositionedWord* word) {
        if (word->y1 >= other_top) return false;
        header.words.push_back(word);
        return true;
      });
    };
    if (!left.words.empty() && !right.words.empty()) {
      lift(left, right_top);
      lift(right, left_top);
    }
    // Words of one column below the other column's end, right above the full-width band that
    // follows (a heading over a section set across the page), open that band.
    Region footer{{}, 0};
    if (bottom < 1e9 && !left.words.empty() && !right.words.empty()) {
      auto bottom_of = [](const Region& region) {
        double lowest = -1e9;
        for (const PositionedWord* word : region.words) lowest = std::max(lowest, word->y1);
        return lowest;
      };
      auto drop_tail = [&footer, bottom](Region& region, double other_bottom) {
        WordRefs tail;
        for (const PositionedWord* word : region.words) {
          if (word->y0 > other_bottom + 0.5 * Height(*word)) tail.push_back(word);
        }
        if (tail.empty() || tail.size() == region.words.size()) return;
        const std::vector<WordRefs> rows = GroupRows(tail);
        double tail_top = 1e9;
        double tail_bottom = -1e9;
        for (const PositionedWord* word : tail) {
          tail_top = std::min(tail_top, word->y0);
          tail_bottom = std::max(tail_bottom, word->y1);
        }
        const double row_height = (tail_bottom - tail_top) / static_cast<double>(rows.size());
        if (rows.size() > 2 || bottom - tail_bottom > 3 * row_height) return;
        std::erase_if(region.words,
                      [tail_top](const PositionedWord* word) { return word->y0 >= tail_top; });
        footer.words.insert(footer.words.end(), tail.begin(), tail.end());
      };
      const double left_bottom = bottom_of(left);
      const double right_bottom = bottom_of(right);
      drop_tail(left, right_bottom);
      drop_tail(right, left_bottom);
    }
    if (!header.words.empty()) regions.push_back(std::move(header));
    // A narrow column on the right beside a wide one whose text goes on across the page below
    // them both (a box the text flows around): the box is read first, so that the text and its
    // continuation stay together.
    bool box_first = false;
    if (text_follows && !left.words.empty() && !right.words.empty()) {
      double left_x = 1e9;
      double right_x = -1e9;
      for (const PositionedWord* word : left.words) left_x = std::min(left_x, word->x0);
      for (const PositionedWord* word : right.words) right_x = std::max(right_x, word->x1);
      // Not a page header's two blocks (the name beside the contact details over a summary).
      box_first = right_x - *gutter < 0.75 * (*gutter - left_x) &&
                  GroupRows(left.words).size() >= 6 && GroupRows(right.words).size() >= 3;
    }
    if (box_first) {  // both sides have words
      regions.push_back(std::move(right));
      regions.push_back(std::move(left));
    } else {
      if (!left.words.empty()) regions.push_back(std::move(left));
      if (!right.words.empty()) regions.push_back(std::move(right));
    }
    if (!footer.words.empty()) regions.push_back(std::move(footer));
  };
  for (std::size_t b = 0; b < merged.size(); ++b) {
    const auto [top, bottom] = merged[b];
    // Text across the page below the columns: more than one line of it (not a footer).
    add_columns(previous_bottom, top, merged.size() - b >= 2);
    Region band{{}, 0};
    for (const PositionedWord* word : words) {
      const double center = CenterY(*word);
      if (center >= top && center <= bottom) band.words.push_back(word);
    }
    regions.push_back(std::move(band));
    previous_bottom = bottom;
  }
  add_columns(previous_bottom, 1e9, false);
  return regions;
}

bool IsBulletWord(std::string_view text) {
  return text == "\u2022" || text == "-" || text == "*" || text == "\u2013" || text == "\u00B7" ||
         text == "o" || text == ">" || text == "\u2192";
}

struct BuiltLine {
  TextLine line;
  double right = 0;
  double bottom = 0;
  double height = 0;
  double glyph_x = 0;  // where the bullet glyph stood, for hanging-indent continuations
  bool has_segments = false;
  double second_x = 0;     // left edge of the words after the first wide gap, if any
  double first_right = 0;  // right edge of the words before that gap (0: not known)
};

// Joins a line's words (sorted by x) into text with '\t' between far-apart segments, and
// between words on either side of `column_edge` (where the text beside a label column begins).
BuiltLine JoinWords(WordRefs line_words, double column_edge = -1) {
  std::sort(line_words.begin(), line_words.end(),
            [](const PositionedWord* a, const PositionedWord* b) { return a->x0 < b->x0; });
  BuiltLine built;
  std::size_t first = 0;
  // A symbol-font letter standing apart before the text: a bullet ("{" in a dingbat font). The
  // same dash closing the line frames a heading instead ("--- CAREER ---").
  const bool framed = line_words.size() > 2 && line_words.back()->text == line_words[0]->text;
  if (line_words.size() > 1 && !framed &&
      (IsBulletWord(line_words[0]->text) ||
       (line_words[0]->symbol && CodePointCount(line_words[0]->text) <= 2))) {
    built.line.is_bullet = true;
    built.glyph_x = line_words[0]->x0;
    first = 1;
  }
  // Letter-spaced runs ("C O N TAC T"): mostly one-letter words; join gaps near the smallest.
  std::vector<bool> glue(line_words.size(), false);
  for (std::size_t i = first; i < line_words.size();) {
    std::size_t j = i;
    std::size_t singles = 0;
    while (j < line_words.size() && CodePointCount(line_words[j]->text) <= 3 &&
           IsLetters(line_words[j]->text)) {
      if (CodePointCount(line_words[j]->text) == 1) ++singles;
      ++j;
    }
    if (j - i >= 4 && singles * 10 >= (j - i) * 6) {
      double min_gap = 1e9;
      for (std::size_t k = i + 1; k < j; ++k) {
        min_gap = std::min(min_gap, line_words[k]->x0 - line_words[k - 1]->x1);
      }
      for (std::size_t k = i + 1; k < j; ++k) {
        glue[k] = line_words[k]->x0 - line_words[k - 1]->x1 < min_gap * 1.6 + 0.5;
      }
    }
    i = std::max(j, i + 1);
  }
  // A short word in letter-spaced small capitals ("2015-09 t o 2020-01"): one-letter words set
  // smaller than the words around them, closer to each other than to those words.
  for (std::size_t i = first; i < line_words.size();) {
    std::size_t j = i;
    while (j < line_words.size() && CodePointCount(line_words[j]->text) == 1 &&
           IsLetters(line_words[j]->text)) {
      ++j;
    }
    if (j - i >= 2) {
      double inner = 0;
      for (std::size_t k = i + 1; k < j; ++k) {
        inner = std::max(inner, line_words[k]->x0 - line_words[k - 1]->x1);
      }
      double outer = 1e9;
      double larger = 0;  // the font size of the words either side
      if (i > first) {
        outer = std::min(outer, line_words[i]->x0 - line_words[i - 1]->x1);
        larger = std::max(larger, line_words[i - 1]->font_size);
      }
      if (j < line_words.size()) {
        outer = std::min(outer, line_words[j]->x0 - line_words[j - 1]->x1);
        larger = std::max(larger, line_words[j]->font_size);
      }
      bool smaller = larger > 0;
      for (std::size_t k = i; k < j; ++k) {
        smaller = smaller && line_words[k]->font_size < 0.9 * larger;
      }
      if (smaller && inner < 0.6 * outer && inner < 0.5 * Height(*line_words[i])) {
        for (std::size_t k = i + 1; k < j; ++k) glue[k] = true;
      }
    }
    i = std::max(j, i + 1);
  }
  // Small capitals ("C ontact", "W ork E xperience"): a lone capital set larger, then the rest
  // of its word in smaller capitals right against it, is one word.
  for (std::size_t i = first + 1; i < line_words.size(); ++i) {
    const PositionedWord& previous = *line_words[i - 1];
    const PositionedWord& word = *line_words[i];
    const auto initial = static_cast<unsigned char>(previous.text.empty() ? 0 : previous.text[0]);
    if (CodePointCount(previous.text) == 1 && (std::isupper(initial) || initial >= 0xC0) &&
        IsLetters(word.text) && word.font_size < 0.95 * previous.font_size &&
        word.x0 - previous.x1 < 0.15 * Height(word)) {
      glue[i] = true;
    }
  }
  std::map<double, std::size_t> size_weight;
  std::size_t bold_chars = 0;
  std::size_t chars = 0;
  double top = 1e9;
  std::string text;
  // Spaces after a comma where the type changes ("Staff Nurse, Cardiac Unit," in bold then
  // "St. David's" in italics): the fields of an entry's header, set apart by their look.
  std::vector<std::size_t> style_breaks;
  // Justified lines stretch every space alike: a gap splits segments only when it is also
  // well wider than the line's usual space.
  std::vector<double> gaps;
  for (std::size_t i = first + 1; i < line_words.size(); ++i) {
    gaps.push_back(line_words[i]->x0 - line_words[i - 1]->x1);
  }
  // The narrowest space: stretched alike on a justified line, a plain space elsewhere.
  const double usual_gap = gaps.size() >= 4 ? *std::min_element(gaps.begin(), gaps.end()) : 0;
  // A row with a date in it is an entry's header or a sentence, not a row of tags.
  bool dated = false;
  if (gaps.size() >= 5) {
    std::string plain;
    for (const PositionedWord* word : line_words) plain += word->text + " ";
    dated = !FindDates(plain).empty();
  }
  // A row of tags ("Google Ads  Meta Ads  TikTok Ads") sets the same wider gap three times or
  // more between runs of words in plain spaces, each tag a run of its own. Only a gap between
  // two words counts: TeX widens the space after a comma or a period, and a justified line
  // stretches those more than the others; a separator or a dash ("555-0126 • ana@…",
  // "2005 — 2009") is no edge of a tag, which begins and ends with a letter or a digit.
  std::vector<bool> between_words(gaps.size());
  for (std::size_t k = 0; k < gaps.size(); ++k) {
    const std::string& before = line_words[first + k]->text;
    const std::string& after = line_words[first + k + 1]->text;
    auto word_end = [](unsigned char c) { return std::isalnum(c) != 0 || c >= 0x80; };
    between_words[k] = !before.empty() && !after.empty() &&
                       word_end(static_cast<unsigned char>(before.back())) &&
                       word_end(static_cast<unsigned char>(after.front())) &&
                       (static_cast<unsigned char>(after.front()) & 0xE0U) != 0xE0U;
  }
  const auto plain_gaps = std::count_if(gaps.begin(), gaps.end(), [usual_gap](double other) {
    return std::abs(other - usual_gap) < 0.15 * usual_gap;
  });
  for (std::size_t i = first; i < line_words.size(); ++i) {
    const PositionedWord& word = *line_words[i];
    if (i > first) {
      const PositionedWord& previous = *line_words[i - 1];
      const double gap = word.x0 - previous.x1;
      const double height = std::min(Height(word), Height(previous));
      if (word.symbol && CodePointCount(word.text) <= 2) {
        // An icon inside a line ("☎ 555 … ✉ ana@…") separates what stands around it.
        if (!text.empty() && text.back() != '\t') text += '\t';
        if (!built.has_segments) {
          built.second_x = word.x1;
          built.first_right = previous.x1;
        }
        built.has_segments = true;
        continue;
      }
      // A space stretched like the spaces beside it, and under about an em, is a justified
      // line's space ("Head  of  Department,  Mathematics"), not a field apart.
      const std::size_t at = i - first - 1;  // this gap's index in gaps
      auto alike = [&](std::size_t k) { return gaps[k] > gap / 1.5 && gaps[k] < gap * 1.5; };
      const bool beside_alike = (at > 0 || at + 1 < gaps.size()) && (at == 0 || alike(at - 1)) &&
                                (at + 1 >= gaps.size() || alike(at + 1));
      // A comma list justified in a narrow column ("Manhattan   WMS,   SAP,") stretches its
      // spaces past an em: after a comma, or before one, they are still spaces.
      const bool in_list = previous.text.ends_with(",") || word.text.ends_with(",");
      const bool stretched = (gap < 1.3 * height || (in_list && gap < 3 * height)) && beside_alike;
      const bool across_edge = previous.x1 <= column_edge && word.x0 >= column_edge;
      std::size_t tag_gaps = 0;  // gaps between words as wide as this one
      for (std::size_t k = 0; k < gaps.size(); ++k) {
        tag_gaps += std::abs(gaps[k] - gap) < 0.15 * gap && between_words[k] ? 1 : 0;
      }
      const bool tag_gap = !dated && gap > 1.5 * usual_gap && usual_gap > 0.3 * height &&
                           tag_gaps >= 3 && plain_gaps >= 2 && between_words[at];
      if ((gap > kSegmentGapEm * height && (gap > 2.5 * usual_gap || tag_gap) && !stretched) ||
          across_edge || previous.leader_after) {
        text += '\t';
        if (!built.has_segments) {
          built.second_x = word.x0;
          built.first_right = previous.x1;
        }
        built.has_segments = true;
      } else if (!glue[i] && (previous.space_after || gap > std::min(0.15 * height, 1.2))) {
        if ((previous.bold != word.bold || previous.italic != word.italic) &&
            (previous.text.ends_with(",") || previous.text.ends_with(";"))) {
          style_breaks.push_back(text.size());
        }
        text += ' ';
      }
    }
    const int style = kStyleKnown | (word.bold ? kStyleBold : 0) | (word.italic ? kStyleItalic : 0);
    if (built.line.style_runs.empty() || built.line.style_runs.back().second != style) {
      built.line.style_runs.emplace_back(text.size(), style);
    }
    const double points = std::round(word.font_size * 2) / 2;
    if (built.line.size_runs.empty() || built.line.size_runs.back().second != points) {
      built.line.size_runs.emplace_back(text.size(), points);
    }
    text += word.text;
    if (built.line.first_style == 0) built.line.first_style = style;
    built.line.last_style = style;
    const std::size_t length = CodePointCount(word.text);
    chars += length;
    if (word.bold) bold_chars += length;
    size_weight[std::round(word.font_size * 2) / 2] += length;
    top = std::min(top, word.y0);
    built.bottom = std::max(built.bottom, word.y1);
    built.height = std::max(built.height, Height(word));
  }
  if (!built.line.is_bullet && !StripFraming(text) && StripBullet(text)) {
    built.line.is_bullet = true;
    built.line.style_runs.clear();  // offsets moved; a bullet is no header
    built.line.size_runs.clear();
  }
  if (!style_breaks.empty() && !built.line.is_bullet && CountWords(text) <= 16) {
    for (std::size_t at : style_breaks) text[at] = '\t';
    built.has_segments = true;
  }
  built.line.text = std::move(text);
  built.line.x = line_words[first]->x0;
  built.right = line_words.back()->x1;
  built.line.width = built.right - built.line.x;
  built.line.y = top;
  built.line.bold = bold_chars * 2 > chars;
  std::size_t best_weight = 0;
  for (const auto& [size, weight] : size_weight) {
    if (weight > best_weight) {
      best_weight = weight;
      built.line.font_size = size;
    }
  }
  if (!built.line.is_bullet) built.glyph_x = built.line.x;
  return built;
}

// A word a date column is made of: a month, a year, a numeric date, a dash, a connector or a
// word for an open end ("Sept.", "2019", "06/2019", "–", "to", "Present").
bool IsDateToken(std::string_view text) {
  static constexpr std::string_view kWords[] = {
      "spring",  "summer", "fall",    "autumn", "winter",  "to", "until",  "since",
      "present", "now",    "current", "today",  "ongoing", "-",  "\u2013", "\u2014"};
  std::string lower = AsciiLower(text);
  while (!lower.empty() && (lower.back() == '.' || lower.back() == ',')) lower.pop_back();
  if (lower.empty()) return false;
  if (MonthNamed(lower) != 0 ||
      std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords)) {
    return true;
  }
  // Digits with at most two separators: "2019", "06/2019", "2019-06", "06.2019", "’19".
  std::size_t digits = 0;
  std::size_t separators = 0;
  for (char c : lower) {
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c == '/' || c == '-' || c == '.') {
      ++separators;
    } else {
      return false;
    }
  }
  return digits >= 4 && digits <= 8 && separators <= 2;
}

// A date column's text that still lacks its end: it ends with a connector or a month, or it
// has a month but no year yet ("September" over "2013 – June" over "2015").
bool DateCellOpen(std::string_view text) {
  text = Trim(text);
  if (text.empty()) return false;
  const std::size_t space = text.find_last_of(' ');
  const std::string last =
      AsciiLower(space == std::string_view::npos ? text : text.substr(space + 1));
  if (last == "-" || last == "\u2013" || last == "\u2014" || last == "to" || last == "until" ||
      last == "since") {
    return true;
  }
  if (FindDates(text).empty()) return true;  // a month alone
  return IsDateToken(last) && last.find_first_of("0123456789") == std::string::npos &&
         last != "present" && last != "now" && last != "current" && last != "today" &&
         last != "ongoing";
}

// A date column's row goes on the cell above it: the cell still lacks its end, or the row
// goes on an open range ("Feb 2020" over "– Present").
bool GoesOnDateCell(std::string_view cell, std::string_view row) {
  if (DateCellOpen(cell)) return true;  // also a cell with no full date yet
  const std::vector<DateSpan> spans = FindDates(cell);
  return ContinuesRange(row) && !spans.empty() && !spans.front().end;
}

// Where the text beside a column of dates begins, if the rows have one: several rows open
// with date words, then white space, then text starting at about the same x.
struct DateColumn {
  double edge = 0;       // where the text beside the dates begins, less a little
  double font_size = 0;  // the dates' type size
};

std::optional<DateColumn> DateColumnEdge(const std::vector<WordRefs>& groups) {
  std::vector<double> starts;
  std::vector<double> sizes;
  for (const WordRefs& group : groups) {
    std::size_t k = 0;
    while (k < group.size() && IsDateToken(group[k]->text)) ++k;
    if (k == 0 || k == group.size()) continue;
    const double gap = group[k]->x0 - group[k - 1]->x1;
    if (gap < 0.8 * std::min(Height(*group[k]), Height(*group[k - 1]))) continue;
    starts.push_back(group[k]->x0);
    sizes.push_back(group[0]->font_size);
  }
  if (starts.size() < 3) return std::nullopt;
  std::sort(starts.begin(), starts.end());
  const double edge = starts[starts.size() / 2];
  const auto near = std::count_if(starts.begin(), starts.end(),
                                  [edge](double x) { return std::abs(x - edge) <= 3; });
  if (near < 3 || near * 3 < static_cast<std::ptrdiff_t>(starts.size()) * 2) return std::nullopt;
  std::nth_element(sizes.begin(), sizes.begin() + static_cast<std::ptrdiff_t>(sizes.size() / 2),
                   sizes.end());
  return DateColumn{edge - 3, sizes[sizes.size() / 2]};
}

// Groups a region's words into lines top to bottom. A column of dates too narrow for its ranges
// wraps them over several rows ("September" / "2013 – June" / "2015"): each range is put back
// together at the front of the row where it begins, the entry's first row.
std::vector<BuiltLine> BuildLines(WordRefs words) {
  std::vector<WordRefs> groups = GroupRows(std::move(words));
  const std::optional<DateColumn> column = DateColumnEdge(groups);
  std::vector<BuiltLine> lines;
  lines.reserve(groups.size());
  if (!column) {
    for (WordRefs& group : groups) lines.push_back(JoinWords(std::move(group)));
    return lines;
  }
  const double edge = column->edge;
  struct Cell {
    std::size_t line = 0;  // index in lines of the row the range begins on
    std::string text;
    const PositionedWord* first = nullptr;
    double bottom = 0;
    double height = 0;
    bool alone = false;  // the row holds nothing but dates
  };
  std::vector<Cell> cells;
  std::vector<bool> dropped;
  for (WordRefs& group : groups) {
    std::size_t k = 0;
    while (k < group.size() && IsDateToken(group[k]->text) && group[k]->x1 <= edge) ++k;
    std::string strip;
    for (std::size_t j = 0; j < k; ++j) {
      if (j > 0) strip += ' ';
      strip += group[j]->text;
    }
    WordRefs rest(group.begin() + static_cast<std::ptrdiff_t>(k), group.end());
    const bool continues = k > 0 && !cells.empty() &&
                           group.front()->y0 - cells.back().bottom < 1.2 * cells.back().height &&
                           GoesOnDateCell(cells.back().text, strip);
    if (continues) {
      cells.back().text += ' ';
      cells.back().text += strip;
      cells.back().bottom = group.front()->y1;
    } else if (k > 0) {
      cells.push_back({lines.size(), strip, group.front(), group.front()->y1,
                       Height(*group.front()), rest.empty()});
    }
    if (rest.empty()) {
      // The row held only dates: they went to a range above, or they stand alone.
      lines.push_back(
          JoinWords(WordRefs(group.begin(), group.begin() + static_cast<std::ptrdiff_t>(k))));
      dropped.push_back(continues);
      continue;
    }
    // A label beside the text ("Tools⇥Excel, SAP") stands apart like the dates do.
    // Only in the dates' own type: a name set large across the page is no label.
    const bool label_row = k == 0 && std::abs(group.front()->font_size - column->font_size) < 1.5;
    lines.push_back(JoinWords(std::move(rest), label_row ? edge : -1));
    dropped.push_back(false);
  }
  for (const Cell& cell : cells) {
    BuiltLine& line = lines[cell.line];
    std::string& text = line.line.text;
    if (!cell.alone) {
      const std::size_t prefix = cell.text.size() + 1;
      for (auto& run : line.line.style_runs) run.first += prefix;
      for (auto& run : line.line.size_runs) run.first += prefix;
      const int style = kStyleKnown | (cell.first->bold ? kStyleBold : 0) |
                        (cell.first->italic ? kStyleItalic : 0);
      line.line.style_runs.insert(line.line.style_runs.begin(), {0, style});
      line.line.size_runs.insert(line.line.size_runs.begin(),
                                 {0, std::round(cell.first->font_size * 2) / 2});
      line.line.first_style = style;
      if (!line.has_segments) line.second_x = line.line.x;
      line.has_segments = true;
      line.glyph_x = line.line.is_bullet ? line.glyph_x : cell.first->x0;
      line.line.width += line.line.x - cell.first->x0;
      line.line.x = cell.first->x0;
      line.line.y = std::min(line.line.y, cell.first->y0);
      text.insert(0, cell.text + "\t");
    } else {
      text = cell.text;  // a row of dates alone
    }
  }
  std::vector<BuiltLine> out;
  out.reserve(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!dropped[i]) out.push_back(std::move(lines[i]));
  }
  return out;
}

// A date that ends a range, alone: "Now", "Present", "Sep 2015", "2019".
bool IsDateFragment(std::string_view text) {
  text = Trim(text);
  if (text.empty() || CountWords(text) > 3) return false;
  const std::string lower = AsciiLower(text);
  for (std::string_view word : {"present", "now", "current", "today", "ongoing", "date"}) {
    if (lower == word) return true;
  }
  const std::vector<DateSpan> spans = FindDates(text);
  return spans.size() == 1 && spans[0].begin == 0 && spans[0].end_offset + 1 >= text.size();
}

// A date column too narrow for its ranges wraps them ("Feb 2020 –" over "Now"), so the end of
// a range lands on the next row, often beside the entry's first bullet. Moves it back to the
// start of its range and leaves the rest of the row (a bullet) on its own.
void PullWrappedDates(std::vector<BuiltLine>& lines) {
  for (std::size_t i = 1; i < lines.size(); ++i) {
    BuiltLine& line = lines[i];
    if (line.line.is_bullet) continue;
    std::size_t tab = line.line.text.find('\t');
    std::string head(Trim(std::string_view(line.line.text).substr(0, tab)));
    if (!IsDateFragment(head)) {
      // "07/2015 Completed a one-year traineeship…": the date column close to the text.
      const std::vector<DateSpan> own = FindDates(line.line.text);
      if (own.empty() || own[0].end || own[0].begin != 0 ||
          own[0].end_offset >= line.line.text.size() || line.line.text[own[0].end_offset] != ' ') {
        continue;
      }
      head = line.line.text.substr(0, own[0].end_offset);
      line.line.text[own[0].end_offset] = '\t';
      tab = own[0].end_offset;
      line.second_x = line.line.x;  // unknown: the text's own left edge is near enough
    }
    BuiltLine& above = lines[i - 1];
    if (line.line.y - above.bottom > 1.2 * line.height) continue;
    // "Bayou Pipeline Services LLC | Mar 2011 –" over "Apr 2016": a range that ends the row
    // above, open, and goes on alone on this one.
    if (tab == std::string::npos && !above.line.is_bullet) {
      std::string& text = above.line.text;
      const std::vector<DateSpan> spans = FindDates(text);
      const std::string_view trimmed = Trim(text);
      if (!spans.empty() && !spans.back().end && spans.back().begin > 0 &&
          (trimmed.ends_with("-") || trimmed.ends_with("\u2013") || trimmed.ends_with("\u2014") ||
           trimmed.ends_with(" to")) &&
          Trim(std::string_view(text).substr(spans.back().end_offset)).size() <= 3) {
        text = std::string(trimmed) + " " + head;
        line.line.text.clear();  // dropped below: the row held nothing else
        continue;
      }
    }
    // The range's start opens the row above, its connector right after it: "Feb 2020 –" or
    // "Feb 2020 – Senior Engineer, Acme" (the column sits close to the entry).
    std::string& text = above.line.text;
    const std::vector<DateSpan> spans = FindDates(text);
    if (spans.empty() || spans[0].end ||
        !Trim(std::string_view(text).substr(0, spans[0].begin)).empty()) {
      continue;
    }
    std::size_t after = spans[0].end_offset;
    while (after < text.size() && (text[after] == ' ' || text[after] == '\t')) ++after;
    std::size_t connector = 0;
    for (std::string_view dash : {"-", "\u2013", "\u2014", "to ", "until ", "to\t", "until\t"}) {
      if (std::string_view(text).substr(after).starts_with(dash)) connector = dash.size();
    }
    if (connector == 0) continue;
    const std::size_t insert_at = after + connector;
    std::string rest(Trim(std::string_view(text).substr(insert_at)));
    // "Jul. 2002 to⇥Jan." over "2005" (a justified column spread the month apart): the month
    // left on the row opens the wrapped year.
    if (const std::string month_word = rest.substr(0, rest.find_first_of(" \t"));
        head.size() == 4 &&
        std::all_of(head.begin(), head.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      std::string month = AsciiLower(month_word);
      if (!month.empty() && month.back() == '.') month.pop_back();
      if (MonthNamed(month) != 0) {
        head.insert(0, " ").insert(0, month_word);
        rest = std::string(Trim(std::string_view(rest).substr(month_word.size())));
      }
    }
    // "04/2019⇥to" (the connector set apart in its column) is one range: "04/2019 to".
    std::string start(Trim(std::string_view(text).substr(0, insert_at)));
    std::replace(start.begin(), start.end(), '\t', ' ');
    const std::size_t before = text.size();
    std::string joined = start;
    joined += ' ';
    joined += head;
    if (!rest.empty()) {
      joined += '\t';
      joined += rest;
    }
    text = std::move(joined);
    // The runs after the insertion move with their text.
    const auto shift =
        static_cast<std::ptrdiff_t>(text.size()) - static_cast<std::ptrdiff_t>(before);
    for (auto& run : above.line.style_runs) {
      if (run.first >= insert_at)
        run.first = static_cast<std::size_t>(static_cast<std::ptrdiff_t>(run.first) + shift);
    }
    for (auto& run : above.line.size_runs) {
      if (run.first >= insert_at)
        run.first = static_cast<std::size_t>(static_cast<std::ptrdiff_t>(run.first) + shift);
    }
    if (tab == std::string::npos) {
      line.line.text.clear();  // dropped below: the row held nothing else
      continue;
    }
    line.line.text = line.line.text.substr(tab + 1);
    line.line.style_runs.clear();
    line.line.size_runs.clear();
    line.line.x = line.second_x;
    line.glyph_x = line.second_x;
    line.line.width = line.right - line.line.x;
    line.has_segments = line.line.text.find('\t') != std::string::npos;
    if (StripBullet(line.line.text)) line.line.is_bullet = true;
  }
  std::erase_if(lines, [](const BuiltLine& line) { return line.line.text.empty(); });
  // "September⇥English Teacher, …" over "2018 – Now⇥Teach …": a month alone where the column
  // broke before its year. The whole range goes to the entry's row.
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    std::string& text = lines[i].line.text;
    const std::size_t space = text.find_first_of(" \t");
    if (space == std::string::npos || lines[i].line.is_bullet) continue;
    std::string month = AsciiLower(text.substr(0, space));
    if (!month.empty() && month.back() == '.') month.pop_back();
    if (MonthNamed(month) == 0) continue;
    BuiltLine& next = lines[i + 1];
    const std::vector<DateSpan> spans = FindDates(next.line.text);
    if (spans.empty() || spans[0].begin != 0 || FindDates(text.substr(0, space)).size() > 0) {
      continue;
    }
    if (next.line.y - lines[i].bottom > 1.2 * next.height) continue;
    const std::string range = next.line.text.substr(0, spans[0].end_offset);
    const std::string rest(Trim(std::string_view(text).substr(space + 1)));
    text.resize(space);
    text.append(" ").append(range).append("\t").append(rest);
    lines[i].line.style_runs.clear();
    lines[i].line.size_runs.clear();
    std::string after(Trim(std::string_view(next.line.text).substr(spans[0].end_offset)));
    next.line.style_runs.clear();
    next.line.size_runs.clear();
    next.line.text = std::move(after);
    if (StripBullet(next.line.text)) next.line.is_bullet = true;
    if (next.has_segments) next.line.x = next.second_x;
  }
  std::erase_if(lines, [](const BuiltLine& line) { return Trim(line.line.text).empty(); });
}

// An entry's header wrapped over two rows beside a date cell at its right that wrapped with it
// ("Cobalt Ledger, Inc., Principal Software⇥March 2021 to" over "Engineer, Remote.⇥Now"): one
// row, the header's two parts joined and the range whole at its end.
void JoinHeaderWrappedBesideDates(std::vector<BuiltLine>& lines) {
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    BuiltLine& line = lines[i];
    const BuiltLine& next = lines[i + 1];
    const std::size_t tab = line.line.text.rfind('\t');
    if (line.line.is_bullet || next.line.is_bullet || tab == std::string::npos ||
        next.line.y - line.bottom > 0.6 * line.height) {
      continue;
    }
    const std::string cell(Trim(std::string_view(line.line.text).substr(tab + 1)));
    const std::vector<DateSpan> cell_dates = FindDates(cell);
    if (cell_dates.empty() || cell_dates.front().begin != 0 || !DateCellOpen(cell)) continue;
    const std::size_t next_tab = next.line.text.rfind('\t');
    const std::string tail(Trim(
        std::string_view(next.line.text).substr(next_tab == std::string::npos ? 0 : next_tab + 1)));
    std::string range = cell;
    range.append(" ").append(tail);
    const std::vector<DateSpan> whole = FindDates(range);
    if (!GoesOnDateCell(cell, tail) || whole.empty() || whole.front().begin != 0 ||
        !whole.front().end || whole.front().end_offset < range.size() - 1 || CountWords(tail) > 3) {
      continue;
    }
    std::string text(Trim(std::string_view(line.line.text).substr(0, tab)));
    const std::size_t head_size = text.size();
    const std::string rest(next_tab == std::string::npos
                               ? ""
                               : Trim(std::string_view(next.line.text).substr(0, next_tab)));
    if (!rest.empty()) AppendWrapped(text, rest);
    const std::size_t rest_at = text.size() - rest.size();
    std::vector<std::pair<std::size_t, int>> styles;
    int cell_style = 0;
    for (const auto& [offset, style] : line.line.style_runs) {
      if (offset < head_size) styles.emplace_back(offset, style);
      if (offset <= tab + 1) cell_style = style;
    }
    for (const auto& [offset, style] : next.line.style_runs) {
      if (offset < rest.size()) styles.emplace_back(offset + rest_at, style);
    }
    text += '\t';
    if (cell_style != 0) styles.emplace_back(text.size(), cell_style);
    text += range;
    line.line.text = std::move(text);
    line.line.style_runs = std::move(styles);
    line.line.size_runs.clear();
    line.bottom = next.bottom;
    line.has_segments = true;
    lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(i) + 1);
  }
}

// The next line carries on the sentence: it starts in lower case or with a number, or the
// line before broke after a comma, a hyphen or a joining word.
bool ContinuesSentence(std::string_view before, std::string_view next) {
  if (next.empty()) return false;
  const auto first = static_cast<unsigned char>(next.front());
  if (std::islower(first) || std::isdigit(first)) return true;
  if (before.ends_with(",") || before.ends_with("-") || before.ends_with("&")) return true;
  const std::string lower = AsciiLower(before);
  for (std::string_view word :
       {" and", " or", " of", " the", " a", " to", " for", " with", " in"}) {
    if (lower.ends_with(word)) return true;
  }
  return false;
}

// A line that fills its column (right edge `right`, `width` wide) and breaks mid-sentence
// carries on into `next`: it ends no sentence, the next line's first word would not have fit
// after it, and the next line goes on with the sentence.
bool BreaksMidSentence(const BuiltLine& previous, const TextLine& next, double right,
                       double width) {
  const std::string_view previous_end = Trim(previous.line.text);
  return !previous_end.empty() &&
         std::string_view(".:;!?").find(previous_end.back()) == std::string_view::npos &&
         previous.right + FirstWordWidth(next) > right - 0.02 * width &&
         ContinuesSentence(previous_end, Trim(next.text));
}

// The part of a line before its first wide gap (the whole line when it has none).
std::string BeforeFirstGap(const BuiltLine& line) {
  return line.line.text.substr(0, line.line.text.find('\t'));
}

// The part of a line after its first wide gap, or "" when it has none.
std::string AfterFirstGap(const BuiltLine& line) {
  const std::size_t tab = line.line.text.find('\t');
  return tab == std::string::npos ? std::string() : line.line.text.substr(tab + 1);
}

// A row of two runs of text side by side at `gutter`: both sides several words, the left one
// filling most of its width (wrapped text, not a label), the right one no date (an entry's dates).
bool TextBesideText(const BuiltLine& row, double gutter) {
  if (!row.has_segments || row.first_right <= 0 ||
      std::abs(row.second_x - gutter) > 0.3 * row.height) {
    return false;
  }
  const std::string right = AfterFirstGap(row);
  const std::string left = BeforeFirstGap(row);
  if (right.find('\t') != std::string::npos || CountWords(left) < 3 || CountWords(right) < 3) {
    return false;
  }
  const std::vector<DateSpan> dates = FindDates(right);
  return row.first_right - row.line.x > 0.6 * (gutter - row.line.x) &&
         (dates.empty() || dates[0].begin > 0);
}

// Two lists or two columns of text set side by side inside one column (a list flowed into two
// columns, a grid of achievements): rows read across into one line each hold both. A block of
// tight rows split at one gap — opened by a bullet on both sides, or two or more rows of text
// beside text — is read side by side: the left side top to bottom, then the right side. Items
// open at a bullet glyph where there are glyphs; without them (bullets drawn as graphics) a
// line that fills its side and breaks mid-sentence carries on into the next, also from the
// foot of the left side to the head of the right one.
void UnweaveSideBySide(std::vector<BuiltLine>& lines) {
  std::vector<BuiltLine> out;
  out.reserve(lines.size());
  for (std::size_t i = 0; i < lines.size();) {
    const BuiltLine& first = lines[i];
    std::string opening = AfterFirstGap(first);
    const double gutter = first.second_x;
    const bool glyphs = first.line.is_bullet && first.has_segments &&
                        opening.find('\t') == std::string::npos && StripBullet(opening);
    const bool text = !glyphs && i + 1 < lines.size() && TextBesideText(first, gutter) &&
                      TextBesideText(lines[i + 1], gutter) &&
                      lines[i + 1].line.y - first.bottom <= 0.6 * first.height;
    if (!glyphs && !text) {
      out.push_back(std::move(lines[i++]));
      continue;
    }
    const double tolerance = 0.3 * first.height;
    struct Part {
      BuiltLine line;
      bool opens = false;  // opens with a bullet glyph
      bool head = false;   // a side's head, no item
    };
    std::vector<Part> left_parts;
    std::vector<Part> right_parts;
    // A row of two short heads just above, split at the same gap, heads the two sides
    // ("Clinical⇥Systems" over two lists of skills).
    if (!out.empty()) {
      const BuiltLine& above = out.back();
      const std::string above_right = AfterFirstGap(above);
      const std::string above_left = BeforeFirstGap(above);
      if (above.has_segments && std::abs(above.second_x - gutter) < tolerance &&
          first.line.y - above.bottom <= first.height &&
          above_right.find('\t') == std::string::npos && CountWords(above_left) <= 4 &&
          CountWords(above_right) <= 4) {
        BuiltLine left = above;
        BuiltLine right = above;
        left.line.text = above_left;
        left.right = above.first_right > 0 ? above.first_right : gutter;
        right.line.text = above_right;
        right.line.x = gutter;
        right.glyph_x = gutter;
        out.pop_back();
        left_parts.push_back({std::move(left), true, true});
        right_parts.push_back({std::move(right), true, true});
      }
    }
    std::size_t j = i;
    for (; j < lines.size(); ++j) {
      const BuiltLine& row = lines[j];
      if (j > i) {
        const BuiltLine& above = lines[j - 1];
        if (row.line.y - above.bottom > 0.6 * row.height ||
            std::abs(row.line.font_size - first.line.font_size) >= 0.6) {
          break;
        }
      }
      BuiltLine left = row;
      BuiltLine right = row;
      right.line.x = gutter;
      right.glyph_x = gutter;
      if (row.has_segments && std::abs(row.second_x - gutter) < tolerance) {
        right.line.text = AfterFirstGap(row);
        if (right.line.text.find('\t') != std::string::npos) break;
        const std::vector<DateSpan> dates = FindDates(right.line.text);
        if (!glyphs && !dates.empty() && dates[0].begin == 0) break;
        left.line.text = BeforeFirstGap(row);
        left.right = row.first_right > 0 ? row.first_right : gutter;
      } else if (!row.has_segments && row.line.x >= gutter - tolerance) {
        left.line.text.clear();
      } else if (!row.has_segments && row.right < gutter) {
        right.line.text.clear();
      } else {
        break;
      }
      // The row's own glyph (taken off by JoinWords) opens its first part; a glyph after the
      // gap opens the right one.
      const bool split = !left.line.text.empty() && !right.line.text.empty();
      if (!Trim(left.line.text).empty()) {
        left_parts.push_back({std::move(left), row.line.is_bullet});
      }
      if (!Trim(right.line.text).empty()) {
        const bool opens = StripBullet(right.line.text) || (!split && row.line.is_bullet);
        right_parts.push_back({std::move(right), opens});
      }
    }
    // Where each side's lines end when they fill it.
    auto side_right = [](const std::vector<Part>& parts) {
      double right = 0;
      for (const Part& part : parts) right = std::max(right, part.line.right);
      return right;
    };
    const double left_edge = side_right(left_parts);
    const double right_edge = side_right(right_parts);
    std::vector<BuiltLine> items;
    std::pair<double, double> last_side;  // left and right edges of the last item's side
    bool after_head = false;
    auto add = [&](Part part) {
      bool opens = part.opens || items.empty() || after_head;
      after_head = part.head;
      if (!glyphs && !opens) {
        const auto [previous_left, previous_edge] = last_side;
        opens = !BreaksMidSentence(items.back(), part.line.line, previous_edge,
                                   previous_edge - previous_left);
      }
      if (opens) {
        part.line.line.is_bullet = !part.head && (glyphs || part.line.line.is_bullet);
        part.line.has_segments = false;
        part.line.line.style_runs.clear();
        part.line.line.size_runs.clear();
        items.push_back(std::move(part.line));
        return;
      }
      AppendWrapped(items.back().line.text, part.line.line.text);
      items.back().right = part.line.right;
      items.back().bottom = part.line.bottom;
    };
    for (Part& part : left_parts) {
      add(std::move(part));
      last_side = {first.line.x, left_edge};
    }
    for (Part& part : right_parts) {
      add(std::move(part));
      last_side = {gutter, right_edge};
    }
    for (BuiltLine& item : items) out.push_back(std::move(item));
    i = j;
  }
  lines = std::move(out);
}

// Appends lines that wrap a bullet (hanging indent, same size, tight spacing) to that bullet.
std::vector<BuiltLine> JoinBulletContinuations(std::vector<BuiltLine> lines) {
  if (lines.empty()) return lines;
  double left = 1e9;
  std::vector<double> rights;
  for (const BuiltLine& line : lines) {
    left = std::min(left, line.line.x);
    rights.push_back(line.right);
  }
  // The right margin: where the third-widest line ends, so that a word or two overrunning a
  // narrow column (an unbreakable word) does not move it.
  std::sort(rights.begin(), rights.end(), std::greater<>());
  const double right = rights[std::min<std::size_t>(2, rights.size() - 1)];
  const double column_width = right - left;
  // Lines that reach the right margin: wrapped text makes many; a list of short items one.
  std::size_t full_lines = 0;
  for (const BuiltLine& line : lines) full_lines += line.right >= right - 0.1 * column_width;
  std::vector<BuiltLine> out;
  for (BuiltLine& line : lines) {
    if (!out.empty()) {
      BuiltLine& previous = out.back();
      const double gap = line.line.y - previous.bottom;
      const bool continues =
          previous.line.is_bullet && !line.line.is_bullet && !previous.has_segments &&
          !line.has_segments && line.line.x >= previous.line.x - 1.5 &&
          line.line.x > previous.glyph_x + 1 && gap < 0.6 * line.height &&
          std::abs(line.line.font_size - previous.line.font_size) < 0.6 &&
          (previous.line.bold || !line.line.bold) && previous.right >= right - 0.2 * column_width;
      // A paragraph or a list whose bullets are drawn (no glyph in the text): a full line wraps
      // into the next at the same left edge, unless it ended a sentence.
      const bool wraps = !previous.line.is_bullet && !line.line.is_bullet &&
                         !previous.has_segments && !line.has_segments &&
                         std::abs(line.line.x - previous.line.x) < 1.5 && gap < 0.6 * line.height &&
                         std::abs(line.line.font_size - previous.line.font_size) < 0.6 &&
                         previous.line.bold == line.line.bold && full_lines >= 4 &&
                         column_width > 100 &&
                         BreaksMidSentence(previous, line.line, right, column_width);
      // An address too long for a narrow column breaks anywhere, with no hyphen.
      const bool broken_address = !previous.line.is_bullet && !line.line.is_bullet &&
                                  gap < 0.6 * line.height &&
                                  std::abs(line.line.x - previous.line.x) < 1.5 &&
                                  BrokenAddress(Trim(previous.line.text), Trim(line.line.text));
      if (continues || wraps || broken_address) {
        AppendWrapped(previous.line.text, line.line.text);
        previous.right = line.right;
        previous.bottom = line.bottom;
        continue;
      }
    }
    out.push_back(std::move(line));
  }
  return out;
}

// A narrow column of dates at the right of the text, each range stacked over a few rows beside
// its entry's first lines ("April 2022" / "— Present" / "3 years"), is no column to read after
// the text: each range goes to the end of the text row it starts beside, where the entry's
// header is. Durations under the ranges are dropped (they restate the range). Other words of
// the column on a text row's baseline (a tag that wrapped past the gutter) rejoin their row.
void FoldDateGutter(std::vector<Region>& regions, double page_width,
                    std::deque<PositionedWord>& moved) {
  for (std::size_t r = 1; r < regions.size(); ++r) {
    Region& right = regions[r];
    Region& left = regions[r - 1];
    if (right.column != 2 || left.column != 1 || left.words.empty()) continue;
    const std::vector<WordRefs> rows = GroupRows(right.words);
    struct Cell {
      WordRefs words;
      std::string text;
      double bottom = 0;
      double height = 0;
    };
    std::vector<Cell> cells;
    std::size_t date_rows = 0;
    WordRefs others;
    for (const WordRefs& row : rows) {
      std::string text;
      bool dates_only = true;
      for (const PositionedWord* word : row) {
        if (!text.empty()) text += ' ';
        text += word->text;
        dates_only = dates_only && IsDateToken(word->text);
      }
      if (IsDurationRow(row)) {
        ++date_rows;
        continue;
      }
      if (!dates_only) {
        others.insert(others.end(), row.begin(), row.end());
        continue;
      }
      ++date_rows;
      const bool continues = !cells.empty() &&
                             row.front()->y0 - cells.back().bottom < 1.5 * cells.back().height &&
                             GoesOnDateCell(cells.back().text, text);
      if (continues) {
        cells.back().text += ' ' + text;
        cells.back().words.insert(cells.back().words.end(), row.begin(), row.end());
        cells.back().bottom = row.front()->y1;
      } else {
        cells.push_back({row, text, row.front()->y1, Height(*row.front())});
      }
    }
    const auto ranges = std::count_if(cells.begin(), cells.end(), [](const Cell& cell) {
      const std::vector<DateSpan> spans = FindDates(cell.text);
      return !spans.empty() && spans.front().begin == 0;
    });
    const std::vector<WordRefs> text_rows = GroupRows(left.words);
    auto on_a_text_row = [&text_rows](const PositionedWord* word) {
      return std::any_of(text_rows.begin(), text_rows.end(),
                         [word](const WordRefs& row) { return SameLine(*word, *row.front()); });
    };
    // The dates' own column is narrow, wherever the gutter was found.
    double min_x = 1e9;
    double max_x = -1e9;
    for (const Cell& cell : cells) {
      for (const PositionedWord* word : cell.words) {
        min_x = std::min(min_x, word->x0);
        max_x = std::max(max_x, word->x1);
      }
    }
    // Mostly dates: a stray word or two (a tag that wrapped past the gutter) may stand there.
    if (ranges < 2 || max_x - min_x > 0.25 * page_width || date_rows * 3 < rows.size() * 2) {
      continue;
    }
    WordRefs kept;
    for (const Cell& cell : cells) {
      const PositionedWord& first = *cell.words.front();
      const WordRefs* nearest = nullptr;
      double distance = 2 * cell.height;
      for (const WordRefs& row : text_rows) {
        const double d = std::abs(CenterY(*row.front()) - CenterY(first));
        if (d < distance) {
          distance = d;
          nearest = &row;
        }
      }
      if (nearest == nullptr) {
        kept.insert(kept.end(), cell.words.begin(), cell.words.end());
        continue;
      }
      const double target = RowBaseline(*nearest);
      // The range's words in a row, in reading order, on the text row's baseline.
      double x = max_x;
      for (const PositionedWord* word : cell.words) x = std::min(x, word->x0);
      for (const PositionedWord* word : cell.words) {
        PositionedWord copy = *word;
        const double width = word->x1 - word->x0;
        copy.y0 = target - Height(*word);
        copy.y1 = target;
        copy.x0 = x;
        copy.x1 = x + width;
        x = copy.x1 + 0.3 * Height(*word);
        moved.push_back(std::move(copy));
        left.words.push_back(&moved.back());
      }
    }
    for (const PositionedWord* word : others) {
      if (on_a_text_row(word)) {
        left.words.push_back(word);
      } else {
        kept.push_back(word);
      }
    }
    right.words = std::move(kept);
    if (right.words.empty()) {
      regions.erase(regions.begin() + static_cast<std::ptrdiff_t>(r));
      --r;
    }
  }
}

// The blocks of a narrow side column beside `text_rows` rows of text, when it holds only labels
// (short names without figures or punctuation, and whole date ranges) in fewer rows than half
// the text's.
std::optional<LabelColumn> LabelBlocks(const WordRefs& words, std::size_t text_rows,
                                       double page_width) {
  const std::vector<WordRefs> rows = GroupRows(words);
  const Box extent = BoundsOf(words);
  if (rows.size() < 2 || rows.size() * 2 > text_rows || extent.x1 - extent.x0 > 0.3 * page_width) {
    return std::nullopt;
  }
  std::vector<LabelBlock> blocks;
  double previous_bottom = -1e9;
  double previous_height = 0;
  for (const WordRefs& row : rows) {
    const Box box = BoundsOf(row);
    const double top = box.y0;
    const double bottom = box.y1;
    std::string text = JoinWords(row).line.text;
    std::replace(text.begin(), text.end(), '\t', ' ');
    const std::vector<std::string> tokens = SplitTrimmed(text, " ");
    if (tokens.empty()) return std::nullopt;
    const bool dates = IsDateToken(tokens.front());
    if (blocks.empty() || blocks.back().dates != dates ||
        top - previous_bottom > 0.8 * previous_height ||
        (dates && !GoesOnDateCell(blocks.back().text, text))) {
      blocks.push_back({{row}, text, dates});
    } else {
      blocks.back().rows.push_back(row);
      blocks.back().text += ' ' + text;
    }
    previous_bottom = bottom;
    previous_height = bottom - top;
  }
  LabelColumn column;
  for (const LabelBlock& block : blocks) {
    if (block.dates) {
      ++column.ranges;
      const std::vector<std::string> tokens = SplitTrimmed(block.text, " ");
      const std::vector<DateSpan> spans = FindDates(block.text);
      // A whole range: a start alone may have its end beside it, across the gap.
      if (spans.empty() || spans.front().begin != 0 || !spans.front().end ||
          !std::all_of(tokens.begin(), tokens.end(), IsDateToken)) {
        return std::nullopt;
      }
    } else {
      if (block.rows.size() > 3 || CountWords(block.text) > 5 ||
          block.text.find_first_of("0123456789@.,;:/") != std::string::npos) {
        return std::nullopt;
      }
      column.names += ClassifyHeading(block.text, false) ? 1 : 0;
    }
  }
  column.blocks = std::move(blocks);
  return column;
}

// A narrow column at the left that holds only labels — section names and the dates of the
// entries beside them, set off the text's baselines (centred in their cells, or a row lower
// under a section name) — is no column to read before the text: the page is one column with
// its labels in the margin. Each date range goes to the front of the entry header it stands
// beside (the first row of the text beside it that is no bullet or indented continuation), and
// each section name is read before the text rows that start beside or below it.
void FoldLabelColumn(std::vector<Region>& regions, double page_width,
                     std::deque<PositionedWord>& moved) {
  for (std::size_t r = 1; r < regions.size(); ++r) {
    const Region& left = regions[r - 1];
    const Region& right = regions[r];
    if (right.column != 2 || left.column != 1 || left.words.empty()) continue;
    std::vector<WordRefs> text_rows = GroupRows(right.words);
    // Section names, or only dates (the section names were set across the page).
    const std::optional<LabelColumn> found = LabelBlocks(left.words, text_rows.size(), page_width);
    if (!found ||
        (found->names < 2 && (found->ranges < 2 || found->ranges < found->blocks.size()))) {
      continue;
    }
    const std::vector<LabelBlock>& blocks = found->blocks;

    // The text's left edge, where entry headers begin.
    const double text_x0 = BoundsOf(right.words).x0;
    // Copies of some rows' words set one after another on one baseline, from x on.
    auto lay_out = [&moved](const std::vector<WordRefs>& cell_rows, double x, double baseline) {
      WordRefs copies;
      for (const WordRefs& row : cell_rows) {
        const Box box = BoundsOf(row);
        for (const PositionedWord* word : row) {
          PositionedWord copy = *word;
          copy.x0 = word->x0 - box.x0 + x;
          copy.x1 = word->x1 - box.x0 + x;
          copy.y0 = baseline - Height(*word);
          copy.y1 = baseline;
          moved.push_back(std::move(copy));
          copies.push_back(&moved.back());
        }
        x += box.x1 - box.x0 + 0.3 * Height(*row.front());
      }
      return copies;
    };
    // How wide those rows are, set so.
    auto cell_width = [](const std::vector<WordRefs>& cell_rows) {
      double width = 0;
      for (const WordRefs& row : cell_rows) {
        const Box box = BoundsOf(row);
        width += box.x1 - box.x0 + 0.3 * Height(*row.front());
      }
      return width;
    };

    // A row that carries on an entry: indented past the text's edge, or opened by a bullet.
    auto continuation = [&](std::size_t t) {
      const WordRefs& row = text_rows[t];
      double x = 1e9;
      const PositionedWord* opening = nullptr;
      for (const PositionedWord* word : row) {
        if (word->x0 < x) {
          x = word->x0;
          opening = word;
        }
      }
      return x > text_x0 + 0.6 * Height(*opening) || IsBulletWord(opening->text) || opening->symbol;
    };
    struct Label {
      double top = 0;
      WordRefs words;
    };
    std::vector<Label> in_flow;  // section names, and any range with no text row beside it
    for (const LabelBlock& block : blocks) {
      const PositionedWord& first = *block.rows.front().front();
      const double height = Height(first);
      // A range or a label other than a section's name ("Clinical" before a group of skills)
      // on a text row's baseline is read at the front of that row, as a table's is.
      if (block.rows.size() == 1 && (block.dates || !ClassifyHeading(block.text, false))) {
        const double baseline = RowBaseline(block.rows.front());
        std::size_t beside = 0;
        while (beside < text_rows.size() &&
               std::abs(RowBaseline(text_rows[beside]) - baseline) >= 0.3 * height) {
          ++beside;
        }
        // A range beside a bullet goes on to its entry's header, below.
        if (beside < text_rows.size() && !(block.dates && continuation(beside))) {
          text_rows[beside].insert(text_rows[beside].end(), block.rows.front().begin(),
                                   block.rows.front().end());
          continue;
        }
      }
      if (!block.dates) {
        // A section name wrapped over rows of the narrow column is read as one line.
        const double baseline = RowBaseline(block.rows.front());
        in_flow.push_back({BoundsOf(block.rows.front()).y0,
                           block.rows.size() == 1
                               ? block.rows.front()
                               : lay_out(block.rows, BoundsOf(block.rows.front()).x0, baseline)});
        continue;
      }
      // The text row nearest the range, then up to the header of the entry it belongs to.
      const double center = BoundsOf(block.rows.front()).CenterY();
      std::size_t nearest = text_rows.size();
      double distance = 2.5 * height;
      for (std::size_t t = 0; t < text_rows.size(); ++t) {
        const double d = std::abs(BoundsOf(text_rows[t]).CenterY() - center);
        if (d < distance) {
          distance = d;
          nearest = t;
        }
      }
      if (nearest == text_rows.size()) {
        WordRefs words;
        for (const WordRefs& row : block.rows) words.insert(words.end(), row.begin(), row.end());
        in_flow.push_back({BoundsOf(block.rows.front()).y0, words});
        continue;
      }
      std::size_t target = nearest;
      while (target > 0 && continuation(target) &&
             BoundsOf(text_rows[target]).y0 - BoundsOf(text_rows[target - 1]).y0 < 3 * height) {
        --target;
      }
      if (continuation(target)) target = nearest;
      const double width = cell_width(block.rows);
      const WordRefs copies =
          lay_out(block.rows, BoundsOf(text_rows[target]).x0 - 2 * height - width,
                  RowBaseline(text_rows[target]));
      text_rows[target].insert(text_rows[target].end(), copies.begin(), copies.end());
    }
    std::vector<Region> flow;
    std::size_t next_row = 0;
    for (const Label& name : in_flow) {
      Region text{{}, 2};
      const double height = Height(*name.words.front());
      while (next_row < text_rows.size() &&
             BoundsOf(text_rows[next_row]).CenterY() < name.top - 0.5 * height) {
        text.words.insert(text.words.end(), text_rows[next_row].begin(), text_rows[next_row].end());
        ++next_row;
      }
      if (!text.words.empty()) flow.push_back(std::move(text));
      flow.push_back(Region{name.words, 1});
    }
    Region rest{{}, 2};
    for (; next_row < text_rows.size(); ++next_row) {
      rest.words.insert(rest.words.end(), text_rows[next_row].begin(), text_rows[next_row].end());
    }
    if (!rest.words.empty()) flow.push_back(std::move(rest));
    const auto at = regions.begin() + static_cast<std::ptrdiff_t>(r - 1);
    regions.erase(at, at + 2);
    regions.insert(regions.begin() + static_cast<std::ptrdiff_t>(r - 1), flow.begin(), flow.end());
    r += flow.size() - 1;
  }
}

// Byte length of a dot-leader glyph at text[at] ('.', '·', '…' or '‧'), 0 when none.
std::size_t LeaderGlyphAt(std::string_view text, std::size_t at, bool& period) {
  period = text[at] == '.';
  if (period) return 1;
  if (text.substr(at, 2) == "\xC2\xB7") return 2;
  if (text.substr(at, 3) == "\xE2\x80\xA6" || text.substr(at, 3) == "\xE2\x80\xA7") return 3;
  return 0;
}

// Splits a word at the dot leaders drawn into it as glyphs ("Accountant·········",
// "Lincoln···Aug."): four periods or more, two or more middle dots or ellipses, or one middle dot
// glued to the word's end or start. Each part keeps its share of the word's width; a part a leader
// follows has leader_after set, and `leading` says whether a leader opened the word. A word all
// leader has no parts.
std::vector<PositionedWord> SplitLeaders(const PositionedWord& word, bool& leading) {
  leading = false;
  const std::string& text = word.text;
  std::vector<std::pair<std::size_t, std::size_t>> runs;
  bool period = false;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t length = LeaderGlyphAt(text, at, period);
    if (length == 0) {
      ++at;  // a UTF-8 continuation byte never starts a leader glyph
      continue;
    }
    const std::size_t begin = at;
    std::size_t periods = 0;
    std::size_t others = 0;
    while (at < text.size() && (length = LeaderGlyphAt(text, at, period)) > 0) {
      (period ? periods : others) += 1;
      at += length;
    }
    const bool middle_dot = periods == 0 && others == 1 && text.compare(begin, 2, "\xC2\xB7") == 0;
    const bool at_edge = (begin == 0) != (at == text.size());
    if (periods >= 4 || others >= 2 || (middle_dot && at_edge)) runs.emplace_back(begin, at);
  }
  if (runs.empty()) return {word};
  leading = runs.front().first == 0;
  const double total = static_cast<double>(std::max<std::size_t>(1, CodePointCount(text)));
  const double width = word.x1 - word.x0;
  std::vector<PositionedWord> parts;
  std::size_t from = 0;
  for (std::size_t k = 0; k <= runs.size(); ++k) {
    const std::size_t to = k < runs.size() ? runs[k].first : text.size();
    if (to > from) {
      PositionedWord part = word;
      part.text = text.substr(from, to - from);
      part.x0 = word.x0 + width * static_cast<double>(CodePointCount(text.substr(0, from))) / total;
      part.x1 = word.x0 + width * static_cast<double>(CodePointCount(text.substr(0, to))) / total;
      part.space_after = k < runs.size() || word.space_after;
      part.leader_after = k < runs.size() || word.leader_after;
      parts.push_back(std::move(part));
    }
    if (k < runs.size()) from = runs[k].second;
  }
  return parts;
}

// Adds a normalised word to the page's words: an icon marked as one, a word with inner spaces
// (Word-on-Mac separators) split into evenly spread parts.
void AddCleanedWord(PositionedWord copy, std::vector<PositionedWord>& cleaned) {
  const PositionedWord word = copy;
  // A glyph with no letter behind it (U+FFFD from a font without a Unicode map, or a private-use
  // icon): an icon, however its font is named.
  if (IsIconText(copy.text)) copy.symbol = true;
  if (copy.text.find(' ') == std::string::npos) {
    cleaned.push_back(std::move(copy));
    return;
  }
  const std::vector<std::string> parts = SplitTrimmed(copy.text, " ");
  const double total = static_cast<double>(CodePointCount(copy.text));
  double x = word.x0;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    PositionedWord part = copy;
    part.text = parts[i];
    const double share = static_cast<double>(CodePointCount(parts[i]) + 1) / total;
    part.x0 = x;
    part.x1 = std::min(word.x1, x + share * (word.x1 - word.x0));
    part.space_after = i + 1 < parts.size() || word.space_after;
    part.leader_after = i + 1 == parts.size() && word.leader_after;
    x = part.x1;
    cleaned.push_back(std::move(part));
  }
}

}  // namespace

double FirstWordWidth(const TextLine& line) {
  const std::string_view text = Trim(line.text);
  const std::size_t letters = std::max<std::size_t>(1, CodePointCount(text));
  const std::size_t first = CodePointCount(text.substr(0, text.find(' ')));
  return line.width * static_cast<double>(first + 1) / static_cast<double>(letters);
}

std::vector<TextLine> LayoutPage(const PageWords& page) {
  std::vector<PositionedWord> cleaned;
  cleaned.reserve(page.words.size());
  for (const PositionedWord& original : page.words) {
    PositionedWord normal = original;
    normal.text = NormalizeText(original.text, false);
    if (normal.text.empty() || !(original.x1 >= original.x0) || !(original.y1 >= original.y0)) {
      continue;
    }
    // A dot leader drawn as glyphs ("Senior Accountant·········May 2019") sets the text on
    // either side apart, as the tab stop it was drawn for does.
    bool leading = false;
    for (PositionedWord& copy : SplitLeaders(normal, leading)) {
      if (leading && !cleaned.empty()) {
        PositionedWord& last = cleaned.back();
        if (std::abs(last.y1 - normal.y1) < 0.5 * Height(normal) && last.x1 <= normal.x0 + 1) {
          last.leader_after = true;
        }
      }
      leading = false;
      AddCleanedWord(std::move(copy), cleaned);
    }
  }
  WordRefs refs;
  refs.reserve(cleaned.size());
  for (const PositionedWord& word : cleaned) refs.push_back(&word);

  std::vector<Region> regions = SplitRegions(refs, page.width, page.column_hint);
  std::deque<PositionedWord> moved;  // words put on another row; refs to them stay valid
  FoldDateGutter(regions, page.width, moved);
  FoldLabelColumn(regions, page.width, moved);
  std::vector<TextLine> out;
  for (Region& region : regions) {
    std::vector<BuiltLine> built_lines = BuildLines(std::move(region.words));
    PullWrappedDates(built_lines);
    JoinHeaderWrappedBesideDates(built_lines);
    UnweaveSideBySide(built_lines);
    std::vector<BuiltLine> lines = JoinBulletContinuations(std::move(built_lines));
    double previous_bottom = -1;
    for (BuiltLine& built : lines) {
      built.line.page = page.page;
      built.line.column = region.column;
      built.line.gap_before =
          previous_bottom < 0 ? 0 : std::max(0.0, built.line.y - previous_bottom);
      previous_bottom = built.bottom;
      if (!Trim(built.line.text).empty()) out.push_back(std::move(built.line));
    }
  }
  return out;
}

double RightColumnStart(const std::vector<TextLine>& lines) {
  double start = 0;
  for (const TextLine& line : lines) {
    if (line.column == 2 && (start == 0 || line.x < start)) start = line.x;
  }
  return start;
}

namespace {

// What stays the same of a running line from page to page: its words in lower case, spaced
// once, without the page's count. Numbers of four digits or more stay: a year or a phone number
// does not change from page to page ("2019 – Present" atop one page and "2012 – Present" atop
// the next are two jobs' dates).
std::string RunningKey(std::string_view text) {
  std::string key;
  const std::string lower = AsciiLower(text);
  for (std::size_t i = 0; i < lower.size();) {
    std::size_t end = i;
    while (end < lower.size() && std::isdigit(static_cast<unsigned char>(lower[end])) != 0) ++end;
    if (end - i >= 4) key.append(lower, i, end - i);
    if (end > i) {
      i = end;
      continue;
    }
    const char c = lower[i] == '\t' ? ' ' : lower[i];
    ++i;
    if (c == ' ' && (key.empty() || key.back() == ' ')) continue;
    key += c;
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

// "3", "Page 2 of 3", "- 2 -", "1/2": a page's count, of three digits at most ("2003 - 2005" is a
// job's dates at the foot of a page).
bool IsPageNumber(std::string_view text) {
  const std::string lower = AsciiLower(Trim(text));
  std::string_view view = lower;
  auto skip = [&view](std::string_view prefix) {
    if (view.starts_with(prefix)) view.remove_prefix(prefix.size());
  };
  auto skip_spaces_and_dashes = [&view] {
    while (!view.empty() && (view.front() == ' ' || view.front() == '-' || view.front() == '\t')) {
      view.remove_prefix(1);
    }
  };
  auto skip_digits = [&view] {
    std::size_t count = 0;
    while (!view.empty() && std::isdigit(static_cast<unsigned char>(view.front()))) {
      view.remove_prefix(1);
      ++count;
    }
    return count;
  };
  skip_spaces_and_dashes();
  skip("page");
  skip_spaces_and_dashes();
  const std::size_t page = skip_digits();
  if (page == 0 || page > 3) return false;
  skip_spaces_and_dashes();
  skip("of");
  skip("/");
  skip_spaces_and_dashes();
  const std::size_t of = skip_digits();
  skip_spaces_and_dashes();
  return of <= 3 && view.empty();
}

// A template's credit to its maker, printed under everything else on a page: "Designed with ♥
// by …", "Made with …", "Generated by …". Short, and never a sentence of the resume's own.
bool IsMakersCredit(std::string_view text) {
  const std::string lower = AsciiLower(Trim(text));
  static constexpr std::array<std::string_view, 12> kOpenings = {
      "designed with",  "designed by",     "made with",   "created with",
      "created using",  "built with",      "powered by",  "generated by",
      "generated with", "generated using", "template by", "theme by"};
  const bool opens = std::any_of(kOpenings.begin(), kOpenings.end(),
                                 [&lower](std::string_view o) { return lower.starts_with(o); });
  return opens && CountWords(lower) <= 12 && lower.find('@') == std::string::npos;
}

}  // namespace

void DropRunningHeadersAndFooters(std::vector<TextLine>& lines,
                                  const std::vector<double>& page_heights) {
  // Within `fraction` of the page's height from its top or bottom edge.
  auto near_edge = [&](const TextLine& line, double fraction) {
    if (line.page < 0 || static_cast<std::size_t>(line.page) >= page_heights.size()) return false;
    const double height = page_heights[static_cast<std::size_t>(line.page)];
    return line.y < height * fraction || line.y > height * (1 - fraction);
  };
  auto in_margin = [&](const TextLine& line) { return near_edge(line, kMarginFraction); };
  // Footers set higher than the margins ("1/2", "Brandon Ellis – Résumé" a page's last line,
  // 70 points up an A4 page): a page's mark below everything else, or a line that stands at
  // the same height on two or more pages with the same words.
  auto in_wide_margin = [&](const TextLine& line) { return near_edge(line, kWideMarginFraction); };
  // A running line keeps to its edge: the same words at the foot of one page and the head of the
  // next are a text that went on over the page break ("2003 - 2005" and "Delft University of
  // Technology" closing a page, "2000 - 2003" and the same school opening the next).
  auto edge_key = [&](const TextLine& line) {
    std::string key = RunningKey(line.text);
    if (key.empty()) return key;
    const bool top = line.page >= 0 && static_cast<std::size_t>(line.page) < page_heights.size() &&
                     line.y < page_heights[static_cast<std::size_t>(line.page)] / 2;
    return (top ? "top\n" : "bottom\n") + key;
  };
  std::map<std::string, std::set<int>> pages_by_key;
  for (const TextLine& line : lines) {
    if (in_margin(line)) pages_by_key[edge_key(line)].insert(line.page);
  }
  // A page header repeats on every page what heads the first one (the name, the contact
  // details): its copy at the top of the first page stays. Footers and headers that begin on
  // a later page go, save the first copy of an email address.
  int first_page = std::numeric_limits<int>::max();
  for (const TextLine& line : lines) first_page = std::min(first_page, line.page);
  std::map<int, double> lowest;  // page → the top of its lowest line above the margins' lines
  std::map<int, double> bottom;  // page → the top of its lowest line
  std::map<std::string, std::vector<std::pair<int, double>>> places_by_key;  // text → page, top
  auto keep_lowest = [](std::map<int, double>& tops, const TextLine& line) {
    auto [it, inserted] = tops.try_emplace(line.page, line.y);
    if (!inserted) it->second = std::max(it->second, line.y);
  };
  for (const TextLine& line : lines) {
    keep_lowest(bottom, line);
    if (in_margin(line)) continue;
    keep_lowest(lowest, line);
    if (in_wide_margin(line)) {
      places_by_key[std::string(Trim(line.text))].emplace_back(line.page, line.y);
    }
  }
  // The very words: dates at the same height on two pages differ in their digits.
  auto repeats_in_place = [&](const TextLine& line) {
    const std::string key(Trim(line.text));
    if (key.empty() || CountWords(key) > 12) return false;
    const auto found = places_by_key.find(key);
    if (found == places_by_key.end()) return false;
    return std::any_of(found->second.begin(), found->second.end(), [&](const auto& place) {
      return place.first != line.page && std::abs(place.second - line.y) < 3;
    });
  };
  auto page_mark = [](std::string_view text) {
    const std::string lower = AsciiLower(text);
    return IsPageNumber(text) &&  // "05/2020" is a date: a page count has no four-digit number
           (lower.find('/') != std::string::npos || lower.find("of") != std::string::npos ||
            lower.find("page") != std::string::npos);
  };
  std::set<std::string> kept;
  std::erase_if(lines, [&](const TextLine& line) {
    if (line.y >= lowest[line.page] && IsMakersCredit(line.text)) return true;
    if (!in_margin(line)) {
      if (!in_wide_margin(line)) return false;
      const bool last = line.y >= bottom[line.page] - 1;
      return (last && page_mark(line.text)) || repeats_in_place(line);
    }
    if (IsPageNumber(line.text)) return true;
    const std::string key = edge_key(line);
    const bool running = page_heights.size() > 1 && !key.empty() && pages_by_key[key].size() >= 2;
    if (!running) return false;
    const bool first_header =
        line.page == first_page && line.page >= 0 &&
        static_cast<std::size_t>(line.page) < page_heights.size() &&
        line.y < page_heights[static_cast<std::size_t>(line.page)] * kMarginFraction;
    return !((first_header || line.text.find('@') != std::string::npos) && kept.insert(key).second);
  });
}

}  // namespace resumax::parsing
