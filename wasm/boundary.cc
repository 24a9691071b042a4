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

std::string BytesFromJs(const emscripten::val& bytes, bool* ok) {
  *ok = bytes.instanceof (emscripten::val::global("Uint8Array"));
  if (!*ok) return std::string();
  std::string out(bytes["length"].as<std::size_t>(), '\0');
  if (!out.empty()) {
    emscripten::val(emscripten::typed_memory_view(out.size(), reinterpret_cast<unsigned char*>(out.data())))
        .call<void>("set", bytes);
  }
  return out;
}

emscripten::val BytesToJs(std::string_view bytes) {
  return emscripten::val(
             emscripten::typed_memory_view(bytes.size(), reinterpret_cast<const unsigned char*>(bytes.data())))
      .call<emscripten::val>("slice");
}

}  // namespace copilot::wasm
