// A compiled set of security policies and the decisions it makes.
//
//   PolicySet set;                                   // default decision: allow
//   Result<std::string> id = set.Add(policy_json);   // validated and compiled once
//   Result<Evaluation> e = set.Evaluate(R"({"content":"customer_data","user":{"role":"user"}})");
//   e.value().decision;                              // Effect::kChallenge
//
// Compilation happens on Add/Update/Remove, never per request: every policy's conditions
// are built into a tree of typed operands (hashed sets, compiled RE2 programs, numbers),
// the policies are put in decision order once (priority descending, then deny > challenge >
// allow, then insertion), and the request fields any condition reads are numbered into a
// field table, so each field is looked up at most once per request.
//
// Decision: the first matching policy in decision order that has an effect decides, so the
// highest priority wins and, at equal priority, deny wins over challenge over allow. Policies
// that only log, alert or mask still match and contribute actions and risk. Without a
// deciding policy the configured default applies. Role permissions (the seed's
// policies.userPermissions and policies.dataAccess) are checked first and deny above every
// priority.
//
// A policy that fails to compile is refused with kInvalidPolicy / kInvalidPattern naming the
// field at fault, and the set keeps every policy it had. Requests are bounded: more than
// max_request_bytes is kTooLarge, nesting deeper than max_request_depth is kTooLarge, text
// that is not a JSON object is kInvalidArgument.
#ifndef COPILOT_SECURITY_POLICY_SET_H_
#define COPILOT_SECURITY_POLICY_SET_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/status.h"
#include "security/policy.h"

namespace copilot::security {

struct PolicySetOptions {
  Effect default_decision = Effect::kAllow;  // kAllow, kChallenge or kDeny
  std::size_t max_request_bytes = std::size_t{1} << 20;
  int max_request_depth = 32;
  std::size_t max_policies = 10000;
};

struct Evaluation {
  struct Match {
    std::string id;
    std::string name;
    int priority = 0;
    Effect effect = Effect::kNone;
  };
  struct ActionToRun {
    std::string policy_id;
    Action action;
  };
  Effect decision = Effect::kAllow;
  bool defaulted = true;       // no policy decided: the default applied
  std::vector<Match> matched;  // in decision order
  std::vector<ActionToRun> actions;
  double risk = 0;  // 1 - prod(1 - policy risk) over matched policies
  std::vector<std::string> reasons;

  nlohmann::json ToJson() const;
};

class PolicySet {
 public:
  explicit PolicySet(PolicySetOptions options = PolicySetOptions());

  // Parses { userPermissions: { role: [permission...] }, dataAccess: [role...] }.
  // kInvalidConfig naming the field at fault; the previous table stays on failure.
  Status SetRolePermissions(const nlohmann::json& policies_config);

  // Adds a policy; its id is document["id"] when that is a new non-empty string, otherwise
  // a fresh "policy-N". kInvalidPolicy for a duplicate id.
  Result<std::string> Add(const nlohmann::json& document);
  // Merges `patch` (an object) into the policy's document and recompiles; on failure the
  // policy is unchanged. kInvalidArgument for an unknown id.
  Status Update(const std::string& id, const nlohmann::json& patch);
  Status Remove(const std::string& id);
  // The policies' documents, in the order they were added.
  nlohmann::json List() const;
  std::size_t size() const { return policies_.size(); }

  Result<Evaluation> Evaluate(std::string_view request_json) const;
  Evaluation EvaluateDocument(const nlohmann::json& request) const;

 private:
  void Rebuild();
  void NumberFields(ConditionNode* node, std::unordered_map<std::string, int>* ids);
  bool CheckRoles(const nlohmann::json& request, Evaluation* out) const;

  PolicySetOptions options_;
  std::vector<Policy> policies_;                       // insertion order
  std::vector<std::size_t> order_;                     // decision order, indices into policies_
  std::vector<std::vector<std::string>> field_paths_;  // field table: [2i] path, [2i+1] typed path
  std::unordered_map<std::string, std::unordered_set<std::string>> role_permissions_;
  std::unordered_set<std::string> data_access_roles_;
  std::uint64_t next_id_ = 1;
};

}  // namespace copilot::security

#endif  // COPILOT_SECURITY_POLICY_SET_H_
