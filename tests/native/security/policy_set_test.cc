#include "security/policy_set.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace copilot::security {
namespace {

nlohmann::json J(const char* text) {
  return nlohmann::json::parse(text);
}

// The seed's example policy.
const char* kSeedPolicy = R"({
  "name": "Sensitive Data Access", "description": "Restricts access to sensitive customer data",
  "enabled": true, "priority": 100,
  "conditions": [ { "type": "data", "operator": "contains", "field": "content", "value": "customer_data" } ],
  "actions": [ { "type": "log" }, { "type": "alert", "parameters": { "severity": "high" } }, { "type": "challenge" } ]
})";

TEST(PolicySet, SeedPolicyChallengesMatchingRequests) {
  PolicySet set;
  ASSERT_TRUE(set.Add(J(kSeedPolicy)).ok());
  Evaluation e = set.Evaluate(R"({"content":"export customer_data now"})").value();
  EXPECT_EQ(e.decision, Effect::kChallenge);
  EXPECT_FALSE(e.defaulted);
  ASSERT_EQ(e.matched.size(), 1u);
  EXPECT_EQ(e.matched[0].name, "Sensitive Data Access");
  ASSERT_EQ(e.actions.size(), 3u);
  EXPECT_EQ(e.actions[1].action.type, "alert");
  EXPECT_DOUBLE_EQ(e.risk, 0.8);  // the strongest action: a high-severity alert
  ASSERT_EQ(e.reasons.size(), 1u);
  EXPECT_NE(e.reasons[0].find("content contains \"customer_data\""), std::string::npos) << e.reasons[0];

  Evaluation clean = set.Evaluate(R"({"content":"hello"})").value();
  EXPECT_EQ(clean.decision, Effect::kAllow);
  EXPECT_TRUE(clean.defaulted);
  EXPECT_TRUE(clean.matched.empty());
  EXPECT_EQ(clean.risk, 0);
}

TEST(PolicySet, TypedFieldsReadTheTypesObject) {
  PolicySet set;
  ASSERT_TRUE(set.Add(J(R"({"name":"admins only","conditions":[{"type":"user","field":"role","operator":"not_in",
    "value":["admin"]}],"actions":[{"type":"block"}]})"))
                  .ok());
  EXPECT_EQ(set.Evaluate(R"({"user":{"role":"user"}})").value().decision, Effect::kDeny);
  EXPECT_EQ(set.Evaluate(R"({"user":{"role":"admin"}})").value().decision, Effect::kAllow);
  // A missing field is not in any set: not_in holds.
  EXPECT_EQ(set.Evaluate(R"({})").value().decision, Effect::kDeny);
}

TEST(PolicySet, EveryOperator) {
  struct Case {
    const char* condition;
    const char* request;
    bool matches;
  };
  const Case cases[] = {
      {R"({"field":"a","operator":"equals","value":"x"})", R"({"a":"x"})", true},
      {R"({"field":"a","operator":"equals","value":"x"})", R"({"a":"X"})", false},
      {R"({"field":"a","operator":"equals","value":"x","ignoreCase":true})", R"({"a":"X"})", true},
      {R"({"field":"a","operator":"equals","value":2})", R"({"a":2.0})", true},
      {R"({"field":"a","operator":"not_equals","value":2})", R"({"a":3})", true},
      {R"({"field":"a.b","operator":"contains","value":"needle"})", R"({"a":{"b":"hayneedlestack"}})", true},
      {R"({"field":"tags","operator":"contains","value":"pii"})", R"({"tags":["x","pii"]})", true},
      {R"({"field":"a","operator":"contains","value":"NEEDLE","ignoreCase":true})", R"({"a":"a needle"})", true},
      {R"({"field":"a","operator":"matches","value":"^EMP\\d{6}$"})", R"({"a":"EMP123456"})", true},
      {R"({"field":"a","operator":"matches","value":"^EMP\\d{6}$"})", R"({"a":"EMP12"})", false},
      {R"({"field":"a","operator":"in","value":["x",1,true]})", R"({"a":1})", true},
      {R"({"field":"a","operator":"in","value":["x",1,true]})", R"({"a":["q","x"]})", true},
      {R"({"field":"a","operator":"in","value":["x"]})", R"({"a":"y"})", false},
      {R"({"field":"a","operator":"not_in","value":["x"]})", R"({"a":"y"})", true},
      {R"({"field":"a","operator":"gt","value":5})", R"({"a":6})", true},
      {R"({"field":"a","operator":"gt","value":5})", R"({"a":5})", false},
      {R"({"field":"a","operator":"gte","value":5})", R"({"a":5})", true},
      {R"({"field":"a","operator":"lt","value":5})", R"({"a":"4"})", false},
      {R"({"field":"a","operator":"lte","value":"2024-01-01"})", R"({"a":"2023-12-31"})", true},
      {R"({"field":"a","operator":"exists"})", R"({"a":null})", true},
      {R"({"field":"a","operator":"exists","value":false})", R"({"b":1})", true},
      {R"({"field":"a","operator":"exists"})", R"({"b":1})", false},
  };
  for (const Case& c : cases) {
    PolicySet set;
    std::string doc = std::string(R"({"name":"p","conditions":[)") + c.condition + R"(],"actions":[{"type":"block"}]})";
    ASSERT_TRUE(set.Add(J(doc.c_str())).ok()) << doc;
    EXPECT_EQ(set.Evaluate(c.request).value().decision == Effect::kDeny, c.matches)
        << c.condition << " on " << c.request;
  }
}

