#include "common/status.h"

#include <set>
#include <string>

#include <gtest/gtest.h>

namespace copilot {
namespace {

TEST(Status, DefaultIsOk) {
  Status status;
  EXPECT_TRUE(status.ok());
  EXPECT_EQ(status.code(), StatusCode::kOk);
  EXPECT_STREQ(StatusCodeName(status.code()), "OK");
}

TEST(Status, CodeNamesAreStableAndDistinct) {
  // These strings are the `code` of JavaScript errors: applications match on them.
  EXPECT_STREQ(StatusCodeName(StatusCode::kInvalidConfig), "INVALID_CONFIG");
  EXPECT_STREQ(StatusCodeName(StatusCode::kInvalidPattern), "INVALID_PATTERN");
  EXPECT_STREQ(StatusCodeName(StatusCode::kIntegrity), "INTEGRITY");
  EXPECT_STREQ(StatusCodeName(StatusCode::kWrongKey), "WRONG_KEY");
  std::set<std::string> names;
  for (int c = 0; c <= static_cast<int>(StatusCode::kInternal); ++c) {
    names.insert(StatusCodeName(static_cast<StatusCode>(c)));
  }
  EXPECT_EQ(names.size(), static_cast<std::size_t>(StatusCode::kInternal) + 1);
}

TEST(Result, HoldsValueOrStatus) {
  Result<int> good(7);
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(good.value(), 7);

  Result<int> bad(Status(StatusCode::kTooLarge, "too big"));
  EXPECT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kTooLarge);
  EXPECT_EQ(bad.status().message(), "too big");
}

TEST(Result, OkStatusWithoutValueIsAnInternalError) {
  Result<int> odd{Status::Ok()};
  EXPECT_FALSE(odd.ok());
  EXPECT_EQ(odd.status().code(), StatusCode::kInternal);
}

TEST(ResultDeathTest, ValueOfFailedResultAborts) {
  Result<int> bad(Status(StatusCode::kInternal, "x"));
  EXPECT_DEATH((void)bad.value(), "");
}

}  // namespace
}  // namespace copilot
