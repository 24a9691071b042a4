#include "boundary.h"

#include <emscripten.h>
#include <sodium.h>

#include <cstdint>

// Zeroes [ptr, ptr + n) of linear memory with the engine's native fill (the glue copies large
// blocks the same way: emscripten_memcpy_big is HEAPU8.copyWithin).
EM_JS(void, copilot_fill_zero, (uint8_t * ptr, size_t n), { HEAPU8.fill(0, ptr, ptr + n); });

namespace copilot::wasm {
namespace {

// Key material and small records stay with sodium_memzero; the call out to JavaScript only
// pays for itself on buffers far larger than a key (the gain is measured at 16 MiB).
constexpr std::size_t kNativeWipeFrom = 4096;

}  // namespace

emscripten::val StatusToJs(const Status& status) {
  emscripten::val out = emscripten::val::object();
  out.set("ok", status.ok());
  if (!status.ok()) {
    out.set("code", std::string(StatusCodeName(status.code())));
    out.set("message", status.message());
  }
  return out;
}

void WipeBytes(void* data, std::size_t size) {
  if (size < kNativeWipeFrom) {
    sodium_memzero(data, size);
    return;
  }
  // A call into JavaScript is an opaque side effect the compiler cannot remove.
  copilot_fill_zero(static_cast<uint8_t*>(data), size);
}

bool IsBytes(const emscripten::val& value) {
  return value.instanceof (emscripten::val::global("Uint8Array"));
}

std::string BytesFromJs(const emscripten::val& bytes, bool* ok) {
  *ok = IsBytes(bytes);
  if (!*ok) return std::string();
  std::string out(bytes["length"].as<std::size_t>(), '\0');
  if (!out.empty()) {
    emscripten::val(emscripten::typed_memory_view(out.size(), reinterpret_cast<unsigned char*>(out.data())))
        .call<void>("set", bytes);
  }
  return out;
}

std::string BytesFromJs(const emscripten::val& bytes) {
  bool ok = false;
  return BytesFromJs(bytes, &ok);
}

emscripten::val BytesToJs(const void* data, std::size_t size) {
  return emscripten::val(emscripten::typed_memory_view(size, static_cast<const unsigned char*>(data)))
      .call<emscripten::val>("slice");
}

emscripten::val BytesToJs(std::string_view bytes) {
  return BytesToJs(bytes.data(), bytes.size());
}

}  // namespace copilot::wasm