TEST(PolicySet, AllAndAnyGroups) {
  PolicySet set;
  ASSERT_TRUE(set.Add(J(R"({"name":"g","match":"any","conditions":[
      {"field":"a","operator":"equals","value":1},
      {"all":[{"field":"b","operator":"equals","value":2},{"field":"c","operator":"equals","value":3}]}],
      "actions":[{"type":"block"}]})"))
                  .ok());
  EXPECT_EQ(set.Evaluate(R"({"a":1})").value().decision, Effect::kDeny);
  EXPECT_EQ(set.Evaluate(R"({"b":2,"c":3})").value().decision, Effect::kDeny);
  EXPECT_EQ(set.Evaluate(R"({"b":2,"c":4})").value().decision, Effect::kAllow);
}

TEST(PolicySet, HigherPriorityDecidesAndDenyWinsAtEqualPriority) {
  PolicySet set;
  auto add = [&](const char* name, int priority, const char* action) {
    nlohmann::json p = {{"name", name},
                        {"priority", priority},
                        {"conditions", nlohmann::json::array()},
                        {"actions", {{{"type", action}}}}};
    ASSERT_TRUE(set.Add(p).ok());
  };
  add("allow-10", 10, "allow");
  add("deny-10", 10, "block");
  add("log-50", 50, "log");
  Evaluation e = set.Evaluate(R"({})").value();
  EXPECT_EQ(e.decision, Effect::kDeny);
  ASSERT_EQ(e.matched.size(), 3u);
  EXPECT_EQ(e.matched[0].name, "log-50");
  EXPECT_EQ(e.matched[1].name, "deny-10");
  EXPECT_EQ(e.matched[2].name, "allow-10");
  add("allow-20", 20, "allow");
  EXPECT_EQ(set.Evaluate(R"({})").value().decision, Effect::kAllow);
}

TEST(PolicySet, ConfiguredDefaultApplies) {
  PolicySetOptions options;
  options.default_decision = Effect::kDeny;
  PolicySet set(options);
  Evaluation e = set.Evaluate(R"({"x":1})").value();
  EXPECT_EQ(e.decision, Effect::kDeny);
  EXPECT_TRUE(e.defaulted);
}

