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

std::vector<std::string> RolesOf(const nlohmann::json& request) {
  std::vector<std::string> roles;
  auto collect = [&](const nlohmann::json& v) {
    if (v.is_string()) roles.push_back(v.get<std::string>());
    if (v.is_array()) {
      for (const nlohmann::json& r : v) {
        if (r.is_string()) roles.push_back(r.get<std::string>());
      }
    }
  };
  auto user = request.find("user");
  if (user != request.end() && user->is_object()) {
    if (user->contains("role")) collect((*user)["role"]);
    if (user->contains("roles")) collect((*user)["roles"]);
  }
  if (request.contains("role")) collect(request["role"]);
  return roles;
}

bool IsSensitive(const nlohmann::json& request) {
  for (const char* key : {"resource", "data"}) {
    auto it = request.find(key);
    if (it != request.end() && it->is_object() && it->value("sensitive", false) == true) return true;
  }
  return false;
}

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

void PolicySet::NumberFields(ConditionNode* node, std::unordered_map<std::string, int>* ids) {
  if (node->kind != ConditionNode::Kind::kLeaf) {
    for (ConditionNode& child : node->children) NumberFields(&child, ids);
    return;
  }
  Condition& c = node->leaf;
  const std::string key = c.field + '\n' + JoinPath(c.typed_path);
  auto [it, added] = ids->emplace(key, static_cast<int>(field_paths_.size() / 2));
  if (added) {
    field_paths_.push_back(c.path);
    field_paths_.push_back(c.typed_path);
  }
  c.field_id = it->second;
}

void PolicySet::Rebuild() {
  field_paths_.clear();
  std::unordered_map<std::string, int> ids;
  order_.clear();
  for (std::size_t i = 0; i < policies_.size(); ++i) {
    NumberFields(&policies_[i].root, &ids);
    order_.push_back(i);
  }
  std::stable_sort(order_.begin(), order_.end(), [&](std::size_t a, std::size_t b) {
    const Policy& x = policies_[a];
    const Policy& y = policies_[b];
    if (x.priority != y.priority) return x.priority > y.priority;
    return x.effect > y.effect;
  });
}

bool PolicySet::CheckRoles(const nlohmann::json& request, Evaluation* out) const {
  if (role_permissions_.empty() && data_access_roles_.empty()) return false;
  const std::vector<std::string> roles = RolesOf(request);
  auto grants = [&](const std::string& permission) {
    return std::any_of(roles.begin(), roles.end(), [&](const std::string& role) {
      auto it = role_permissions_.find(role);
      return it != role_permissions_.end() && (it->second.count(permission) != 0 || it->second.count("full-access"));
    });
  };
  std::vector<std::string> missing;
  auto wanted = request.find("permission");
  if (wanted != request.end() && !role_permissions_.empty()) {
    std::vector<std::string> asked;
    if (wanted->is_string()) asked.push_back(wanted->get<std::string>());
    if (wanted->is_array()) {
      for (const nlohmann::json& p : *wanted) {
        if (p.is_string()) asked.push_back(p.get<std::string>());
      }
    }
    for (const std::string& p : asked) {
      if (!grants(p)) missing.push_back("permission '" + p + "' is not granted to the request's roles");
    }
  }
  if (IsSensitive(request) && !data_access_roles_.empty() &&
      std::none_of(roles.begin(), roles.end(), [&](const std::string& r) { return data_access_roles_.count(r); })) {
    missing.emplace_back("sensitive data is limited to the roles in policies.dataAccess");
  }
  if (missing.empty()) return false;
  out->matched.push_back({"userPermissions", "Role permissions", kRolePriority, Effect::kDeny});
  out->actions.push_back({"userPermissions", Action{"block", nlohmann::json::object()}});
  for (const std::string& m : missing) out->reasons.push_back("denied by role permissions: " + m);
  out->decision = Effect::kDeny;
  out->defaulted = false;
  return true;
}

Evaluation PolicySet::EvaluateDocument(const nlohmann::json& request) const {
  Evaluation out;
  out.decision = options_.default_decision;
  const bool roles_denied = CheckRoles(request, &out);
  FieldCache fields(request, field_paths_);
  double keep = roles_denied ? 0.1 : 1.0;
  bool decided = roles_denied;
  for (std::size_t index : order_) {
    const Policy& p = policies_[index];
    if (!p.enabled || !EvaluateNode(p.root, &fields)) continue;
    out.matched.push_back({p.id, p.name, p.priority, p.effect});
    for (const Action& a : p.actions) out.actions.push_back({p.id, a});
    keep *= 1.0 - p.risk;
    std::vector<std::string> held;
    DescribeHolding(p.root, &fields, &held);
    std::string reason = "'" + p.name + "' (priority " + std::to_string(p.priority) + ") matched";
    for (std::size_t i = 0; i < held.size(); ++i) reason += (i == 0 ? ": " : "; ") + held[i];
    if (!decided && p.effect != Effect::kNone) {
      decided = true;
      out.decision = p.effect;
      out.defaulted = false;
      reason += std::string(" -> decides ") + EffectName(p.effect);
    }
    out.reasons.push_back(std::move(reason));
  }
  if (!decided) out.reasons.push_back(std::string("no policy decided: default ") + EffectName(out.decision));
  out.risk = std::round((1.0 - keep) * 1000.0) / 1000.0;
  return out;
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
