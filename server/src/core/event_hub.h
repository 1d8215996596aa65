#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace resumax {

// Live events inside one process, fanned out to the streams that wait for them, and relayed
// to every other process (PostgreSQL NOTIFY or Redis pub/sub, see app/wiring.cpp) so a stream
// on one API node hears of a job a worker finished elsewhere. An event is only a topic
// ("optimization.<id>"): a stream that hears it reads the current state itself, so a lost or
// repeated event never shows a wrong state. While the relay is down (Live() is false) streams
// fall back to polling.
class EventHub {
 public:
  using Waker = std::function<void()>;

  // Ends the subscription when destroyed.
  class Subscription {
   public:
    Subscription(EventHub& hub, std::uint64_t id) : hub_(hub), id_(id) {}
    ~Subscription() { hub_.Unsubscribe(id_); }
    Subscription(const Subscription&) = delete;
    Subscription& operator=(const Subscription&) = delete;

   private:
    EventHub& hub_;
    std::uint64_t id_;
  };

  // `waker` is called (on the publishing thread; it must not block) whenever `topic` is
  // published here or delivered from another process.
  std::unique_ptr<Subscription> Subscribe(const std::string& topic, Waker waker);
  // An event of this process: woken here, and sent to the others through the relay.
  void Publish(const std::string& topic);
  // An event from another process (the relay's listener): woken here only.
  void Deliver(const std::string& topic);
  // Every subscriber (the relay reconnected: what it missed is unknown).
  void DeliverAll();

  // How events reach other processes; none on a single node.
  void SetRelay(std::function<void(const std::string& topic)> relay);
  // Whether every event reaches this process now; when not, streams poll. Without a probe:
  // live (a single process publishes everything it hears).
  bool Live() const { return !live_probe_ || live_probe_(); }
  void SetLiveProbe(std::function<bool()> probe) { live_probe_ = std::move(probe); }

  std::size_t Subscribers() const;

 private:
  void Unsubscribe(std::uint64_t id);
  void Wake(const std::string* topic);

  mutable std::mutex mutex_;
  std::uint64_t next_id_ = 1;
  std::multimap<std::string, std::pair<std::uint64_t, Waker>> by_topic_;
  std::map<std::uint64_t, std::string> topics_;
  std::function<void(const std::string&)> relay_;
  std::function<bool()> live_probe_;  // set once, before serving
};

}  // namespace resumax
