#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "crypto/keyring.h"
#include "pii/mask.h"
#include "pii/pii.h"
#include "pii/sealer.h"
#include "pii/vault.h"

namespace copilot::pii {
namespace {

ValueSealer SealerFor(char key_byte, const std::string& tenant) {
  auto ring = std::make_shared<crypto::Keyring>();
  EXPECT_TRUE(ring->Add(crypto::SecretKey::FromBytes(std::string(crypto::kKeyBytes, key_byte))).ok());
  Result<ValueSealer> sealer = ValueSealer::Create(ring, tenant);
  EXPECT_TRUE(sealer.ok()) << sealer.status().message();
  return std::move(sealer).value();
}

// Flips one character of the base64url payload of the first tag in `text`.
std::string Tamper(std::string text, std::size_t from_end) {
  const std::size_t close = text.find('>', text.find("<enc:"));
  char& c = text[close - from_end];
  c = c == 'A' ? 'B' : 'A';
  return text;
}

TEST(PiiSealer, SealsIntoATagThatOpensWithTheKey) {
  const ValueSealer sealer = SealerFor('k', "acme");
  Result<std::string> tag = sealer.Seal("US_SSN", "536-90-4399");
  ASSERT_TRUE(tag.ok()) << tag.status().message();
  EXPECT_EQ(tag.value().rfind("<enc:US_SSN:", 0), 0U);
  EXPECT_EQ(tag.value().back(), '>');
  // 11-byte value + 48 bytes of envelope = 59 bytes = 79 base64url characters.
  EXPECT_EQ(tag.value().size(), std::string("<enc:US_SSN:>").size() + 79);
  EXPECT_NE(sealer.Seal("US_SSN", "536-90-4399").value(), tag.value());  // fresh nonce every time
  const std::string text = "SSN " + tag.value() + ", ok?";
  Result<std::string> opened = sealer.OpenText(text, OpenMode::kStrict);
  ASSERT_TRUE(opened.ok()) << opened.status().message();
  EXPECT_EQ(opened.value(), "SSN 536-90-4399, ok?");
  // Text without tags, and things that only look like tags, pass through.
  EXPECT_EQ(sealer.OpenText("<enc:US_SSN:> <enc::AAAA> <enc:X:A", OpenMode::kStrict).value(),
            "<enc:US_SSN:> <enc::AAAA> <enc:X:A");
}

TEST(PiiSealer, WrongKeyTamperingAndRebindingFail) {
  const ValueSealer sealer = SealerFor('k', "acme");
  const std::string tag = sealer.Seal("US_SSN", "536-90-4399").value();

  Result<std::string> wrong_key = SealerFor('x', "acme").OpenText(tag, OpenMode::kStrict);
  ASSERT_FALSE(wrong_key.ok());
  EXPECT_EQ(wrong_key.status().code(), StatusCode::kWrongKey);

  Result<std::string> other_tenant = SealerFor('k', "globex").OpenText(tag, OpenMode::kStrict);
  ASSERT_FALSE(other_tenant.ok());
  EXPECT_EQ(other_tenant.status().code(), StatusCode::kIntegrity);

  std::string relabelled = tag;
  relabelled.replace(5, 6, "US_ITN");
  EXPECT_EQ(sealer.OpenText(relabelled, OpenMode::kStrict).status().code(), StatusCode::kIntegrity);

  for (std::size_t from_end : {1, 10, 40, 70}) {
    Result<std::string> tampered = sealer.OpenText(Tamper(tag, from_end), OpenMode::kStrict);
    ASSERT_FALSE(tampered.ok()) << from_end;
    EXPECT_EQ(tampered.status().code(), StatusCode::kIntegrity) << from_end;
  }
  std::string truncated = tag;
  truncated.erase(truncated.size() - 9, 8);
  EXPECT_EQ(sealer.OpenText(truncated, OpenMode::kStrict).status().code(), StatusCode::kIntegrity);

  // Lenient mode keeps what does not open and opens the rest.
  const std::string good = sealer.Seal("EMAIL_ADDRESS", "a@b.io").value();
  Result<std::string> lenient = sealer.OpenText(Tamper(tag, 10) + " " + good, OpenMode::kLenient);
  ASSERT_TRUE(lenient.ok());
  EXPECT_EQ(lenient.value(), Tamper(tag, 10) + " a@b.io");
}

TEST(PiiSealer, RejectsBadTypesValuesAndTenants) {
  const ValueSealer sealer = SealerFor('k', "acme");
  EXPECT_EQ(sealer.Seal("BAD TYPE", "x").status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(sealer.Seal("", "x").status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(sealer.Seal("T", std::string(ValueSealer::kMaxValueBytes + 1, 'x')).status().code(),
            StatusCode::kInvalidArgument);
  auto ring = std::make_shared<crypto::Keyring>();
  EXPECT_EQ(ValueSealer::Create(ring, "").status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(ValueSealer::Create(nullptr, "acme").status().code(), StatusCode::kInvalidArgument);
  // A keyring without a key cannot seal.
  EXPECT_EQ(ValueSealer::Create(ring, "acme").value().Seal("T", "x").status().code(), StatusCode::kWrongKey);
}

TEST(PiiSealer, EncryptOperatorMasksAndOpensBack) {
  Result<Detector> detector = Detector::Create(DetectorOptions());
  ASSERT_TRUE(detector.ok());
  const std::string text = "SSN: 536-90-4399, mail ada@example.com";
  const std::vector<Entity> entities = detector.value().Detect(text, ScanOptions());
  ASSERT_EQ(entities.size(), 2U);
  MaskOptions options;
  options.per_type[kUsSsn].kind = OperatorKind::kEncrypt;
  Result<std::string> keyless = MaskText(text, entities, detector.value().type_names(), options);
  ASSERT_FALSE(keyless.ok());
  EXPECT_EQ(keyless.status().code(), StatusCode::kInvalidArgument);
  const ValueSealer sealer = SealerFor('k', "acme");
  options.sealer = &sealer;
  Result<std::string> masked = MaskText(text, entities, detector.value().type_names(), options);
  ASSERT_TRUE(masked.ok()) << masked.status().message();
  EXPECT_EQ(masked.value().find("536-90-4399"), std::string::npos);
  EXPECT_EQ(masked.value().rfind("SSN: <enc:US_SSN:", 0), 0U);
  EXPECT_NE(masked.value().find(", mail <EMAIL_ADDRESS>"), std::string::npos);
  EXPECT_EQ(sealer.OpenText(masked.value(), OpenMode::kStrict).value(), "SSN: 536-90-4399, mail <EMAIL_ADDRESS>");
  // A masked text does not detect as PII again (the tag is not an SSN).
  EXPECT_TRUE(detector.value().Detect(masked.value(), ScanOptions()).size() <= 1);
}

TEST(PiiVaultExport, RoundTripsUnderTheKeyAndContinuesNumbering) {
  TokenVault vault;
  const std::string p1 = vault.Tokenize("PERSON", "Ada Lovelace");
  const std::string p2 = vault.Tokenize("PERSON", "Grace Hopper");
  const std::string e1 = vault.Tokenize("EMAIL_ADDRESS", "ada@example.com");
  const ValueSealer sealer = SealerFor('k', "acme");
  Result<std::string> sealed = vault.Export(sealer);
  ASSERT_TRUE(sealed.ok()) << sealed.status().message();
  EXPECT_EQ(sealed.value().find("Lovelace"), std::string::npos);

  TokenVault restored;
  ASSERT_TRUE(restored.Import(sealer, sealed.value()).ok());
  EXPECT_EQ(restored.size(), 3U);
  const std::string answer = p2 + " wrote to " + e1 + " about " + p1;
  EXPECT_EQ(restored.Unmask(answer), "Grace Hopper wrote to ada@example.com about Ada Lovelace");
  EXPECT_EQ(restored.Tokenize("PERSON", "Ada Lovelace"), p1);  // same value, same placeholder
  EXPECT_EQ(restored.Tokenize("PERSON", "Alan Turing"), "<PERSON_3>");
  EXPECT_EQ(restored.Tokenize("EMAIL_ADDRESS", "x@y.io"), "<EMAIL_ADDRESS_2>");

  TokenVault empty;
  Result<std::string> none = empty.Export(sealer);
  ASSERT_TRUE(none.ok());
  ASSERT_TRUE(restored.Import(sealer, none.value()).ok());
  EXPECT_EQ(restored.size(), 0U);
}

TEST(PiiVaultExport, WrongKeyTamperedBytesAndOtherTenantsFailAndKeepTheVault) {
  TokenVault vault;
  const std::string p1 = vault.Tokenize("PERSON", "Ada Lovelace");
  const std::string sealed = vault.Export(SealerFor('k', "acme")).value();

  TokenVault target;
  const std::string mine = target.Tokenize("US_SSN", "536-90-4399");
  EXPECT_EQ(target.Import(SealerFor('x', "acme"), sealed).code(), StatusCode::kWrongKey);
  EXPECT_EQ(target.Import(SealerFor('k', "globex"), sealed).code(), StatusCode::kIntegrity);
  for (std::size_t at : {0UL, 7UL, 9UL, 40UL, sealed.size() - 1}) {
    std::string tampered = sealed;
    tampered[at] = static_cast<char>(tampered[at] ^ 0x04);
    const StatusCode code = target.Import(SealerFor('k', "acme"), tampered).code();
    EXPECT_TRUE(code == StatusCode::kIntegrity || code == StatusCode::kUnsupported) << at;
  }
  EXPECT_EQ(target.Import(SealerFor('k', "acme"), sealed.substr(0, sealed.size() - 3)).code(), StatusCode::kIntegrity);
  // An encrypt tag's envelope is not an export (different associated data).
  const ValueSealer sealer = SealerFor('k', "acme");
  Result<std::string> other = sealer.SealBytes("CPV1", "other:1");
  ASSERT_TRUE(other.ok());
  EXPECT_EQ(target.Import(sealer, other.value()).code(), StatusCode::kIntegrity);
  // Nothing above changed the target vault.
  EXPECT_EQ(target.size(), 1U);
  EXPECT_EQ(target.Unmask(mine), "536-90-4399");
  EXPECT_EQ(target.Unmask(p1), p1);
}

}  // namespace
}  // namespace copilot::pii
