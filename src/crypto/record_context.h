// RecordContext: where a record lives. Its encoding goes into every record's associated
// data, so a ciphertext copied to another tenant, scope or owner fails to open (INTEGRITY).
//
// Encoding (integers big-endian): "CPRC" magic, scope (1 byte, key_hierarchy.h's Scope),
// then tenant and owner, each as a 4-byte length followed by its UTF-8 bytes.
// The full associated data of a record is: envelope header (8 bytes) || context encoding ||
// the caller's per-record associated data (e.g. the record's key in the store).
#ifndef COPILOT_CRYPTO_RECORD_CONTEXT_H_
#define COPILOT_CRYPTO_RECORD_CONTEXT_H_

#include <string>
#include <string_view>

#include "common/status.h"
#include "crypto/key_hierarchy.h"

namespace copilot::crypto {

struct RecordContext {
  std::string tenant;  // the organization id
  Scope scope = Scope::kUser;
  std::string owner;  // the user id, session id, ... that the scope belongs to; may be empty

  // At most this many bytes in tenant and in owner.
  static constexpr size_t kMaxFieldBytes = 1024;

  // INVALID_ARGUMENT when a field is too long.
  Status Validate() const;
  std::string Encode() const;
};

// header || context || record_ad, the associated data an envelope is sealed with.
std::string AssociatedData(std::string_view header, std::string_view context, std::string_view record_ad);

}  // namespace copilot::crypto

#endif  // COPILOT_CRYPTO_RECORD_CONTEXT_H_
