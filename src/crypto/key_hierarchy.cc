#include "crypto/key_hierarchy.h"

#include <sodium.h>

#include <array>

namespace copilot::crypto {
namespace {

constexpr char kKeyIdContext[crypto_kdf_CONTEXTBYTES + 1] = "CPKEYID1";

const char* ScopeContext(Scope scope) {
  switch (scope) {
    case Scope::kSession: return "CPSESSN1";
    case Scope::kUser: return "CPUSER01";
    case Scope::kOrganization: return "CPORGAN1";
    case Scope::kGlobal: return "CPGLOBL1";
    case Scope::kEphemeral: return "CPEPHEM1";
  }
  return "CPINVLD0";
}

constexpr std::array<Scope, 5> kScopes = {Scope::kSession, Scope::kUser, Scope::kOrganization, Scope::kGlobal,
                                          Scope::kEphemeral};

}  // namespace

const char* ScopeName(Scope scope) {
  switch (scope) {
    case Scope::kSession: return "session";
    case Scope::kUser: return "user";
    case Scope::kOrganization: return "organization";
    case Scope::kGlobal: return "global";
    case Scope::kEphemeral: return "ephemeral";
  }
  return "unknown";
}

Result<Scope> ParseScope(std::string_view name) {
  for (Scope scope : kScopes) {
    if (name == ScopeName(scope)) return scope;
  }
  return Status(StatusCode::kInvalidArgument,
                "unknown scope '" + std::string(name) + "': use session, user, organization, global or ephemeral");
}

SecretKey GenerateMasterKey() {
  return SecretKey::Random();
}

uint32_t MasterKeyId(const SecretKey& master) {
  std::array<uint8_t, crypto_kdf_BYTES_MIN> digest{};
  crypto_kdf_derive_from_key(digest.data(), digest.size(), 0, kKeyIdContext, master.data());
  uint32_t id = (uint32_t{digest[0]} << 24) | (uint32_t{digest[1]} << 16) | (uint32_t{digest[2]} << 8) | digest[3];
  sodium_memzero(digest.data(), digest.size());
  return id;
}

SecretKey DeriveRecordKey(const SecretKey& master, Scope scope, Algorithm algorithm) {
  SecretKey key;
  crypto_kdf_derive_from_key(key.mutable_data(), kKeyBytes, static_cast<uint64_t>(algorithm), ScopeContext(scope),
                             master.data());
  return key;
}

}  // namespace copilot::crypto
