#include "domain/auth/password_policy.h"

#include <gtest/gtest.h>

namespace resumax::auth {
namespace {

TEST(PasswordPolicy, AcceptsLongUncommonPasswords) {
  EXPECT_FALSE(CheckPassword("Plum-tree harvest 1987", "ada@example.com"));
  EXPECT_FALSE(CheckPassword("correct horse battery staple", "ada@example.com"));
  EXPECT_FALSE(CheckPassword("éèêëēėę-ünïcødé", "a@b.co"));
}

TEST(PasswordPolicy, RefusesShortAndLong) {
  EXPECT_TRUE(CheckPassword("Short1!", "a@b.co"));
  EXPECT_TRUE(CheckPassword(std::string(129, 'q') + "x", "a@b.co"));
  // Length counts characters, not bytes: ten accented letters are enough.
  EXPECT_FALSE(CheckPassword("àéîõüçñøåæ", "a@b.co"));
}

TEST(PasswordPolicy, RefusesCommonAndTrivialPasswords) {
  for (const char* password :
       {"password123", "PASSWORD123", "1234567890", "qwertyuiop", "aaaaaaaaaaaa", "abababababab",
        "abcdefghijkl", "9876543210", "iloveyou123"}) {
    EXPECT_TRUE(CheckPassword(password, "a@b.co")) << password;
  }
}

TEST(PasswordPolicy, RefusesPasswordsBuiltFromTheEmail) {
  EXPECT_TRUE(CheckPassword("margaret.hamilton!", "margaret.hamilton@nasa.gov"));
  EXPECT_FALSE(CheckPassword("margaret.hamilton!", "grace@navy.mil"));
}

}  // namespace
}  // namespace resumax::auth
