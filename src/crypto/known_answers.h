// Known-answer tests of the primitives this build links: XChaCha20-Poly1305-IETF and
// Argon2id, with libsodium's published test vectors (test/default/aead_xchacha20poly1305 and
// pwhash_argon2id in libsodium 1.0.18), and XChaCha20-Poly1305 at lengths from 63 bytes to
// 64 KiB + 1 (digests computed by native libsodium and libsodium-wrappers, which agree: the
// published vectors are too short to reach vectorised code paths). Run by the native tests and, through the wasm
// binding, by the JavaScript tests, so a change of libsodium's wasm build flags that broke
// the primitives would be caught where it matters.
#ifndef COPILOT_CRYPTO_KNOWN_ANSWERS_H_
#define COPILOT_CRYPTO_KNOWN_ANSWERS_H_

#include "common/status.h"

namespace copilot::crypto {

// OK, or INTERNAL naming the first vector that did not match. Takes ~20 MiB and well under a
// second (two Argon2id vectors of ~7 MiB).
Status RunKnownAnswerTests();

}  // namespace copilot::crypto

#endif  // COPILOT_CRYPTO_KNOWN_ANSWERS_H_
