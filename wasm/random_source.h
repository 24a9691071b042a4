// libsodium's random source inside wasm: crypto.getRandomValues, drawn in chunks.
//
// Emscripten's default libsodium source crosses into JavaScript for every 4 bytes
// (Module.getRandomValue), which made drawing nonces the slowest part of sealing small records.
// This one keeps a 4 KiB pool refilled by one crypto.getRandomValues call:
//   - the randomness is still the platform's CSPRNG, untouched (no generator of our own);
//   - each byte is handed out once: bytes are zeroed in the pool as they are taken;
//   - only requests under 32 bytes (nonces, salts) come from the pool; keys (32 bytes and
//     more) are drawn fresh from crypto.getRandomValues, so no future key sits in memory;
//   - if crypto.getRandomValues throws, the error reaches the caller: there is no fallback.
// The pool lives in linear memory: whoever can read that memory reads keys anyway. A runtime
// that snapshots and restores linear memory twice would replay the pool (nonce reuse); no
// runtime this package supports does that to a live instance.
#ifndef COPILOT_WASM_RANDOM_SOURCE_H_
#define COPILOT_WASM_RANDOM_SOURCE_H_

namespace copilot::wasm {

// Installs the source with randombytes_set_implementation; call before sodium_init().
void InstallRandomSource();

}  // namespace copilot::wasm

#endif  // COPILOT_WASM_RANDOM_SOURCE_H_
