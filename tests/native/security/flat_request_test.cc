#include "security/flat_request.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "security/policy_set.h"

namespace copilot::security {
namespace {

JsonLimits Limits() {
  JsonLimits limits;
  limits.max_depth = 4;
  return limits;
}

TEST(FlatRequest, DecodesEveryTagWithByteLengths) {
  // absent, null, false, true, 2.5, "h\u00e9\U0001F600" (7 bytes), [1,{"a":2}].
  const std::vector<double> n = {0, 0, 0, 1, 0, 0, 2, 0, 0, 3, 0, 0, 4, 2.5, 0, 5, 7, 0, 6, 11, 0};
  const std::string text = "h\xc3\xa9\xf0\x9f\x98\x80[1,{\"a\":2}]";
  FlatRequest r;
  Status decoded = r.Decode(n.data(), n.size(), text, Limits());
  ASSERT_TRUE(decoded.ok()) << decoded.message();
  const std::vector<const nlohmann::json*>& v = r.values();
  ASSERT_EQ(v.size(), 7u);
  EXPECT_EQ(v[0], nullptr);
  EXPECT_TRUE(v[1]->is_null());
  EXPECT_EQ(*v[2], false);
  EXPECT_EQ(*v[3], true);
  EXPECT_EQ(*v[4], 2.5);
  EXPECT_EQ(*v[5], "h\xc3\xa9\xf0\x9f\x98\x80");
  EXPECT_EQ(*v[6], nlohmann::json::parse("[1,{\"a\":2}]"));
}

TEST(FlatRequest, ReusesItsStorageAcrossRequests) {
  FlatRequest r;
  const std::vector<double> a = {5, 5, 0, 4, 1, 0};
  ASSERT_TRUE(r.Decode(a.data(), a.size(), "hello", Limits()).ok());
  EXPECT_EQ(*r.values()[0], "hello");
  const std::vector<double> b = {5, 2, 0, 0, 0, 0};
  ASSERT_TRUE(r.Decode(b.data(), b.size(), "hi", Limits()).ok());
  EXPECT_EQ(*r.values()[0], "hi");
  EXPECT_EQ(r.values()[1], nullptr);  // absent now, though it held a number before
  const std::vector<double> c = {3, 0, 0, 5, 3, 0};
  ASSERT_TRUE(r.Decode(c.data(), c.size(), "abc", Limits()).ok());
  EXPECT_EQ(*r.values()[0], true);
  EXPECT_EQ(*r.values()[1], "abc");
}

TEST(FlatRequest, RefusesNumbersAndTextThatDoNotFit) {
  auto code = [](std::vector<double> n, const std::string& text) {
    FlatRequest r;
    return r.Decode(n.data(), n.size(), text, Limits()).code();
  };
  EXPECT_EQ(code({5, 4, 0}, "abc"), StatusCode::kInvalidArgument);               // past the end
  EXPECT_EQ(code({5, 1, 0}, "\xf0\x9f\x98\x80"), StatusCode::kInvalidArgument);  // half a character
  EXPECT_EQ(code({5, 1.5, 0}, "ab"), StatusCode::kInvalidArgument);              // not a whole length
  EXPECT_EQ(code({5, 2, 0}, "\xed\xa0"), StatusCode::kInvalidArgument);          // not UTF-8
  EXPECT_EQ(code({5, 1, 0}, "ab"), StatusCode::kInvalidArgument);                // text left over
  EXPECT_EQ(code({7, 0, 0}, ""), StatusCode::kInvalidArgument);                  // unknown tag
  EXPECT_EQ(code({5, -1, 0}, ""), StatusCode::kInvalidArgument);                 // negative length
  EXPECT_EQ(code({6, 3, 0}, "[1,"), StatusCode::kInvalidArgument);               // not JSON
  EXPECT_EQ(code({6, 10, 0}, "[[[[[1]]]]]"), StatusCode::kTooLarge);             // deeper than the limit
  EXPECT_EQ(code({5, 1}, "a"), StatusCode::kInvalidArgument);                    // not whole slots
}

TEST(FlatRequest, SlotsDecideAsTheWholeRequestDoes) {
  PolicySet set;
  ASSERT_TRUE(set.SetRolePermissions(nlohmann::json::parse(R"({"userPermissions":{"user":["read"]}})")).ok());
  ASSERT_TRUE(set.Add(nlohmann::json::parse(R"({"name":"big","priority":3,"conditions":[
      {"field":"amount","operator":"gt","value":10}],"actions":[{"type":"challenge"}]})"))
                  .ok());
  const nlohmann::json request = nlohmann::json::parse(R"({"user":{"role":"user"},"permission":["read","write"],
      "amount":11})");
  // Read the request's slots the way js/ does.
  std::vector<const nlohmann::json*> slots;
  const auto& paths = set.FieldSlots();
  for (std::size_t i = 0; i + 1 < paths.size(); i += 2) {
    const nlohmann::json* at = &request;
    for (const std::string& key : paths[i]) at = (at != nullptr && at->contains(key)) ? &(*at)[key] : nullptr;
    slots.push_back(at);
  }
  DecisionTrace trace;
  ASSERT_TRUE(set.EvaluateSlots(slots, &trace).ok());
  const Evaluation whole = set.EvaluateDocument(request);
  EXPECT_EQ(trace.decision, whole.decision);
  EXPECT_EQ(trace.decision, Effect::kDeny);
  EXPECT_EQ(trace.denied_permissions, std::vector<int>{1});  // "write"
  ASSERT_EQ(trace.hits.size(), 1u);
  ASSERT_EQ(trace.hits[0].held_count, 1u);
  EXPECT_EQ(trace.held[trace.hits[0].first_held], 0);
  EXPECT_EQ(trace.risk, whole.risk);
  slots.pop_back();
  EXPECT_EQ(set.EvaluateSlots(slots, &trace).code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace copilot::security
