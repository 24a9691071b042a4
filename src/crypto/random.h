// Where the encryption core's random bytes (nonces, salts, master keys) come from.
//
// By default libsodium's randombytes_buf: the OS CSPRNG natively. libsodium 1.0.18 built with
// Emscripten ignores randombytes_set_implementation and crosses into JavaScript once per byte
// (Module.getRandomValue), which made nonces the slowest part of sealing small records; so
// wasm/random_source.cc installs a source that draws crypto.getRandomValues in chunks. The
// source must be a CSPRNG that never returns the same bytes twice and never fails silently.
#ifndef COPILOT_CRYPTO_RANDOM_H_
#define COPILOT_CRYPTO_RANDOM_H_

#include <cstddef>

namespace copilot::crypto {

using RandomSource = void (*)(void* out, size_t size);

// Fills `out` with `size` random bytes from the installed source.
void RandomBytes(void* out, size_t size);

// Replaces the source (nullptr restores libsodium's randombytes_buf). Call once at start-up,
// before any key or nonce is drawn.
void SetRandomSource(RandomSource replacement);

}  // namespace copilot::crypto

#endif  // COPILOT_CRYPTO_RANDOM_H_
