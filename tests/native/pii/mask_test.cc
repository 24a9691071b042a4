#include <gtest/gtest.h>

#include <string>

#include "pii/mask.h"
#include "pii/pii.h"
#include "pii/vault.h"

namespace copilot::pii {
namespace {

std::string MaskWith(const std::string& text, const MaskOptions& options) {
  Result<Detector> detector = Detector::Create(DetectorOptions());
  EXPECT_TRUE(detector.ok());
  const std::vector<Entity> entities = detector.value().Detect(text, ScanOptions());
  Result<std::string> masked = MaskText(text, entities, detector.value().type_names(), options);
  EXPECT_TRUE(masked.ok()) << masked.status().message();
  return masked.ok() ? masked.value() : std::string();
}

TEST(PiiMask, ReplaceRedactAndMask) {
  MaskOptions options;
  EXPECT_EQ(MaskWith("mail bob@example.com now", options), "mail <EMAIL_ADDRESS> now");
  options.default_operator.kind = OperatorKind::kRedact;
  EXPECT_EQ(MaskWith("mail bob@example.com now", options), "mail  now");
  options.default_operator = {OperatorKind::kMask, '#', 8};
  // Cards never show more than the last four digits, whatever keep_last says.
  EXPECT_EQ(MaskWith("card 4111-1111-1111-1111.", options), "card ####-####-####-1111.");
  EXPECT_EQ(MaskWith("ssn 536-90-4399", options), "ssn #36-90-4399");
}

TEST(PiiMask, HashIsKeyedPerTenant) {
  MaskOptions options;
  options.default_operator.kind = OperatorKind::kHash;
  Result<Detector> detector = Detector::Create(DetectorOptions());
  ASSERT_TRUE(detector.ok());
  const std::string text = "bob@example.com";
  const std::vector<Entity> entities = detector.value().Detect(text, ScanOptions());
  Result<std::string> keyless = MaskText(text, entities, detector.value().type_names(), options);
  ASSERT_FALSE(keyless.ok());
  EXPECT_EQ(keyless.status().code(), StatusCode::kInvalidArgument);
  options.hash_key = std::string(32, 'a');
  const std::string a = MaskText(text, entities, detector.value().type_names(), options).value();
  options.hash_key = std::string(32, 'b');
  const std::string b = MaskText(text, entities, detector.value().type_names(), options).value();
  EXPECT_NE(a, b);
  EXPECT_EQ(a.rfind("<EMAIL_ADDRESS:", 0), 0U);
  EXPECT_EQ(a.size(), std::string("<EMAIL_ADDRESS:>").size() + 32);
}

TEST(PiiMask, TokenizeIsConsistentAndUnmaskRestoresExactly) {
  TokenVault vault;
  MaskOptions options;
  options.default_operator.kind = OperatorKind::kTokenize;
  options.vault = &vault;
  const std::string text = "Sarah Johnson (sarah@corp.com) met Dr. Nowak; sarah@corp.com again";
  const std::string masked = MaskWith(text, options);
  EXPECT_EQ(masked, "<PERSON_1> (<EMAIL_ADDRESS_1>) met Dr. <PERSON_2>; <EMAIL_ADDRESS_1> again");
  EXPECT_EQ(vault.Unmask(masked), text);
  EXPECT_EQ(MaskWith("again sarah@corp.com", options), "again <EMAIL_ADDRESS_1>");
  EXPECT_EQ(vault.Unmask("<PERSON_9> and <PERSON_1"), "<PERSON_9> and <PERSON_1");
  EXPECT_EQ(vault.size(), 3U);
}

}  // namespace
}  // namespace copilot::pii
