#include "memory/storage_id.h"

#include <string>

#include <gtest/gtest.h>

#include "common/init.h"

namespace copilot::memory {
namespace {

std::string TestKey() {
  std::string key(kKeyBytes, '\0');
  for (std::size_t i = 0; i < key.size(); ++i) key[i] = static_cast<char>(i);
  return key;
}

class StorageIdTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(InitializeCore().ok()); }
};

// Known answers: keyed BLAKE2b (RFC 7693) of "user:alice" under the key 00 01 .. 1f,
// 16- and 32-byte digests.
TEST_F(StorageIdTest, KnownAnswers) {
  EXPECT_EQ(StorageId(TestKey(), "user:alice").value(), "74abfeb65cca5b4127e214979874e3a4");
  const std::string subkey = DeriveSubkey(TestKey(), "user:alice").value();
  ASSERT_EQ(subkey.size(), kKeyBytes);
  EXPECT_EQ(static_cast<unsigned char>(subkey[0]), 0xa1);
  EXPECT_EQ(static_cast<unsigned char>(subkey[31]), 0x13);
}

TEST_F(StorageIdTest, BatchMatchesSingleIds) {
  const std::string data = "user:alicebob";
  Result<std::string> ids = StorageIds(TestKey(), {data, {0, 10, 10, 13}});
  ASSERT_TRUE(ids.ok()) << ids.status().message();
  EXPECT_EQ(ids.value(), StorageId(TestKey(), "user:alice").value() + StorageId(TestKey(), "").value() +
                             StorageId(TestKey(), "bob").value());
}

TEST_F(StorageIdTest, DifferentKeysGiveUnrelatedIds) {
  std::string other = TestKey();
  other[0] = 9;
  EXPECT_NE(StorageId(TestKey(), "x").value(), StorageId(other, "x").value());
}

TEST_F(StorageIdTest, RejectsBadKeysAndOffsets) {
  EXPECT_EQ(StorageId("short", "x").status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(DeriveSubkey("short", "x").status().code(), StatusCode::kInvalidArgument);
  const std::string data = "abc";
  EXPECT_EQ(StorageIds(TestKey(), {data, {}}).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(StorageIds(TestKey(), {data, {1, 2}}).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(StorageIds(TestKey(), {data, {0, 2, 1}}).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(StorageIds(TestKey(), {data, {0, 4}}).status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace copilot::memory
