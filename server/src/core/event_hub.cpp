#include "core/event_hub.h"

#include <vector>

#include "core/log.h"

namespace resumax {

std::unique_ptr<EventHub::Subscription> EventHub::Subscribe(const std::string& topic, Waker waker) {
  std::lock_guard lock(mutex_);
  const std::uint64_t id = next_id_++;
  by_topic_.emplace(topic, std::make_pair(id, std::move(waker)));
  topics_.emplace(id, topic);
  return std::make_unique<Subscription>(*this, id);
}

void EventHub::Unsubscribe(std::uint64_t id) {
  std::lock_guard lock(mutex_);
  const auto topic = topics_.find(id);
  if (topic == topics_.end()) return;
  auto [first, last] = by_topic_.equal_range(topic->second);
  for (auto it = first; it != last; ++it) {
    if (it->second.first == id) {
      by_topic_.erase(it);
      break;
    }
  }
  topics_.erase(topic);
}

void EventHub::Wake(const std::string* topic) {
  std::vector<Waker> wakers;
  {
    std::lock_guard lock(mutex_);
    if (topic) {
      auto [first, last] = by_topic_.equal_range(*topic);
      for (auto it = first; it != last; ++it) wakers.push_back(it->second.second);
    } else {
      for (const auto& entry : by_topic_) wakers.push_back(entry.second.second);
    }
  }
  // Outside the lock: a waker may end its own subscription.
  for (const auto& wake : wakers) wake();
}

void EventHub::Publish(const std::string& topic) {
  Wake(&topic);
  std::function<void(const std::string&)> relay;
  {
    std::lock_guard lock(mutex_);
    relay = relay_;
  }
  if (!relay) return;
  try {
    relay(topic);
  } catch (const std::exception& error) {
    // Streams elsewhere fall back to polling; the event itself is never lost for good.
    log::Warn("event_relay_failed", {{"detail", error.what()}});
  }
}

void EventHub::Deliver(const std::string& topic) { Wake(&topic); }

void EventHub::DeliverAll() { Wake(nullptr); }

void EventHub::SetRelay(std::function<void(const std::string&)> relay) {
  std::lock_guard lock(mutex_);
  relay_ = std::move(relay);
}

std::size_t EventHub::Subscribers() const {
  std::lock_guard lock(mutex_);
  return topics_.size();
}

}  // namespace resumax