TEST(PolicySet, RolePermissionsFromTheSeedConfig) {
  PolicySet set;
  ASSERT_TRUE(set.SetRolePermissions(J(R"({"dataAccess":["executives","security-team"],
      "userPermissions":{"admin":["full-access","security-config"],"user":["basic-queries"]}})"))
                  .ok());
  EXPECT_EQ(set.Evaluate(R"({"user":{"role":"user"},"permission":"basic-queries"})").value().decision, Effect::kAllow);
  Evaluation denied = set.Evaluate(R"({"user":{"role":"user"},"permission":"security-config"})").value();
  EXPECT_EQ(denied.decision, Effect::kDeny);
  EXPECT_EQ(denied.matched[0].id, "userPermissions");
  EXPECT_EQ(set.Evaluate(R"({"user":{"role":"admin"},"permission":"anything"})").value().decision, Effect::kAllow);
  EXPECT_EQ(set.Evaluate(R"({"user":{"roles":["user"]},"resource":{"sensitive":true}})").value().decision,
            Effect::kDeny);
  EXPECT_EQ(set.Evaluate(R"({"user":{"roles":["executives"]},"resource":{"sensitive":true}})").value().decision,
            Effect::kAllow);
  // Role denial outranks an allow policy at any priority.
  ASSERT_TRUE(
      set.Add(J(R"({"name":"allow all","priority":1000000,"conditions":[],"actions":[{"type":"allow"}]})")).ok());
  EXPECT_EQ(set.Evaluate(R"({"user":{"role":"user"},"permission":"security-config"})").value().decision, Effect::kDeny);
  EXPECT_EQ(set.SetRolePermissions(J(R"({"userPermissions":{"x":"y"}})")).code(), StatusCode::kInvalidConfig);
}

