#include "memory/record_sealer.h"

#include <string>

#include <gtest/gtest.h>

#include "common/init.h"

namespace copilot::memory {
namespace {

std::string TestKey(char first = 0) {
  std::string key(kKeyBytes, '\0');
  for (std::size_t i = 0; i < key.size(); ++i) key[i] = static_cast<char>(first + static_cast<char>(i));
  return key;
}

class RecordSealer : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(InitializeCore().ok()); }
};

TEST_F(RecordSealer, SealsAndOpensWithTheSameKeyAndPlace) {
  Result<std::string> sealed = SealRecord(TestKey(), 7, 3, "org:a/user:b/id", "secret value");
  ASSERT_TRUE(sealed.ok());
  EXPECT_EQ(sealed.value().size(), kSealOverhead + 12);
  EXPECT_EQ(sealed.value().find("secret"), std::string::npos);
  Result<OpenedRecord> opened = OpenRecord(TestKey(), "org:a/user:b/id", sealed.value());
  ASSERT_TRUE(opened.ok()) << opened.status().message();
  EXPECT_EQ(opened.value().plaintext, "secret value");
  EXPECT_EQ(opened.value().flags, 3);
  EXPECT_EQ(opened.value().key_id, 7u);
  EXPECT_EQ(SealedKeyId(sealed.value()).value(), 7u);
}

TEST_F(RecordSealer, FreshNonceEachTime) {
  EXPECT_NE(SealRecord(TestKey(), 1, 0, "", "x").value(), SealRecord(TestKey(), 1, 0, "", "x").value());
}

TEST_F(RecordSealer, AnyChangeIsAnIntegrityError) {
  const std::string sealed = SealRecord(TestKey(), 1, 0, "place", "value").value();
  EXPECT_EQ(OpenRecord(TestKey(), "other place", sealed).status().code(), StatusCode::kIntegrity);
  EXPECT_EQ(OpenRecord(TestKey(1), "place", sealed).status().code(), StatusCode::kIntegrity);
  for (std::size_t i = 1; i < sealed.size(); ++i) {
    std::string altered = sealed;
    altered[i] = static_cast<char>(altered[i] ^ 0x01);
    EXPECT_EQ(OpenRecord(TestKey(), "place", altered).status().code(), StatusCode::kIntegrity) << "byte " << i;
  }
  std::string version = sealed;
  version[0] = 9;
  EXPECT_EQ(OpenRecord(TestKey(), "place", version).status().code(), StatusCode::kUnsupported);
  EXPECT_EQ(OpenRecord(TestKey(), "place", sealed.substr(0, 20)).status().code(), StatusCode::kIntegrity);
}

TEST_F(RecordSealer, RejectsKeysOfTheWrongLength) {
  EXPECT_EQ(SealRecord("short", 1, 0, "", "x").status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(StorageId("short", "x").status().code(), StatusCode::kInvalidArgument);
}

// Known answers: keyed BLAKE2b (RFC 7693) of "user:alice" under the key 00 01 .. 1f.
TEST_F(RecordSealer, StorageIdAndSubkeyKnownAnswers) {
  EXPECT_EQ(StorageId(TestKey(), "user:alice").value(), "74abfeb65cca5b4127e214979874e3a4");
  const std::string subkey = DeriveSubkey(TestKey(), "user:alice").value();
  ASSERT_EQ(subkey.size(), kKeyBytes);
  EXPECT_EQ(static_cast<unsigned char>(subkey[0]), 0xa1);
  EXPECT_EQ(static_cast<unsigned char>(subkey[31]), 0x13);
}

TEST_F(RecordSealer, PassphraseKeyIsDeterministicPerSalt) {
  const std::string salt(kSaltBytes, 's');
  Result<std::string> a = PassphraseKey("correct horse", salt, 1, 8192);
  ASSERT_TRUE(a.ok()) << a.status().message();
  EXPECT_EQ(a.value(), PassphraseKey("correct horse", salt, 1, 8192).value());
  EXPECT_NE(a.value(), PassphraseKey("wrong horse", salt, 1, 8192).value());
  EXPECT_NE(a.value(), PassphraseKey("correct horse", std::string(kSaltBytes, 't'), 1, 8192).value());
  EXPECT_EQ(PassphraseKey("p", "short", 1, 8192).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(PassphraseKey("p", salt, 0, 8192).status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace copilot::memory
