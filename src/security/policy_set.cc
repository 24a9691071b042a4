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

// The leaf among the children of `root` that must all hold for the policy to match (an
// all-group, or an any-group of one) with the highest positive score(condition), the first
// on a tie; nullptr when none scores.
template <typename Score>
const ConditionNode* BestRequiredLeaf(const ConditionNode& root, Score score) {
  const bool all =
      root.kind == ConditionNode::Kind::kAll || (root.kind == ConditionNode::Kind::kAny && root.children.size() == 1);
  if (!all) return nullptr;
  const ConditionNode* best = nullptr;
  double best_score = 0;
  for (const ConditionNode& child : root.children) {
    if (child.kind != ConditionNode::Kind::kLeaf || child.leaf.ignore_case) continue;
    const double s = score(child.leaf);
    if (s > best_score) {
      best = &child;
      best_score = s;
    }
  }
  return best;
}

// A required leaf that holds only when the request's value for its field is, or (an array)
// holds, one of a few known strings: a case-sensitive `equals` of a string (one key: the
// best), or an `in` whose members are all strings (fewer is better). Equal() and InSet() in
// condition_eval.cc: for such a leaf, any other value is false.
const ConditionNode* IndexLeaf(const ConditionNode& root) {
  return BestRequiredLeaf(root, [](const Condition& c) {
    if (c.op == Operator::kEquals && c.value.is_string()) return 2.0;
    if (c.op == Operator::kIn && c.other_members.empty() && !c.string_set.empty()) {
      return 1.0 / static_cast<double>(c.string_set.size());
    }
    return 0.0;
  });
}

// A required case-sensitive `contains` of a string of at least two bytes (Contains() in
// condition_eval.cc), the longest.
const ConditionNode* ContainsLeaf(const ConditionNode& root) {
  return BestRequiredLeaf(root, [](const Condition& c) {
    const bool text = c.op == Operator::kContains && c.value.is_string() && c.text.size() >= 2;
    return text ? static_cast<double>(c.text.size()) : 0.0;
  });
}

// Byte pairs hashed into kPairWords * 64 bits.
constexpr std::size_t kPairWords = 16;
constexpr unsigned kPairBits = kPairWords * 64;
std::uint16_t PairBit(unsigned char a, unsigned char b) {
  return static_cast<std::uint16_t>((a * 37u + b) % kPairBits);
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
    if (policies_[i].enabled) order_.push_back(i);  // a disabled policy never matches
  }
  std::stable_sort(order_.begin(), order_.end(), [&](std::size_t a, std::size_t b) {
    const Policy& x = policies_[a];
    const Policy& y = policies_[b];
    if (x.priority != y.priority) return x.priority > y.priority;
    return x.effect > y.effect;
  });
  BuildIndex();
}

