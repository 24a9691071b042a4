#include "pii/vault.h"

#include <sodium.h>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace copilot::pii {
namespace {

// Export format, inside the sealed envelope (integers big-endian):
//   "CPV1", entry count (u32), then per entry: type length (u16), type, number (u32),
//   value length (u32), value. The placeholder is "<" type "_" number ">".
constexpr std::string_view kExportMagic = "CPV1";
constexpr std::string_view kExportPurpose = "vault:1";
constexpr std::size_t kMaxTypeBytes = 64;

void PutU32(std::string& out, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<char>((v >> shift) & 0xFF));
}

class Reader {
 public:
  explicit Reader(std::string_view bytes) : s_(bytes) {}
  bool U16(std::uint32_t* v) { return Int(2, v); }
  bool U32(std::uint32_t* v) { return Int(4, v); }
  bool Bytes(std::size_t n, std::string_view* out) {
    if (s_.size() - at_ < n) return false;
    *out = s_.substr(at_, n);
    at_ += n;
    return true;
  }
  bool done() const { return at_ == s_.size(); }

 private:
  bool Int(std::size_t n, std::uint32_t* v) {
    if (s_.size() - at_ < n) return false;
    *v = 0;
    for (std::size_t k = 0; k < n; ++k) *v = (*v << 8) | static_cast<unsigned char>(s_[at_ + k]);
    at_ += n;
    return true;
  }
  std::string_view s_;
  std::size_t at_ = 0;
};

std::string PlaceholderFor(std::string_view type, std::uint32_t number) {
  return "<" + std::string(type) + "_" + std::to_string(number) + ">";
}

Status NotAnExport() {
  return Status(StatusCode::kIntegrity, "the sealed bytes open but are not a conversation export");
}

}  // namespace

TokenVault::TokenVault() {
  randombytes_buf(key_.data(), key_.size());
}

TokenVault::~TokenVault() {
  sodium_memzero(key_.data(), key_.size());
}

std::string TokenVault::Fingerprint(std::string_view type, std::string_view value) const {
  std::string out(crypto_generichash_BYTES, '\0');
  crypto_generichash_state state;
  crypto_generichash_init(&state, key_.data(), key_.size(), out.size());
  crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(type.data()), type.size());
  const unsigned char separator = 0;
  crypto_generichash_update(&state, &separator, 1);
  crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(value.data()), value.size());
  crypto_generichash_final(&state, reinterpret_cast<unsigned char*>(out.data()), out.size());
  return out;
}

void TokenVault::Hold(std::string_view type, std::string_view value, std::string placeholder) {
  std::string sealed(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + value.size(), '\0');
  auto* nonce = reinterpret_cast<unsigned char*>(sealed.data());
  randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
  crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES, reinterpret_cast<const unsigned char*>(value.data()),
                        value.size(), nonce, key_.data());
  longest_ = std::max(longest_, placeholder.size());
  placeholders_.emplace(Fingerprint(type, value), placeholder);
  types_.emplace(placeholder, type);
  originals_.emplace(std::move(placeholder), std::move(sealed));
}

bool TokenVault::Reveal(const std::string& sealed, std::string& out) const {
  const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.data());
  const std::size_t length = sealed.size() - crypto_secretbox_NONCEBYTES - crypto_secretbox_MACBYTES;
  const std::size_t at = out.size();
  out.resize(at + length);
  if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(out.data()) + at, nonce + crypto_secretbox_NONCEBYTES,
                                 length + crypto_secretbox_MACBYTES, nonce, key_.data()) != 0) {
    out.resize(at);
    return false;
  }
  return true;
}

std::string TokenVault::Tokenize(std::string_view type, std::string_view value) {
  auto found = placeholders_.find(Fingerprint(type, value));
  if (found != placeholders_.end()) return found->second;
  const int number = ++counters_[std::string(type)];
  std::string placeholder = PlaceholderFor(type, static_cast<std::uint32_t>(number));
  Hold(type, value, placeholder);
  return placeholder;
}

