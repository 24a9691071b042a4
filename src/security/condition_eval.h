// Internal to the policy engine: evaluating compiled conditions against one request.
#ifndef COPILOT_SECURITY_CONDITION_EVAL_H_
#define COPILOT_SECURITY_CONDITION_EVAL_H_

#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "security/policy.h"

namespace copilot::security {

// Looks up each field of the set's field table at most once per request: either by walking
// a parsed request, or from values js/ already extracted (nullptr for an absent field).
class FieldCache {
 public:
  FieldCache(const nlohmann::json& request, const std::vector<std::vector<std::string>>& paths);
  // Over values already resolved (not copied: `resolved` must outlive the cache).
  explicit FieldCache(const std::vector<const nlohmann::json*>& resolved);
  const nlohmann::json* Get(int field_id) {
    const auto i = static_cast<std::size_t>(field_id);
    return request_ == nullptr ? given_[i] : Resolve(i);
  }

 private:
  const nlohmann::json* Resolve(std::size_t i);

  const nlohmann::json* const* given_ = nullptr;
  const nlohmann::json* request_ = nullptr;
  const std::vector<std::vector<std::string>>* paths_ = nullptr;
  std::vector<const nlohmann::json*> values_;
  std::vector<char> resolved_;
};

// The value at `path` (keys into nested objects), or nullptr.
const nlohmann::json* WalkPath(const nlohmann::json& root, const std::vector<std::string>& path);

bool EvaluateNode(const ConditionNode& node, FieldCache* fields);

// The depth-first numbers of the leaves that hold, for reasons.
void CollectHolding(const ConditionNode& node, FieldCache* fields, int* next_leaf, std::vector<int>* held);

// "content contains \"customer_data\"" for every leaf, depth-first (the texts reasons quote).
void DescribeLeaves(const ConditionNode& node, std::vector<std::string>* out);

}  // namespace copilot::security

#endif  // COPILOT_SECURITY_CONDITION_EVAL_H_
