// Masking: rewriting the entities Detector found, each type with its own operator.
//
//   MaskOptions options;
//   options.default_operator.kind = OperatorKind::kReplace;      // "<EMAIL_ADDRESS>"
//   options.per_type[kUsSsn] = {OperatorKind::kMask, '*', 4};     // "*****6789"
//   Result<std::string> masked = MaskText(text, entities, detector.type_names(), options);
//
// kHash needs a per-tenant key (BLAKE2b keyed hash: the same value hashes differently for
// another tenant and cannot be confirmed by hashing guesses without the key). kTokenize needs a
// TokenVault, which keeps placeholders consistent across calls and restores the originals.
// kEncrypt needs a ValueSealer (sealer.h): the value is sealed under the caller's key into a
// "<enc:TYPE:...>" tag that ValueSealer::OpenText opens again.
#ifndef COPILOT_PII_MASK_H_
#define COPILOT_PII_MASK_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "pii/pii.h"
#include "pii/sealer.h"
#include "pii/vault.h"

namespace copilot::pii {

enum class OperatorKind { kReplace, kRedact, kMask, kHash, kTokenize, kEncrypt };

struct Operator {
  OperatorKind kind = OperatorKind::kReplace;
  char mask_char = '*';
  // kMask: how many trailing letters/digits stay visible. Card numbers never show more than 4.
  int keep_last = 4;
};

struct MaskOptions {
  Operator default_operator;
  std::map<int, Operator> per_type;     // type id -> operator
  std::string hash_key;                 // 16 to 64 bytes; required when any operator is kHash
  TokenVault* vault = nullptr;          // required when any operator is kTokenize
  const ValueSealer* sealer = nullptr;  // required when any operator is kEncrypt
};

// `text` with each entity (byte offsets into `text`, sorted, non-overlapping, as Detect returns
// them) rewritten. Fails with kInvalidArgument when a hash key, vault or sealer is missing, and
// with the sealer's error when a value cannot be sealed. When `spans` is not null it receives,
// per entity, the byte range [begin, end) its replacement occupies in the result.
Result<std::string> MaskText(std::string_view text, const std::vector<Entity>& entities,
                             const std::vector<std::string>& type_names, const MaskOptions& options,
                             std::vector<std::size_t>* spans = nullptr);

}  // namespace copilot::pii

#endif  // COPILOT_PII_MASK_H_
