// Keyring: the master keys one owner (an organization or a user) can read with, and which of
// them seals new records (the primary). Rotation adds a new primary and keeps the older keys
// for reading; destroying a key zeroes it, so every record sealed under it becomes unreadable
// for good (crypto-shredding: erasure without rewriting stored data or logs).
//
//   Keyring ring;
//   Result<uint32_t> id = ring.Add(GenerateMasterKey());  // the first key becomes primary
//   uint32_t next = ring.Rotate();                        // new random primary, old kept
//   ring.Destroy(id.value());                             // crypto-shred
//
// Not thread-safe; the wasm core is single-threaded.
#ifndef COPILOT_CRYPTO_KEYRING_H_
#define COPILOT_CRYPTO_KEYRING_H_

#include <cstdint>
#include <map>
#include <vector>

#include "common/status.h"
#include "crypto/secret_key.h"

namespace copilot::crypto {

class Keyring {
 public:
  // At most this many keys (rotations are rare; a bound keeps wrapped keyrings small).
  static constexpr size_t kMaxKeys = 1024;

  Keyring() = default;
  Keyring(const Keyring&) = delete;
  Keyring& operator=(const Keyring&) = delete;
  Keyring(Keyring&&) = default;
  Keyring& operator=(Keyring&&) = default;

  // Adds a master key and returns its key id. The first key added becomes the primary.
  // INVALID_ARGUMENT for an empty key or when the keyring is full; adding a key that is
  // already there returns its id and changes nothing.
  Result<uint32_t> Add(SecretKey master);
  // Generates a random master key, makes it the primary and returns its id.
  // INVALID_ARGUMENT when the keyring is full.
  Result<uint32_t> Rotate();
  // Makes an existing key the primary; WRONG_KEY when there is no key `id`.
  Status SetPrimary(uint32_t id);
  // Zeroes and removes key `id`. Destroying the primary leaves the keyring without one
  // (sealing then fails with WRONG_KEY until SetPrimary or Rotate). WRONG_KEY when absent.
  Status Destroy(uint32_t id);
  // Leaves the keyring without a primary key: sealing fails with WRONG_KEY until SetPrimary.
  void ClearPrimary() { has_primary_ = false; }
  // Zeroes and removes every key.
  void Wipe();

  // The master key with `id`, or nullptr.
  const SecretKey* Find(uint32_t id) const;
  bool has_primary() const { return has_primary_; }
  uint32_t primary_id() const { return primary_id_; }
  // Key ids, ascending.
  std::vector<uint32_t> ids() const;
  size_t size() const { return keys_.size(); }
  // Increases whenever a key is added, destroyed or wiped, so holders of derived material
  // (js/ caches WebCrypto keys) know to drop it.
  uint64_t epoch() const { return epoch_; }

 private:
  std::map<uint32_t, SecretKey> keys_;
  uint32_t primary_id_ = 0;
  bool has_primary_ = false;
  uint64_t epoch_ = 0;
};

}  // namespace copilot::crypto

#endif  // COPILOT_CRYPTO_KEYRING_H_
