#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "domain/document/resume_document.h"

namespace resumax::parsing {

// A field the rules were unsure of, put to a language model: where it is in the document
// ("contact.name", "experience[2].company", "experience[2].dates", "education[0].school"), what
// the rules read there ("" when nothing), and what else the entry holds, to tell it apart.
struct FieldQuestion {
  std::string path;
  std::string current;
  std::string context;
};

// A model's reading of one field: the text as printed in the document.
struct FieldAnswer {
  std::string path;
  std::string value;
};

// Reads fields of a resume's text with a language model. Implemented over the configured
// providers (adapters/ai); `contact` holds what must not leave the server in the text (its
// email address and phone number are masked before the text is sent).
class FieldAssistant {
 public:
  virtual ~FieldAssistant() = default;
  virtual Result<std::vector<FieldAnswer>> Answer(std::string_view text,
                                                  const std::vector<FieldQuestion>& questions,
                                                  const document::Contact& contact) = 0;
};

// The questions for a freshly parsed document: one per field its warnings flag (a name, a job's
// title, employer, place or dates, a school's degree or school), at most `limit`.
std::vector<FieldQuestion> QuestionsFor(const document::ResumeDocument& document,
                                        std::size_t limit = 40);

// Applies the answers to the fields asked about. An answer is dropped unless its path was
// asked and its value is found in the document's own text (letters compared without regard
// to case, spacing collapsed): a model cannot add what the file does not say. Dates must read
// as a date or range. Each field filled keeps its warning, reworded to say the assistant read
// it. Returns how many fields were filled.
std::size_t ApplyAnswers(document::ResumeDocument& document, std::string_view text,
                         const std::vector<FieldQuestion>& questions,
                         const std::vector<FieldAnswer>& answers);

}  // namespace resumax::parsing
