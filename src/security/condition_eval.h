// Internal to the policy engine: evaluating compiled conditions against one request.
#ifndef COPILOT_SECURITY_CONDITION_EVAL_H_
#define COPILOT_SECURITY_CONDITION_EVAL_H_

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "security/policy.h"

namespace copilot::security {

// Looks up each field of the set's field table at most once per request.
class FieldCache {
 public:
  FieldCache(const nlohmann::json& request, const std::vector<std::vector<std::string>>& paths);
  const nlohmann::json* Get(int field_id);

 private:
  const nlohmann::json& request_;
  const std::vector<std::vector<std::string>>& paths_;
  std::vector<const nlohmann::json*> values_;
  std::vector<char> resolved_;
};

bool EvaluateNode(const ConditionNode& node, FieldCache* fields);

// "content contains \"customer_data\"" for every leaf that holds, for reasons.
void DescribeHolding(const ConditionNode& node, FieldCache* fields, std::vector<std::string>* out);

}  // namespace copilot::security

#endif  // COPILOT_SECURITY_CONDITION_EVAL_H_
