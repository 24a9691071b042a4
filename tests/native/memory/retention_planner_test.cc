#include "memory/retention_planner.h"

#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace copilot::memory {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

RecordInfo Rec(std::string id, std::string scope, std::uint64_t size, double accessed, std::uint64_t hits = 0) {
  RecordInfo r;
  r.id = std::move(id);
  r.scope = std::move(scope);
  r.size = size;
  r.updated_ms = accessed;
  r.accessed_ms = accessed;
  r.hits = hits;
  r.key_id = 1;
  return r;
}

TEST(RetentionPlanner, PurgesRecordsPastTheirTtlOrTheScopeMaxAge) {
  std::vector<RecordInfo> records = {Rec("a", "user", 10, 100), Rec("b", "user", 10, 900),
                                     Rec("c", "session", 10, 950)};
  records[2].expires_ms = 999;
  PlanOptions options;
  options.now_ms = 1000;
  options.limits["user"].max_age_ms = 500;
  Result<Plan> plan = PlanRetention(records, options);
  ASSERT_TRUE(plan.ok());
  EXPECT_THAT(plan.value().purge, ElementsAre("a", "c"));
  EXPECT_EQ(plan.value().purged_bytes, 20u);
  EXPECT_THAT(plan.value().evict, IsEmpty());
}

TEST(RetentionPlanner, LruEvictsLeastRecentlyUsedUntilTheScopeFits) {
  std::vector<RecordInfo> records = {Rec("new", "user", 40, 300), Rec("old", "user", 40, 100),
                                     Rec("mid", "user", 40, 200), Rec("org", "organization", 500, 1)};
  PlanOptions options;
  options.now_ms = 1000;
  options.limits["user"].max_size = 90;
  Result<Plan> plan = PlanRetention(records, options);
  ASSERT_TRUE(plan.ok());
  EXPECT_THAT(plan.value().evict, ElementsAre("old"));
  EXPECT_EQ(plan.value().evicted_bytes, 40u);
  EXPECT_TRUE(plan.value().satisfied);
}

TEST(RetentionPlanner, LfuEvictsLeastFrequentlyUsedFirst) {
  std::vector<RecordInfo> records = {Rec("hot", "user", 40, 100, 9), Rec("cold", "user", 40, 300, 1),
                                     Rec("warm", "user", 40, 200, 5)};
  PlanOptions options;
  options.now_ms = 1000;
  options.eviction = Eviction::kLfu;
  options.limits["user"].max_size = 50;
  Result<Plan> plan = PlanRetention(records, options);
  ASSERT_TRUE(plan.ok());
  EXPECT_THAT(plan.value().evict, ElementsAre("cold", "warm"));
}

TEST(RetentionPlanner, ReserveCountsBytesAboutToBeWritten) {
  std::vector<RecordInfo> records = {Rec("a", "user", 40, 100), Rec("b", "user", 40, 200)};
  PlanOptions options;
  options.now_ms = 1000;
  options.limits["user"].max_size = 100;
  options.reserve_bytes["user"] = 30;
  Result<Plan> plan = PlanRetention(records, options);
  ASSERT_TRUE(plan.ok());
  EXPECT_THAT(plan.value().evict, ElementsAre("a"));
  options.reserve_bytes["user"] = 500;
  plan = PlanRetention(records, options);
  ASSERT_TRUE(plan.ok());
  EXPECT_FALSE(plan.value().satisfied);
}

TEST(RetentionPlanner, FreeBytesEvictsAcrossScopesAndReportsWhetherItCould) {
  std::vector<RecordInfo> records = {Rec("u", "user", 40, 200), Rec("o", "organization", 40, 100)};
  PlanOptions options;
  options.now_ms = 1000;
  options.free_bytes = 50;
  Result<Plan> plan = PlanRetention(records, options);
  ASSERT_TRUE(plan.ok());
  EXPECT_THAT(plan.value().evict, ElementsAre("o", "u"));
  EXPECT_TRUE(plan.value().satisfied);
  options.free_bytes = 1000;
  plan = PlanRetention(records, options);
  ASSERT_TRUE(plan.ok());
  EXPECT_FALSE(plan.value().satisfied);
}

TEST(RetentionPlanner, ReencryptsOnlyKeptRecordsUnderRetiredKeys) {
  std::vector<RecordInfo> records = {Rec("a", "user", 10, 900), Rec("b", "user", 10, 900), Rec("c", "user", 10, 1)};
  records[1].key_id = 2;
  records[2].expires_ms = 5;
  PlanOptions options;
  options.now_ms = 1000;
  options.retired_key_ids = {1};
  Result<Plan> plan = PlanRetention(records, options);
  ASSERT_TRUE(plan.ok());
  EXPECT_THAT(plan.value().reencrypt, ElementsAre("a"));
  EXPECT_THAT(plan.value().purge, ElementsAre("c"));
}

TEST(RetentionPlanner, RejectsDuplicateIdsAndBadTimes) {
  PlanOptions options;
  options.now_ms = 1;
  EXPECT_EQ(PlanRetention({Rec("a", "user", 1, 1), Rec("a", "user", 1, 1)}, options).status().code(),
            StatusCode::kInvalidArgument);
  options.now_ms = -1;
  EXPECT_EQ(PlanRetention({}, options).status().code(), StatusCode::kInvalidArgument);
}

TEST(RetentionPlanJson, RoundTripsARequest) {
  Result<std::string> out = PlanRetentionJson(
      R"({"now":1000,"eviction":"lfu","limits":{"user":{"maxAge":500,"maxSize":15}},"retiredKeyIds":[7],
          "records":[{"id":"x","scope":"user","size":10,"updated":100,"accessed":100,"hits":0,"keyId":1},
                     {"id":"y","scope":"user","size":10,"updated":900,"accessed":900,"hits":1,"keyId":7},
                     {"id":"z","scope":"user","size":10,"updated":950,"accessed":950,"hits":3,"keyId":1}]})");
  ASSERT_TRUE(out.ok()) << out.status().message();
  EXPECT_EQ(out.value(),
            R"({"evict":["y"],"evictedBytes":10,"purge":["x"],"purgedBytes":10,"reencrypt":[],"satisfied":true})");
}

TEST(RetentionPlanJson, RejectsMalformedRequests) {
  for (const char* bad : {"[]", R"({"eviction":"fifo"})", R"({"records":[{"id":1,"scope":"user"}]})",
                          R"({"records":[{"id":"a","scope":"user","size":-1}]})", R"({"limits":{"user":3}})", "{"}) {
    Result<std::string> out = PlanRetentionJson(bad);
    ASSERT_FALSE(out.ok()) << bad;
    EXPECT_EQ(out.status().code(), StatusCode::kInvalidArgument) << bad;
  }
}

}  // namespace
}  // namespace copilot::memory
