// Parsing JSON documents that come from outside the core.
//
// Configuration and policy documents cross the wasm boundary as JSON text and are parsed
// once, here, with limits, so that a hostile or broken document is a clear error and never
// a stack overflow or an unbounded allocation:
//
//   JsonLimits limits;                       // defaults suit configuration documents
//   limits.max_depth = 16;
//   Result<nlohmann::json> doc = ParseJsonDocument(text, limits);
//   if (!doc.ok()) return doc.status();      // kInvalidConfig or kTooLarge, with a message
//
// The message names the byte offset of a syntax error, so a user can find it.
#ifndef COPILOT_CONFIG_JSON_DOCUMENT_H_
#define COPILOT_CONFIG_JSON_DOCUMENT_H_

#include <cstddef>
#include <string_view>

#include <nlohmann/json.hpp>

#include "common/status.h"

namespace copilot {

struct JsonLimits {
  // Longest accepted text, in bytes. Longer input is kTooLarge without being parsed.
  std::size_t max_bytes = std::size_t{4} << 20;
  // Deepest accepted nesting of arrays and objects; the top level is depth 1.
  int max_depth = 64;
};

// Parses `text` as one JSON value. Fails with kTooLarge past max_bytes and with
// kInvalidConfig for a syntax error, invalid UTF-8 or nesting deeper than max_depth.
Result<nlohmann::json> ParseJsonDocument(std::string_view text, const JsonLimits& limits = JsonLimits());

}  // namespace copilot

#endif  // COPILOT_CONFIG_JSON_DOCUMENT_H_
