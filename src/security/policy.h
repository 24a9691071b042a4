// One security policy, validated and compiled from its JSON document.
//
// The document has the seed's shape:
//
//   { "name": "Sensitive Data Access", "description": "...", "enabled": true, "priority": 100,
//     "match": "all",                                   // or "any"; default "all"
//     "conditions": [ { "type": "data", "operator": "contains", "field": "content",
//                       "value": "customer_data" },
//                     { "any": [ <condition>, <condition> ] } ],   // nested groups
//     "actions": [ { "type": "log" }, { "type": "alert", "parameters": { "severity": "high" } },
//                  { "type": "challenge" } ] }
//
// Operators: equals, not_equals, contains, matches (RE2 syntax), in, not_in, gt, gte, lt,
// lte, exists. `field` is a dotted path into the request ("user.role"); when the path is
// absent from the request, `type` + path is tried ("user" + "role"), so the seed's
// { type: 'user', field: 'role' } reads request.user.role. A condition on a missing field
// is false, except not_in and exists:false, which hold.
//
// Actions: log, alert, challenge, block (alias deny), mask, allow. The strongest of block >
// challenge > allow is the policy's effect on the decision; log, alert and mask alone only
// add actions to run.
//
// CompilePolicy never keeps a partly valid policy: it returns kInvalidPolicy (or
// kInvalidPattern for a regex RE2 rejects) whose message starts with the path of the field
// at fault, e.g. "conditions[1].operator: unknown operator 'like' ...".
#ifndef COPILOT_SECURITY_POLICY_H_
#define COPILOT_SECURITY_POLICY_H_

#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/status.h"

namespace re2 {
class RE2;
}

namespace copilot::security {

enum class Operator { kEquals, kNotEquals, kContains, kMatches, kIn, kNotIn, kGt, kGte, kLt, kLte, kExists };

// Ordered by strength: a stronger effect wins at equal priority.
enum class Effect { kNone = 0, kAllow = 1, kChallenge = 2, kDeny = 3 };

const char* EffectName(Effect effect);

struct Condition {
  Operator op = Operator::kEquals;
  std::string type;
  std::string field;
  std::vector<std::string> path;        // field split on '.'
  std::vector<std::string> typed_path;  // type, then path; empty when there is no type
  nlohmann::json value;                 // as written, for equals and for reasons
  bool has_number = false;
  double number = 0;
  std::string text;                            // string operand (contains, comparisons)
  std::unordered_set<std::string> string_set;  // in / not_in: the string members
  std::vector<nlohmann::json> other_members;   // in / not_in: members that are not strings
  std::shared_ptr<const re2::RE2> regex;       // matches
  bool ignore_case = false;                    // contains / equals on strings
  bool must_exist = true;                      // exists
  int field_id = -1;                           // slot in the policy set's field table
};

// A condition tree: a leaf, or a group whose children must all / any hold.
struct ConditionNode {
  enum class Kind { kLeaf, kAll, kAny } kind = Kind::kLeaf;
  Condition leaf;
  std::vector<ConditionNode> children;
};

struct Action {
  std::string type;
  nlohmann::json parameters;  // an object; empty when the document gave none
};

struct Policy {
  std::string id;
  std::string name;
  std::string description;
  bool enabled = true;
  int priority = 0;
  ConditionNode root;  // kAll or kAny over the document's conditions
  std::vector<Action> actions;
  Effect effect = Effect::kNone;
  double risk = 0;          // 0..1: "riskScore" from the document, else derived from the actions
  nlohmann::json document;  // the validated document, with its id, for listing
};

// Validates `document` and compiles it (regexes built, sets hashed, paths split) under `id`.
Result<Policy> CompilePolicy(const nlohmann::json& document, const std::string& id);

}  // namespace copilot::security

#endif  // COPILOT_SECURITY_POLICY_H_
