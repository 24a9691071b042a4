// The PII engine as the wasm boundary sees it: options arrive as JSON text, offsets leave as
// UTF-16 code units (what JavaScript strings index by), and many texts can be masked in one
// call. Everything here is a thin layer over Detector (pii.h) and MaskText (mask.h).
//
// Scan options JSON: { "minScore": 0.4, "types": ["EMAIL_ADDRESS", ...] }
//   (naming DATE_TIME in types without a minScore reports dates from kRequestedDateMinScore)
// Mask options JSON:  scan options plus
//   { "operator": "replace" | { "type": "mask", "maskChar": "*", "keepLast": 4 },
//     "operators": { "US_SSN": "hash", "EMAIL_ADDRESS": { "type": "mask" } },
//     "hashKey": "<hex of 16-64 bytes>" }
// Operators are replace, redact, mask, hash, tokenize (needs a TokenVault) and encrypt (needs a
// ValueSealer, sealer.h).
#ifndef COPILOT_PII_ENGINE_H_
#define COPILOT_PII_ENGINE_H_

#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "pii/mask.h"
#include "pii/pii.h"
#include "pii/sealer.h"
#include "pii/vault.h"

namespace copilot::pii {

// An entity with offsets in UTF-16 code units.
struct Utf16Entity {
  int type;
  std::size_t start;
  std::size_t end;
  float score;
};

struct MaskedText {
  std::string text;
  // Per entity, the UTF-16 range [begin, end) its replacement occupies in `text` (js/ puts an
  // entity back when it rejects it, e.g. an Ethereum address failing EIP-55).
  std::vector<std::size_t> spans;
  std::vector<Utf16Entity> entities;  // offsets into the ORIGINAL text
};

class Engine {
 public:
  // `custom_patterns_json`: "" or a JSON array of { type, pattern, confidence } objects.
  // Fails with kInvalidPattern, kInvalidArgument or kInvalidConfig.
  static Result<Engine> Create(std::string_view custom_patterns_json);

  const std::vector<std::string>& type_names() const { return detector_.type_names(); }

  Result<std::vector<Utf16Entity>> Detect(std::string_view text, std::string_view options_json) const;
  // `vault` may be null unless an operator is "tokenize", `sealer` unless one is "encrypt".
  Result<MaskedText> Mask(std::string_view text, std::string_view options_json, TokenVault* vault,
                          const ValueSealer* sealer) const;
  // Masks each string of a JSON array of strings; returns the JSON array of masked strings.
  Result<std::string> MaskBatch(std::string_view texts_json, std::string_view options_json, TokenVault* vault,
                                const ValueSealer* sealer) const;

 private:
  explicit Engine(Detector detector) : detector_(std::move(detector)) {}
  Result<MaskOptions> ParseMask(std::string_view options_json, ScanOptions* scan, TokenVault* vault,
                                const ValueSealer* sealer) const;

  Detector detector_;
};

}  // namespace copilot::pii

#endif  // COPILOT_PII_ENGINE_H_
