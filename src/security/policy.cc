#include "security/policy.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <utility>

namespace copilot::security {
namespace {

constexpr int kMaxConditionDepth = 8;
constexpr std::size_t kMaxConditions = 256;
constexpr std::size_t kMaxSetMembers = 4096;
constexpr int kMaxPriority = 1000000;

Status Invalid(const std::string& at, const std::string& what) {
  return Status(StatusCode::kInvalidPolicy, at + ": " + what);
}

struct OperatorName {
  const char* name;
  Operator op;
};
constexpr OperatorName kOperators[] = {
    {"equals", Operator::kEquals},
    {"not_equals", Operator::kNotEquals},
    {"contains", Operator::kContains},
    {"matches", Operator::kMatches},
    {"in", Operator::kIn},
    {"not_in", Operator::kNotIn},
    {"gt", Operator::kGt},
    {"gte", Operator::kGte},
    {"lt", Operator::kLt},
    {"lte", Operator::kLte},
    {"exists", Operator::kExists},
};

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::vector<std::string> SplitPath(const std::string& field) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t dot = field.find('.', start);
    out.push_back(field.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  return out;
}

Status CompileSet(const nlohmann::json& value, const std::string& at, Condition* c) {
  if (!value.is_array()) return Invalid(at, "'in' and 'not_in' need an array of values");
  if (value.size() > kMaxSetMembers) return Invalid(at, "at most 4096 values in a set");
  for (const nlohmann::json& member : value) {
    if (member.is_string()) {
      c->string_set.insert(c->ignore_case ? Lower(member.get<std::string>()) : member.get<std::string>());
    } else if (member.is_primitive()) {
      c->other_members.push_back(member);
    } else {
      return Invalid(at, "set members are strings, numbers, booleans or null");
    }
  }
  return Status::Ok();
}

Status CompileOperand(const nlohmann::json& value, const std::string& at, Condition* c) {
  switch (c->op) {
    case Operator::kIn:
    case Operator::kNotIn: return CompileSet(value, at, c);
    case Operator::kMatches: {
      if (!value.is_string()) return Invalid(at, "'matches' needs a regular expression as a string");
      RE2::Options options;
      options.set_log_errors(false);
      options.set_case_sensitive(!c->ignore_case);
      auto regex = std::make_shared<const RE2>(value.get<std::string>(), options);
      if (!regex->ok()) return Status(StatusCode::kInvalidPattern, at + ": RE2 rejects the pattern: " + regex->error());
      c->regex = std::move(regex);
      return Status::Ok();
    }
    case Operator::kContains:
      if (!value.is_string() && !value.is_number() && !value.is_boolean()) {
        return Invalid(at, "'contains' needs a string, number or boolean");
      }
      break;
    case Operator::kGt:
    case Operator::kGte:
    case Operator::kLt:
    case Operator::kLte:
      if (!value.is_number() && !value.is_string()) return Invalid(at, "comparisons need a number or a string");
      break;
    case Operator::kExists:
      if (!value.is_null() && !value.is_boolean()) return Invalid(at, "'exists' takes true, false or no value");
      c->must_exist = !value.is_boolean() || value.get<bool>();
      break;
    case Operator::kEquals:
    case Operator::kNotEquals: break;
  }
  if (value.is_number()) {
    c->has_number = true;
    c->number = value.get<double>();
  } else if (value.is_string()) {
    c->text = c->ignore_case ? Lower(value.get<std::string>()) : value.get<std::string>();
  }
  return Status::Ok();
}

Status CompileLeaf(const nlohmann::json& doc, const std::string& at, Condition* c) {
  auto op_it = doc.find("operator");
  if (op_it == doc.end() || !op_it->is_string()) return Invalid(at + ".operator", "a condition needs an operator");
  const std::string op = op_it->get<std::string>();
  auto known =
      std::find_if(std::begin(kOperators), std::end(kOperators), [&](const OperatorName& o) { return op == o.name; });
  if (known == std::end(kOperators)) {
    return Invalid(at + ".operator", "unknown operator '" + op +
                                         "'; use equals, not_equals, contains, matches, in, not_in, gt, gte, lt, "
                                         "lte or exists");
  }
  c->op = known->op;
  auto field_it = doc.find("field");
  if (field_it == doc.end() || !field_it->is_string() || field_it->get<std::string>().empty()) {
    return Invalid(at + ".field", "a condition needs a non-empty field (a dotted path into the request)");
  }
  c->field = field_it->get<std::string>();
  if (c->field.size() > 256) return Invalid(at + ".field", "field paths are at most 256 characters");
  c->path = SplitPath(c->field);
  auto type_it = doc.find("type");
  if (type_it != doc.end()) {
    if (!type_it->is_string()) return Invalid(at + ".type", "type is a string such as 'data' or 'user'");
    c->type = type_it->get<std::string>();
    if (!c->type.empty()) {
      c->typed_path.push_back(c->type);
      c->typed_path.insert(c->typed_path.end(), c->path.begin(), c->path.end());
    }
  }
  auto case_it = doc.find("ignoreCase");
  if (case_it != doc.end()) {
    if (!case_it->is_boolean()) return Invalid(at + ".ignoreCase", "ignoreCase is true or false");
    c->ignore_case = case_it->get<bool>();
  }
  auto value_it = doc.find("value");
  if (value_it == doc.end() && c->op != Operator::kExists) return Invalid(at + ".value", "this operator needs a value");
  c->value = value_it == doc.end() ? nlohmann::json() : *value_it;
  return CompileOperand(c->value, at + ".value", c);
}

Status CompileNode(const nlohmann::json& doc, const std::string& at, int depth, std::size_t* count,
                   ConditionNode* node);

Status CompileGroup(const nlohmann::json& list, const std::string& at, int depth, std::size_t* count,
                    ConditionNode* node) {
  if (!list.is_array()) return Invalid(at, "a condition group is an array of conditions");
  if (depth > kMaxConditionDepth) return Invalid(at, "condition groups nest at most 8 levels deep");
  node->children.resize(list.size());
  for (std::size_t i = 0; i < list.size(); ++i) {
    Status s = CompileNode(list[i], at + "[" + std::to_string(i) + "]", depth + 1, count, &node->children[i]);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Status CompileNode(const nlohmann::json& doc, const std::string& at, int depth, std::size_t* count,
                   ConditionNode* node) {
  if (!doc.is_object()) return Invalid(at, "a condition is an object");
  if (++*count > kMaxConditions) return Invalid(at, "a policy has at most 256 conditions");
  auto all = doc.find("all");
  auto any = doc.find("any");
  if (all != doc.end() || any != doc.end()) {
    if (all != doc.end() && any != doc.end()) return Invalid(at, "a group has either 'all' or 'any', not both");
    node->kind = all != doc.end() ? ConditionNode::Kind::kAll : ConditionNode::Kind::kAny;
    return CompileGroup(all != doc.end() ? *all : *any, at + (all != doc.end() ? ".all" : ".any"), depth, count, node);
  }
  node->kind = ConditionNode::Kind::kLeaf;
  return CompileLeaf(doc, at, &node->leaf);
}

double SeverityRisk(const nlohmann::json& parameters) {
  auto it = parameters.find("severity");
  if (it == parameters.end() || !it->is_string()) return 0.5;
  const std::string s = it->get<std::string>();
  if (s == "critical") return 0.95;
  if (s == "high") return 0.8;
  if (s == "low") return 0.3;
  return 0.5;
}

Status CompileActions(const nlohmann::json& list, Policy* policy) {
  if (!list.is_array() || list.empty()) return Invalid("actions", "a policy needs a non-empty array of actions");
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string at = "actions[" + std::to_string(i) + "]";
    const nlohmann::json& a = list[i];
    if (!a.is_object() || !a.contains("type") || !a["type"].is_string()) {
      return Invalid(at + ".type", "an action is an object with a type");
    }
    Action action{a["type"].get<std::string>(), a.value("parameters", nlohmann::json::object())};
    if (!action.parameters.is_object()) return Invalid(at + ".parameters", "parameters is an object");
    double risk = 0;
    Effect effect = Effect::kNone;
    if (action.type == "block" || action.type == "deny") {
      action.type = "block";
      effect = Effect::kDeny;
      risk = 0.9;
    } else if (action.type == "challenge") {
      effect = Effect::kChallenge;
      risk = 0.6;
    } else if (action.type == "allow") {
      effect = Effect::kAllow;
    } else if (action.type == "alert") {
      risk = SeverityRisk(action.parameters);
    } else if (action.type == "mask") {
      risk = 0.4;
    } else if (action.type == "log") {
      risk = 0.1;
    } else {
      return Invalid(at + ".type",
                     "unknown action '" + action.type + "'; use log, alert, challenge, block, mask or allow");
    }
    policy->effect = std::max(policy->effect, effect);
    policy->risk = std::max(policy->risk, risk);
    policy->actions.push_back(std::move(action));
  }
  return Status::Ok();
}

Status CompileHeader(const nlohmann::json& doc, Policy* policy) {
  auto name = doc.find("name");
  if (name == doc.end() || !name->is_string() || name->get<std::string>().empty()) {
    return Invalid("name", "a policy needs a non-empty name");
  }
  policy->name = name->get<std::string>();
  auto description = doc.find("description");
  if (description != doc.end() && !description->is_string()) return Invalid("description", "description is a string");
  if (description != doc.end()) policy->description = description->get<std::string>();
  auto enabled = doc.find("enabled");
  if (enabled != doc.end() && !enabled->is_boolean()) return Invalid("enabled", "enabled is true or false");
  policy->enabled = enabled == doc.end() || enabled->get<bool>();
  auto priority = doc.find("priority");
  if (priority != doc.end()) {
    if (!priority->is_number_integer() || std::abs(priority->get<long long>()) > kMaxPriority) {
      return Invalid("priority", "priority is an integer between -1000000 and 1000000 (higher wins)");
    }
    policy->priority = priority->get<int>();
  }
  return Status::Ok();
}

Status CompileBody(const nlohmann::json& doc, Policy* policy) {
  auto match = doc.find("match");
  policy->root.kind = ConditionNode::Kind::kAll;
  if (match != doc.end()) {
    if (!match->is_string() || (*match != "all" && *match != "any")) return Invalid("match", "match is 'all' or 'any'");
    if (*match == "any") policy->root.kind = ConditionNode::Kind::kAny;
  }
  auto conditions = doc.find("conditions");
  if (conditions == doc.end() || !conditions->is_array()) {
    return Invalid("conditions", "a policy needs an array of conditions (it may be empty: always matches)");
  }
  std::size_t count = 0;
  Status s = CompileGroup(*conditions, "conditions", 1, &count, &policy->root);
  if (!s.ok()) return s;
  auto actions = doc.find("actions");
  if (actions == doc.end()) return Invalid("actions", "a policy needs a non-empty array of actions");
  s = CompileActions(*actions, policy);
  if (!s.ok()) return s;
  auto risk = doc.find("riskScore");
  if (risk != doc.end()) {
    if (!risk->is_number() || risk->get<double>() < 0 || risk->get<double>() > 1) {
      return Invalid("riskScore", "riskScore is a number from 0 to 1");
    }
    policy->risk = risk->get<double>();
  }
  return Status::Ok();
}

}  // namespace

const char* EffectName(Effect effect) {
  switch (effect) {
    case Effect::kAllow: return "allow";
    case Effect::kChallenge: return "challenge";
    case Effect::kDeny: return "deny";
    case Effect::kNone: break;
  }
  return "none";
}

Result<Policy> CompilePolicy(const nlohmann::json& document, const std::string& id) {
  if (!document.is_object()) return Invalid("policy", "a policy is a JSON object");
  Policy policy;
  policy.id = id;
  Status s = CompileHeader(document, &policy);
  if (s.ok()) s = CompileBody(document, &policy);
  if (!s.ok()) return s;
  policy.document = document;
  policy.document["id"] = id;
  return policy;
}

}  // namespace copilot::security
