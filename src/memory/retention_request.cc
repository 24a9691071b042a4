// The JSON face of PlanRetention: parses a request document and serialises the plan.
#include <utility>

#include <nlohmann/json.hpp>

#include "config/json_document.h"
#include "memory/retention_planner.h"

namespace copilot::memory {
namespace {

using nlohmann::json;

Status Invalid(const std::string& what) {
  return Status(StatusCode::kInvalidArgument, "retention plan request: " + what);
}

// Reads an optional non-negative number; absent or null leaves `out` unchanged.
template <typename T>
bool ReadNumber(const json& obj, const char* name, T& out) {
  auto it = obj.find(name);
  if (it == obj.end() || it->is_null()) return true;
  if (!it->is_number() || it->get<double>() < 0) return false;
  out = it->get<T>();
  return true;
}

Status ReadLimits(const json& doc, PlanOptions& options) {
  auto it = doc.find("limits");
  if (it == doc.end()) return Status::Ok();
  if (!it->is_object()) return Invalid("limits must be an object");
  for (const auto& [scope, value] : it->items()) {
    ScopeLimits limits;
    if (!value.is_object() || !ReadNumber(value, "maxAge", limits.max_age_ms) ||
        !ReadNumber(value, "maxSize", limits.max_size)) {
      return Invalid("limits of '" + scope + "' need numbers >= 0 for maxAge and maxSize");
    }
    options.limits[scope] = limits;
  }
  return Status::Ok();
}

Status ReadOptions(const json& doc, PlanOptions& options) {
  if (!ReadNumber(doc, "now", options.now_ms) || !ReadNumber(doc, "freeBytes", options.free_bytes)) {
    return Invalid("now and freeBytes must be numbers >= 0");
  }
  const std::string eviction = doc.value("eviction", std::string("lru"));
  if (eviction != "lru" && eviction != "lfu") return Invalid("eviction must be 'lru' or 'lfu'");
  options.eviction = eviction == "lfu" ? Eviction::kLfu : Eviction::kLru;
  if (Status s = ReadLimits(doc, options); !s.ok()) return s;
  if (auto it = doc.find("reserve"); it != doc.end()) {
    if (!it->is_object()) return Invalid("reserve must be an object");
    for (const auto& [scope, value] : it->items()) {
      if (!value.is_number_unsigned()) return Invalid("reserve of '" + scope + "' must be a byte count");
      options.reserve_bytes[scope] = value.get<std::uint64_t>();
    }
  }
  if (auto it = doc.find("retiredKeyIds"); it != doc.end()) {
    if (!it->is_array()) return Invalid("retiredKeyIds must be an array");
    for (const json& id : *it) {
      if (!id.is_number_unsigned()) return Invalid("retiredKeyIds must hold key ids");
      options.retired_key_ids.push_back(id.get<std::uint32_t>());
    }
  }
  return Status::Ok();
}

Result<RecordInfo> ReadRecord(const json& value) {
  RecordInfo r;
  if (!value.is_object()) return Invalid("each record must be an object");
  auto id = value.find("id");
  auto scope = value.find("scope");
  if (id == value.end() || !id->is_string() || scope == value.end() || !scope->is_string()) {
    return Invalid("each record needs a string id and scope");
  }
  r.id = id->get<std::string>();
  r.scope = scope->get<std::string>();
  if (!ReadNumber(value, "size", r.size) || !ReadNumber(value, "updated", r.updated_ms) ||
      !ReadNumber(value, "accessed", r.accessed_ms) || !ReadNumber(value, "hits", r.hits) ||
      !ReadNumber(value, "expires", r.expires_ms) || !ReadNumber(value, "keyId", r.key_id)) {
    return Invalid("record '" + r.id + "' has a field that is not a number >= 0");
  }
  return r;
}

}  // namespace

Result<std::string> PlanRetentionJson(std::string_view request) {
  JsonLimits limits;
  limits.max_bytes = std::size_t{256} << 20;
  limits.max_depth = 8;
  Result<json> doc = ParseJsonDocument(request, limits);
  if (!doc.ok()) return Invalid(doc.status().message());
  if (!doc.value().is_object()) return Invalid("the request must be an object");
  PlanOptions options;
  if (Status s = ReadOptions(doc.value(), options); !s.ok()) return s;
  std::vector<RecordInfo> records;
  auto it = doc.value().find("records");
  if (it != doc.value().end()) {
    if (!it->is_array()) return Invalid("records must be an array");
    records.reserve(it->size());
    for (const json& value : *it) {
      Result<RecordInfo> r = ReadRecord(value);
      if (!r.ok()) return r.status();
      records.push_back(std::move(r).value());
    }
  }
  Result<Plan> plan = PlanRetention(records, options);
  if (!plan.ok()) return plan.status();
  const Plan& p = plan.value();
  json out = {{"purge", p.purge},
              {"evict", p.evict},
              {"reencrypt", p.reencrypt},
              {"purgedBytes", p.purged_bytes},
              {"evictedBytes", p.evicted_bytes},
              {"satisfied", p.satisfied}};
  return out.dump();
}

}  // namespace copilot::memory
