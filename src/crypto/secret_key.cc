#include "crypto/secret_key.h"

#include <sodium.h>

#include "crypto/random.h"

#include <cstring>

namespace copilot::crypto {

SecretKey::~SecretKey() {
  Wipe();
}

SecretKey::SecretKey(SecretKey&& other) noexcept : present_(other.present_) {
  std::memcpy(bytes_.data(), other.bytes_.data(), kKeyBytes);
  other.Wipe();
}

SecretKey& SecretKey::operator=(SecretKey&& other) noexcept {
  if (this != &other) {
    std::memcpy(bytes_.data(), other.bytes_.data(), kKeyBytes);
    present_ = other.present_;
    other.Wipe();
  }
  return *this;
}

SecretKey SecretKey::FromBytes(std::string_view bytes) {
  SecretKey key;
  if (bytes.size() != kKeyBytes) return key;
  std::memcpy(key.mutable_data(), bytes.data(), kKeyBytes);
  return key;
}

SecretKey SecretKey::Random() {
  SecretKey key;
  RandomBytes(key.mutable_data(), kKeyBytes);
  return key;
}

void SecretKey::Wipe() {
  sodium_memzero(bytes_.data(), kKeyBytes);
  present_ = false;
}

}  // namespace copilot::crypto
