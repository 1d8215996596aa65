#include "domain/matching/credentials.h"

#include <gtest/gtest.h>

namespace resumax::optimize {
namespace {

TEST(Credentials, NameWithoutTheWordForItsKind) {
  EXPECT_EQ(CredentialName("RN license"), "RN");
  EXPECT_EQ(CredentialName("RN Licence "), "RN");
  EXPECT_EQ(CredentialName("PMP certification"), "PMP");
  EXPECT_EQ(CredentialName("Compact nursing license"), "Compact nursing");
  EXPECT_EQ(CredentialName("CPA"), "CPA");
  EXPECT_EQ(CredentialName(" license"), "license") << "nothing but the kind stays itself";
}

TEST(Credentials, WholeWordsOnly) {
  EXPECT_TRUE(ContainsWords("Ana Ruiz, RN, BSN", "RN"));
  EXPECT_TRUE(ContainsWords("Registered Nurse (RN) License", "RN"));
  EXPECT_FALSE(ContainsWords("learn", "rn"));
  EXPECT_FALSE(ContainsWords("RNA sequencing", "RN"));
  EXPECT_FALSE(ContainsWords("anything", ""));
}

TEST(Credentials, AcronymsByTheirCapitals) {
  for (const char* acronym : {"QTS", "GCSE", "SaaS", "CDL", "TWIC", "B2B", "PGCE"}) {
    EXPECT_TRUE(IsAcronym(acronym)) << acronym;
  }
  for (const char* word : {"Go", "Python", "A", "send", "GraphQLServer", "Ab", "2FA"}) {
    EXPECT_FALSE(IsAcronym(word)) << word;
  }
}

TEST(Credentials, NamedButStillBeingEarned) {
  EXPECT_TRUE(NamesHeldCredential("registered nurse (rn), icu", "registered nurse"));
  EXPECT_FALSE(NamesHeldCredential("pharmacy technician student", "pharmacy technician"));
  EXPECT_FALSE(NamesHeldCredential("Works as an RN apprentice", "RN"));
  EXPECT_TRUE(NamesHeldCredential("RN, BSN", "RN"));
}

TEST(Credentials, StillToComeIsNotHeld) {
  for (const char* text :
       {"PMP (in progress - exam January 2027)", "CPA candidate", "Studying for the 2391",
        "CCRN-eligible", "preparing for the PTCB exam", "looking to move into human resources",
        "I plan to sit the VTNE in summer 2027", "Due to sit the CIPS Level 4 exams in May",
        "ILM Level 3 Certificate - due to complete March 2027"}) {
    EXPECT_TRUE(CredentialStillToCome(text, false)) << text;
  }
  EXPECT_TRUE(CredentialStillToCome("Provisional driving licence", true));
  EXPECT_TRUE(CredentialStillToCome("Pharmacy Technician Trainee Registration", true));
  EXPECT_TRUE(CredentialStillToCome("ILM Level 3 Certificate - studying", true));
  EXPECT_TRUE(CredentialStillToCome("AAT Level 4 (currently enrolled)", true));
  EXPECT_FALSE(CredentialStillToCome("Led a study on enrolled patients' outcomes", false));
  EXPECT_FALSE(CredentialStillToCome("Provisional driving licence", false))
      << "in a bullet, only the plain markers";
  for (const char* text : {"PMP", "Certified Public Accountant (CPA)", "Interviewed candidates",
                           "Exceeded expected volumes", "Planned the VTNE study sessions"}) {
    EXPECT_FALSE(CredentialStillToCome(text, false)) << text;
  }
}

}  // namespace
}  // namespace resumax::optimize
