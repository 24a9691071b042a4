// How results cross the wasm boundary: C++ statuses become plain objects that js/errors.js
// turns into thrown Errors with a stable `code`. No C++ exception ever reaches JavaScript.
#ifndef COPILOT_WASM_BOUNDARY_H_
#define COPILOT_WASM_BOUNDARY_H_

#include <emscripten/val.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/status.h"

namespace copilot::wasm {

// { ok: true } or { ok: false, code: 'INVALID_CONFIG', message: '...' }.
emscripten::val StatusToJs(const Status& status);

// Zeroes `size` bytes that held plaintext or key material. Large buffers are zeroed by one
// TypedArray.fill in JavaScript (the engine's native memset): libsodium's sodium_memzero runs
// musl's C memset loop in wasm, which made wiping a 16 MiB opened record cost several per cent
// of the open itself. (Bulk memory's memory.fill would do the same inside wasm, but wasm-ld of
// Emscripten 3.1.6 refuses bulk memory without threads.)
void WipeBytes(void* data, std::size_t size);

// Bytes and numbers cross by one TypedArray.set in and one slice() out: embind's own
// std::string conversion goes byte by byte in JavaScript and leaves copies in freed memory.

bool IsBytes(const emscripten::val& value);  // a Uint8Array
// A copy of a JavaScript Uint8Array's bytes; `ok` is false (and the string empty) for anything
// that is not a Uint8Array.
std::string BytesFromJs(const emscripten::val& bytes, bool* ok);
// As above, for callers that checked IsBytes() already (anything else gives "").
std::string BytesFromJs(const emscripten::val& bytes);
// A new Uint8Array holding a copy of the bytes (never a view into wasm memory).
emscripten::val BytesToJs(std::string_view bytes);
emscripten::val BytesToJs(const void* data, std::size_t size);

// `values` resized to and filled from a JavaScript typed array of T (Uint32Array for
// uint32_t, Float64Array for double ...); reusing `values` keeps its capacity.
template <typename T>
void TypedFromJs(const emscripten::val& array, std::vector<T>* values) {
  values->resize(array["length"].as<std::size_t>());
  if (!values->empty()) {
    emscripten::val(emscripten::typed_memory_view(values->size(), values->data())).call<void>("set", array);
  }
}

// A new typed array holding a copy of `values`.
template <typename T>
emscripten::val TypedToJs(const std::vector<T>& values) {
  return emscripten::val(emscripten::typed_memory_view(values.size(), values.data())).call<emscripten::val>("slice");
}

// { ok: true, value } with `convert(result.value())` as the value, or the failure as above.
template <typename T, typename Convert>
emscripten::val ResultToJs(const Result<T>& result, Convert&& convert) {
  if (!result.ok()) return StatusToJs(result.status());
  emscripten::val out = emscripten::val::object();
  out.set("ok", true);
  out.set("value", std::forward<Convert>(convert)(result.value()));
  return out;
}

}  // namespace copilot::wasm

#endif  // COPILOT_WASM_BOUNDARY_H_
