#pragma once

#include <string>
#include <string_view>

// Licences and certifications named by their own name: what a job asks for as "RN license" a
// resume shows as "RN" after the name or "Registered Nurse (RN)" in its certifications.
namespace resumax::optimize {

// The name of a credential without the word for its kind: "RN license" → "RN", "PMP
// certification" → "PMP"; a name without such a word is returned as it is (trimmed).
std::string CredentialName(std::string_view name);

// `needle` in `text` as whole words ("rn" in "ana ruiz, rn", not in "learn"); compared as
// written, so fold both first for a comparison that ignores case.
bool ContainsWords(std::string_view text, std::string_view needle);

// ContainsWords for a credential named by its name or title: not where a word after it says it
// is still being earned ("Pharmacy technician student", "RN apprentice", "nurse aide").
bool NamesHeldCredential(std::string_view text, std::string_view needle);

// Whether a term is written like an acronym: 2–8 letters and digits, at least two capitals and
// no more lower-case letters than capitals ("QTS", "GCSE", "SaaS", "CDL"; not "Go", "Python").
bool IsAcronym(std::string_view term);

// Whether a text says a credential is only worked towards, so not held: "PMP (in progress)",
// "a CPA candidate", "SHRM-CP (exam scheduled)", "studying for the 2391", "CCRN-eligible",
// "preparing for the PTCB exam"; or what the writer only hopes to do ("looking to move into
// human resources"). A short item (a skill, a certificate) also by "expected", "pending",
// "provisional", "scheduled", "candidate" or "trainee".
bool CredentialStillToCome(std::string_view text, bool short_item);

}  // namespace resumax::optimize
