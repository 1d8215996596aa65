#pragma once

#include <filesystem>
#include <string>

#include "domain/auth/mailer.h"

namespace resumax::mail {

// Writes each message as an .eml file into a directory (the embedded default), so an account
// can be verified on a laptop with no mail server.
class OutboxMailer final : public Mailer {
 public:
  OutboxMailer(std::filesystem::path directory, std::string from);
  void Send(const MailMessage& message) override;

 private:
  std::filesystem::path directory_;
  std::string from_;
};

}  // namespace resumax::mail
