#pragma once

#include <string>
#include <vector>

#include "app/config.h"

namespace resumax::app {

// `resumax jobs list|retry|discard`: the operator's view of the job queue.
struct JobsCommand {
  enum Action { kList, kRetry, kDiscard } action = kList;
  std::string status;  // list: only jobs in this state
  std::string kind;    // list, retry --all-dead: only jobs of this kind
  int limit = 50;
  bool json = false;
  bool all_dead = false;
  std::vector<std::string> ids;
};

// Runs the command against the configured database; prints to stdout, problems to stderr.
// Exit code 0 when everything asked for was done, 1 when an id named no dead job, 2 when the
// arguments make no sense.
int RunJobsCommand(const Config& config, const JobsCommand& command);

// `resumax admin grant|revoke EMAIL`: makes an account an admin or a user again (audited).
// Exit code 0 when done, 1 when there is no such account, 2 for an address that is not one.
int RunAdminCommand(const Config& config, bool grant, const std::string& email);

}  // namespace resumax::app
