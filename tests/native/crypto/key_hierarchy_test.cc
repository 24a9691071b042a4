#include "crypto/key_hierarchy.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include <cstring>
#include <set>
#include <string>

#include "crypto/keyring.h"

namespace copilot::crypto {
namespace {

SecretKey FixedKey(char fill) {
  return SecretKey::FromBytes(std::string(kKeyBytes, fill));
}

std::string Bytes(const SecretKey& key) {
  return std::string(reinterpret_cast<const char*>(key.data()), kKeyBytes);
}

TEST(KeyHierarchyTest, ScopeNamesRoundTrip) {
  for (const char* name : {"session", "user", "organization", "global", "ephemeral"}) {
    Result<Scope> scope = ParseScope(name);
    ASSERT_TRUE(scope.ok()) << name;
    EXPECT_STREQ(ScopeName(scope.value()), name);
  }
  Result<Scope> bad = ParseScope("tenant");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kInvalidArgument);
}

TEST(KeyHierarchyTest, RecordKeysAreCryptoKdfWithOneContextPerScope) {
  ASSERT_GE(sodium_init(), 0);
  SecretKey master = FixedKey('m');
  const std::pair<Scope, const char*> contexts[] = {{Scope::kSession, "CPSESSN1"},
                                                    {Scope::kUser, "CPUSER01"},
                                                    {Scope::kOrganization, "CPORGAN1"},
                                                    {Scope::kGlobal, "CPGLOBL1"},
                                                    {Scope::kEphemeral, "CPEPHEM1"}};
  std::set<std::string> seen;
  for (const auto& [scope, context] : contexts) {
    for (Algorithm algorithm : {Algorithm::kXChaCha20Poly1305, Algorithm::kAes256Gcm}) {
      unsigned char expected[kKeyBytes];
      crypto_kdf_derive_from_key(expected, kKeyBytes, static_cast<uint64_t>(algorithm), context, master.data());
      SecretKey key = DeriveRecordKey(master, scope, algorithm);
      EXPECT_EQ(Bytes(key), std::string(reinterpret_cast<char*>(expected), kKeyBytes));
      seen.insert(Bytes(key));
    }
  }
  EXPECT_EQ(seen.size(), 10U) << "every scope and algorithm gets its own key";
}

TEST(KeyHierarchyTest, KeyIdIsAStableFingerprint) {
  SecretKey a = FixedKey('a');
  EXPECT_EQ(MasterKeyId(a), MasterKeyId(FixedKey('a')));
  EXPECT_NE(MasterKeyId(a), MasterKeyId(FixedKey('b')));
  unsigned char digest[16];
  crypto_kdf_derive_from_key(digest, sizeof digest, 0, "CPKEYID1", a.data());
  uint32_t expected =
      (uint32_t{digest[0]} << 24) | (uint32_t{digest[1]} << 16) | (uint32_t{digest[2]} << 8) | digest[3];
  EXPECT_EQ(MasterKeyId(a), expected);
}

TEST(KeyHierarchyTest, GeneratedMasterKeysDiffer) {
  SecretKey a = GenerateMasterKey();
  SecretKey b = GenerateMasterKey();
  EXPECT_FALSE(a.empty());
  EXPECT_NE(Bytes(a), Bytes(b));
}

TEST(SecretKeyTest, MovingAndWipingZeroes) {
  SecretKey a = FixedKey('z');
  SecretKey b = std::move(a);
  EXPECT_TRUE(a.empty());  // NOLINT(bugprone-use-after-move): the moved-from state is the contract
  EXPECT_EQ(Bytes(a), std::string(kKeyBytes, '\0'));
  EXPECT_EQ(Bytes(b), std::string(kKeyBytes, 'z'));
  b.Wipe();
  EXPECT_TRUE(b.empty());
  EXPECT_EQ(Bytes(b), std::string(kKeyBytes, '\0'));
  EXPECT_TRUE(SecretKey::FromBytes("short").empty());
}

TEST(KeyringTest, RotationAddsAPrimaryAndKeepsOlderKeys) {
  Keyring ring;
  EXPECT_FALSE(ring.has_primary());
  Result<uint32_t> first = ring.Add(FixedKey('1'));
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(ring.primary_id(), first.value());
  Result<uint32_t> again = ring.Add(FixedKey('1'));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again.value(), first.value());
  EXPECT_EQ(ring.size(), 1U);
  uint64_t epoch = ring.epoch();
  Result<uint32_t> second = ring.Rotate();
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(ring.primary_id(), second.value());
  EXPECT_GT(ring.epoch(), epoch);
  EXPECT_NE(ring.Find(first.value()), nullptr);
  EXPECT_TRUE(ring.SetPrimary(first.value()).ok());
  EXPECT_EQ(ring.SetPrimary(12345).code(), StatusCode::kWrongKey);
}

TEST(KeyringTest, DestroyRemovesTheKeyAndThePrimary) {
  Keyring ring;
  uint32_t id = ring.Add(FixedKey('d')).value();
  EXPECT_TRUE(ring.Destroy(id).ok());
  EXPECT_EQ(ring.Find(id), nullptr);
  EXPECT_FALSE(ring.has_primary());
  EXPECT_EQ(ring.Destroy(id).code(), StatusCode::kWrongKey);
  EXPECT_EQ(ring.Add(SecretKey()).status().code(), StatusCode::kInvalidArgument);
  ring.Rotate();
  ring.Wipe();
  EXPECT_EQ(ring.size(), 0U);
  EXPECT_FALSE(ring.has_primary());
}

}  // namespace
}  // namespace copilot::crypto
