// The key hierarchy, from the top:
//
//   master key     32 random bytes, one per organization and one per user (the store decides
//                  which keyring holds which). Kept in a Keyring (keyring.h); stored only
//                  wrapped (key_wrap.h). Identified by its key id.
//   key id         uint32 fingerprint of a master key: the first 4 bytes (big-endian) of
//                  crypto_kdf(master, subkey id 0, context "CPKEYID1"). Written into every
//                  envelope, so a reader finds the master key, and a wrong key is told apart
//                  from a damaged record (WRONG_KEY vs INTEGRITY).
//   record key     crypto_kdf(master, subkey id = algorithm id, context of the scope):
//                  one key per (master key, scope, algorithm); the same master key never
//                  keys two algorithms. Tenant, owner and record are bound through the
//                  associated data instead (record_context.h).
//
// Scope contexts (crypto_kdf takes exactly 8 bytes): session "CPSESSN1", user "CPUSER01",
// organization "CPORGAN1", global "CPGLOBL1", ephemeral "CPEPHEM1".
#ifndef COPILOT_CRYPTO_KEY_HIERARCHY_H_
#define COPILOT_CRYPTO_KEY_HIERARCHY_H_

#include <cstdint>
#include <string_view>

#include "common/status.h"
#include "crypto/envelope.h"
#include "crypto/secret_key.h"

namespace copilot::crypto {

// The memory scopes of the seed's MemoryScopeConfig. Values are stored in associated data:
// never renumber.
enum class Scope : uint8_t {
  kSession = 1,
  kUser = 2,
  kOrganization = 3,
  kGlobal = 4,
  kEphemeral = 5,
};

// "session", "user", "organization", "global", "ephemeral".
const char* ScopeName(Scope scope);
// The inverse of ScopeName; INVALID_ARGUMENT for any other name.
Result<Scope> ParseScope(std::string_view name);

// A fresh random master key.
SecretKey GenerateMasterKey();
// The key id of a master key (see above). `master` must not be empty.
uint32_t MasterKeyId(const SecretKey& master);
// The record key for `scope` and `algorithm` under `master`.
SecretKey DeriveRecordKey(const SecretKey& master, Scope scope, Algorithm algorithm);

}  // namespace copilot::crypto

#endif  // COPILOT_CRYPTO_KEY_HIERARCHY_H_
