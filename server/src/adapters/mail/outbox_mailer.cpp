#include "adapters/mail/outbox_mailer.h"

#include <fcntl.h>
#include <unistd.h>

#include <stdexcept>

#include "adapters/mail/message_format.h"
#include "core/clock.h"
#include "core/ids.h"
#include "core/log.h"

namespace resumax::mail {

OutboxMailer::OutboxMailer(std::filesystem::path directory, std::string from)
    : directory_(std::move(directory)), from_(std::move(from)) {
  std::filesystem::create_directories(directory_);
}

void OutboxMailer::Send(const MailMessage& message) {
  std::string stamp = FormatTimestamp(std::chrono::system_clock::now());
  std::erase_if(stamp, [](char c) { return c == ':' || c == '-' || c == '.'; });
  const auto final_path = directory_ / (stamp + "-" + NewUuid() + ".eml");
  const auto temp_path = final_path.string() + ".tmp";
  const std::string text = FormatRfc5322(message, from_);
  // Messages hold account links: readable by the owner only.
  const int fd = ::open(temp_path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) throw std::runtime_error("cannot write to the mail outbox");
  std::size_t written = 0;
  while (written < text.size()) {
    const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
    if (n <= 0) {
      ::close(fd);
      throw std::runtime_error("cannot write to the mail outbox");
    }
    written += static_cast<std::size_t>(n);
  }
  ::close(fd);
  std::filesystem::rename(temp_path, final_path);
  log::Info("mail_written_to_outbox", {{"path", final_path.string()}});
}

}  // namespace resumax::mail
