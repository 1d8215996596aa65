#include "core/event_hub.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <vector>

namespace resumax {
namespace {

TEST(EventHub, WakesTheTopicsSubscribersAndRelaysToOtherProcesses) {
  EventHub hub;
  int first = 0;
  int second = 0;
  int other = 0;
  std::vector<std::string> relayed;
  hub.SetRelay([&](const std::string& topic) { relayed.push_back(topic); });
  auto a = hub.Subscribe("optimization.1", [&] { ++first; });
  auto b = hub.Subscribe("optimization.1", [&] { ++second; });
  auto c = hub.Subscribe("optimization.2", [&] { ++other; });
  EXPECT_EQ(hub.Subscribers(), 3U);

  hub.Publish("optimization.1");
  EXPECT_EQ(first, 1);
  EXPECT_EQ(second, 1);
  EXPECT_EQ(other, 0);
  EXPECT_EQ(relayed, std::vector<std::string>{"optimization.1"});

  // From another process: woken here, never sent back.
  hub.Deliver("optimization.2");
  EXPECT_EQ(other, 1);
  EXPECT_EQ(relayed.size(), 1U);

  b.reset();
  hub.Publish("optimization.1");
  EXPECT_EQ(first, 2);
  EXPECT_EQ(second, 1) << "an ended subscription is never woken";

  hub.DeliverAll();
  EXPECT_EQ(first, 3);
  EXPECT_EQ(other, 2);
  a.reset();
  c.reset();
  EXPECT_EQ(hub.Subscribers(), 0U);
}

TEST(EventHub, AFailingRelayStillWakesThisProcessAndLivenessFollowsTheProbe) {
  EventHub hub;
  EXPECT_TRUE(hub.Live()) << "a single process hears every event it publishes";
  int woken = 0;
  hub.SetRelay([](const std::string&) { throw std::runtime_error("connection lost"); });
  auto subscription = hub.Subscribe("t", [&] { ++woken; });
  EXPECT_NO_THROW(hub.Publish("t"));
  EXPECT_EQ(woken, 1);
  bool listening = false;
  hub.SetLiveProbe([&] { return listening; });
  EXPECT_FALSE(hub.Live());
  listening = true;
  EXPECT_TRUE(hub.Live());
}

// A waker may end its own subscription (a stream that finished).
TEST(EventHub, AWakerMayUnsubscribeItself) {
  EventHub hub;
  std::unique_ptr<EventHub::Subscription> subscription;
  int woken = 0;
  subscription = hub.Subscribe("t", [&] {
    ++woken;
    subscription.reset();
  });
  hub.Publish("t");
  hub.Publish("t");
  EXPECT_EQ(woken, 1);
  EXPECT_EQ(hub.Subscribers(), 0U);
}

}  // namespace
}  // namespace resumax
