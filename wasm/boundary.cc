#include "boundary.h"

namespace copilot::wasm {

emscripten::val StatusToJs(const Status& status) {
  emscripten::val out = emscripten::val::object();
  out.set("ok", status.ok());
  if (!status.ok()) {
    out.set("code", std::string(StatusCodeName(status.code())));
    out.set("message", status.message());
  }
  return out;
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
