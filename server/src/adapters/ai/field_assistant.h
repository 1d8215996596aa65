#pragma once

#include <memory>
#include <vector>

#include "adapters/ai/provider.h"
#include "domain/parsing/field_assist.h"

namespace resumax::ai {

// Reads unsure fields of a parsed resume through the configured providers, first to last: the
// first that answers wins. The text sent has the contact's email address, phone number and
// links masked (the name stays: it may be what is asked), and is cut to a bounded length.
class ProviderFieldAssistant final : public parsing::FieldAssistant {
 public:
  explicit ProviderFieldAssistant(std::vector<std::unique_ptr<Provider>> providers);
  Result<std::vector<parsing::FieldAnswer>> Answer(
      std::string_view text, const std::vector<parsing::FieldQuestion>& questions,
      const document::Contact& contact) override;

 private:
  std::vector<std::unique_ptr<Provider>> providers_;
};

}  // namespace resumax::ai
