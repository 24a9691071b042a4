// National identifiers: each reading needs the identifier's check digits (or, where a format
// has none, a cue word naming it), and scores by how the value is written: the grouping people
// use for it ("123.456.789-09", "YYMMDD-NNNN") and cue words in the country's languages.
#include <algorithm>
#include <string>

#include "pii/cues.h"
#include "pii/digit_run.h"
#include "pii/id_checksums.h"
#include "pii/scanner.h"

namespace copilot::pii {
namespace {

constexpr std::size_t kCueWindow = 48;

constexpr std::string_view kAadhaarCuesWords[] = {"aadhaar", "aadhar", "adhaar", "uidai",
                                                  "uid",     "आधार",   "ஆதார்",   "আধার"};
constexpr Cues kAadhaarCues(kAadhaarCuesWords);
constexpr std::string_view kMyNumberCuesWords[] = {"my number", "mynumber", "マイナンバー", "個人番号", "マイナ"};
constexpr Cues kMyNumberCues(kMyNumberCuesWords);
constexpr std::string_view kPeselCuesWords[] = {"pesel"};
constexpr Cues kPeselCues(kPeselCuesWords);
constexpr std::string_view kTfnCuesWords[] = {"tfn", "tax file"};
constexpr Cues kTfnCues(kTfnCuesWords);
constexpr std::string_view kSinCuesWords[] = {"sin", "social insurance", "nas", "assurance sociale",
                                              "numéro d'assurance"};
constexpr Cues kSinCues(kSinCuesWords);
constexpr std::string_view kBsnCuesWords[] = {"bsn", "burgerservicenummer", "burgerservice", "sofinummer", "sofi"};
constexpr Cues kBsnCues(kBsnCuesWords);
constexpr std::string_view kMedicareCuesWords[] = {"medicare"};
constexpr Cues kMedicareCues(kMedicareCuesWords);
constexpr std::string_view kAbnCuesWords[] = {"abn", "business number"};
constexpr Cues kAbnCues(kAbnCuesWords);
constexpr std::string_view kCpfCuesWords[] = {"cpf", "cadastro de pessoa"};
constexpr Cues kCpfCues(kCpfCuesWords);
constexpr std::string_view kCnpjCuesWords[] = {"cnpj"};
constexpr Cues kCnpjCues(kCnpjCuesWords);
constexpr std::string_view kPersonnummerCuesWords[] = {"personnummer", "personnr",          "person-nr",
                                                       "pnr",          "samordningsnummer", "personal identity number"};
constexpr Cues kPersonnummerCues(kPersonnummerCuesWords);
constexpr std::string_view kNirCuesWords[] = {"sécurité sociale", "securite sociale", "sécu", "secu", "nir", "insee",
                                              "carte vitale",     "social security"};
constexpr Cues kNirCues(kNirCuesWords);
constexpr std::string_view kDeTaxCuesWords[] = {"steuer", "idnr",    "identifikationsnummer", "tax id", "tin",
                                                "st-id",  "steuerid"};
constexpr Cues kDeTaxCues(kDeTaxCuesWords);
constexpr std::string_view kRrnCuesWords[] = {"주민등록", "주민번호", "rrn", "resident registration"};
constexpr Cues kRrnCues(kRrnCuesWords);
constexpr std::string_view kCnIdCuesWords[] = {"身份证", "身份號", "身分證", "id card", "resident id", "citizen id"};
constexpr Cues kCnIdCues(kCnIdCuesWords);
constexpr std::string_view kPanCuesWords[] = {"pan", "permanent account"};
constexpr Cues kPanCues(kPanCuesWords);
constexpr std::string_view kPassportCuesWords[] = {"passport",   "pasaporte",  "passeport",  "reisepass",
                                                   "passaporto", "paspoort",   "passaporte", "護照",
                                                   "护照",       "パスポート", "여권"};
constexpr Cues kPassportCues(kPassportCuesWords);
constexpr std::string_view kLicenceCuesWords[] = {"driver", "driving", "licence", "license",      "dl",    "dl#",
                                                  "dln",    "lic",     "lic#",    "führerschein", "permis"};
constexpr Cues kLicenceCues(kLicenceCuesWords);
constexpr std::string_view kNifCuesWords[] = {"dni", "nif", "nie", "documento", "identidad"};
constexpr Cues kNifCues(kNifCuesWords);
constexpr std::string_view kNricCuesWords[] = {"nric", "fin", "ic"};
constexpr Cues kNricCues(kNricCuesWords);

// Groupings as written, e.g. {4, 4, 4} for "1234 5678 9012" (k groups of `r`).
bool Grouped(const DigitRun& r, int k, std::initializer_list<int> lengths) {
  if (static_cast<int>(lengths.size()) != k) return false;
  int g = 0;
  for (int len : lengths) {
    if (r.Len(g++) != len) return false;
  }
  return true;
}

// Score `base`, raised to `cued` when one of `cues` is near the value, and 0 when the value is
// named as another kind of number ("order 2024 0012 3456").
float WithCue(std::string_view s, std::size_t begin, float base, float cued, const Cues& cues) {
  if (CueBefore(s, begin, kCueWindow, cues)) return cued;
  return OtherNumberCueBefore(s, begin) ? 0 : base;
}

std::string UpperAlnum(std::string_view s, std::size_t begin, std::size_t end) {
  std::string out;
  out.reserve(end - begin);
  for (std::size_t k = begin; k < end; ++k) {
    const char c = s[k];
    if (IsAlnum(c)) out.push_back(IsLower(c) ? static_cast<char>(c - 'a' + 'A') : c);
  }
  return out;
}

}  // namespace

Reading Scanner::DigitIdReading(const DigitRun& r, int k) const {
  Reading best;
  if (r.plus || r.paren || r.paren_group >= 0) return best;
  const std::string_view d = r.Digits(r.digits_after[k - 1]);
  const std::size_t nd = d.size();
  const std::size_t at = r.begin;
  auto offer = [&](int type, float score) {
    if (score > best.score) best = Reading{type, score};
  };
  const bool bare = k == 1;
  const bool spaced_or_dashed = r.SameSeparators(k, " -");
  switch (nd) {
    case 9:
      if ((bare || (Grouped(r, k, {3, 3, 3}) && spaced_or_dashed)) && AuTfnValid(d)) {
        offer(kAuTfn, WithCue(s_, at, 0.3F, 0.9F, kTfnCues));
      }
      if ((bare || (Grouped(r, k, {3, 3, 3}) && spaced_or_dashed)) && CaSinValid(d)) {
        offer(kCaSin, WithCue(s_, at, bare ? 0.3F : 0.35F, 0.9F, kSinCues));
      }
      if ((bare || (Grouped(r, k, {4, 2, 3}) && r.SameSeparators(k, ". "))) && NlBsnValid(d)) {
        offer(kNlBsn, WithCue(s_, at, bare ? 0.3F : 0.45F, 0.9F, kBsnCues));
      }
      break;
    case 10:
    case 11:
      if ((bare || Grouped(r, k, {4, 5, 1}) || Grouped(r, k, {4, 5, 1, 1}) || Grouped(r, k, {4, 5, 2})) &&
          AuMedicareValid(d)) {
        offer(kAuMedicare, WithCue(s_, at, bare ? 0.3F : 0.55F, 0.9F, kMedicareCues));
      }
      if (nd == 10 && (bare || (Grouped(r, k, {6, 4}) && r.sep[1] == '-')) && SePersonnummerValid(d)) {
        offer(kSePersonnummer, WithCue(s_, at, bare ? 0.35F : 0.8F, 0.95F, kPersonnummerCues));
      }
      if (nd != 11) break;
      if (bare && PeselValid(d)) offer(kPlPesel, WithCue(s_, at, 0.5F, 0.95F, kPeselCues));
      if ((bare || (Grouped(r, k, {3, 3, 3, 2}) && r.sep[1] == '.' && r.sep[2] == '.' && r.sep[3] == '-')) &&
          BrCpfValid(d)) {
        offer(kBrCpf, WithCue(s_, at, bare ? 0.45F : 0.9F, 0.95F, kCpfCues));
      }
      if ((bare || (Grouped(r, k, {2, 3, 3, 3}) && spaced_or_dashed)) && AuAbnValid(d)) {
        offer(kAuAbn, WithCue(s_, at, bare ? 0.35F : 0.6F, 0.9F, kAbnCues));
      }
      if ((bare || (Grouped(r, k, {2, 3, 3, 3}) && spaced_or_dashed) || (Grouped(r, k, {3, 4, 4}))) &&
          DeTaxIdValid(d)) {
        offer(kDeTaxId, WithCue(s_, at, 0.35F, 0.9F, kDeTaxCues));
      }
      break;
    case 12:
      if (bare || (Grouped(r, k, {4, 4, 4}) && spaced_or_dashed)) {
        if (AadhaarValid(d)) offer(kInAadhaar, WithCue(s_, at, bare ? 0.45F : 0.7F, 0.95F, kAadhaarCues));
        if (JpMyNumberValid(d)) offer(kJpMyNumber, WithCue(s_, at, 0.35F, 0.96F, kMyNumberCues));
      }
      if ((bare || (Grouped(r, k, {8, 4}) && r.sep[1] == '-')) && (d[0] == '1' || d[0] == '2') &&
          SePersonnummerValid(d.substr(2))) {
        offer(kSePersonnummer, WithCue(s_, at, bare ? 0.45F : 0.85F, 0.95F, kPersonnummerCues));
      }
      break;
    case 13: {
      bool checked = false;
      if ((bare || (Grouped(r, k, {6, 7}) && r.sep[1] == '-')) && KrRrnValid(d, &checked)) {
        const float base = bare ? (checked ? 0.5F : 0.2F) : (checked ? 0.85F : 0.6F);
        offer(kKrRrn, WithCue(s_, at, base, 0.95F, kRrnCues));
      }
      break;
    }
    case 14:
      if ((bare || (Grouped(r, k, {2, 3, 3, 4, 2}) && r.sep[1] == '.' && r.sep[3] == '/')) && BrCnpjValid(d)) {
        offer(kBrCnpj, WithCue(s_, at, bare ? 0.35F : 0.9F, 0.95F, kCnpjCues));
      }
      break;
    case 15:
      if ((bare || Grouped(r, k, {1, 2, 2, 2, 3, 3, 2}) || Grouped(r, k, {13, 2})) && FrNirValid(d)) {
        offer(kFrNir, WithCue(s_, at, bare ? 0.7F : 0.9F, 0.95F, kNirCues));
      }
      break;
    case 18:
      if ((bare || Grouped(r, k, {6, 8, 4})) && CnResidentIdValid(d)) {
        offer(kCnResidentId, WithCue(s_, at, 0.9F, 0.95F, kCnIdCues));
      }
      break;
    default: break;
  }
  // Formats too loose to read without a cue word: US passports (9 digits) and driving licences.
  if (best.type < 0 && bare && nd >= 7 && nd <= 13) {
    if (nd == 9 && CueBefore(s_, at, 32, kPassportCues)) offer(kUsPassport, 0.85F);
    if (best.type < 0 && CueBefore(s_, at, 32, kLicenceCues)) offer(kUsDriverLicense, 0.8F);
  }
  return best;
}

std::size_t Scanner::TryLetterId(std::size_t i) {
  const std::size_t end = RunOf(i, kDigit | kUpper | kLower);
  const std::size_t length = end - i;
  if (length != 9 && length != 10 && length != 16) {
    // "X-1234567-L", "X 1234567 L": an NIE with separators.
    const char first = static_cast<char>(At(i) & ~0x20);
    if (length == 1 && (first == 'X' || first == 'Y' || first == 'Z') && (At(end) == '-' || At(end) == ' ')) {
      const std::size_t digits = RunOf(end + 1, kDigit);
      if (digits - end - 1 == 7 && (At(digits) == '-' || At(digits) == ' ') && IsAlpha(At(digits + 1)) &&
          CleanEnd(digits + 2) && EsNieValid(UpperAlnum(s_, i, digits + 2))) {
        Emit(kEsNie, i, digits + 2, 0.9F);
        return digits + 2;
      }
    }
    return 0;
  }
  if (!CleanEnd(end)) return 0;
  const std::string id = UpperAlnum(s_, i, end);
  const bool upper = IsUpper(s_[i]);
  if (length == 16 && ItFiscalCodeValid(id)) {
    Emit(kItFiscalCode, i, end, 0.95F);
    return end;
  }
  if (length == 10 && InPanValid(id)) {
    const float score = WithCue(s_, i, upper ? 0.65F : 0.3F, 0.95F, kPanCues);
    if (score >= 0.4F) {
      out_.push_back(Entity{kInPan, i, end, score});
      return end;
    }
  }
  if (length == 9 && EsNieValid(id)) {
    Emit(kEsNie, i, end, 0.9F);
    return end;
  }
  if (length == 9 && SgNricValid(id)) {
    out_.push_back(Entity{kSgNricFin, i, end, WithCue(s_, i, 0.85F, 0.95F, kNricCues)});
    return end;
  }
  return 0;
}

std::size_t Scanner::TryDigitLetterId(std::size_t i) {
  const std::size_t run = RunOf(i, kDigit);
  const std::size_t n = run - i;
  // Finnish HETU: DDMMYY, a century sign, NNN and a check character ("131052-308T").
  if (n == 6 && IsDigit(At(run + 1)) && IsDigit(At(run + 2)) && IsDigit(At(run + 3)) && IsAlnum(At(run + 4)) &&
      CleanEnd(run + 5)) {
    const char sign = At(run);
    if (sign == '-' || sign == '+' || IsUpper(sign)) {
      std::string hetu(s_.substr(i, 11));
      if (IsLower(hetu[10])) hetu[10] = static_cast<char>(hetu[10] - 'a' + 'A');
      if (FiHetuValid(hetu)) {
        Emit(kFiPersonalIdentityCode, i, run + 5, 0.95F);
        return run + 5;
      }
    }
  }
  // Chinese resident ID ending in the check character X.
  if (n == 17 && (At(run) == 'X' || At(run) == 'x') && CleanEnd(run + 1)) {
    std::string id(s_.substr(i, 18));
    id[17] = 'X';
    if (CnResidentIdValid(id)) {
      Emit(kCnResidentId, i, run + 1, 0.9F);
      return run + 1;
    }
  }
  // Spanish DNI/NIF: 8 digits (or "12.345.678") then the letter, glued or after '-' or ' '.
  std::size_t digits_end = run;
  std::string nif(s_.substr(i, n));
  if (n == 2 && At(run) == '.' && RunOf(run + 1, kDigit) == run + 4 && At(run + 4) == '.' &&
      RunOf(run + 5, kDigit) == run + 8) {
    nif = UpperAlnum(s_, i, run + 8);
    digits_end = run + 8;
  }
  if (nif.size() == 8) {
    std::size_t letter = digits_end;
    if ((At(letter) == '-' || At(letter) == ' ') && IsAlpha(At(letter + 1))) ++letter;
    if (IsAlpha(At(letter)) && CleanEnd(letter + 1)) {
      nif.push_back(static_cast<char>(At(letter) & ~0x20));
      // A letter after a space is often the next word ("12345678 a"): only upper case counts there.
      const bool spaced = letter > digits_end && At(digits_end) == ' ';
      if (EsNifValid(nif) && !(spaced && IsLower(At(letter)))) {
        out_.push_back(Entity{kEsNif, i, letter + 1, WithCue(s_, i, 0.85F, 0.95F, kNifCues)});
        return letter + 1;
      }
    }
  }
  return 0;
}

std::size_t Scanner::TryCuedId(std::size_t i) {
  // Passport "A12345678" (US next generation: a letter and 8 digits) and driving licences
  // ("D400-7836-0001", "S530 4601 7012", "WDL1234567"): too loose without a cue word.
  std::size_t j = i;
  while (IsUpper(At(j)) && j - i < 3) ++j;
  const std::size_t letters = j - i;
  if (letters == 0 || !IsDigit(At(j))) return 0;
  std::size_t end = j;
  std::size_t digits = 0;
  int groups = 0;
  while (IsDigit(At(end))) {
    const std::size_t g = RunOf(end, kDigit);
    digits += g - end;
    end = g;
    ++groups;
    if ((At(end) == '-' || At(end) == ' ') && IsDigit(At(end + 1)) && groups < 5) {
      ++end;
    } else {
      break;
    }
  }
  if (digits < 5 || digits > 14 || !CleanEnd(end)) return 0;
  if (letters == 1 && digits == 8 && groups == 1 && CueBefore(s_, i, 32, kPassportCues)) {
    Emit(kUsPassport, i, end, 0.85F);
    return end;
  }
  if (CueBefore(s_, i, 32, kLicenceCues)) {
    Emit(kUsDriverLicense, i, end, 0.8F);
    return end;
  }
  return 0;
}

}  // namespace copilot::pii
