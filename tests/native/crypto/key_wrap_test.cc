#include "crypto/key_wrap.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include <string>

#include "crypto/key_hierarchy.h"
#include "crypto/known_answers.h"

namespace copilot::crypto {
namespace {

constexpr Argon2Params kFast{1, 64};

TEST(KnownAnswersTest, LibsodiumVectorsMatch) {
  ASSERT_GE(sodium_init(), 0);
  Status st = RunKnownAnswerTests();
  EXPECT_TRUE(st.ok()) << st.message();
}

TEST(KeyWrapTest, RoundTripsKeysAndPrimary) {
  Keyring ring;
  uint32_t first = ring.Add(GenerateMasterKey()).value();
  uint32_t second = ring.Rotate().value();
  ASSERT_TRUE(ring.SetPrimary(first).ok());
  Result<std::string> wrapped = WrapKeyring(ring, "correct horse", kFast);
  ASSERT_TRUE(wrapped.ok()) << wrapped.status().message();
  EXPECT_EQ(static_cast<uint8_t>(wrapped.value()[0]), 1);
  EXPECT_EQ(static_cast<uint8_t>(wrapped.value()[1]), 1);
  Result<Keyring> back = UnwrapKeyring(wrapped.value(), "correct horse");
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(back.value().ids(), ring.ids());
  EXPECT_EQ(back.value().primary_id(), first);
  ASSERT_NE(back.value().Find(second), nullptr);
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(back.value().Find(second)->data()), kKeyBytes),
            std::string(reinterpret_cast<const char*>(ring.Find(second)->data()), kKeyBytes));
  Result<Argon2Params> params = WrappedKeyringParams(wrapped.value());
  ASSERT_TRUE(params.ok());
  EXPECT_EQ(params.value().ops_limit, 1U);
  EXPECT_EQ(params.value().mem_limit_kib, 64U);
}

// One unlock, several keyrings: Argon2id runs once per salt, and wrapping reuses the salt of a
// KEK already derived with the same parameters. The bytes still open alone.
TEST(PassphraseKeksTest, SeveralKeyringsCostOneDerivation) {
  Keyring store;
  store.Rotate();
  Keyring audit;
  audit.Rotate();
  Result<PassphraseKeks> keks = PassphraseKeks::Create("correct horse");
  ASSERT_TRUE(keks.ok());
  std::string wrapped_store = keks.value().Wrap(store, kFast).value();
  std::string wrapped_audit = keks.value().Wrap(audit, kFast).value();
  EXPECT_EQ(keks.value().derivations(), 1U);
  EXPECT_EQ(wrapped_store.substr(12, 16), wrapped_audit.substr(12, 16)) << "the salt is shared";
  EXPECT_NE(wrapped_store.substr(28, 24), wrapped_audit.substr(28, 24)) << "nonces are not";
  EXPECT_EQ(UnwrapKeyring(wrapped_audit, "correct horse").value().ids(), audit.ids());

  Result<PassphraseKeks> unlock = PassphraseKeks::Create("correct horse");
  ASSERT_TRUE(unlock.ok());
  EXPECT_EQ(unlock.value().Unwrap(wrapped_store).value().ids(), store.ids());
  EXPECT_EQ(unlock.value().Unwrap(wrapped_audit).value().ids(), audit.ids());
  EXPECT_EQ(unlock.value().derivations(), 1U);
  // Another salt (a keyring wrapped on its own) costs one more; other parameters a new salt.
  std::string alone = WrapKeyring(audit, "correct horse", kFast).value();
  EXPECT_TRUE(unlock.value().Unwrap(alone).ok());
  EXPECT_EQ(unlock.value().derivations(), 2U);
  std::string stronger = unlock.value().Wrap(audit, Argon2Params{2, 64}).value();
  EXPECT_NE(stronger.substr(12, 16), wrapped_store.substr(12, 16));
  EXPECT_EQ(unlock.value().derivations(), 3U);

  Result<PassphraseKeks> wrong = PassphraseKeks::Create("wrong horse");
  EXPECT_EQ(wrong.value().Unwrap(wrapped_store).status().code(), StatusCode::kWrongKey);
  unlock.value().Wipe();
  EXPECT_EQ(unlock.value().Unwrap(wrapped_store).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(PassphraseKeks::Create("").status().code(), StatusCode::kInvalidArgument);
}

TEST(KeyWrapTest, AKeyringWithoutPrimaryStaysWithout) {
  Keyring ring;
  uint32_t a = ring.Add(GenerateMasterKey()).value();
  ring.Rotate();
  ASSERT_TRUE(ring.Destroy(ring.primary_id()).ok());
  Result<Keyring> back = UnwrapKeyring(WrapKeyring(ring, "pw", kFast).value(), "pw");
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_FALSE(back.value().has_primary());
  EXPECT_NE(back.value().Find(a), nullptr);
}

TEST(KeyWrapTest, WrongPassphraseIsWrongKey) {
  Keyring ring;
  ring.Rotate();
  std::string wrapped = WrapKeyring(ring, "right", kFast).value();
  Result<Keyring> back = UnwrapKeyring(wrapped, "wrong");
  ASSERT_FALSE(back.ok());
  EXPECT_EQ(back.status().code(), StatusCode::kWrongKey);
}

TEST(KeyWrapTest, EveryBitFlipIsRefused) {
  Keyring ring;
  ring.Rotate();
  std::string wrapped = WrapKeyring(ring, "pw", kFast).value();
  for (size_t bit = 0; bit < wrapped.size() * 8; ++bit) {
    std::string damaged = wrapped;
    damaged[bit / 8] = static_cast<char>(damaged[bit / 8] ^ (1 << (bit % 8)));
    Result<Keyring> back = UnwrapKeyring(damaged, "pw");
    ASSERT_FALSE(back.ok()) << bit;
    StatusCode code = back.status().code();
    EXPECT_TRUE(code == StatusCode::kWrongKey || code == StatusCode::kUnsupported || code == StatusCode::kIntegrity)
        << bit << " " << back.status().message();
  }
}

TEST(KeyWrapTest, BadInputIsRefusedWithACode) {
  Keyring ring;
  ring.Rotate();
  EXPECT_EQ(WrapKeyring(ring, "", kFast).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(WrapKeyring(ring, "pw", {0, 64}).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(WrapKeyring(ring, "pw", {1, 4}).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(WrapKeyring(ring, "pw", {1, kMaxMemLimitKib + 1}).status().code(), StatusCode::kInvalidArgument);
  std::string wrapped = WrapKeyring(ring, "pw", kFast).value();
  for (size_t n = 0; n < 52 + 16; ++n) {
    EXPECT_EQ(UnwrapKeyring(wrapped.substr(0, n), "pw").status().code(), StatusCode::kIntegrity) << n;
  }
  std::string newer = wrapped;
  newer[0] = 2;
  EXPECT_EQ(UnwrapKeyring(newer, "pw").status().code(), StatusCode::kUnsupported);
  std::string greedy = wrapped;
  greedy[8] = '\x7F';  // memlimit of ~2 TiB: refused before Argon2id runs
  EXPECT_EQ(UnwrapKeyring(greedy, "pw").status().code(), StatusCode::kIntegrity);
  EXPECT_EQ(UnwrapKeyring(wrapped, "").status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace copilot::crypto
