#include "pii/mask.h"

#include <sodium.h>

namespace copilot::pii {
namespace {

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}
bool IsContinuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Every letter or digit (any code point that is not ASCII punctuation or space) becomes
// `mask_char`, except the last `keep` ASCII letters/digits.
void AppendMasked(std::string& out, std::string_view value, char mask_char, int keep) {
  std::size_t keep_from = value.size();
  for (int kept = 0; keep_from > 0 && kept < keep;) {
    --keep_from;
    if (IsAsciiAlnum(value[keep_from])) ++kept;
  }
  for (std::size_t k = 0; k < value.size(); ++k) {
    const char c = value[k];
    if (k >= keep_from || (static_cast<unsigned char>(c) < 0x80 && !IsAsciiAlnum(c))) {
      out.push_back(c);
    } else if (!IsContinuation(c)) {
      out.push_back(mask_char);
    }
  }
}

void AppendHash(std::string& out, std::string_view type, std::string_view value, std::string_view key) {
  unsigned char digest[16];
  crypto_generichash_state state;
  crypto_generichash_init(&state, reinterpret_cast<const unsigned char*>(key.data()), key.size(), sizeof digest);
  crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(type.data()), type.size());
  const unsigned char separator = 0;
  crypto_generichash_update(&state, &separator, 1);
  crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(value.data()), value.size());
  crypto_generichash_final(&state, digest, sizeof digest);
  char hex[sizeof digest * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  out.append("<").append(type).append(":").append(hex).append(">");
}

}  // namespace

Result<std::string> MaskText(std::string_view text, const std::vector<Entity>& entities,
                             const std::vector<std::string>& type_names, const MaskOptions& options,
                             std::vector<std::size_t>* spans) {
  std::string out;
  out.reserve(text.size());
  std::size_t at = 0;
  for (const Entity& e : entities) {
    if (e.begin < at || e.end > text.size() || static_cast<std::size_t>(e.type) >= type_names.size()) {
      return Status(StatusCode::kInternal, "entities must be sorted, non-overlapping and inside the text");
    }
    auto found = options.per_type.find(e.type);
    const Operator& op = found != options.per_type.end() ? found->second : options.default_operator;
    const std::string& type = type_names[static_cast<std::size_t>(e.type)];
    const std::string_view value = text.substr(e.begin, e.end - e.begin);
    out.append(text.substr(at, e.begin - at));
    if (spans != nullptr) spans->push_back(out.size());
    switch (op.kind) {
      case OperatorKind::kReplace: out.append("<").append(type).append(">"); break;
      case OperatorKind::kRedact: break;
      case OperatorKind::kMask:
        AppendMasked(out, value, op.mask_char, e.type == kCreditCard ? std::min(op.keep_last, 4) : op.keep_last);
        break;
      case OperatorKind::kHash:
        if (options.hash_key.size() < crypto_generichash_KEYBYTES_MIN ||
            options.hash_key.size() > crypto_generichash_KEYBYTES_MAX) {
          return Status(StatusCode::kInvalidArgument,
                        "the hash operator needs a per-tenant key of 16 to 64 bytes (hashKey); a bare hash of "
                        "personal data can be reversed by guessing");
        }
        AppendHash(out, type, value, options.hash_key);
        break;
      case OperatorKind::kTokenize:
        if (options.vault == nullptr) {
          return Status(StatusCode::kInvalidArgument, "the tokenize operator needs a conversation (vault)");
        }
        out.append(options.vault->Tokenize(type, value));
        break;
      case OperatorKind::kEncrypt: {
        if (options.sealer == nullptr) {
          return Status(StatusCode::kInvalidArgument,
                        "the encrypt operator needs a key: options.encryption { key, tenant }");
        }
        Result<std::string> sealed = options.sealer->Seal(type, value);
        if (!sealed.ok()) return sealed.status();
        out.append(sealed.value());
        break;
      }
    }
    if (spans != nullptr) spans->push_back(out.size());
    at = e.end;
  }
  out.append(text.substr(at));
  return out;
}

}  // namespace copilot::pii
