// The retention planner on any input: as JSON text (how js/ calls it) it must answer or fail
// with a status and a message; as records and options built from the bytes it must keep its
// contract: every planned id is a known record, in at most one list, the byte counts add up,
// a scope it says is satisfied is within its max_size, and the same input gives the same plan.
// The first input byte picks the mode.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "memory/retention_planner.h"

namespace {

using copilot::memory::Eviction;
using copilot::memory::Plan;
using copilot::memory::PlanOptions;
using copilot::memory::PlanRetention;
using copilot::memory::PlanRetentionJson;
using copilot::memory::RecordInfo;
using copilot::memory::ScopeLimits;

const char* const kScopes[] = {"session", "user", "organization", "global", "ephemeral"};

// Reads the input as a stream of small numbers; past the end it yields zeros.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  std::uint8_t Byte() { return at_ < bytes_.size() ? static_cast<std::uint8_t>(bytes_[at_++]) : 0; }
  std::uint32_t Word() {
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v = (v << 8U) | Byte();
    return v;
  }
  bool done() const { return at_ >= bytes_.size(); }

 private:
  std::string_view bytes_;
  std::size_t at_ = 0;
};

void CheckJson(std::string_view text) {
  copilot::Result<std::string> plan = PlanRetentionJson(text);
  if (!plan.ok() && plan.status().message().empty()) __builtin_trap();
  if (plan.ok() && (plan.value().empty() || plan.value().front() != '{')) __builtin_trap();
}

void CheckPlan(const std::vector<RecordInfo>& records, const PlanOptions& options, const Plan& plan) {
  std::map<std::string, const RecordInfo*> by_id;
  for (const RecordInfo& r : records) by_id[r.id] = &r;
  std::set<std::string> seen;
  auto sum = [&](const std::vector<std::string>& ids) {
    std::uint64_t bytes = 0;
    for (const std::string& id : ids) {
      auto found = by_id.find(id);
      if (found == by_id.end() || !seen.insert(id).second) __builtin_trap();  // unknown or listed twice
      bytes += found->second->size;
    }
    return bytes;
  };
  if (sum(plan.purge) != plan.purged_bytes || sum(plan.evict) != plan.evicted_bytes) __builtin_trap();
  sum(plan.reencrypt);
  if (!plan.satisfied) return;
  std::map<std::string, std::uint64_t> kept;
  for (const RecordInfo& r : records) {
    if (seen.count(r.id) == 0 ||
        std::find(plan.reencrypt.begin(), plan.reencrypt.end(), r.id) != plan.reencrypt.end()) {
      kept[r.scope] += r.size;
    }
  }
  for (const auto& [scope, limits] : options.limits) {
    auto reserve = options.reserve_bytes.find(scope);
    const std::uint64_t wanted = kept[scope] + (reserve == options.reserve_bytes.end() ? 0 : reserve->second);
    if (limits.max_size > 0 && wanted > limits.max_size) __builtin_trap();
  }
}

void CheckStructured(std::string_view bytes) {
  Reader in(bytes);
  PlanOptions options;
  options.now_ms = static_cast<double>(in.Word()) * 1000.0;
  options.eviction = (in.Byte() % 2 == 0) ? Eviction::kLru : Eviction::kLfu;
  for (const char* scope : kScopes) {
    const std::uint8_t flags = in.Byte();
    if ((flags & 1U) != 0) options.limits[scope] = ScopeLimits{static_cast<double>(in.Word()), in.Word() % 100000U};
    if ((flags & 2U) != 0) options.reserve_bytes[scope] = in.Word() % 50000U;
  }
  options.free_bytes = in.Byte() % 4 == 0 ? in.Word() % 100000U : 0;
  for (std::uint8_t n = in.Byte() % 4; n > 0; --n) options.retired_key_ids.push_back(in.Byte() % 8U);
  std::vector<RecordInfo> records;
  while (!in.done() && records.size() < 512) {
    RecordInfo r;
    r.id = "r" + std::to_string(in.Byte() % 200U);  // duplicates must fail, not crash
    r.scope = kScopes[in.Byte() % 5U];
    r.size = in.Word() % 5000U;
    r.updated_ms = static_cast<double>(in.Word()) * 1000.0;
    r.accessed_ms = static_cast<double>(in.Word()) * 1000.0;
    r.hits = in.Byte();
    r.expires_ms = in.Byte() % 3 == 0 ? static_cast<double>(in.Word()) * 1000.0 : 0;
    r.key_id = in.Byte() % 8U;
    records.push_back(r);
  }
  copilot::Result<Plan> plan = PlanRetention(records, options);
  if (!plan.ok()) {
    if (plan.status().message().empty()) __builtin_trap();
    return;
  }
  CheckPlan(records, options, plan.value());
  copilot::Result<Plan> again = PlanRetention(records, options);
  if (!again.ok() || again.value().purge != plan.value().purge || again.value().evict != plan.value().evict ||
      again.value().reencrypt != plan.value().reencrypt) {
    __builtin_trap();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (data[0] % 2 == 0) {
    CheckJson(input);
  } else {
    CheckStructured(input);
  }
  return 0;
}
