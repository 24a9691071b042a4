#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pii/id_checksums.h"
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

TEST(NationalIdChecksums, PublishedExamplesPassAndOneChangedDigitFails) {
  EXPECT_TRUE(ItFiscalCodeValid("RSSMRA85T10A562S"));
  EXPECT_FALSE(ItFiscalCodeValid("RSSMRA85T10A562T"));
  EXPECT_TRUE(ItFiscalCodeValid("RSSMRAURTMLARSNL"));  // omocodia: every digit replaced by its letter
  EXPECT_TRUE(AadhaarValid("234123412346"));
  EXPECT_FALSE(AadhaarValid("234123412347"));
  EXPECT_FALSE(AadhaarValid("134123412346"));  // never starts with 0 or 1
  EXPECT_TRUE(InPanValid("ABCPE1234F"));
  EXPECT_FALSE(InPanValid("ABCXE1234F"));  // X is no holder category
  EXPECT_TRUE(PeselValid("44051401359"));
  EXPECT_TRUE(PeselValid("02070803628"));
  EXPECT_FALSE(PeselValid("44051401358"));
  EXPECT_FALSE(PeselValid("44133101350"));  // month 13
  EXPECT_TRUE(EsNifValid("12345678Z"));
  EXPECT_FALSE(EsNifValid("12345678A"));
  EXPECT_TRUE(EsNieValid("X1234567L"));
  EXPECT_FALSE(EsNieValid("X1234567M"));
  EXPECT_TRUE(SgNricValid("S1234567D"));
  EXPECT_TRUE(SgNricValid("T0123456G"));
  EXPECT_TRUE(SgNricValid("F0123456X"));
  EXPECT_TRUE(SgNricValid("G0123456R"));
  EXPECT_FALSE(SgNricValid("S1234567E"));
  EXPECT_TRUE(AuTfnValid("123456782"));
  EXPECT_FALSE(AuTfnValid("123456781"));
  EXPECT_TRUE(AuMedicareValid("2123456701"));
  EXPECT_FALSE(AuMedicareValid("2123456801"));
  EXPECT_TRUE(AuAbnValid("51824753556"));
  EXPECT_FALSE(AuAbnValid("51824753557"));
  EXPECT_TRUE(BrCpfValid("52998224725"));
  EXPECT_FALSE(BrCpfValid("52998224726"));
  EXPECT_FALSE(BrCpfValid("11111111111"));
  EXPECT_TRUE(BrCnpjValid("11222333000181"));
  EXPECT_FALSE(BrCnpjValid("11222333000182"));
  EXPECT_TRUE(NlBsnValid("111222333"));
  EXPECT_TRUE(NlBsnValid("123456782"));
  EXPECT_FALSE(NlBsnValid("123456783"));
  EXPECT_TRUE(SePersonnummerValid("8112289874"));
  EXPECT_FALSE(SePersonnummerValid("8112289875"));
  EXPECT_TRUE(FiHetuValid("131052-308T"));
  EXPECT_FALSE(FiHetuValid("131052-308U"));
  EXPECT_TRUE(FrNirValid("184127645108946"));
  EXPECT_FALSE(FrNirValid("184127645108947"));
  EXPECT_TRUE(DeTaxIdValid("86095742719"));
  EXPECT_FALSE(DeTaxIdValid("86095742718"));
  EXPECT_FALSE(DeTaxIdValid("12345678903"));  // no digit repeated
  bool checked = false;
  EXPECT_TRUE(KrRrnValid("8501011234566", &checked));
  EXPECT_TRUE(checked);
  EXPECT_TRUE(KrRrnValid("8501011234567", &checked));  // since 2020 the last digit is not a check digit
  EXPECT_FALSE(checked);
  EXPECT_FALSE(KrRrnValid("8513011234566", &checked));  // month 13
  EXPECT_TRUE(CnResidentIdValid("11010519491231002X"));
  EXPECT_FALSE(CnResidentIdValid("110105194912310021"));
  EXPECT_TRUE(JpMyNumberValid("123456789018"));
  EXPECT_FALSE(JpMyNumberValid("123456789017"));
  EXPECT_TRUE(CaSinValid("130692544"));
  EXPECT_FALSE(CaSinValid("130692545"));
}

