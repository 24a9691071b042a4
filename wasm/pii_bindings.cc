// Bindings for src/pii: the engine (detect, mask, maskBatch) and the tokenization vault.
// Entities cross as one Float64Array of [type, start, end, score] quadruples (UTF-16 offsets)
// plus the engine's list of type names, so a call costs two copies whatever it finds.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>
#include <vector>

#include "boundary.h"
#include "pii/engine.h"
#include "pii/vault.h"

namespace copilot::wasm {
namespace {

using emscripten::val;

val EntitiesToJs(const std::vector<pii::Utf16Entity>& entities) {
  std::vector<double> flat;
  flat.reserve(entities.size() * 4);
  for (const pii::Utf16Entity& e : entities) {
    flat.push_back(e.type);
    flat.push_back(static_cast<double>(e.start));
    flat.push_back(static_cast<double>(e.end));
    flat.push_back(static_cast<double>(e.score));
  }
  return val::global("Float64Array").new_(emscripten::typed_memory_view(flat.size(), flat.data()));
}

class PiiEngine {
 public:
  explicit PiiEngine(const std::string& custom_patterns_json) : engine_(pii::Engine::Create(custom_patterns_json)) {}

  val status() const { return StatusToJs(engine_.ok() ? Status::Ok() : engine_.status()); }

  val typeNames() const {
    val out = val::array();
    if (engine_.ok()) {
      for (const std::string& name : engine_.value().type_names()) out.call<void>("push", name);
    }
    return out;
  }

  val detect(const std::string& text, const std::string& options_json) const {
    if (!engine_.ok()) return StatusToJs(engine_.status());
    return ResultToJs(engine_.value().Detect(text, options_json), EntitiesToJs);
  }

  val mask(const std::string& text, const std::string& options_json, pii::TokenVault* vault) const {
    if (!engine_.ok()) return StatusToJs(engine_.status());
    return ResultToJs(engine_.value().Mask(text, options_json, vault), [](const pii::MaskedText& masked) {
      val out = val::object();
      out.set("text", masked.text);
      out.set("entities", EntitiesToJs(masked.entities));
      return out;
    });
  }

  val maskBatch(const std::string& texts_json, const std::string& options_json, pii::TokenVault* vault) const {
    if (!engine_.ok()) return StatusToJs(engine_.status());
    return ResultToJs(engine_.value().MaskBatch(texts_json, options_json, vault),
                      [](const std::string& json) { return val(json); });
  }

 private:
  Result<pii::Engine> engine_;
};

std::string VaultUnmask(const pii::TokenVault& vault, const std::string& text) {
  return vault.Unmask(text);
}
double VaultSize(const pii::TokenVault& vault) {
  return static_cast<double>(vault.size());
}
double VaultLongest(const pii::TokenVault& vault) {
  return static_cast<double>(vault.longest_placeholder());
}

}  // namespace

EMSCRIPTEN_BINDINGS(copilot_pii) {
  emscripten::class_<pii::TokenVault>("PiiVault")
      .constructor<>()
      .function("unmask", &VaultUnmask)
      .function("size", &VaultSize)
      .function("longestPlaceholder", &VaultLongest);
  emscripten::class_<PiiEngine>("PiiEngine")
      .constructor<std::string>()
      .function("status", &PiiEngine::status)
      .function("typeNames", &PiiEngine::typeNames)
      .function("detect", &PiiEngine::detect)
      .function("mask", &PiiEngine::mask, emscripten::allow_raw_pointers())
      .function("maskBatch", &PiiEngine::maskBatch, emscripten::allow_raw_pointers());
}

}  // namespace copilot::wasm
