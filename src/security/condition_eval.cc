#include "security/condition_eval.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <utility>

namespace copilot::security {
namespace {

bool EqualsIgnoringCase(const std::string& a, const std::string& lower_b) {
  return a.size() == lower_b.size() && std::equal(a.begin(), a.end(), lower_b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == y;
         });
}

bool ContainsIgnoringCase(const std::string& haystack, const std::string& lower_needle) {
  auto it = std::search(haystack.begin(), haystack.end(), lower_needle.begin(), lower_needle.end(),
                        [](char x, char y) { return std::tolower(static_cast<unsigned char>(x)) == y; });
  return it != haystack.end();
}

bool Equal(const Condition& c, const nlohmann::json& v) {
  if (v.is_string() && c.value.is_string()) {
    const std::string& s = v.get_ref<const std::string&>();
    return c.ignore_case ? EqualsIgnoringCase(s, c.text) : s == c.text;
  }
  if (v.is_number() && c.has_number) return v.get<double>() == c.number;
  return v == c.value;
}

bool InSet(const Condition& c, const nlohmann::json& v) {
  if (v.is_string()) {
    const std::string& s = v.get_ref<const std::string&>();
    if (!c.ignore_case) return c.string_set.count(s) != 0;
    std::string lower = s;
    for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return c.string_set.count(lower) != 0;
  }
  return std::any_of(c.other_members.begin(), c.other_members.end(), [&](const nlohmann::json& m) {
    return (m.is_number() && v.is_number()) ? m.get<double>() == v.get<double>() : m == v;
  });
}

bool AnyInSet(const Condition& c, const nlohmann::json& v) {
  if (!v.is_array()) return InSet(c, v);
  return std::any_of(v.begin(), v.end(), [&](const nlohmann::json& e) { return InSet(c, e); });
}

bool Contains(const Condition& c, const nlohmann::json& v) {
  if (v.is_array()) return std::any_of(v.begin(), v.end(), [&](const nlohmann::json& e) { return Equal(c, e); });
  if (!v.is_string()) return false;
  const std::string& s = v.get_ref<const std::string&>();
  const std::string needle = c.value.is_string() ? c.text : c.value.dump();
  return c.ignore_case ? ContainsIgnoringCase(s, needle) : s.find(needle) != std::string::npos;
}

bool Matches(const Condition& c, const nlohmann::json& v) {
  if (v.is_string()) return RE2::PartialMatch(v.get_ref<const std::string&>(), *c.regex);
  if (!v.is_array()) return false;
  return std::any_of(v.begin(), v.end(), [&](const nlohmann::json& e) {
    return e.is_string() && RE2::PartialMatch(e.get_ref<const std::string&>(), *c.regex);
  });
}

// -1, 0, 1, or 2 when the values do not compare (different kinds).
int Compare(const Condition& c, const nlohmann::json& v) {
  if (c.has_number && v.is_number()) {
    const double x = v.get<double>();
    return x < c.number ? -1 : (x > c.number ? 1 : 0);
  }
  if (c.value.is_string() && v.is_string()) {
    const int r = v.get_ref<const std::string&>().compare(c.text);
    return r < 0 ? -1 : (r > 0 ? 1 : 0);
  }
  return 2;
}

bool EvaluateLeaf(const Condition& c, const nlohmann::json* v) {
  if (v == nullptr) return c.op == Operator::kNotIn || (c.op == Operator::kExists && !c.must_exist);
  switch (c.op) {
    case Operator::kExists: return c.must_exist;
    case Operator::kEquals: return Equal(c, *v);
    case Operator::kNotEquals: return !Equal(c, *v);
    case Operator::kContains: return Contains(c, *v);
    case Operator::kMatches: return Matches(c, *v);
    case Operator::kIn: return AnyInSet(c, *v);
    case Operator::kNotIn: return !AnyInSet(c, *v);
    case Operator::kGt: return Compare(c, *v) == 1;
    case Operator::kGte: {
      const int r = Compare(c, *v);
      return r == 0 || r == 1;
    }
    case Operator::kLt: return Compare(c, *v) == -1;
    case Operator::kLte: {
      const int r = Compare(c, *v);
      return r == 0 || r == -1;
    }
  }
  return false;
}

const char* OperatorText(Operator op) {
  switch (op) {
    case Operator::kEquals: return "equals";
    case Operator::kNotEquals: return "does not equal";
    case Operator::kContains: return "contains";
    case Operator::kMatches: return "matches";
    case Operator::kIn: return "is in";
    case Operator::kNotIn: return "is not in";
    case Operator::kGt: return ">";
    case Operator::kGte: return ">=";
    case Operator::kLt: return "<";
    case Operator::kLte: return "<=";
    case Operator::kExists: return "exists";
  }
  return "?";
}

}  // namespace

const nlohmann::json* WalkPath(const nlohmann::json& root, const std::vector<std::string>& path) {
  if (path.empty()) return nullptr;
  const nlohmann::json* at = &root;
  for (const std::string& key : path) {
    if (!at->is_object()) return nullptr;
    auto it = at->find(key);
    if (it == at->end()) return nullptr;
    at = &*it;
  }
  return at;
}

FieldCache::FieldCache(const nlohmann::json& request, const std::vector<std::vector<std::string>>& paths)
    : request_(&request), paths_(&paths), values_(paths.size() / 2, nullptr), resolved_(paths.size() / 2, 0) {}

FieldCache::FieldCache(const std::vector<const nlohmann::json*>& resolved) : given_(resolved.data()) {}

const nlohmann::json* FieldCache::Resolve(std::size_t i) {
  if (resolved_[i] == 0) {
    const nlohmann::json* v = WalkPath(*request_, (*paths_)[2 * i]);
    if (v == nullptr) v = WalkPath(*request_, (*paths_)[2 * i + 1]);
    values_[i] = v;
    resolved_[i] = 1;
  }
  return values_[i];
}

bool EvaluateNode(const ConditionNode& node, FieldCache* fields) {
  switch (node.kind) {
    case ConditionNode::Kind::kLeaf: return EvaluateLeaf(node.leaf, fields->Get(node.leaf.field_id));
    case ConditionNode::Kind::kAll:
      return std::all_of(node.children.begin(), node.children.end(),
                         [&](const ConditionNode& child) { return EvaluateNode(child, fields); });
    case ConditionNode::Kind::kAny:
      return std::any_of(node.children.begin(), node.children.end(),
                         [&](const ConditionNode& child) { return EvaluateNode(child, fields); });
  }
  return false;
}

void CollectHolding(const ConditionNode& node, FieldCache* fields, int* next_leaf, std::vector<int>* held) {
  if (node.kind != ConditionNode::Kind::kLeaf) {
    for (const ConditionNode& child : node.children) CollectHolding(child, fields, next_leaf, held);
    return;
  }
  const int leaf = (*next_leaf)++;
  if (EvaluateLeaf(node.leaf, fields->Get(node.leaf.field_id))) held->push_back(leaf);
}

void DescribeLeaves(const ConditionNode& node, std::vector<std::string>* out) {
  if (node.kind != ConditionNode::Kind::kLeaf) {
    for (const ConditionNode& child : node.children) DescribeLeaves(child, out);
    return;
  }
  const Condition& c = node.leaf;
  std::string text = c.field + " " + OperatorText(c.op);
  if (c.op == Operator::kExists) {
    if (!c.must_exist) text = c.field + " is absent";
  } else {
    text += " " + c.value.dump();
  }
  out->push_back(text);
}

}  // namespace copilot::security
