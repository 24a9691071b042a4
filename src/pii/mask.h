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
#ifndef COPILOT_PII_MASK_H_
#define COPILOT_PII_MASK_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "pii/pii.h"
#include "pii/vault.h"

namespace copilot::pii {

enum class OperatorKind { kReplace, kRedact, kMask, kHash, kTokenize };

struct Operator {
  OperatorKind kind = OperatorKind::kReplace;
  char mask_char = '*';
  // kMask: how many trailing letters/digits stay visible. Card numbers never show more than 4.
  int keep_last = 4;
};

struct MaskOptions {
  Operator default_operator;
  std::map<int, Operator> per_type;  // type id -> operator
  std::string hash_key;              // 16 to 64 bytes; required when any operator is kHash
  TokenVault* vault = nullptr;       // required when any operator is kTokenize
};

// `text` with each entity (byte offsets into `text`, sorted, non-overlapping, as Detect returns
// them) rewritten. Fails with kInvalidArgument when a hash key or vault is missing.
Result<std::string> MaskText(std::string_view text, const std::vector<Entity>& entities,
                             const std::vector<std::string>& type_names, const MaskOptions& options);

}  // namespace copilot::pii

#endif  // COPILOT_PII_MASK_H_
