// Finding personal data in text: the PII engine's public interface.
//
// A Detector is compiled once from DetectorOptions (the built-in recognizers plus any custom
// RE2 patterns) and then scans any number of texts; it is immutable and cheap to keep:
//
//   DetectorOptions options;
//   options.custom_patterns.push_back({"EMPLOYEE_ID", "EMP\\d{6}", 0.9});
//   Result<Detector> detector = Detector::Create(options);
//   if (!detector.ok()) return detector.status();   // kInvalidPattern with RE2's message
//   std::vector<Entity> found = detector.value().Detect(text, ScanOptions());
//
// Text is UTF-8. Entities come back sorted by `begin`, as byte offsets into the text that was
// passed in (end exclusive), never overlapping. Before scanning, the text is normalised so that
// evasion does not hide a value: fullwidth and other Unicode decimal digits read as ASCII
// digits, zero-width characters and soft hyphens are skipped, Unicode spaces and dashes read as
// ' ' and '-'. Offsets still point into the ORIGINAL text.
//
// Built-in types use Microsoft Presidio's entity names (EntityTypeName). Each recognizer
// validates what its format allows (Luhn and issuer ranges for cards, SSA rules for SSNs,
// mod-97 for IBANs, mod 11 for NHS numbers, base58check/bech32 for Bitcoin ...), and each
// entity carries a score in [0, 1] that context words nearby ("ssn", "born", "token" ...) raise.
#ifndef COPILOT_PII_PII_H_
#define COPILOT_PII_PII_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace copilot::pii {

// Built-in entity types. Custom patterns get ids from kBuiltinTypeCount upwards, in the order
// of DetectorOptions::custom_patterns (patterns sharing a type name share an id).
enum EntityType : int {
  kEmailAddress = 0,
  kPhoneNumber,
  kCreditCard,
  kUsSsn,
  kUsItin,
  kIbanCode,
  kIpAddress,
  kUrl,
  kMacAddress,
  kCrypto,
  kUkNhs,
  kUkNino,
  kDateTime,
  kPerson,
  kLocation,
  kSecret,
  // National identifiers, each with its check digits where the format has them.
  kItFiscalCode,
  kInAadhaar,
  kInPan,
  kPlPesel,
  kEsNif,
  kEsNie,
  kSgNricFin,
  kAuTfn,
  kAuMedicare,
  kAuAbn,
  kUsPassport,
  kUsDriverLicense,
  kBrCpf,
  kBrCnpj,
  kNlBsn,
  kSePersonnummer,
  kFiPersonalIdentityCode,
  kFrNir,
  kDeTaxId,
  kKrRrn,
  kCnResidentId,
  kJpMyNumber,
  kCaSin,
  kBuiltinTypeCount,
};

// "EMAIL_ADDRESS", "PHONE_NUMBER", ... for a built-in type; "" for anything else.
const char* EntityTypeName(int type);

struct Entity {
  int type = 0;
  std::size_t begin = 0;  // byte offset into the original UTF-8 text
  std::size_t end = 0;    // exclusive
  float score = 0;
};

struct CustomPattern {
  std::string type;     // e.g. "EMPLOYEE_ID"; may also name a built-in type
  std::string pattern;  // RE2 syntax
  double confidence = 0.8;
};

struct DetectorOptions {
  std::vector<CustomPattern> custom_patterns;
};

struct ScanOptions {
  // Entities scoring below this are dropped.
  float min_score = 0.4F;
  // When non-empty, only these type ids are reported (index = type id).
  std::vector<bool> types;
  // Per-type thresholds that replace min_score (index = type id; a negative value or a missing
  // entry means min_score).
  std::vector<float> min_scores;
};

// The threshold a date is reported from when the caller asks for DATE_TIME by name without a
// minScore: a date with no birth cue scores 0.3-0.35 (below the default 0.4, since most dates in
// text are not personal data), a bare timestamp 0.1.
inline constexpr float kRequestedDateMinScore = 0.3F;

// Longest text Detect() accepts, in bytes.
inline constexpr std::size_t kMaxTextBytes = std::size_t{64} << 20;

class Detector {
 public:
  // Compiles the custom patterns with RE2. Fails with kInvalidPattern (naming the pattern and
  // quoting RE2's error) or kInvalidArgument (an empty type name or a confidence outside 0..1).
  static Result<Detector> Create(const DetectorOptions& options);

  // Every type name this detector can report, indexed by type id.
  const std::vector<std::string>& type_names() const;

  // Scans `text`. Texts longer than kMaxTextBytes are the caller's error (see CheckText).
  std::vector<Entity> Detect(std::string_view text, const ScanOptions& options) const;

  Detector(Detector&&) noexcept;
  Detector& operator=(Detector&&) noexcept;
  ~Detector();

 private:
  struct Impl;
  explicit Detector(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// kTooLarge past kMaxTextBytes; OK otherwise.
Status CheckText(std::string_view text);

}  // namespace copilot::pii

#endif  // COPILOT_PII_PII_H_
