#include "security/policy_set.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "config/json_document.h"
#include "security/condition_eval.h"

namespace copilot::security {
namespace {

constexpr int kRolePriority = 1000001;  // above every policy priority

std::string JoinPath(const std::vector<std::string>& path) {
  std::string out;
  for (const std::string& p : path) out += (out.empty() ? "" : ".") + p;
  return out;
}

void CollectStrings(const nlohmann::json* v, std::vector<std::string>* out) {
  if (v == nullptr) return;
  if (v->is_string()) out->push_back(v->get<std::string>());
  if (v->is_array()) {
    for (const nlohmann::json& e : *v) {
      if (e.is_string()) out->push_back(e.get<std::string>());
    }
  }
}

bool IsTrue(const nlohmann::json* v) {
  return v != nullptr && v->is_boolean() && v->get<bool>();
}

const std::vector<std::string> kRolePaths[kRoleFieldCount] = {
    {"user", "role"}, {"user", "roles"}, {"role"}, {"permission"}, {"resource", "sensitive"}, {"data", "sensitive"}};

}  // namespace

nlohmann::json Evaluation::ToJson() const {
  nlohmann::json out = {{"decision", EffectName(decision)}, {"defaulted", defaulted}, {"riskScore", risk}};
  out["allowed"] = decision == Effect::kAllow;
  nlohmann::json& m = out["matchedPolicies"] = nlohmann::json::array();
  for (const Match& match : matched) {
    m.push_back(
        {{"id", match.id}, {"name", match.name}, {"priority", match.priority}, {"effect", EffectName(match.effect)}});
  }
  nlohmann::json& a = out["actions"] = nlohmann::json::array();
  for (const ActionToRun& run : actions) {
    a.push_back({{"policyId", run.policy_id}, {"type", run.action.type}, {"parameters", run.action.parameters}});
  }
  out["reasons"] = reasons;
  return out;
}

PolicySet::PolicySet(PolicySetOptions options) : options_(options) {}

Status PolicySet::SetRolePermissions(const nlohmann::json& config) {
  if (!config.is_object()) return Status(StatusCode::kInvalidConfig, "policies: expected an object");
  std::unordered_map<std::string, std::unordered_set<std::string>> permissions;
  std::unordered_set<std::string> data_access;
  auto perms = config.find("userPermissions");
  if (perms != config.end()) {
    if (!perms->is_object()) return Status(StatusCode::kInvalidConfig, "policies.userPermissions: expected an object");
    for (auto it = perms->begin(); it != perms->end(); ++it) {
      if (!it.value().is_array()) {
        return Status(StatusCode::kInvalidConfig,
                      "policies.userPermissions." + it.key() + ": expected an array of permission names");
      }
      for (const nlohmann::json& p : it.value()) {
        if (!p.is_string()) {
          return Status(StatusCode::kInvalidConfig, "policies.userPermissions." + it.key() + ": names are strings");
        }
        permissions[it.key()].insert(p.get<std::string>());
      }
    }
  }
  auto access = config.find("dataAccess");
  if (access != config.end()) {
    if (!access->is_array()) return Status(StatusCode::kInvalidConfig, "policies.dataAccess: expected an array");
    for (const nlohmann::json& r : *access) {
      if (!r.is_string()) return Status(StatusCode::kInvalidConfig, "policies.dataAccess: role names are strings");
      data_access.insert(r.get<std::string>());
    }
  }
  role_permissions_ = std::move(permissions);
  data_access_roles_ = std::move(data_access);
  Rebuild();
  return Status::Ok();
}

Result<std::string> PolicySet::Add(const nlohmann::json& document) {
  if (policies_.size() >= options_.max_policies) {
    return Status(StatusCode::kTooLarge, "the policy set is full (" + std::to_string(options_.max_policies) + ")");
  }
  std::string id;
  if (document.is_object() && document.contains("id")) {
    if (!document["id"].is_string() || document["id"].get<std::string>().empty()) {
      return Status(StatusCode::kInvalidPolicy, "id: a policy id is a non-empty string");
    }
    id = document["id"].get<std::string>();
    for (const Policy& p : policies_) {
      if (p.id == id) return Status(StatusCode::kInvalidPolicy, "id: a policy with id '" + id + "' already exists");
    }
  } else {
    id = "policy-" + std::to_string(next_id_++);
  }
  Result<Policy> policy = CompilePolicy(document, id);
  if (!policy.ok()) return policy.status();
  policies_.push_back(std::move(policy).value());
  Rebuild();
  return id;
}

Status PolicySet::Update(const std::string& id, const nlohmann::json& patch) {
  if (!patch.is_object()) return Status(StatusCode::kInvalidPolicy, "policy: an update is an object of fields");
  auto it = std::find_if(policies_.begin(), policies_.end(), [&](const Policy& p) { return p.id == id; });
  if (it == policies_.end()) return Status(StatusCode::kInvalidArgument, "no policy with id '" + id + "'");
  nlohmann::json document = it->document;
  for (auto field = patch.begin(); field != patch.end(); ++field) {
    if (field.key() == "id" && field.value() != id) return Status(StatusCode::kInvalidPolicy, "id: ids cannot change");
    document[field.key()] = field.value();
  }
  Result<Policy> policy = CompilePolicy(document, id);
  if (!policy.ok()) return policy.status();
  *it = std::move(policy).value();
  Rebuild();
  return Status::Ok();
}

Status PolicySet::Remove(const std::string& id) {
  auto it = std::find_if(policies_.begin(), policies_.end(), [&](const Policy& p) { return p.id == id; });
  if (it == policies_.end()) return Status(StatusCode::kInvalidArgument, "no policy with id '" + id + "'");
  policies_.erase(it);
  Rebuild();
  return Status::Ok();
}

nlohmann::json PolicySet::List() const {
  nlohmann::json out = nlohmann::json::array();
  for (const Policy& p : policies_) out.push_back(p.document);
  return out;
}

int PolicySet::NumberField(const std::string& field, const std::vector<std::string>& path,
                           const std::vector<std::string>& typed_path, std::unordered_map<std::string, int>* ids) {
  const std::string key = field + '\n' + JoinPath(typed_path);
  auto [it, added] = ids->emplace(key, static_cast<int>(field_paths_.size() / 2));
  if (added) {
    field_paths_.push_back(path);
    field_paths_.push_back(typed_path);
  }
  return it->second;
}

void PolicySet::NumberFields(ConditionNode* node, std::unordered_map<std::string, int>* ids) {
  if (node->kind != ConditionNode::Kind::kLeaf) {
    for (ConditionNode& child : node->children) NumberFields(&child, ids);
    return;
  }
  Condition& c = node->leaf;
  c.field_id = NumberField(c.field, c.path, c.typed_path, ids);
}

void PolicySet::Rebuild() {
  ++version_;
  field_paths_.clear();
  leaf_texts_.clear();
  std::unordered_map<std::string, int> ids;
  // The role check's fields come first, and only when there is a role table to check.
  const bool roles = !role_permissions_.empty() || !data_access_roles_.empty();
  for (int f = 0; f < kRoleFieldCount; ++f) {
    role_fields_[f] = roles ? NumberField(JoinPath(kRolePaths[f]), kRolePaths[f], {}, &ids) : -1;
  }
  order_.clear();
  for (std::size_t i = 0; i < policies_.size(); ++i) {
    NumberFields(&policies_[i].root, &ids);
    leaf_texts_.emplace_back();
    DescribeLeaves(policies_[i].root, &leaf_texts_.back());
    order_.push_back(i);
  }
  std::stable_sort(order_.begin(), order_.end(), [&](std::size_t a, std::size_t b) {
    const Policy& x = policies_[a];
    const Policy& y = policies_[b];
    if (x.priority != y.priority) return x.priority > y.priority;
    return x.effect > y.effect;
  });
}

nlohmann::json PolicySet::Describe() const {
  nlohmann::json fields = nlohmann::json::array();
  for (std::size_t i = 0; i + 1 < field_paths_.size(); i += 2) fields.push_back({field_paths_[i], field_paths_[i + 1]});
  nlohmann::json policies = nlohmann::json::array();
  for (std::size_t i = 0; i < policies_.size(); ++i) {
    const Policy& p = policies_[i];
    nlohmann::json actions = nlohmann::json::array();
    for (const Action& a : p.actions) actions.push_back({{"type", a.type}, {"parameters", a.parameters}});
    policies.push_back({{"id", p.id},
                        {"name", p.name},
                        {"priority", p.priority},
                        {"effect", EffectName(p.effect)},
                        {"enabled", p.enabled},
                        {"actions", actions},
                        {"leaves", leaf_texts_[i]}});
  }
  return {{"version", version_},
          {"fields", fields},
          {"roleFields", std::vector<int>(std::begin(role_fields_), std::end(role_fields_))},
          {"defaultDecision", EffectName(options_.default_decision)},
          {"policies", policies}};
}

void PolicySet::CheckRoles(FieldCache* fields, DecisionTrace* out) const {
  if (role_fields_[0] < 0) return;
  std::vector<std::string> roles;
  const nlohmann::json* user_role = fields->Get(role_fields_[kUserRole]);
  const nlohmann::json* user_roles = fields->Get(role_fields_[kUserRoles]);
  CollectStrings(user_role, &roles);
  CollectStrings(user_roles, &roles);
  CollectStrings(fields->Get(role_fields_[kRole]), &roles);
  auto grants = [&](const std::string& permission) {
    return std::any_of(roles.begin(), roles.end(), [&](const std::string& role) {
      auto it = role_permissions_.find(role);
      return it != role_permissions_.end() && (it->second.count(permission) != 0 || it->second.count("full-access"));
    });
  };
  const nlohmann::json* wanted = fields->Get(role_fields_[kPermission]);
  if (wanted != nullptr && !role_permissions_.empty()) {
    std::vector<std::string> asked;
    CollectStrings(wanted, &asked);
    for (std::size_t i = 0; i < asked.size(); ++i) {
      if (!grants(asked[i])) out->denied_permissions.push_back(static_cast<int>(i));
    }
  }
  const bool sensitive =
      IsTrue(fields->Get(role_fields_[kResourceSensitive])) || IsTrue(fields->Get(role_fields_[kDataSensitive]));
  out->sensitive_denied =
      sensitive && !data_access_roles_.empty() &&
      std::none_of(roles.begin(), roles.end(), [&](const std::string& r) { return data_access_roles_.count(r); });
}

DecisionTrace PolicySet::Trace(FieldCache* fields) const {
  DecisionTrace out;
  out.decision = options_.default_decision;
  CheckRoles(fields, &out);
  const bool roles_denied = out.roles_denied();
  if (roles_denied) {
    out.decision = Effect::kDeny;
    out.defaulted = false;
  }
  double keep = roles_denied ? 0.1 : 1.0;
  bool decided = roles_denied;
  for (std::size_t index : order_) {
    const Policy& p = policies_[index];
    if (!p.enabled || !EvaluateNode(p.root, fields)) continue;
    DecisionTrace::Hit hit;
    hit.policy = index;
    int next_leaf = 0;
    CollectHolding(p.root, fields, &next_leaf, &hit.held);
    keep *= 1.0 - p.risk;
    if (!decided && p.effect != Effect::kNone) {
      decided = true;
      out.decision = p.effect;
      out.defaulted = false;
      out.decider = static_cast<int>(out.hits.size());
    }
    out.hits.push_back(std::move(hit));
  }
  out.risk = std::round((1.0 - keep) * 1000.0) / 1000.0;
  return out;
}

Evaluation PolicySet::ToEvaluation(const DecisionTrace& trace, FieldCache* fields) const {
  Evaluation out;
  out.decision = trace.decision;
  out.defaulted = trace.defaulted;
  out.risk = trace.risk;
  if (trace.roles_denied()) {
    out.matched.push_back({"userPermissions", "Role permissions", kRolePriority, Effect::kDeny});
    out.actions.push_back({"userPermissions", Action{"block", nlohmann::json::object()}});
    std::vector<std::string> asked;
    CollectStrings(fields->Get(role_fields_[kPermission]), &asked);
    for (int i : trace.denied_permissions) {
      out.reasons.push_back("denied by role permissions: permission '" + asked[static_cast<std::size_t>(i)] +
                            "' is not granted to the request's roles");
    }
    if (trace.sensitive_denied) {
      out.reasons.emplace_back(
          "denied by role permissions: sensitive data is limited to the roles in policies.dataAccess");
    }
  }
  for (std::size_t h = 0; h < trace.hits.size(); ++h) {
    const Policy& p = policies_[trace.hits[h].policy];
    out.matched.push_back({p.id, p.name, p.priority, p.effect});
    for (const Action& a : p.actions) out.actions.push_back({p.id, a});
    std::string reason = "'" + p.name + "' (priority " + std::to_string(p.priority) + ") matched";
    const std::vector<int>& held = trace.hits[h].held;
    for (std::size_t i = 0; i < held.size(); ++i) {
      reason += (i == 0 ? ": " : "; ") + leaf_texts_[trace.hits[h].policy][static_cast<std::size_t>(held[i])];
    }
    if (static_cast<int>(h) == trace.decider) reason += std::string(" -> decides ") + EffectName(p.effect);
    out.reasons.push_back(std::move(reason));
  }
  if (trace.defaulted) out.reasons.push_back(std::string("no policy decided: default ") + EffectName(out.decision));
  return out;
}

Evaluation PolicySet::EvaluateDocument(const nlohmann::json& request) const {
  FieldCache fields(request, field_paths_);
  return ToEvaluation(Trace(&fields), &fields);
}

Result<DecisionTrace> PolicySet::EvaluateSlots(std::vector<const nlohmann::json*> values) const {
  if (values.size() != field_paths_.size() / 2) {
    return Status(StatusCode::kInvalidArgument, "request: expected " + std::to_string(field_paths_.size() / 2) +
                                                    " field values, got " + std::to_string(values.size()));
  }
  FieldCache fields(std::move(values));
  return Trace(&fields);
}

Result<Evaluation> PolicySet::Evaluate(std::string_view request_json) const {
  JsonLimits limits;
  limits.max_bytes = options_.max_request_bytes;
  limits.max_depth = options_.max_request_depth;
  Result<nlohmann::json> request = ParseJsonDocument(request_json, limits);
  if (!request.ok()) {
    const Status& s = request.status();
    // ParseJsonDocument reports nesting beyond the limit as a configuration error; for a
    // request it is a size limit, like the byte count.
    const bool too_deep = s.message().find("nested deeper") != std::string::npos;
    return Status(s.code() == StatusCode::kTooLarge || too_deep ? StatusCode::kTooLarge : StatusCode::kInvalidArgument,
                  "request: " + s.message());
  }
  if (!request.value().is_object()) return Status(StatusCode::kInvalidArgument, "request: expected a JSON object");
  return EvaluateDocument(request.value());
}

}  // namespace copilot::security
