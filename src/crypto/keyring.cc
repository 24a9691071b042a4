#include "crypto/keyring.h"

#include "crypto/key_hierarchy.h"

namespace copilot::crypto {

Result<uint32_t> Keyring::Add(SecretKey master) {
  if (master.empty()) return Status(StatusCode::kInvalidArgument, "a master key is 32 bytes");
  uint32_t id = MasterKeyId(master);
  if (keys_.count(id) != 0) return id;
  if (keys_.size() >= kMaxKeys) {
    return Status(StatusCode::kInvalidArgument, "the keyring is full (1024 keys): destroy keys no record uses");
  }
  keys_.emplace(id, std::move(master));
  if (!has_primary_) {
    primary_id_ = id;
    has_primary_ = true;
  }
  ++epoch_;
  return id;
}

Result<uint32_t> Keyring::Rotate() {
  Result<uint32_t> id = Add(GenerateMasterKey());
  if (!id.ok()) return id;
  primary_id_ = id.value();
  has_primary_ = true;
  return id;
}

Status Keyring::SetPrimary(uint32_t id) {
  if (keys_.count(id) == 0)
    return Status(StatusCode::kWrongKey, "there is no key " + std::to_string(id) + " in the keyring");
  primary_id_ = id;
  has_primary_ = true;
  return Status::Ok();
}

Status Keyring::Destroy(uint32_t id) {
  auto it = keys_.find(id);
  if (it == keys_.end())
    return Status(StatusCode::kWrongKey, "there is no key " + std::to_string(id) + " in the keyring");
  it->second.Wipe();
  keys_.erase(it);
  if (has_primary_ && primary_id_ == id) has_primary_ = false;
  ++epoch_;
  return Status::Ok();
}

void Keyring::Wipe() {
  for (auto& entry : keys_) entry.second.Wipe();
  keys_.clear();
  has_primary_ = false;
  ++epoch_;
}

const SecretKey* Keyring::Find(uint32_t id) const {
  auto it = keys_.find(id);
  return it == keys_.end() ? nullptr : &it->second;
}

std::vector<uint32_t> Keyring::ids() const {
  std::vector<uint32_t> out;
  out.reserve(keys_.size());
  for (const auto& entry : keys_) out.push_back(entry.first);
  return out;
}

}  // namespace copilot::crypto
