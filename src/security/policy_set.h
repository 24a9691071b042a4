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
// field table, so each field is looked up at most once per request. Policies whose
// conditions must all hold and include a string `equals` or an all-string `in` are indexed
// by those strings: a request's value for that field is hashed once and only the policies
// it names are evaluated. Likewise a case-sensitive string `contains` that must hold is
// screened by the two-byte sequences of its text: each field such a condition reads has its
// byte pairs noted once per request, and a policy whose text has a pair the value lacks is
// skipped. A policy either screen rules out could not have matched.
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
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/status.h"
#include "security/policy.h"

namespace copilot::security {

class FieldCache;

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

// What one evaluation found, before any text is made of it. Evaluation (above) is this trace
// with names and reasons filled in; js/ builds the same result from a trace and the set's
// Describe() table, so the per-request path never formats strings.
// One trace object can serve many evaluations: each one clears it and keeps its storage.
struct DecisionTrace {
  struct Hit {
    std::size_t policy = 0;      // index in insertion order (Describe()["policies"])
    std::size_t first_held = 0;  // its leaves that hold: held[first_held, first_held + held_count)
    std::size_t held_count = 0;
  };
  Effect decision = Effect::kAllow;
  bool defaulted = true;
  double risk = 0;
  std::vector<int> denied_permissions;  // indices into the request's asked permissions
  bool sensitive_denied = false;        // sensitive data asked by a role outside dataAccess
  std::vector<Hit> hits;                // in decision order
  std::vector<int> held;                // depth-first numbers of the hits' leaves that hold
  int decider = -1;                     // the hit that decided, or -1 (default or roles)
  std::vector<char> candidate;          // scratch: per decision-order position, see PolicySet
  std::vector<std::uint64_t> pairs;     // scratch: byte pairs seen per screened field
  bool roles_denied() const { return sensitive_denied || !denied_permissions.empty(); }
};

// The request fields the role check reads, as slots of the field table (see FieldSlots()).
enum RoleField { kUserRole, kUserRoles, kRole, kPermission, kResourceSensitive, kDataSensitive, kRoleFieldCount };

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

  // The field table: slot i reads path FieldSlots()[2i], else typed path [2i+1]. Changes
  // (and version() grows) whenever policies or role permissions change.
  const std::vector<std::vector<std::string>>& FieldSlots() const { return field_paths_; }
  std::uint64_t version() const { return version_; }
  // { version, fields: [[path, typedPath]...], roleFields: [slot or -1 x6], defaultDecision,
  //   policies: [{ id, name, priority, effect, enabled, actions, leaves: [text...] }] }.
  nlohmann::json Describe() const;
  // Evaluates a request given as the values of its field-table slots (nullptr: absent), as
  // js/ extracts them, into `out` (cleared first). The same decision logic as Evaluate();
  // `values.size()` must be the number of slots (kInvalidArgument otherwise).
  Status EvaluateSlots(const std::vector<const nlohmann::json*>& values, DecisionTrace* out) const;

 private:
  void Rebuild();
  int NumberField(const std::string& field, const std::vector<std::string>& path,
                  const std::vector<std::string>& typed_path, std::unordered_map<std::string, int>* ids);
  void NumberFields(ConditionNode* node, std::unordered_map<std::string, int>* ids);
  void BuildIndex();
  void CheckRoles(FieldCache* fields, DecisionTrace* out) const;
  void MarkCandidates(FieldCache* fields, std::vector<char>* candidate) const;
  void NotePairs(FieldCache* fields, std::vector<std::uint64_t>* pairs) const;
  void Trace(FieldCache* fields, DecisionTrace* out) const;
  Evaluation ToEvaluation(const DecisionTrace& trace, FieldCache* fields) const;

  PolicySetOptions options_;
  std::vector<Policy> policies_;    // insertion order
  std::vector<std::size_t> order_;  // decision order, indices into policies_
  // The candidate index: for a field, its strings -> positions in order_ of the policies that
  // need the field to be (or, for an array, to hold) one of them. indexed_[position] is 1 for
  // a policy some index guards.
  struct FieldIndex {
    int field_id = -1;
    std::unordered_map<std::string, std::vector<std::size_t>> positions;
  };
  std::vector<FieldIndex> indexes_;
  std::vector<char> indexed_;
  // The `contains` screen: screen_[position] is -1 or an index into screens_; the fields
  // screened are screened_fields_ (field ids), each with kPairWords words of pair bits.
  struct ContainsScreen {
    std::size_t field = 0;             // index into screened_fields_
    std::vector<std::uint16_t> pairs;  // the pair bits the text needs
  };
  std::vector<ContainsScreen> screens_;
  std::vector<int> screen_;
  std::vector<int> screened_fields_;
  std::vector<std::vector<std::string>> field_paths_;  // field table: [2i] path, [2i+1] typed path
  std::unordered_map<std::string, std::unordered_set<std::string>> role_permissions_;
  std::unordered_set<std::string> data_access_roles_;
  std::vector<std::vector<std::string>> leaf_texts_;  // per policy, depth-first
  int role_fields_[kRoleFieldCount] = {-1, -1, -1, -1, -1, -1};
  std::uint64_t next_id_ = 1;
  std::uint64_t version_ = 0;
};

}  // namespace copilot::security

#endif  // COPILOT_SECURITY_POLICY_SET_H_
