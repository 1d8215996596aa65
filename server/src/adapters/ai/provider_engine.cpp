#include "adapters/ai/provider_engine.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <exception>
#include <map>
#include <optional>
#include <thread>

#include "adapters/ai/section_prompt.h"
#include "core/metrics.h"
#include "core/trace.h"
#include "domain/rewriting/apply_changes.h"
#include "domain/rewriting/diff_words.h"
#include "domain/rewriting/rewrite_engine.h"

namespace resumax::ai {
namespace {

std::string Lower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

// Each non-empty bullet of the entry at `scope` ("experience[2]") as an item.
std::vector<SectionItem> BulletItems(const std::string& scope,
                                     const std::vector<std::string>& bullets) {
  std::vector<SectionItem> items;
  for (size_t index = 0; index < bullets.size(); ++index) {
    if (bullets[index].empty()) continue;
    items.push_back({scope + ".bullets[" + std::to_string(index) + "]", bullets[index]});
  }
  return items;
}

bool InScope(std::string_view path, std::string_view scope) {
  if (path == scope) return true;
  return path.size() > scope.size() && path.substr(0, scope.size()) == scope &&
         path[scope.size()] == '.';
}

}  // namespace

std::vector<SectionRequest> SplitIntoSections(const document::ResumeDocument& resume,
                                              const optimize::JobAnalysis& job,
                                              const optimize::KeywordReport& report,
                                              optimize::Strategy strategy) {
  SectionRequest common;
  common.job_title = job.title;
  std::vector<optimize::Keyword> keywords = job.keywords;
  std::stable_sort(
      keywords.begin(), keywords.end(),
      [](const optimize::Keyword& a, const optimize::Keyword& b) { return a.weight > b.weight; });
  for (const optimize::Keyword& keyword : keywords) common.job_keywords.push_back(keyword.term);
  common.report = report;
  common.strategy = strategy;

  std::vector<SectionRequest> requests;
  auto add = [&](std::string section, std::string scope, std::string heading,
                 std::vector<SectionItem> items) {
    if (items.empty()) return;
    SectionRequest request = common;
    request.section = std::move(section);
    request.scope = std::move(scope);
    request.heading = std::move(heading);
    request.items = std::move(items);
    requests.push_back(std::move(request));
  };
  auto single = [&](const char* path) {
    std::vector<SectionItem> items;
    Result<std::string> text = optimize::CurrentText(resume, path);
    if (text && !text->empty()) items.push_back({path, std::move(*text)});
    return items;
  };
  auto entries = [&](const char* key, const auto& list, auto heading_of) {
    for (size_t index = 0; index < list.size(); ++index) {
      std::string scope = std::string(key) + "[" + std::to_string(index) + "]";
      add(key, scope, heading_of(list[index]), BulletItems(scope, list[index].bullets));
    }
  };

  add("summary", "summary", "Summary", single("summary"));
  entries("experience", resume.experience, [](const document::Experience& entry) {
    std::string heading = entry.title;
    if (!entry.company.empty()) heading += (heading.empty() ? "" : ", ") + entry.company;
    if (entry.period.start) {
      heading += " (" + document::FormatDate(*entry.period.start) + " – " +
                 (entry.period.end ? document::FormatDate(*entry.period.end) : "present") + ")";
    }
    return heading;
  });
  add("skills", "skills", "Skills", single("skills"));
  entries("projects", resume.projects, [](const document::Project& entry) { return entry.name; });
  return requests;
}

struct ProviderEngine::SectionOutcome {
  std::optional<size_t> slot;  // the provider that answered, if any
  SectionReply reply;
  std::vector<std::string> failures;  // "openai (timeout after 3 attempts)", ...
};

ProviderEngine::ProviderEngine(std::vector<std::unique_ptr<Provider>> providers,
                               EngineSettings settings, optimize::AiAuditSink* audit)
    : settings_(std::move(settings)), audit_(audit) {
  for (std::unique_ptr<Provider>& provider : providers) {
    slots_.push_back({std::move(provider), std::make_unique<CircuitBreaker>(
                                               settings_.breaker_failures,
                                               settings_.breaker_cool_down, settings_.clock)});
  }
}

bool ProviderEngine::IsCircuitOpen(std::string_view provider_name) {
  for (Slot& slot : slots_) {
    if (slot.provider->name() == provider_name) return slot.breaker->IsOpen();
  }
  return false;
}

namespace {

// A provider call's outcome for metrics and traces: ok, timeout, refused (circuit open), error.
std::string CallOutcome(const Result<SectionReply>& reply) {
  if (reply) return "ok";
  return reply.error().internal.starts_with("timeout") ? "timeout" : "error";
}

struct ProviderMetrics {
  metrics::Counter& calls =
      metrics::Counter::Get("resumax_provider_calls_total",
                            "LLM provider calls by provider and outcome.", {"provider", "outcome"});
  metrics::Counter& fallbacks = metrics::Counter::Get(
      "resumax_provider_fallbacks_total",
      "Sections passed on to the next provider (or the local engine) after this one failed.",
      {"provider"});
  metrics::Counter& tokens = metrics::Counter::Get(
      "resumax_provider_tokens_total", "Tokens used by provider and direction (input, output).",
      {"provider", "direction"});
};

ProviderMetrics& Metrics() {
  static ProviderMetrics metrics;
  return metrics;
}

}  // namespace

ProviderEngine::SectionOutcome ProviderEngine::RunSection(const SectionRequest& request,
                                                          const PiiRedactor& redactor) {
  SectionOutcome outcome;
  std::optional<SectionPrompt> prompt;
  for (size_t index = 0; index < slots_.size(); ++index) {
    Slot& slot = slots_[index];
    std::string name = slot.provider->name();
    if (!slot.breaker->AllowCall()) {
      outcome.failures.push_back(name + " (circuit open)");
      Metrics().calls.Inc({name, "refused"});
      Metrics().fallbacks.Inc({name});
      continue;
    }
    trace::Span span("provider.call " + name, trace::SpanKind::kClient);
    span.SetAttribute("gen_ai.system", name);
    span.SetAttribute("gen_ai.request.model", slot.provider->model());
    span.SetAttribute("resumax.section", request.section);
    Result<SectionReply> reply = Error::Internal("not called");
    try {
      reply = slot.provider->RewriteSection(request);
    } catch (const std::exception& exception) {
      reply = Error::Internal(std::string("exception: ") + exception.what());
    }
    const std::string call_outcome = CallOutcome(reply);
    Metrics().calls.Inc({name, call_outcome});
    span.SetAttribute("resumax.outcome", call_outcome);
    if (reply) {
      slot.breaker->RecordSuccess();
      Metrics().tokens.Add({name, "input"}, static_cast<double>(reply->prompt_tokens));
      Metrics().tokens.Add({name, "output"}, static_cast<double>(reply->completion_tokens));
      span.SetAttribute("gen_ai.usage.input_tokens", reply->prompt_tokens);
      span.SetAttribute("gen_ai.usage.output_tokens", reply->completion_tokens);
      span.SetAttribute("resumax.edits", reply->edits.size());
    } else {
      slot.breaker->RecordFailure();
      outcome.failures.push_back(name + " (" + reply.error().internal + ")");
      Metrics().fallbacks.Inc({name});
      span.SetError(call_outcome);
    }
    if (audit_) {
      if (!prompt) prompt = BuildSectionPrompt(request);
      long long tokens = reply ? reply->prompt_tokens + reply->completion_tokens : 0;
      audit_->Record(name, prompt->version, redactor.Redact(prompt->system + "\n" + prompt->user),
                     reply ? redactor.Redact(reply->raw_output) : std::string(), tokens,
                     reply ? "ok" : "error: " + reply.error().internal);
    }
    if (reply) {
      outcome.slot = index;
      outcome.reply = std::move(*reply);
      return outcome;
    }
  }
  return outcome;
}

optimize::EngineOutput ProviderEngine::Propose(const document::ResumeDocument& resume,
                                               std::string_view /*resume_text*/,
                                               const optimize::JobAnalysis& job,
                                               const optimize::KeywordReport& report,
                                               optimize::Strategy strategy) {
  std::vector<SectionRequest> requests = SplitIntoSections(resume, job, report, strategy);
  PiiRedactor redactor(resume.contact);
  std::vector<SectionOutcome> outcomes(requests.size());
  std::atomic<size_t> next{0};
  // Sections run on threads of their own; their provider calls join this trace.
  const std::optional<trace::SpanContext> parent = trace::Current();
  auto worker = [&] {
    std::optional<trace::Scope> scope;
    if (parent) scope.emplace(*parent);
    for (size_t index = next++; index < requests.size(); index = next++) {
      outcomes[index] = RunSection(requests[index], redactor);
    }
  };
  size_t thread_count =
      std::min(requests.size(), static_cast<size_t>(std::max(settings_.max_parallel, 1)));
  std::vector<std::jthread> threads;
  for (size_t index = 0; index < thread_count; ++index) threads.emplace_back(worker);
  threads.clear();  // joins

  std::map<std::string, std::string> canonical_keywords;
  for (const optimize::Keyword& keyword : job.keywords) {
    canonical_keywords.emplace(Lower(keyword.term), keyword.term);
  }

  optimize::EngineOutput output;
  std::optional<std::vector<optimize::Change>> local;
  std::vector<size_t> changes_by_slot(slots_.size(), 0);
  std::vector<size_t> sections_by_slot(slots_.size(), 0);
  auto add_note = [&](std::string note) {
    if (std::find(output.notes.begin(), output.notes.end(), note) == output.notes.end()) {
      output.notes.push_back(std::move(note));
    }
  };
  for (size_t index = 0; index < requests.size(); ++index) {
    const SectionRequest& request = requests[index];
    SectionOutcome& outcome = outcomes[index];
    std::string failures;
    for (const std::string& failure : outcome.failures) {
      failures += (failures.empty() ? "" : ", ") + failure;
    }
    if (outcome.slot) {
      const std::string name = slots_[*outcome.slot].provider->name();
      ++sections_by_slot[*outcome.slot];
      output.tokens_used += outcome.reply.prompt_tokens + outcome.reply.completion_tokens;
      if (!failures.empty()) {
        std::string note = request.scope;
        note += ": ";
        note += failures;
        note += " failed, fell back to ";
        note += name;
        add_note(std::move(note));
      }
      for (const SectionItem& item : request.items) {
        for (ProposedEdit& edit : outcome.reply.edits) {
          if (edit.path != item.path) continue;
          optimize::Change change;
          change.section = request.section;
          change.path = item.path;
          change.before = item.text;
          change.after = std::move(edit.after);
          change.reason = std::move(edit.reason);
          for (const std::string& keyword : edit.keywords) {
            auto found = canonical_keywords.find(Lower(keyword));
            if (found != canonical_keywords.end() &&
                std::find(change.keywords.begin(), change.keywords.end(), found->second) ==
                    change.keywords.end()) {
              change.keywords.push_back(found->second);
            }
          }
          change.diff = optimize::WordDiff(change.before, change.after);
          output.changes.push_back(std::move(change));
          ++changes_by_slot[*outcome.slot];
        }
      }
      continue;
    }
    if (!local) local = optimize::ProposeLocalChanges(resume, job, report, strategy);
    for (const optimize::Change& change : *local) {
      if (InScope(change.path, request.scope)) output.changes.push_back(change);
    }
    add_note(request.scope + ": " +
             (failures.empty() ? "no provider configured" : failures + " failed") +
             ", used the local engine");
  }
  for (size_t index = 0; index < output.changes.size(); ++index) {
    output.changes[index].id = "c" + std::to_string(index + 1);
  }

  output.provider = "local";
  size_t best = 0;
  for (size_t index = 0; index < slots_.size(); ++index) {
    if (changes_by_slot[index] > changes_by_slot[best]) best = index;
  }
  if (!slots_.empty() && changes_by_slot[best] > 0) {
    output.provider = slots_[best].provider->name();
  } else {
    for (size_t index = 0; index < slots_.size(); ++index) {
      if (sections_by_slot[index] > sections_by_slot[best]) best = index;
    }
    if (!slots_.empty() && sections_by_slot[best] > 0)
      output.provider = slots_[best].provider->name();
  }
  return output;
}

}  // namespace resumax::ai