std::string TokenVault::Unmask(std::string_view text) const {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t open = text.find('<', i);
    if (open == std::string_view::npos) break;
    const std::size_t close = text.find('>', open + 1);
    if (close == std::string_view::npos) break;
    auto found =
        close - open <= longest_ ? originals_.find(std::string(text.substr(open, close - open + 1))) : originals_.end();
    if (found == originals_.end()) {
      out.append(text.substr(i, open + 1 - i));
      i = open + 1;
      continue;
    }
    out.append(text.substr(i, open - i));
    if (!Reveal(found->second, out)) {
      out.append(text.substr(open, close + 1 - open));  // cannot happen unless memory was corrupted
    }
    i = close + 1;
  }
  out.append(text.substr(i));
  return out;
}

Result<std::string> TokenVault::Export(const ValueSealer& sealer) const {
  std::string plain(kExportMagic);
  PutU32(plain, static_cast<std::uint32_t>(originals_.size()));
  for (const auto& [placeholder, sealed] : originals_) {
    const std::string& type = types_.at(placeholder);
    std::uint32_t number = 0;  // the digits between "<" type "_" and ">"
    for (std::size_t k = type.size() + 2; k + 1 < placeholder.size(); ++k) {
      number = number * 10 + static_cast<std::uint32_t>(placeholder[k] - '0');
    }
    plain.push_back(static_cast<char>(type.size() >> 8));
    plain.push_back(static_cast<char>(type.size() & 0xFF));
    plain.append(type);
    PutU32(plain, number);
    const std::size_t length_at = plain.size();
    PutU32(plain, 0);
    const std::size_t value_at = plain.size();
    if (!Reveal(sealed, plain)) {
      sodium_memzero(plain.data(), plain.size());
      return Status(StatusCode::kInternal, "a vault entry does not open");
    }
    const auto length = static_cast<std::uint32_t>(plain.size() - value_at);
    for (int k = 0; k < 4; ++k) plain[length_at + k] = static_cast<char>((length >> (24 - 8 * k)) & 0xFF);
  }
  Result<std::string> out = sealer.SealBytes(plain, kExportPurpose);
  sodium_memzero(plain.data(), plain.size());
  return out;
}

Status TokenVault::Import(const ValueSealer& sealer, std::string_view sealed) {
  Result<std::string> opened = sealer.OpenBytes(sealed, kExportPurpose);
  if (!opened.ok()) return opened.status();
  std::string& plain = opened.value();
  struct Entry {
    std::string_view type;
    std::uint32_t number;
    std::string_view value;
  };
  std::vector<Entry> entries;
  Reader in(plain);
  std::string_view magic;
  std::uint32_t count = 0;
  Status status = Status::Ok();
  if (!in.Bytes(4, &magic) || !in.U32(&count)) {
    status = NotAnExport();
  } else if (magic != kExportMagic) {
    status = Status(StatusCode::kUnsupported, "a conversation export in a format this build does not know");
  }
  for (std::uint32_t k = 0; status.ok() && k < count; ++k) {
    Entry e{};
    std::uint32_t type_length = 0;
    std::uint32_t value_length = 0;
    if (!in.U16(&type_length) || type_length == 0 || type_length > kMaxTypeBytes || !in.Bytes(type_length, &e.type) ||
        !in.U32(&e.number) || e.number == 0 || !in.U32(&value_length) || !in.Bytes(value_length, &e.value)) {
      status = NotAnExport();
    }
    entries.push_back(e);
  }
  if (status.ok() && !in.done()) status = NotAnExport();
  if (!status.ok()) {
    sodium_memzero(plain.data(), plain.size());
    return status;
  }
  placeholders_.clear();
  originals_.clear();
  types_.clear();
  counters_.clear();
  longest_ = 0;
  for (const Entry& e : entries) {
    std::string placeholder = PlaceholderFor(e.type, e.number);
    if (originals_.count(placeholder) != 0) continue;
    int& counter = counters_[std::string(e.type)];
    counter = std::max(counter, static_cast<int>(std::min<std::uint32_t>(e.number, 1U << 30)));
    Hold(e.type, e.value, std::move(placeholder));
  }
  sodium_memzero(plain.data(), plain.size());
  return Status::Ok();
}

}  // namespace copilot::pii
