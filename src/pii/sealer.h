// The `encrypt` masking operator: each value is sealed into a crypto envelope (crypto/envelope.h,
// XChaCha20-Poly1305) under a key the caller holds, and written into the text as a compact tag
//
//   <enc:US_SSN:AQEAbC3x...>      (base64url of the whole envelope, no padding)
//
// that a model copies back unchanged, so the caller can open it again later with the same key,
// in any process, without keeping state (unlike tokenize, whose originals live in a vault).
//
//   auto ring = std::make_shared<crypto::Keyring>();
//   ring->Add(crypto::SecretKey::FromBytes(key32));
//   Result<ValueSealer> sealer = ValueSealer::Create(ring, "acme");
//   Result<std::string> tag = sealer.value().Seal("US_SSN", "536-90-4399");
//   Result<std::string> back = sealer.value().OpenText("SSN " + tag.value(), OpenMode::kStrict);
//
// The envelope's associated data binds the tenant (the record context's tenant, scope
// "organization", owner "copilot.pii") and the entity type, so a tag moved to another tenant or
// relabelled as another type fails with INTEGRITY. An envelope sealed under a master key the
// keyring does not hold fails with WRONG_KEY (the envelope carries the key id); a bit changed
// anywhere in it fails with INTEGRITY. A ~11-byte SSN becomes a ~90-character tag: 48 bytes of
// envelope overhead (header, 24-byte nonce, tag) before base64url.
#ifndef COPILOT_PII_SEALER_H_
#define COPILOT_PII_SEALER_H_

#include <memory>
#include <string>
#include <string_view>

#include "common/status.h"
#include "crypto/keyring.h"
#include "crypto/record_cipher.h"

namespace copilot::pii {

enum class OpenMode {
  kStrict,   // the first tag that fails to open fails the whole call (WRONG_KEY, INTEGRITY)
  kLenient,  // tags that fail to open stay in the text as they are
};

class ValueSealer {
 public:
  // Longest value Seal() accepts, in bytes.
  static constexpr std::size_t kMaxValueBytes = 4096;

  // INVALID_ARGUMENT when `ring` is null or `tenant` is empty or longer than 1024 bytes.
  static Result<ValueSealer> Create(std::shared_ptr<const crypto::Keyring> ring, std::string tenant);

  // The tag for `value` of entity `type` (a fresh random nonce every call, so equal values give
  // different tags). INVALID_ARGUMENT when `type` is not 1-64 characters of [A-Za-z0-9_.-] or
  // the value is longer than kMaxValueBytes; WRONG_KEY when the keyring has no primary key.
  Result<std::string> Seal(std::string_view type, std::string_view value) const;

  // Seals / opens arbitrary bytes for `purpose` (bound in the associated data; it must contain a
  // ':' so that it can never equal an entity type). TokenVault::Export uses "vault:1".
  Result<std::string> SealBytes(std::string_view bytes, std::string_view purpose) const;
  Result<std::string> OpenBytes(std::string_view envelope, std::string_view purpose) const;

  // Opens one tag's envelope (already base64url-decoded) for `type`.
  Result<std::string> OpenValue(std::string_view type, std::string_view envelope) const;

  // `text` with every well-formed tag replaced by its value. Text that is not a tag is left as it
  // is. Strict mode fails with WRONG_KEY or INTEGRITY on the first tag that does not open
  // (including a tag whose base64url is damaged: INTEGRITY).
  Result<std::string> OpenText(std::string_view text, OpenMode mode) const;

 private:
  explicit ValueSealer(crypto::RecordCipher cipher) : cipher_(std::move(cipher)) {}
  crypto::RecordCipher cipher_;
};

// Where the next tag starts in `text` at or after `from`: its [begin, end) and the parts inside
// it. Returns false when there is none. Exposed for the streaming unmasker's hold-back rule.
struct SealedTag {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string_view type;
  std::string_view payload;  // base64url
};
bool FindSealedTag(std::string_view text, std::size_t from, SealedTag* tag);

}  // namespace copilot::pii

#endif  // COPILOT_PII_SEALER_H_