TEST(PolicySet, InvalidPoliciesNameTheFieldAndLeaveTheSetIntact) {
  PolicySet set;
  ASSERT_TRUE(set.Add(J(kSeedPolicy)).ok());
  struct Bad {
    const char* doc;
    const char* field;
    StatusCode code;
  };
  const Bad bad[] = {
      {R"({"conditions":[],"actions":[{"type":"log"}]})", "name:", StatusCode::kInvalidPolicy},
      {R"({"name":"x","conditions":[{"field":"a","operator":"like","value":1}],"actions":[{"type":"log"}]})",
       "conditions[0].operator:", StatusCode::kInvalidPolicy},
      {R"({"name":"x","conditions":[{"operator":"equals","value":1}],"actions":[{"type":"log"}]})",
       "conditions[0].field:", StatusCode::kInvalidPolicy},
      {R"({"name":"x","conditions":[{"field":"a","operator":"matches","value":"(unclosed"}],"actions":[{"type":"log"}]})",
       "conditions[0].value:", StatusCode::kInvalidPattern},
      {R"({"name":"x","conditions":[{"field":"a","operator":"in","value":"x"}],"actions":[{"type":"log"}]})",
       "conditions[0].value:", StatusCode::kInvalidPolicy},
      {R"({"name":"x","conditions":[],"actions":[{"type":"explode"}]})",
       "actions[0].type:", StatusCode::kInvalidPolicy},
      {R"({"name":"x","conditions":[],"actions":[]})", "actions:", StatusCode::kInvalidPolicy},
      {R"({"name":"x","priority":"high","conditions":[],"actions":[{"type":"log"}]})",
       "priority:", StatusCode::kInvalidPolicy},
      {R"({"name":"x","conditions":[{"all":[{"any":[{"field":"a"}]}]}],"actions":[{"type":"log"}]})",
       "conditions[0].all[0].any[0].operator:", StatusCode::kInvalidPolicy},
      {R"([1,2])", "policy:", StatusCode::kInvalidPolicy},
  };
  for (const Bad& b : bad) {
    Result<std::string> r = set.Add(J(b.doc));
    ASSERT_FALSE(r.ok()) << b.doc;
    EXPECT_EQ(r.status().code(), b.code) << b.doc;
    EXPECT_EQ(r.status().message().rfind(b.field, 0), 0u) << r.status().message();
  }
  EXPECT_EQ(set.size(), 1u);
  EXPECT_EQ(set.Evaluate(R"({"content":"customer_data"})").value().decision, Effect::kChallenge);
}

TEST(PolicySet, UpdateAndRemove) {
  PolicySet set;
  std::string id = set.Add(J(kSeedPolicy)).value();
  EXPECT_EQ(set.Update(id, J(R"({"operator":"x","conditions":7})")).code(), StatusCode::kInvalidPolicy);
  EXPECT_EQ(set.Evaluate(R"({"content":"customer_data"})").value().decision, Effect::kChallenge);
  ASSERT_TRUE(set.Update(id, J(R"({"enabled":false})")).ok());
  EXPECT_EQ(set.Evaluate(R"({"content":"customer_data"})").value().decision, Effect::kAllow);
  EXPECT_EQ(set.List()[0]["enabled"], false);
  ASSERT_TRUE(set.Remove(id).ok());
  EXPECT_EQ(set.size(), 0u);
  EXPECT_EQ(set.Remove(id).code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(set.Update(id, J("{}")).code(), StatusCode::kInvalidArgument);
}

// The candidate index (policies whose conditions include a string equals or an all-string
// in) and the contains screen must only skip policies that could not match: the same leaves
// wrapped in a group are neither indexed nor screened, and both sets must decide every
// request alike.
TEST(PolicySet, IndexedPoliciesDecideAsUnindexedOnes) {
  const std::vector<std::string> leaves = {
      R"({"field":"role","operator":"equals","value":"admin"})",
      R"({"field":"role","operator":"in","value":["admin","guest"]})",
      R"({"field":"role","operator":"in","value":["guest"]})",
      R"({"field":"user.role","type":"user","operator":"equals","value":"auditor"})",
      R"({"field":"role","operator":"equals","value":"1"})",
      R"({"field":"tier","operator":"in","value":["gold"]})",
      R"({"field":"content","operator":"contains","value":"secret"})",
      R"({"field":"content","operator":"contains","value":"\u00e9\ud83d\ude00"})",
      R"({"field":"content","operator":"contains","value":"ab"})",
      R"({"field":"content","operator":"contains","value":"a"})"};
  PolicySet indexed;
  PolicySet plain;
  for (std::size_t i = 0; i < leaves.size(); ++i) {
    const std::string extra = i % 2 == 0 ? R"(,{"field":"amount","operator":"gte","value":0})" : "";
    const std::string head = R"({"id":"p)" + std::to_string(i) + R"(","name":"p","priority":)" + std::to_string(i % 3) +
                             R"(,"actions":[{"type":")" + (i % 2 == 0 ? "block" : "allow") + R"("}],"conditions":)";
    const Result<std::string> added = indexed.Add(J((head + "[" + leaves[i] + extra + "]}").c_str()));
    ASSERT_TRUE(added.ok()) << added.status().message();
    ASSERT_TRUE(plain.Add(J((head + R"([{"any":[)" + leaves[i] + "]}" + extra + "]}").c_str())).ok());
  }
  const std::vector<std::string> roles = {R"("admin")", R"("guest")",       R"("Admin")",     R"(1)",
                                          R"("1")",     R"(["guest","x"])", R"([["admin"]])", R"({"admin":1})",
                                          R"(null)",    R"(true)",          R"([])",          R"(["auditor",2])"};
  const std::vector<std::string> contents = {
      R"("top secret")", R"("secre t")", R"(["secret"])", R"("x\u00e9\ud83d\ude00")",
      R"("SECRET ab")",  R"(5)",         R"("")",         R"("a")",
      R"(["ab","x"])",   R"({"ab":1})"};
  int matched = 0;
  std::size_t next = 0;
  for (const std::string& role : roles) {
    for (const std::string& rest :
         {std::string(R"("amount":5)"), std::string(R"("amount":5,"tier":["gold"],"user":{"role":)" + role + "}"),
          std::string(R"("user":{"role":"auditor"},"tier":"gold")")}) {
      const std::string content = contents[next++ % contents.size()];
      const std::string request = R"({"role":)" + role + "," + rest + R"(,"content":)" + content + "}";
      const Evaluation a = indexed.Evaluate(request).value();
      const Evaluation b = plain.Evaluate(request).value();
      EXPECT_EQ(a.decision, b.decision) << request;
      ASSERT_EQ(a.matched.size(), b.matched.size()) << request;
      for (std::size_t m = 0; m < a.matched.size(); ++m) EXPECT_EQ(a.matched[m].id, b.matched[m].id) << request;
      EXPECT_EQ(a.risk, b.risk) << request;
      matched += static_cast<int>(a.matched.size());
    }
  }
  EXPECT_GT(matched, 10);  // the requests do match policies
}

TEST(PolicySet, BoundsRequests) {
  PolicySetOptions options;
  options.max_request_bytes = 1000;
  PolicySet set(options);
  EXPECT_EQ(set.Evaluate(std::string(2000, ' ')).status().code(), StatusCode::kTooLarge);
  EXPECT_EQ(set.Evaluate(std::string(40, '[') + std::string(40, ']')).status().code(), StatusCode::kTooLarge);
  EXPECT_EQ(set.Evaluate("[1]").status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(set.Evaluate("{oops").status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace copilot::security
