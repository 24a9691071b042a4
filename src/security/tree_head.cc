#include "security/tree_head.h"

#include <sodium.h>

#include <utility>

namespace copilot::security {
namespace {

void PutBigEndian(std::uint64_t value, std::string* out) {
  for (int shift = 56; shift >= 0; shift -= 8) out->push_back(static_cast<char>((value >> shift) & 0xff));
}

}  // namespace

std::string TreeHeadMessage(std::uint64_t tree_size, std::uint64_t timestamp_ms, const Digest& root) {
  std::string message = "copilot-audit-sth/v1";
  PutBigEndian(tree_size, &message);
  PutBigEndian(timestamp_ms, &message);
  message.append(reinterpret_cast<const char*>(root.data()), root.size());
  return message;
}

TreeHeadSigner TreeHeadSigner::Generate() {
  TreeHeadSigner signer;
  crypto_sign_keypair(signer.public_key_.data(), signer.secret_key_.data());
  return signer;
}

Result<TreeHeadSigner> TreeHeadSigner::FromSeed(const std::string& seed) {
  if (seed.size() != crypto_sign_SEEDBYTES) {
    return Status(StatusCode::kInvalidArgument, "an audit signing seed is exactly 32 bytes");
  }
  TreeHeadSigner signer;
  crypto_sign_seed_keypair(signer.public_key_.data(), signer.secret_key_.data(),
                           reinterpret_cast<const unsigned char*>(seed.data()));
  return signer;
}

TreeHeadSigner::TreeHeadSigner(TreeHeadSigner&& other) noexcept
    : public_key_(other.public_key_), secret_key_(other.secret_key_) {
  sodium_memzero(other.secret_key_.data(), other.secret_key_.size());
}

TreeHeadSigner& TreeHeadSigner::operator=(TreeHeadSigner&& other) noexcept {
  if (this != &other) {
    public_key_ = other.public_key_;
    secret_key_ = other.secret_key_;
    sodium_memzero(other.secret_key_.data(), other.secret_key_.size());
  }
  return *this;
}

TreeHeadSigner::~TreeHeadSigner() {
  sodium_memzero(secret_key_.data(), secret_key_.size());
}

SignedTreeHead TreeHeadSigner::Sign(std::uint64_t tree_size, std::uint64_t timestamp_ms, const Digest& root) const {
  SignedTreeHead head;
  head.tree_size = tree_size;
  head.timestamp_ms = timestamp_ms;
  head.root = root;
  head.public_key = public_key_;
  const std::string message = TreeHeadMessage(tree_size, timestamp_ms, root);
  crypto_sign_detached(head.signature.data(), nullptr, reinterpret_cast<const unsigned char*>(message.data()),
                       message.size(), secret_key_.data());
  return head;
}

bool VerifyTreeHead(const SignedTreeHead& head) {
  const std::string message = TreeHeadMessage(head.tree_size, head.timestamp_ms, head.root);
  return crypto_sign_verify_detached(head.signature.data(), reinterpret_cast<const unsigned char*>(message.data()),
                                     message.size(), head.public_key.data()) == 0;
}

}  // namespace copilot::security
