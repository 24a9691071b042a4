// Check digits and allocation rules of national identifiers. Each function takes the
// identifier's significant characters only (no separators; letters upper case) and returns
// true when they form a well-formed, correctly checked identifier.
#ifndef COPILOT_PII_ID_CHECKSUMS_H_
#define COPILOT_PII_ID_CHECKSUMS_H_

#include <string_view>

namespace copilot::pii {

// Italy, codice fiscale: 16 characters (omocodia letters allowed), date fields, odd/even check letter.
bool ItFiscalCodeValid(std::string_view code);
// India, Aadhaar: 12 digits, first 2-9, Verhoeff check digit.
bool AadhaarValid(std::string_view digits);
// India, PAN: AAAPL1234C; the fourth letter is the holder's category.
bool InPanValid(std::string_view pan);
// Poland, PESEL: 11 digits, a birth date with the century in the month, weights 1-3-7-9.
bool PeselValid(std::string_view digits);
// Spain, DNI/NIF: 8 digits and the letter of their remainder mod 23.
bool EsNifValid(std::string_view nif);
// Spain, NIE: X/Y/Z, 7 digits and the mod-23 letter.
bool EsNieValid(std::string_view nie);
// Singapore, NRIC/FIN: S/T/F/G/M, 7 digits, weighted check letter.
bool SgNricValid(std::string_view nric);
// Australia, tax file number: 9 digits, weighted sum mod 11.
bool AuTfnValid(std::string_view digits);
// Australia, Medicare card: 10 or 11 digits, first 2-6, weighted check digit.
bool AuMedicareValid(std::string_view digits);
// Australia, ABN: 11 digits, weighted sum mod 89.
bool AuAbnValid(std::string_view digits);
// Brazil, CPF: 11 digits, two mod-11 check digits, not one digit repeated.
bool BrCpfValid(std::string_view digits);
// Brazil, CNPJ: 14 digits, two mod-11 check digits.
bool BrCnpjValid(std::string_view digits);
// Netherlands, BSN: 9 digits passing the eleven-test (weights 9..2, -1).
bool NlBsnValid(std::string_view digits);
// Sweden, personnummer / samordningsnummer: YYMMDDNNNC (10 digits), date and Luhn.
bool SePersonnummerValid(std::string_view digits);
// Finland, HETU: DDMMYY, century sign, NNN, mod-31 check character.
bool FiHetuValid(std::string_view hetu);
// France, NIR (social security number): 15 characters (2A/2B for Corsica), key = 97 - n mod 97.
bool FrNirValid(std::string_view nir);
// Germany, Steuer-IdNr: 11 digits, one digit repeated in the first ten, ISO 7064 MOD 11,10.
bool DeTaxIdValid(std::string_view digits);
// Korea, resident registration number: YYMMDD + 7 digits; `checked` when the (pre-2020) check
// digit also holds.
bool KrRrnValid(std::string_view digits, bool* checked);
// China, resident identity card: 17 digits, a birth date, ISO 7064 MOD 11-2 (0-9 or X).
bool CnResidentIdValid(std::string_view id);
// Japan, My Number: 12 digits, weighted mod-11 check digit.
bool JpMyNumberValid(std::string_view digits);
// Canada, SIN: 9 digits, Luhn, first digit not 0 or 8.
bool CaSinValid(std::string_view digits);

}  // namespace copilot::pii

#endif  // COPILOT_PII_ID_CHECKSUMS_H_
