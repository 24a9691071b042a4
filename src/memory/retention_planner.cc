#include "memory/retention_planner.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <utility>

namespace copilot::memory {
namespace {

bool ValidTime(double t) {
  return std::isfinite(t) && t >= 0;
}

Status CheckInput(const std::vector<RecordInfo>& records, const PlanOptions& options) {
  if (!ValidTime(options.now_ms)) return Status(StatusCode::kInvalidArgument, "now must be a finite time >= 0");
  std::set<std::string_view> ids;
  for (const RecordInfo& r : records) {
    if (!ValidTime(r.updated_ms) || !ValidTime(r.accessed_ms) || !ValidTime(r.expires_ms)) {
      return Status(StatusCode::kInvalidArgument, "record times must be finite and >= 0");
    }
    if (!ids.insert(r.id).second)
      return Status(StatusCode::kInvalidArgument, "duplicate record id in the plan request");
  }
  for (const auto& [scope, limits] : options.limits) {
    if (!ValidTime(limits.max_age_ms)) {
      return Status(StatusCode::kInvalidArgument, "maxAge of scope '" + scope + "' must be finite and >= 0");
    }
  }
  return Status::Ok();
}

bool Expired(const RecordInfo& r, const PlanOptions& options) {
  if (r.expires_ms > 0 && r.expires_ms <= options.now_ms) return true;
  auto it = options.limits.find(r.scope);
  return it != options.limits.end() && it->second.max_age_ms > 0 &&
         options.now_ms - r.updated_ms > it->second.max_age_ms;
}

// True when `a` should be evicted before `b`.
bool EvictsFirst(const RecordInfo& a, const RecordInfo& b, Eviction eviction) {
  if (eviction == Eviction::kLfu && a.hits != b.hits) return a.hits < b.hits;
  if (a.accessed_ms != b.accessed_ms) return a.accessed_ms < b.accessed_ms;
  if (a.updated_ms != b.updated_ms) return a.updated_ms < b.updated_ms;
  return a.id < b.id;
}

std::uint64_t Limit(const std::map<std::string, std::uint64_t>& m, const std::string& key) {
  auto it = m.find(key);
  return it == m.end() ? 0 : it->second;
}

}  // namespace

Result<Plan> PlanRetention(const std::vector<RecordInfo>& records, const PlanOptions& options) {
  if (Status s = CheckInput(records, options); !s.ok()) return s;
  Plan plan;
  std::vector<const RecordInfo*> kept;
  std::map<std::string, std::uint64_t> scope_bytes;
  for (const RecordInfo& r : records) {
    if (Expired(r, options)) {
      plan.purge.push_back(r.id);
      plan.purged_bytes += r.size;
    } else {
      kept.push_back(&r);
      scope_bytes[r.scope] += r.size;
    }
  }
  std::stable_sort(kept.begin(), kept.end(),
                   [&](const RecordInfo* a, const RecordInfo* b) { return EvictsFirst(*a, *b, options.eviction); });

  std::set<const RecordInfo*> evicted;
  auto evict = [&](const RecordInfo* r) {
    evicted.insert(r);
    plan.evict.push_back(r->id);
    plan.evicted_bytes += r->size;
    scope_bytes[r->scope] -= r->size;
  };
  for (const auto& [scope, limits] : options.limits) {
    if (limits.max_size == 0) continue;
    const std::uint64_t reserve = Limit(options.reserve_bytes, scope);
    for (const RecordInfo* r : kept) {
      if (scope_bytes[scope] + reserve <= limits.max_size) break;
      if (r->scope == scope && evicted.count(r) == 0) evict(r);
    }
    if (scope_bytes[scope] + reserve > limits.max_size) plan.satisfied = false;
  }
  for (const RecordInfo* r : kept) {
    if (plan.purged_bytes + plan.evicted_bytes >= options.free_bytes) break;
    if (evicted.count(r) == 0) evict(r);
  }
  if (plan.purged_bytes + plan.evicted_bytes < options.free_bytes) plan.satisfied = false;

  const std::set<std::uint32_t> retired(options.retired_key_ids.begin(), options.retired_key_ids.end());
  for (const RecordInfo& r : records) {
    if (retired.count(r.key_id) != 0 && !Expired(r, options) && evicted.count(&r) == 0) plan.reencrypt.push_back(r.id);
  }
  return plan;
}

}  // namespace copilot::memory
