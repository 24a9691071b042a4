#include "random_source.h"

#include <emscripten.h>
#include <sodium.h>

#include "crypto/random.h"

#include <cstdint>
#include <cstring>

// Fills [ptr, ptr + n) of linear memory from crypto.getRandomValues (65536 bytes per call at most).
EM_JS(void, copilot_fill_random, (uint8_t * ptr, size_t n), {
  for (let done = 0; done < n; done += 65536) {
    globalThis.crypto.getRandomValues(HEAPU8.subarray(ptr + done, ptr + Math.min(n, done + 65536)));
  }
});

namespace copilot::wasm {
namespace {

constexpr size_t kPoolBytes = 4096;
constexpr size_t kPooledBelow = 32;
uint8_t pool[kPoolBytes];
size_t available = 0;  // the last `available` bytes of the pool are unused

void Buf(void* out, size_t n) {
  if (n >= kPooledBelow) {
    copilot_fill_random(static_cast<uint8_t*>(out), n);
    return;
  }
  if (available < n) {
    available = 0;  // stays empty if the refill throws
    copilot_fill_random(pool, kPoolBytes);
    available = kPoolBytes;
  }
  uint8_t* from = pool + (kPoolBytes - available);
  std::memcpy(out, from, n);
  sodium_memzero(from, n);
  available -= n;
}

}  // namespace

void InstallRandomSource() {
  crypto::SetRandomSource(Buf);
}

}  // namespace copilot::wasm
