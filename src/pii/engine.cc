#include "pii/engine.h"

#include <sodium.h>

#include <algorithm>

#include "config/json_document.h"
#include "pii/normalize.h"

namespace copilot::pii {
namespace {

using nlohmann::json;

Status Invalid(const std::string& message) {
  return Status(StatusCode::kInvalidArgument, message);
}

Result<json> ParseOptions(std::string_view text) {
  if (text.empty()) return json::object();
  JsonLimits limits;
  limits.max_bytes = kMaxTextBytes;
  limits.max_depth = 8;
  Result<json> doc = ParseJsonDocument(text, limits);
  if (!doc.ok()) return doc.status();
  if (!doc.value().is_object()) return Invalid("options must be an object");
  return doc;
}

Status ParseScan(const json& doc, const std::vector<std::string>& names, ScanOptions* scan) {
  if (doc.contains("minScore")) {
    const json& v = doc["minScore"];
    if (!v.is_number() || v.get<double>() < 0 || v.get<double>() > 1)
      return Invalid("minScore must be a number from 0 to 1");
    scan->min_score = v.get<float>();
  }
  if (doc.contains("types") && !doc["types"].is_null()) {
    const json& v = doc["types"];
    if (!v.is_array()) return Invalid("types must be an array of entity type names");
    scan->types.assign(names.size(), false);
    for (const json& t : v) {
      const auto found = t.is_string() ? std::find(names.begin(), names.end(), t.get<std::string>()) : names.end();
      if (found == names.end()) {
        return Invalid("types: unknown entity type " + t.dump() +
                       "; use a Presidio name such as EMAIL_ADDRESS or a custom pattern's type");
      }
      scan->types[static_cast<std::size_t>(found - names.begin())] = true;
    }
    // Asking for dates by name means wanting dates, birth cue or not.
    if (!doc.contains("minScore") && scan->types[kDateTime]) {
      scan->min_scores.assign(kBuiltinTypeCount, -1);
      scan->min_scores[kDateTime] = kRequestedDateMinScore;
    }
  }
  return Status::Ok();
}

Result<Operator> ParseOperator(const json& v, const std::string& where) {
  Operator op;
  const json& kind = v.is_object() && v.contains("type") ? v["type"] : v;
  if (!kind.is_string()) return Invalid(where + " must be an operator name or { type, ... }");
  const std::string name = kind.get<std::string>();
  if (name == "replace") {
    op.kind = OperatorKind::kReplace;
  } else if (name == "redact") {
    op.kind = OperatorKind::kRedact;
  } else if (name == "mask") {
    op.kind = OperatorKind::kMask;
  } else if (name == "hash") {
    op.kind = OperatorKind::kHash;
  } else if (name == "tokenize") {
    op.kind = OperatorKind::kTokenize;
  } else if (name == "encrypt") {
    op.kind = OperatorKind::kEncrypt;
  } else {
    return Invalid(where + ": unknown operator '" + name + "'; use replace, redact, mask, hash, encrypt or tokenize");
  }
  if (v.is_object()) {
    if (v.contains("maskChar")) {
      const json& c = v["maskChar"];
      if (!c.is_string() || c.get<std::string>().size() != 1)
        return Invalid(where + ".maskChar must be one ASCII character");
      op.mask_char = c.get<std::string>()[0];
    }
    if (v.contains("keepLast")) {
      const json& k = v["keepLast"];
      if (!k.is_number_integer() || k.get<int>() < 0 || k.get<int>() > 64)
        return Invalid(where + ".keepLast must be an integer from 0 to 64");
      op.keep_last = k.get<int>();
    }
  }
  return op;
}

std::vector<Utf16Entity> ToUtf16(std::string_view text, const std::vector<Entity>& entities) {
  std::vector<std::size_t> offsets;
  offsets.reserve(entities.size() * 2);
  for (const Entity& e : entities) {
    offsets.push_back(e.begin);
    offsets.push_back(e.end);
  }
  ToUtf16Offsets(text, offsets);
  std::vector<Utf16Entity> out;
  out.reserve(entities.size());
  for (std::size_t k = 0; k < entities.size(); ++k) {
    out.push_back(Utf16Entity{entities[k].type, offsets[2 * k], offsets[2 * k + 1], entities[k].score});
  }
  return out;
}

}  // namespace

Result<Engine> Engine::Create(std::string_view custom_patterns_json) {
  DetectorOptions options;
  if (!custom_patterns_json.empty()) {
    JsonLimits limits;
    limits.max_depth = 8;
    Result<json> doc = ParseJsonDocument(custom_patterns_json, limits);
    if (!doc.ok()) return doc.status();
    if (!doc.value().is_array()) return Invalid("customPatterns must be an array of { type, pattern, confidence }");
    for (const json& p : doc.value()) {
      if (!p.is_object() || !p.contains("type") || !p["type"].is_string() || !p.contains("pattern") ||
          !p["pattern"].is_string()) {
        return Invalid("each custom pattern needs a string type and a string pattern (RE2 syntax)");
      }
      CustomPattern custom{p["type"].get<std::string>(), p["pattern"].get<std::string>(), 0.8};
      if (p.contains("confidence")) {
        if (!p["confidence"].is_number()) return Invalid("a custom pattern's confidence must be a number from 0 to 1");
        custom.confidence = p["confidence"].get<double>();
      }
      options.custom_patterns.push_back(std::move(custom));
    }
  }
  Result<Detector> detector = Detector::Create(options);
  if (!detector.ok()) return detector.status();
  return Engine(std::move(detector).value());
}

Result<std::vector<Utf16Entity>> Engine::Detect(std::string_view text, std::string_view options_json) const {
  Status size = CheckText(text);
  if (!size.ok()) return size;
  Result<json> doc = ParseOptions(options_json);
  if (!doc.ok()) return doc.status();
  ScanOptions scan;
  Status parsed = ParseScan(doc.value(), type_names(), &scan);
  if (!parsed.ok()) return parsed;
  return ToUtf16(text, detector_.Detect(text, scan));
}

Result<MaskOptions> Engine::ParseMask(std::string_view options_json, ScanOptions* scan, TokenVault* vault,
                                      const ValueSealer* sealer) const {
  Result<json> parsed = ParseOptions(options_json);
  if (!parsed.ok()) return parsed.status();
  const json& doc = parsed.value();
  Status status = ParseScan(doc, type_names(), scan);
  if (!status.ok()) return status;
  MaskOptions options;
  options.vault = vault;
  options.sealer = sealer;
  if (doc.contains("operator")) {
    Result<Operator> op = ParseOperator(doc["operator"], "operator");
    if (!op.ok()) return op.status();
    options.default_operator = op.value();
  }
  if (doc.contains("operators")) {
    if (!doc["operators"].is_object()) return Invalid("operators must map entity types to operators");
    for (const auto& [type, value] : doc["operators"].items()) {
      const auto found = std::find(type_names().begin(), type_names().end(), type);
      if (found == type_names().end()) return Invalid("operators: unknown entity type '" + type + "'");
      Result<Operator> op = ParseOperator(value, "operators." + type);
      if (!op.ok()) return op.status();
      options.per_type[static_cast<int>(found - type_names().begin())] = op.value();
    }
  }
  if (doc.contains("hashKey")) {
    const json& key = doc["hashKey"];
    if (!key.is_string()) return Invalid("hashKey must be hex");
    const std::string hex = key.get<std::string>();
    options.hash_key.resize(hex.size() / 2);
    std::size_t length = 0;
    if (sodium_hex2bin(reinterpret_cast<unsigned char*>(options.hash_key.data()), options.hash_key.size(), hex.data(),
                       hex.size(), nullptr, &length, nullptr) != 0) {
      return Invalid("hashKey must be hex");
    }
    options.hash_key.resize(length);
  }
  return options;
}

Result<MaskedText> Engine::Mask(std::string_view text, std::string_view options_json, TokenVault* vault,
                                const ValueSealer* sealer) const {
  Status size = CheckText(text);
  if (!size.ok()) return size;
  ScanOptions scan;
  Result<MaskOptions> options = ParseMask(options_json, &scan, vault, sealer);
  if (!options.ok()) return options.status();
  const std::vector<Entity> entities = detector_.Detect(text, scan);
  std::vector<std::size_t> spans;
  spans.reserve(entities.size() * 2);
  Result<std::string> masked = MaskText(text, entities, type_names(), options.value(), &spans);
  if (!masked.ok()) return masked.status();
  ToUtf16Offsets(masked.value(), spans);
  return MaskedText{std::move(masked).value(), std::move(spans), ToUtf16(text, entities)};
}

Result<std::string> Engine::MaskBatch(std::string_view texts_json, std::string_view options_json, TokenVault* vault,
                                      const ValueSealer* sealer) const {
  JsonLimits limits;
  limits.max_bytes = kMaxTextBytes;
  limits.max_depth = 2;
  Result<json> texts = ParseJsonDocument(texts_json, limits);
  if (!texts.ok()) return texts.status();
  if (!texts.value().is_array()) return Invalid("expected a JSON array of strings");
  ScanOptions scan;
  Result<MaskOptions> options = ParseMask(options_json, &scan, vault, sealer);
  if (!options.ok()) return options.status();
  json out = json::array();
  for (const json& t : texts.value()) {
    if (!t.is_string()) return Invalid("expected a JSON array of strings");
    const std::string& text = t.get_ref<const std::string&>();
    Result<std::string> masked = MaskText(text, detector_.Detect(text, scan), type_names(), options.value());
    if (!masked.ok()) return masked.status();
    out.push_back(std::move(masked).value());
  }
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace copilot::pii
