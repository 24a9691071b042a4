// Bindings for src/pii: the engine (detect, mask, maskBatch), the tokenization vault and the
// sealer behind the encrypt operator. Text crosses as UTF-8 bytes (js/ encodes with
// TextEncoder.encodeInto and decodes with TextDecoder, both native and fast); entities cross as
// one Float64Array of [type, start, end, score] quadruples (UTF-16 offsets), so a call costs a
// few copies whatever it finds.
#include <emscripten/bind.h>
#include <emscripten/val.h>
#include <sodium.h>

#include <memory>
#include <string>
#include <vector>

#include "boundary.h"
#include "crypto/keyring.h"
#include "pii/engine.h"
#include "pii/sealer.h"
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
  return TypedToJs(flat);
}

val NotBytes() {
  return StatusToJs(Status(StatusCode::kInvalidArgument, "text crosses as UTF-8 in a Uint8Array"));
}

// The sealer of the encrypt operator, over a keyring holding the caller's one master key.
class PiiSealer {
 public:
  PiiSealer(const val& key, const std::string& tenant) : sealer_(Status(StatusCode::kInvalidArgument, "no key")) {
    bool ok = false;
    std::string bytes = BytesFromJs(key, &ok);
    auto ring = std::make_shared<crypto::Keyring>();
    Result<uint32_t> added =
        ok && bytes.size() == crypto::kKeyBytes
            ? ring->Add(crypto::SecretKey::FromBytes(bytes))
            : Result<uint32_t>(Status(StatusCode::kInvalidArgument, "the encryption key must be a 32-byte Uint8Array"));
    sodium_memzero(bytes.data(), bytes.size());
    sealer_ = added.ok() ? pii::ValueSealer::Create(ring, tenant) : Result<pii::ValueSealer>(added.status());
  }

  val status() const { return StatusToJs(sealer_.ok() ? Status::Ok() : sealer_.status()); }
  const pii::ValueSealer* get() const { return sealer_.ok() ? &sealer_.value() : nullptr; }

  val openText(const std::string& text, bool strict) const {
    if (!sealer_.ok()) return StatusToJs(sealer_.status());
    return ResultToJs(sealer_.value().OpenText(text, strict ? pii::OpenMode::kStrict : pii::OpenMode::kLenient),
                      [](const std::string& out) { return val(out); });
  }

 private:
  Result<pii::ValueSealer> sealer_;
};

const pii::ValueSealer* SealerOf(const PiiSealer* sealer) {
  return sealer == nullptr ? nullptr : sealer->get();
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

  val detect(const val& utf8, const std::string& options_json) const {
    if (!engine_.ok()) return StatusToJs(engine_.status());
    bool ok = false;
    const std::string text = BytesFromJs(utf8, &ok);
    if (!ok) return NotBytes();
    return ResultToJs(engine_.value().Detect(text, options_json), EntitiesToJs);
  }

  val mask(const val& utf8, const std::string& options_json, pii::TokenVault* vault, const PiiSealer* sealer) const {
    if (!engine_.ok()) return StatusToJs(engine_.status());
    bool ok = false;
    const std::string text = BytesFromJs(utf8, &ok);
    if (!ok) return NotBytes();
    return ResultToJs(engine_.value().Mask(text, options_json, vault, SealerOf(sealer)),
                      [](const pii::MaskedText& masked) {
                        val out = val::object();
                        std::vector<double> spans(masked.spans.begin(), masked.spans.end());
                        out.set("text", BytesToJs(masked.text));
                        out.set("spans", TypedToJs(spans));
                        out.set("entities", EntitiesToJs(masked.entities));
                        return out;
                      });
  }

  val maskBatch(const std::string& texts_json, const std::string& options_json, pii::TokenVault* vault,
                const PiiSealer* sealer) const {
    if (!engine_.ok()) return StatusToJs(engine_.status());
    return ResultToJs(engine_.value().MaskBatch(texts_json, options_json, vault, SealerOf(sealer)),
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
val VaultExport(const pii::TokenVault& vault, const PiiSealer& sealer) {
  if (sealer.get() == nullptr) return sealer.status();
  return ResultToJs(vault.Export(*sealer.get()), [](const std::string& bytes) { return BytesToJs(bytes); });
}
val VaultImport(pii::TokenVault& vault, const PiiSealer& sealer, const val& sealed) {
  if (sealer.get() == nullptr) return sealer.status();
  bool ok = false;
  const std::string bytes = BytesFromJs(sealed, &ok);
  if (!ok) return StatusToJs(Status(StatusCode::kInvalidArgument, "a conversation export is a Uint8Array"));
  return StatusToJs(vault.Import(*sealer.get(), bytes));
}

}  // namespace

EMSCRIPTEN_BINDINGS(copilot_pii) {
  emscripten::class_<PiiSealer>("PiiSealer")
      .constructor<val, std::string>()
      .function("status", &PiiSealer::status)
      .function("openText", &PiiSealer::openText);
  emscripten::class_<pii::TokenVault>("PiiVault")
      .constructor<>()
      .function("unmask", &VaultUnmask)
      .function("size", &VaultSize)
      .function("longestPlaceholder", &VaultLongest)
      .function("exportSealed", &VaultExport)
      .function("importSealed", &VaultImport);
  emscripten::class_<PiiEngine>("PiiEngine")
      .constructor<std::string>()
      .function("status", &PiiEngine::status)
      .function("typeNames", &PiiEngine::typeNames)
      .function("detect", &PiiEngine::detect)
      .function("mask", &PiiEngine::mask, emscripten::allow_raw_pointers())
      .function("maskBatch", &PiiEngine::maskBatch, emscripten::allow_raw_pointers());
}

}  // namespace copilot::wasm
