#include "config/json_document.h"

#include <string>

namespace copilot {
namespace {

// Deepest nesting in `text`, counted without parsing, so that a document nested a million
// levels deep is refused before the recursive parser could overflow the stack.
int NestingDepth(std::string_view text, int stop_at) {
  int depth = 0;
  int deepest = 0;
  bool in_string = false;
  bool escaped = false;
  for (char c : text) {
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > deepest && (deepest = depth) > stop_at) return deepest;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return deepest;
}

// Re-reads a document the parser rejected, through the SAX interface, which is the one way
// to learn the position and reason of a syntax error without exceptions.
class SyntaxErrorRecorder : public nlohmann::json_sax<nlohmann::json> {
 public:
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& error) override {
    message_ = error.what();
    position_ = position;
    return false;
  }

  std::string Describe() const {
    if (message_.empty()) return "the document could not be parsed";
    return message_ + " (byte " + std::to_string(position_) + ")";
  }

 private:
  std::string message_;
  std::size_t position_ = 0;
};

std::string DescribeSyntaxError(std::string_view text) {
  SyntaxErrorRecorder recorder;
  nlohmann::json::sax_parse(text.begin(), text.end(), &recorder);
  return recorder.Describe();
}

}  // namespace

Result<nlohmann::json> ParseJsonDocument(std::string_view text, const JsonLimits& limits) {
  if (text.size() > limits.max_bytes) {
    return Status(StatusCode::kTooLarge, "JSON document of " + std::to_string(text.size()) +
                                             " bytes exceeds the limit of " + std::to_string(limits.max_bytes) +
                                             " bytes");
  }
  if (NestingDepth(text, limits.max_depth) > limits.max_depth) {
    return Status(StatusCode::kInvalidConfig,
                  "JSON document is nested deeper than " + std::to_string(limits.max_depth) + " levels");
  }
  nlohmann::json::parser_callback_t no_callback = nullptr;
  nlohmann::json doc = nlohmann::json::parse(text.begin(), text.end(), no_callback, /*allow_exceptions=*/false);
  if (doc.is_discarded()) {
    return Status(StatusCode::kInvalidConfig, "not valid JSON: " + DescribeSyntaxError(text));
  }
  return doc;
}

}  // namespace copilot
