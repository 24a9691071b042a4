#include "pii/vault.h"

#include <sodium.h>

namespace copilot::pii {

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

std::string TokenVault::Tokenize(std::string_view type, std::string_view value) {
  const std::string fingerprint = Fingerprint(type, value);
  auto found = placeholders_.find(fingerprint);
  if (found != placeholders_.end()) return found->second;
  const int number = ++counters_[std::string(type)];
  std::string placeholder = "<" + std::string(type) + "_" + std::to_string(number) + ">";
  std::string sealed(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + value.size(), '\0');
  auto* nonce = reinterpret_cast<unsigned char*>(sealed.data());
  randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
  crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES, reinterpret_cast<const unsigned char*>(value.data()),
                        value.size(), nonce, key_.data());
  originals_.emplace(placeholder, std::move(sealed));
  longest_ = std::max(longest_, placeholder.size());
  placeholders_.emplace(fingerprint, placeholder);
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
    const std::string& sealed = found->second;
    const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.data());
    const std::size_t length = sealed.size() - crypto_secretbox_NONCEBYTES - crypto_secretbox_MACBYTES;
    const std::size_t at = out.size();
    out.resize(at + length);
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(out.data()) + at,
                                   nonce + crypto_secretbox_NONCEBYTES, length + crypto_secretbox_MACBYTES, nonce,
                                   key_.data()) != 0) {
      out.resize(at);  // cannot happen unless memory was corrupted; keep the placeholder
      out.append(text.substr(open, close + 1 - open));
    }
    i = close + 1;
  }
  out.append(text.substr(i));
  return out;
}

}  // namespace copilot::pii
