// Retention planning for scoped memory: which stored records to purge, evict or re-encrypt.
//
// The planner only decides; js/ executes its plan against IndexedDB in one transaction.
// It sees record metadata (never values): size, timestamps, access counts, key ids.
//
//   PlanOptions options;
//   options.now_ms = 1700000000000;
//   options.eviction = Eviction::kLru;
//   options.limits["user"] = ScopeLimits{/*max_age_ms=*/90 * kDayMs, /*max_size=*/500 << 20};
//   Result<Plan> plan = PlanRetention(records, options);
//   if (!plan.ok()) return plan.status();  // kInvalidArgument for contradictory input
//
// Rules, applied in this order:
//   1. Purge: a record whose own TTL has passed (expires_ms > 0 and <= now), or that is older
//      than its scope's max_age_ms (measured from updated_ms), is purged.
//   2. Evict per scope: while a scope's remaining bytes plus reserve_bytes[scope] exceed its
//      max_size, the next record in eviction order is evicted. Eviction order is LRU (oldest
//      accessed_ms first) or LFU (fewest hits first, then oldest accessed_ms); ties go to the
//      oldest updated_ms, then the smallest id, so a plan is deterministic.
//   3. Free bytes: if free_bytes > 0 (the store reported a full quota), records keep being
//      evicted across all scopes in eviction order until that many bytes are freed. The plan
//      says whether it could (satisfied).
//   4. Re-encrypt: every record still kept whose key_id is in retired_key_ids.
// A record appears in at most one of purge, evict and reencrypt.
#ifndef COPILOT_MEMORY_RETENTION_PLANNER_H_
#define COPILOT_MEMORY_RETENTION_PLANNER_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace copilot::memory {

enum class Eviction { kLru, kLfu };

// What the planner knows about one stored record. Times are milliseconds since the epoch.
struct RecordInfo {
  std::string id;     // the record's storage id (a keyed hash, never the caller's key)
  std::string scope;  // "session", "user", "organization", "global" or "ephemeral"
  std::uint64_t size = 0;
  double updated_ms = 0;
  double accessed_ms = 0;
  std::uint64_t hits = 0;
  double expires_ms = 0;  // 0: no TTL
  std::uint32_t key_id = 0;
};

// Limits of one scope; 0 means unlimited.
struct ScopeLimits {
  double max_age_ms = 0;
  std::uint64_t max_size = 0;
};

struct PlanOptions {
  double now_ms = 0;
  Eviction eviction = Eviction::kLru;
  std::map<std::string, ScopeLimits> limits;
  // Bytes about to be written per scope, counted against its max_size.
  std::map<std::string, std::uint64_t> reserve_bytes;
  // Bytes to free across all scopes (a quota error); 0: none.
  std::uint64_t free_bytes = 0;
  std::vector<std::uint32_t> retired_key_ids;
};

struct Plan {
  std::vector<std::string> purge;
  std::vector<std::string> evict;
  std::vector<std::string> reencrypt;
  std::uint64_t purged_bytes = 0;
  std::uint64_t evicted_bytes = 0;
  bool satisfied = true;  // false when free_bytes or a max_size could not be met
};

// Plans retention over `records`. Fails with kInvalidArgument for a negative or non-finite
// time or a duplicate id.
Result<Plan> PlanRetention(const std::vector<RecordInfo>& records, const PlanOptions& options);

// The same, for a JSON request (how js/ calls it across the wasm boundary):
//   {"now":ms,"eviction":"lru"|"lfu","limits":{"user":{"maxAge":ms,"maxSize":bytes}},
//    "reserve":{"user":bytes},"freeBytes":n,"retiredKeyIds":[1],
//    "records":[{"id":"..","scope":"user","size":n,"updated":ms,"accessed":ms,"hits":n,
//                "expires":ms,"keyId":n}]}
// and returns {"purge":[..],"evict":[..],"reencrypt":[..],"purgedBytes":n,"evictedBytes":n,
// "satisfied":bool} as JSON text. Fails with kInvalidArgument for a malformed request.
Result<std::string> PlanRetentionJson(std::string_view request);

}  // namespace copilot::memory

#endif  // COPILOT_MEMORY_RETENTION_PLANNER_H_
