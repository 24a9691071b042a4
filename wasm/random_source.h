// The encryption core's random source inside wasm: crypto.getRandomValues, drawn in chunks.
//
// libsodium 1.0.18 built with Emscripten crosses into JavaScript once per random byte
// (Module.getRandomValue) and ignores randombytes_set_implementation, so src/crypto draws its
// nonces, salts and keys through crypto::RandomBytes, and this installs:
//   - the randomness is still the platform's CSPRNG, untouched (no generator of our own);
//   - requests under 32 bytes (nonces, salts) come from a 4 KiB pool refilled by one
//     crypto.getRandomValues call; each byte is handed out once and zeroed in the pool as it
//     is taken;
//   - keys (32 bytes and more) are drawn fresh from crypto.getRandomValues, so no future key
//     sits in memory;
//   - if crypto.getRandomValues throws, the error reaches the caller: there is no fallback.
// The pool lives in linear memory: whoever can read that memory reads keys anyway. A runtime
// that snapshots and restores linear memory twice would replay the pool (nonce reuse); no
// runtime this package supports does that to a live instance.
#ifndef COPILOT_WASM_RANDOM_SOURCE_H_
#define COPILOT_WASM_RANDOM_SOURCE_H_

namespace copilot::wasm {

// Installs the source with crypto::SetRandomSource.
void InstallRandomSource();

}  // namespace copilot::wasm

#endif  // COPILOT_WASM_RANDOM_SOURCE_H_
