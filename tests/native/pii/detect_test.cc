#include <gtest/gtest.h>

#include <string>

#include "pii/pii.h"

namespace copilot::pii {
namespace {

struct Found {
  std::string type;
  std::string text;
};

std::vector<Found> Scan(const std::string& text, float min_score = 0.4F) {
  Result<Detector> detector = Detector::Create(DetectorOptions());
  EXPECT_TRUE(detector.ok());
  ScanOptions options;
  options.min_score = min_score;
  std::vector<Found> out;
  for (const Entity& e : detector.value().Detect(text, options)) {
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

TEST(PiiDetect, EmailAddresses) {
  ExpectOnly("write to Jane.Doe+news@Example.CO.uk today", "EMAIL_ADDRESS", "Jane.Doe+news@Example.CO.uk");
  ExpectNone("the @ sign and user@localhost are not addresses");
}

TEST(PiiDetect, CreditCardsNeedLuhnAndAnIssuer) {
  ExpectOnly("card 4111 1111 1111 1111 exp 12/29", "CREDIT_CARD", "4111 1111 1111 1111");
  ExpectOnly("pay with 5500-0000-0000-0004", "CREDIT_CARD", "5500-0000-0000-0004");
  ExpectOnly("amex 378282246310005", "CREDIT_CARD", "378282246310005");
  ExpectNone("order 4111 1111 1111 1112 shipped");  // Luhn fails
  ExpectNone("ref 1234567812345670");               // Luhn passes, no issuer
}

TEST(PiiDetect, SocialSecurityNumbersFollowSsaRules) {
  ExpectOnly("SSN 536-90-4399", "US_SSN", "536-90-4399");
  ExpectNone("code 000-12-3456");
  ExpectNone("code 666-12-3456");
  ExpectNone("code 536-00-4399");
  ExpectNone("code 536-90-0000");
  ExpectOnly("ITIN 912-70-1234", "US_ITIN", "912-70-1234");
  ExpectOnly("my ssn is 536904399", "US_SSN", "536904399");
  ExpectNone("invoice 536904399");
}

TEST(PiiDetect, PhonesInNationalAndInternationalForms) {
  ExpectOnly("call (415) 555-2671 now", "PHONE_NUMBER", "(415) 555-2671");
  ExpectOnly("call 415.555.2671", "PHONE_NUMBER", "415.555.2671");
  ExpectOnly("call 1-415-555-2671", "PHONE_NUMBER", "1-415-555-2671");
  ExpectOnly("ring +44 20 7946 0958", "PHONE_NUMBER", "+44 20 7946 0958");
  ExpectOnly("ring 020 7946 0958", "PHONE_NUMBER", "020 7946 0958");
  ExpectOnly("Tel +49 30 901820", "PHONE_NUMBER", "+49 30 901820");
  ExpectOnly("appelez 01 23 45 67 89", "PHONE_NUMBER", "01 23 45 67 89");
  ExpectOnly("+33 1 23 45 67 89", "PHONE_NUMBER", "+33 1 23 45 67 89");
}

TEST(PiiDetect, IbanNeedsCountryLengthAndMod97) {
  ExpectOnly("IBAN DE89 3704 0044 0532 0130 00.", "IBAN_CODE", "DE89 3704 0044 0532 0130 00");
  ExpectOnly("GB82WEST12345698765432", "IBAN_CODE", "GB82WEST12345698765432");
  ExpectNone("GB82WEST12345698765431");
}

TEST(PiiDetect, NetworkAddresses) {
  ExpectOnly("host 192.168.1.20 down", "IP_ADDRESS", "192.168.1.20");
  ExpectNone("version 1.2.3.4.5");
  ExpectNone("value 300.1.1.1");
  ExpectOnly("v6 2001:db8::8a2e:370:7334 up", "IP_ADDRESS", "2001:db8::8a2e:370:7334");
  ExpectOnly("2001:0db8:85a3:0000:0000:8a2e:0370:7334", "IP_ADDRESS", "2001:0db8:85a3:0000:0000:8a2e:0370:7334");
  ExpectNone("at 10:22:31 today");
  ExpectOnly("mac 00:1A:2B:3C:4D:5E", "MAC_ADDRESS", "00:1A:2B:3C:4D:5E");
  ExpectOnly("see https://example.com/a?b=1).", "URL", "https://example.com/a?b=1");
}

TEST(PiiDetect, UkIdentifiers) {
  ExpectOnly("NHS number 943 476 5919", "UK_NHS", "943 476 5919");
  ExpectOnly("NI AB 12 34 56 C", "UK_NINO", "AB 12 34 56 C");
  ExpectOnly("nino: JG103759A.", "UK_NINO", "JG103759A");
  ExpectNone("ID GB123456A");
}

TEST(PiiDetect, CryptoAddressesAreChecksummed) {
  ExpectOnly("send to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "CRYPTO", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2");
  // A broken checksum leaves only the shape: a weak candidate below 0.6.
  EXPECT_TRUE(Scan("send to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3", 0.6F).empty());
  EXPECT_EQ(Scan("send to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3").size(), 1U);
  ExpectOnly("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "CRYPTO", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq");
  EXPECT_TRUE(Scan("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdx", 0.6F).empty());
  ExpectNone("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdb0");  // 'b' is not bech32
}

TEST(PiiDetect, Secrets) {
  ExpectOnly("AKIAIOSFODNN7EXAMPLE", "SECRET", "AKIAIOSFODNN7EXAMPLE");
  ExpectOnly("use ghp_abcdefghijklmnopqrstuvwxyz0123456789", "SECRET", "ghp_abcdefghijklmnopqrstuvwxyz0123456789");
  ExpectOnly("sk-ant-api03-abcdefghijklmnopqrstuvwxyz", "SECRET", "sk-ant-api03-abcdefghijklmnopqrstuvwxyz");
  ExpectOnly("api_key=Zx9Qw2Lm8Rt5Yp3Kd7Vb1Nc6", "SECRET", "Zx9Qw2Lm8Rt5Yp3Kd7Vb1Nc6");
  ExpectNone("commit 3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39 fixed it");
  const std::string pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----";
  ExpectOnly("key:\n" + pem + "\n", "SECRET", pem);
}

TEST(PiiDetect, DatesNeedBirthContextToScoreHigh) {
  ExpectOnly("DOB: 03/14/1985", "DATE_TIME", "03/14/1985");
  ExpectOnly("born on 12 March 1990", "DATE_TIME", "12 March 1990");
  ExpectNone("released 2024-03-15");
  EXPECT_EQ(Scan("released 2024-03-15", 0.0F).size(), 1U);
}

TEST(PiiDetect, MonthNamesInEverySpelling) {
  for (const std::string month : {"September", "Sept", "Sep", "SEPTEMBER", "March", "Mar", "May", "Dec"}) {
    ExpectOnly("born " + month + " 3, 1990", "DATE_TIME", month + " 3, 1990");
  }
  ExpectNone("born Septembre 3, 1990 or Septe 3, 1990");
  ExpectOnly("DOB 3rd of May 2001", "DATE_TIME", "3rd of May 2001");
}

TEST(PiiDetect, ContextWordsAnywhereInTheWindow) {
  // A cue raises a bare 9-digit SSN above the threshold wherever it sits in the 48-byte window
  // before the value (the search reads the window eight bytes at a time), but not past it, and
  // only at a word start.
  for (std::size_t gap = 1; gap + 3 <= 48; ++gap) {
    const std::string text = "ssn" + std::string(gap, ' ') + "536904399";
    ExpectOnly(text, "US_SSN", "536904399");
  }
  ExpectNone("ssn" + std::string(46, ' ') + "536904399");
  ExpectNone("xssn 536904399");
  ExpectOnly("Pssn zSSN,ssn:536904399", "US_SSN", "536904399");
}

TEST(PiiDetect, WordsEndedByPunctuationStillStartValues) {
  ExpectOnly("done. mail jane@example.com.", "EMAIL_ADDRESS", "jane@example.com");
  ExpectOnly("see www.example.com. thanks", "URL", "www.example.com");
  ExpectOnly("go to example.com: now", "URL", "example.com");
  ExpectOnly("mac: 00:1a:2b:3c:4d:5e.", "MAC_ADDRESS", "00:1a:2b:3c:4d:5e");
  ExpectOnly("host fe80::1ff:fe23:4567:890a ok", "IP_ADDRESS", "fe80::1ff:fe23:4567:890a");
  ExpectNone("it's done. really: yes. www. http: sk- ghp_ ab:");
}

TEST(PiiDetect, PeopleAndPlaces) {
  ExpectOnly("please ask Sarah Johnson about it", "PERSON", "Sarah Johnson");
  ExpectOnly("Dr. Kowalczyk will see you", "PERSON", "Kowalczyk");
  ExpectOnly("ship to 1600 Pennsylvania Avenue, Washington, DC 20500 today", "LOCATION",
             "1600 Pennsylvania Avenue, Washington, DC 20500");
  ExpectOnly("she moved to San Francisco", "LOCATION", "San Francisco");
}

TEST(PiiDetect, EvasionDoesNotHideValues) {
  // Fullwidth digits and a zero-width space inside an SSN: offsets are into the original.
  const std::string text =
      "ssn \xEF\xBC\x95\xEF\xBC\x93\xEF\xBC\x96-90-43\xE2\x80\x8B"
      "99 ok";
  const std::vector<Found> found = Scan(text);
  ASSERT_EQ(found.size(), 1U);
  EXPECT_EQ(found[0].type, "US_SSN");
  EXPECT_EQ(found[0].text, text.substr(4, text.size() - 7));
}

TEST(PiiDetect, CustomPatternsUseRe2) {
  DetectorOptions options;
  options.custom_patterns.push_back({"EMPLOYEE_ID", "EMP\\d{6}", 0.9});
  Result<Detector> detector = Detector::Create(options);
  ASSERT_TRUE(detector.ok());
  const std::vector<Entity> found = detector.value().Detect("badge EMP123456 issued", ScanOptions());
  ASSERT_EQ(found.size(), 1U);
  EXPECT_EQ(detector.value().type_names()[static_cast<std::size_t>(found[0].type)], "EMPLOYEE_ID");
  EXPECT_EQ(found[0].begin, 6U);
  EXPECT_FLOAT_EQ(found[0].score, 0.9F);

  options.custom_patterns[0].pattern = "(a+";
  Result<Detector> bad = Detector::Create(options);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kInvalidPattern);
  EXPECT_NE(bad.status().message().find("missing )"), std::string::npos) << bad.status().message();
  options.custom_patterns[0] = {"X", "(a)\\1", 0.5};  // backreferences are not RE2
  EXPECT_EQ(Detector::Create(options).status().code(), StatusCode::kInvalidPattern);
}

}  // namespace
}  // namespace copilot::pii
