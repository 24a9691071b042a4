// SecretKey: 32 bytes of key material that are zeroed (sodium_memzero) when they go away.
// Move-only, so a key is never silently copied; moving leaves the source empty and zeroed.
#ifndef COPILOT_CRYPTO_SECRET_KEY_H_
#define COPILOT_CRYPTO_SECRET_KEY_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace copilot::crypto {

inline constexpr size_t kKeyBytes = 32;

class SecretKey {
 public:
  SecretKey() = default;
  ~SecretKey();
  SecretKey(SecretKey&& other) noexcept;
  SecretKey& operator=(SecretKey&& other) noexcept;
  SecretKey(const SecretKey&) = delete;
  SecretKey& operator=(const SecretKey&) = delete;

  // Copies exactly kKeyBytes from `bytes`; any other size gives an empty key.
  static SecretKey FromBytes(std::string_view bytes);
  // kKeyBytes from the core's random source (random.h).
  static SecretKey Random();

  bool empty() const { return !present_; }
  const uint8_t* data() const { return bytes_.data(); }
  uint8_t* mutable_data() {
    present_ = true;
    return bytes_.data();
  }
  // Zeroes the bytes; the key is empty afterwards.
  void Wipe();

 private:
  std::array<uint8_t, kKeyBytes> bytes_{};
  bool present_ = false;
};

}  // namespace copilot::crypto

#endif  // COPILOT_CRYPTO_SECRET_KEY_H_
