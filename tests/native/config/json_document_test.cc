#include "config/json_document.h"

#include <string>

#include <gtest/gtest.h>

namespace copilot {
namespace {

TEST(JsonDocument, ParsesAValidDocument) {
  Result<nlohmann::json> doc = ParseJsonDocument(R"({"encryption":{"enabled":true},"scopes":["user","session"]})");
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_TRUE(doc.value()["encryption"]["enabled"].get<bool>());
  EXPECT_EQ(doc.value()["scopes"].size(), 2u);
}

TEST(JsonDocument, SyntaxErrorNamesTheByteOffset) {
  Result<nlohmann::json> doc = ParseJsonDocument(R"({"a": [1, 2,, 3]})");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kInvalidConfig);
  EXPECT_NE(doc.status().message().find("byte 13"), std::string::npos) << doc.status().message();
}

TEST(JsonDocument, RejectsEmptyAndTrailingGarbage) {
  EXPECT_EQ(ParseJsonDocument("").status().code(), StatusCode::kInvalidConfig);
  EXPECT_EQ(ParseJsonDocument("{} {}").status().code(), StatusCode::kInvalidConfig);
}

TEST(JsonDocument, RejectsInvalidUtf8) {
  EXPECT_EQ(ParseJsonDocument("\"\xff\xfe\"").status().code(), StatusCode::kInvalidConfig);
}

TEST(JsonDocument, RejectsOversizedInputBeforeParsing) {
  JsonLimits limits;
  limits.max_bytes = 16;
  Result<nlohmann::json> doc = ParseJsonDocument(R"({"key":"a value that is too long"})", limits);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kTooLarge);
}

TEST(JsonDocument, RejectsDeepNestingWithoutRecursing) {
  // A million levels would overflow the recursive parser's stack; the limit must stop it first.
  std::string deep(1000000, '[');
  Result<nlohmann::json> doc = ParseJsonDocument(deep);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kInvalidConfig);
  EXPECT_NE(doc.status().message().find("nested deeper than 64"), std::string::npos);
}

TEST(JsonDocument, NestingLimitIsExactAndIgnoresBracketsInStrings) {
  JsonLimits limits;
  limits.max_depth = 3;
  EXPECT_TRUE(ParseJsonDocument(R"([[["[[[[[["]]])", limits).ok());
  EXPECT_FALSE(ParseJsonDocument(R"([[[[]]]])", limits).ok());
  EXPECT_TRUE(ParseJsonDocument(R"({"a":{"b":["\"[{"]}})", limits).ok());
}

}  // namespace
}  // namespace copilot
