#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pii/phone_plans.h"
#include "pii/pii.h"

namespace copilot::pii {
namespace {

struct Found {
  std::string type;
  std::string text;
};

std::vector<Found> Scan(const std::string& text) {
  Result<Detector> detector = Detector::Create(DetectorOptions());
  EXPECT_TRUE(detector.ok());
  std::vector<Found> out;
  for (const Entity& e : detector.value().Detect(text, ScanOptions())) {
    out.push_back(
        {detector.value().type_names()[static_cast<std::size_t>(e.type)], text.substr(e.begin, e.end - e.begin)});
  }
  return out;
}

void ExpectOnly(const std::string& text, const std::string& type, const std::string& value) {
  const std::vector<Found> found = Scan(text);
  ASSERT_EQ(found.size(), 1U) << text << (found.empty() ? "" : " first: " + found[0].type + " " + found[0].text);
  EXPECT_EQ(found[0].type, type) << text;
  EXPECT_EQ(found[0].text, value) << text;
}

void ExpectNone(const std::string& text) {
  const std::vector<Found> found = Scan(text);
  EXPECT_TRUE(found.empty()) << text << ": " << (found.empty() ? "" : found[0].type + " " + found[0].text);
}

TEST(PhonePlans, CallingCodesAndPlans) {
  EXPECT_EQ(PhoneInternationalMatch("4915123456789"), 2);  // DE mobile
  EXPECT_EQ(PhoneInternationalMatch("4912345"), 0);        // too short for Germany
  EXPECT_EQ(PhoneInternationalMatch("33612345678"), 2);    // FR mobile
  EXPECT_EQ(PhoneInternationalMatch("12015550123"), 1);    // NANP
  EXPECT_EQ(PhoneInternationalMatch("8801712345678"), 3);  // BD
  int length = 0;
  EXPECT_TRUE(PhoneKnownCallingCode("447911123456", &length));
  EXPECT_EQ(length, 2);
  EXPECT_FALSE(PhoneKnownCallingCode("999", &length));
  EXPECT_EQ(PhoneCountriesWithCode(1).end - PhoneCountriesWithCode(1).begin, 25);
  EXPECT_EQ(PhoneNationalMatch("0612345678"), NationalForm::kWithTrunk);      // FR/NL mobile
  EXPECT_EQ(PhoneNationalMatch("612345678"), NationalForm::kWithoutTrunk);    // ES mobile
  EXPECT_EQ(PhoneNationalMatch("13800138000"), NationalForm::kTrunkDropped);  // CN mobile
}

TEST(PhoneNumbers, NationalPlansDecide) {
  ExpectOnly("Handy: 0176 12345678", "PHONE_NUMBER", "0176 12345678");
  ExpectOnly("Звоните: 8 (495) 123-45-67", "PHONE_NUMBER", "8 (495) 123-45-67");
  ExpectOnly("ring 070-123 45 67", "PHONE_NUMBER", "070-123 45 67");
  ExpectOnly("電話番号は090-1234-5678です", "PHONE_NUMBER", "090-1234-5678");
  ExpectOnly("Tel 0044 20 7946 0958", "PHONE_NUMBER", "0044 20 7946 0958");
  ExpectOnly("(11) 98765-4321", "PHONE_NUMBER", "(11) 98765-4321");
  ExpectNone("order 0612345678 shipped");
  ExpectNone("version 15.3.27954.21");
  ExpectNone("2023 2024");
  ExpectNone("total 1 299 000 EUR");
}

TEST(CreditCards, AnySeparatorOrALineBreak) {
  ExpectOnly("card 4111.1111.1111.1111", "CREDIT_CARD", "4111.1111.1111.1111");
  ExpectOnly("cc 5500_0000_0000_0004", "CREDIT_CARD", "5500_0000_0000_0004");
  ExpectOnly("visa 4111/1111/1111/1111", "CREDIT_CARD", "4111/1111/1111/1111");
  ExpectOnly("Karte: 4111 1111\n1111 1111", "CREDIT_CARD", "4111 1111\n1111 1111");
  ExpectOnly("my card is 41 11 11 11 11 11 11 11", "CREDIT_CARD", "41 11 11 11 11 11 11 11");
  ExpectNone("Tracking 4000 1234 5678 9010 via DHL");
  ExpectNone("Order 4111 1111 1111 1112 shipped");
}

TEST(Iban, IrregularSpacingCaseAndLineBreaks) {
  ExpectOnly("iban de89370400440532013000", "IBAN_CODE", "de89370400440532013000");
  ExpectOnly("DE89 37040044 053201 3000", "IBAN_CODE", "DE89 37040044 053201 3000");
  ExpectOnly("IBAN FR76 3000 6000 0112\n3456 7890 189", "IBAN_CODE", "FR76 3000 6000 0112\n3456 7890 189");
  ExpectNone("DE89 3704 0044 0532 0130 01 is wrong");
}

TEST(Emails, InternationalAndWrittenOut) {
  ExpectOnly("mail jürgen@müller.de", "EMAIL_ADDRESS", "jürgen@müller.de");
  ExpectOnly("почта@пример.рф", "EMAIL_ADDRESS", "почта@пример.рф");
  ExpectOnly("jane dot doe at example dot com", "EMAIL_ADDRESS", "jane dot doe at example dot com");
  ExpectOnly("mail jane[at]corp[dot]de", "EMAIL_ADDRESS", "jane[at]corp[dot]de");
  ExpectOnly("Jane AT corp DOT com", "EMAIL_ADDRESS", "Jane AT corp DOT com");
  ExpectOnly("maria arroba empresa punto es", "EMAIL_ADDRESS", "maria arroba empresa punto es");
  ExpectNone("we are at home dot now");
  ExpectNone("I arrive at 5pm");
}

TEST(Secrets, OnlyTheSecretOfAUrlOrALine) {
  ExpectOnly("postgres://app:S3cr3t!@db.internal:5432/shop", "SECRET", "S3cr3t!");
  ExpectOnly("jdbc:oracle:thin:scott/tiger@//db:1521/orcl", "SECRET", "tiger");
  ExpectOnly("DB_PASSWORD=hunter2", "SECRET", "hunter2");
  ExpectOnly("{\"password\": \"s3cr3t-value\"}", "SECRET", "s3cr3t-value");
  ExpectOnly("Authorization: Basic dXNlcjpwYXNz", "SECRET", "dXNlcjpwYXNz");
  ExpectOnly("my password is Summer2024!", "SECRET", "Summer2024!");
  ExpectOnly("пароль: qwerty123", "SECRET", "qwerty123");
  ExpectOnly("token hf_AbCdEfGhIjKlMnOpQrStUvWxYz012345", "SECRET", "hf_AbCdEfGhIjKlMnOpQrStUvWxYz012345");
  ExpectNone("The password is incorrect.");
  ExpectNone("token_type: bearer");
  ExpectNone("PASSWORD=${DB_PASSWORD}");
  ExpectNone("Use basic authentication here");
}

}  // namespace
}  // namespace copilot::pii