TEST(NationalIds, FoundAsPeopleWriteThem) {
  ExpectOnly("Codice fiscale: RSSMRA85T10A562S", "IT_FISCAL_CODE", "RSSMRA85T10A562S");
  ExpectOnly("cf rssmra85t10a562s grazie", "IT_FISCAL_CODE", "rssmra85t10a562s");
  ExpectOnly("Aadhaar 2341 2341 2346", "IN_AADHAAR", "2341 2341 2346");
  ExpectOnly("PAN: ABCPE1234F", "IN_PAN", "ABCPE1234F");
  ExpectOnly("PESEL 44051401359", "PL_PESEL", "44051401359");
  ExpectOnly("DNI 12345678-Z", "ES_NIF", "12345678-Z");
  ExpectOnly("NIF 12.345.678-Z", "ES_NIF", "12.345.678-Z");
  ExpectOnly("NIE X-1234567-L", "ES_NIE", "X-1234567-L");
  ExpectOnly("NRIC S1234567D", "SG_NRIC_FIN", "S1234567D");
  ExpectOnly("my TFN is 123 456 782", "AU_TFN", "123 456 782");
  ExpectOnly("Medicare 2123 45670 1", "AU_MEDICARE", "2123 45670 1");
  ExpectOnly("ABN 51 824 753 556", "AU_ABN", "51 824 753 556");
  ExpectOnly("CPF 529.982.247-25", "BR_CPF", "529.982.247-25");
  ExpectOnly("CNPJ 11.222.333/0001-81", "BR_CNPJ", "11.222.333/0001-81");
  ExpectOnly("BSN: 111222333", "NL_BSN", "111222333");
  ExpectOnly("personnummer 811228-9874", "SE_PERSONNUMMER", "811228-9874");
  ExpectOnly("henkilötunnus 131052-308T", "FI_PERSONAL_IDENTITY_CODE", "131052-308T");
  ExpectOnly("n° de sécurité sociale 1 84 12 76 451 089 46", "FR_NIR", "1 84 12 76 451 089 46");
  ExpectOnly("Steuer-IdNr. 86 095 742 719", "DE_TAX_ID", "86 095 742 719");
  ExpectOnly("주민등록번호 850101-1234566", "KR_RRN", "850101-1234566");
  ExpectOnly("身份证 11010519491231002X", "CN_RESIDENT_ID", "11010519491231002X");
  ExpectOnly("マイナンバー 1234 5678 9018", "JP_MY_NUMBER", "1234 5678 9018");
  ExpectOnly("SIN 130-692-544", "CA_SIN", "130-692-544");
  ExpectOnly("nino: ab123456c", "UK_NINO", "ab123456c");
}

TEST(NationalIds, LooseFormatsNeedTheirCueWord) {
  ExpectOnly("Passport number: 912803456", "US_PASSPORT", "912803456");
  ExpectOnly("passport A12345678", "US_PASSPORT", "A12345678");
  ExpectOnly("driver's license D400-7836-0001", "US_DRIVER_LICENSE", "D400-7836-0001");
  ExpectNone("batch 912803456 shipped");
  ExpectNone("part A12345678 in stock");
  ExpectNone("serial D400-7836-0001");
  ExpectNone("the total was 123 456 782 units");  // a valid TFN, but nothing names it
}

TEST(NationalIds, ChecksumFailuresAreKept) {
  ExpectNone("Codice fiscale: RSSMRA85T10A562T");
  ExpectNone("PESEL 44051401358");
  ExpectNone("DNI 12345678-A");
  ExpectNone("NRIC S1234567E");
  ExpectNone("CPF 529.982.247-26");
  ExpectNone("身份证 110105194912310021");
  ExpectNone("henkilötunnus 131052-308U");
}

}  // namespace
}  // namespace copilot::pii