void PolicySet::BuildIndex() {
  indexes_.clear();
  indexed_.assign(order_.size(), 0);
  for (std::size_t pos = 0; pos < order_.size(); ++pos) {
    const Policy& p = policies_[order_[pos]];
    const ConditionNode* key = IndexLeaf(p.root);
    if (key == nullptr) continue;
    const Condition& c = key->leaf;
    auto it =
        std::find_if(indexes_.begin(), indexes_.end(), [&](const FieldIndex& f) { return f.field_id == c.field_id; });
    if (it == indexes_.end()) {
      indexes_.emplace_back();
      indexes_.back().field_id = c.field_id;
      it = indexes_.end() - 1;
    }
    if (c.op == Operator::kEquals) {
      it->positions[c.text].push_back(pos);
    } else {
      for (const std::string& member : c.string_set) it->positions[member].push_back(pos);
    }
    indexed_[pos] = 1;
  }
  screens_.clear();
  screen_.assign(order_.size(), -1);
  screened_fields_.clear();
  for (std::size_t pos = 0; pos < order_.size(); ++pos) {
    if (indexed_[pos] != 0) continue;  // the index is the sharper screen
    const ConditionNode* leaf = ContainsLeaf(policies_[order_[pos]].root);
    if (leaf == nullptr) continue;
    const Condition& c = leaf->leaf;
    ContainsScreen screen;
    auto field = std::find(screened_fields_.begin(), screened_fields_.end(), c.field_id);
    screen.field = static_cast<std::size_t>(field - screened_fields_.begin());
    if (field == screened_fields_.end()) screened_fields_.push_back(c.field_id);
    for (std::size_t i = 0; i + 1 < c.text.size(); ++i) {
      screen.pairs.push_back(PairBit(static_cast<unsigned char>(c.text[i]), static_cast<unsigned char>(c.text[i + 1])));
    }
    std::sort(screen.pairs.begin(), screen.pairs.end());
    screen.pairs.erase(std::unique(screen.pairs.begin(), screen.pairs.end()), screen.pairs.end());
    screen_[pos] = static_cast<int>(screens_.size());
    screens_.push_back(std::move(screen));
  }
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

void PolicySet::MarkCandidates(FieldCache* fields, std::vector<char>* candidate) const {
  candidate->assign(order_.size(), 0);
  auto mark = [&](const FieldIndex& index, const nlohmann::json& v) {
    if (!v.is_string()) return;
    auto it = index.positions.find(v.get_ref<const std::string&>());
    if (it == index.positions.end()) return;
    for (std::size_t pos : it->second) (*candidate)[pos] = 1;
  };
  for (const FieldIndex& index : indexes_) {
    const nlohmann::json* v = fields->Get(index.field_id);
    if (v == nullptr) continue;
    if (v->is_array()) {
      for (const nlohmann::json& e : *v) mark(index, e);
    } else {
      mark(index, *v);
    }
  }
}

// For each screened field, the pair bits of its value when it is a string, else all bits
// set (the screen passes everything: Contains() on an array compares elements instead).
void PolicySet::NotePairs(FieldCache* fields, std::vector<std::uint64_t>* pairs) const {
  pairs->assign(screened_fields_.size() * kPairWords, 0);
  for (std::size_t f = 0; f < screened_fields_.size(); ++f) {
    std::uint64_t* words = pairs->data() + f * kPairWords;
    const nlohmann::json* v = fields->Get(screened_fields_[f]);
    if (v == nullptr || !v->is_string()) {
      std::fill(words, words + kPairWords, ~std::uint64_t{0});
      continue;
    }
    const std::string& s = v->get_ref<const std::string&>();
    for (std::size_t i = 0; i + 1 < s.size(); ++i) {
      const std::uint16_t bit = PairBit(static_cast<unsigned char>(s[i]), static_cast<unsigned char>(s[i + 1]));
      words[bit / 64] |= std::uint64_t{1} << (bit % 64);
    }
  }
}

void PolicySet::Trace(FieldCache* fields, DecisionTrace* out) const {
  out->decision = options_.default_decision;
  out->defaulted = true;
  out->risk = 0;
  out->denied_permissions.clear();
  out->sensitive_denied = false;
  out->hits.clear();
  out->held.clear();
  out->decider = -1;
  CheckRoles(fields, out);
  const bool roles_denied = out->roles_denied();
  if (roles_denied) {
    out->decision = Effect::kDeny;
    out->defaulted = false;
  }
  MarkCandidates(fields, &out->candidate);
  NotePairs(fields, &out->pairs);
  auto screened_out = [&](int screen) {
    const ContainsScreen& c = screens_[static_cast<std::size_t>(screen)];
    const std::uint64_t* words = out->pairs.data() + c.field * kPairWords;
    return std::any_of(c.pairs.begin(), c.pairs.end(),
                       [&](std::uint16_t bit) { return (words[bit / 64] & (std::uint64_t{1} << (bit % 64))) == 0; });
  };
  double keep = roles_denied ? 0.1 : 1.0;
  bool decided = roles_denied;
  for (std::size_t pos = 0; pos < order_.size(); ++pos) {
    if (indexed_[pos] != 0 && out->candidate[pos] == 0) continue;   // its index leaf is false
    if (screen_[pos] >= 0 && screened_out(screen_[pos])) continue;  // its text is not in the value
    const std::size_t index = order_[pos];
    const Policy& p = policies_[index];
    if (!EvaluateNode(p.root, fields)) continue;
    DecisionTrace::Hit hit;
    hit.policy = index;
    hit.first_held = out->held.size();
    int next_leaf = 0;
    CollectHolding(p.root, fields, &next_leaf, &out->held);
    hit.held_count = out->held.size() - hit.first_held;
    keep *= 1.0 - p.risk;
    if (!decided && p.effect != Effect::kNone) {
      decided = true;
      out->decision = p.effect;
      out->defaulted = false;
      out->decider = static_cast<int>(out->hits.size());
    }
    out->hits.push_back(hit);
  }
  out->risk = std::round((1.0 - keep) * 1000.0) / 1000.0;
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
    const DecisionTrace::Hit& hit = trace.hits[h];
    for (std::size_t i = 0; i < hit.held_count; ++i) {
      const auto leaf = static_cast<std::size_t>(trace.held[hit.first_held + i]);
      reason += (i == 0 ? ": " : "; ") + leaf_texts_[hit.policy][leaf];
    }
    if (static_cast<int>(h) == trace.decider) reason += std::string(" -> decides ") + EffectName(p.effect);
    out.reasons.push_back(std::move(reason));
  }
  if (trace.defaulted) out.reasons.push_back(std::string("no policy decided: default ") + EffectName(out.decision));
  return out;
}

Evaluation PolicySet::EvaluateDocument(const nlohmann::json& request) const {
  FieldCache fields(request, field_paths_);
  DecisionTrace trace;
  Trace(&fields, &trace);
  return ToEvaluation(trace, &fields);
}

Status PolicySet::EvaluateSlots(const std::vector<const nlohmann::json*>& values, DecisionTrace* out) const {
  if (values.size() != field_paths_.size() / 2) {
    return Status(StatusCode::kInvalidArgument, "request: expected " + std::to_string(field_paths_.size() / 2) +
                                                    " field values, got " + std::to_string(values.size()));
  }
  FieldCache fields(values);
  Trace(&fields, out);
  return Status::Ok();
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
