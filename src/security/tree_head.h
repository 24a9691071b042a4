// Signed tree heads: an Ed25519 signature (libsodium crypto_sign) over a log's size, time
// and root, so a verifier holding only the public key can tell whether a log it is shown
// is the one the device committed to, and whether a later log extends an earlier one.
//
//   Result<TreeHeadSigner> signer = TreeHeadSigner::FromSeed(seed);   // or ::Generate()
//   SignedTreeHead head = signer.value().Sign(tree.size(), now_ms, tree.Root());
//   bool ok = VerifyTreeHead(head);                                      // signature only
//
// The signed bytes are "copilot-audit-sth/v1" || size (8 bytes, big-endian) ||
// timestamp in ms (8 bytes, big-endian) || root (32 bytes).
#ifndef COPILOT_SECURITY_TREE_HEAD_H_
#define COPILOT_SECURITY_TREE_HEAD_H_

#include <array>
#include <cstdint>
#include <string>

#include "common/status.h"
#include "security/merkle_tree.h"

namespace copilot::security {

using PublicKey = std::array<std::uint8_t, 32>;
using Signature = std::array<std::uint8_t, 64>;

struct SignedTreeHead {
  std::uint64_t tree_size = 0;
  std::uint64_t timestamp_ms = 0;
  Digest root{};
  PublicKey public_key{};
  Signature signature{};
};

// The exact bytes an Ed25519 signature of a tree head covers.
std::string TreeHeadMessage(std::uint64_t tree_size, std::uint64_t timestamp_ms, const Digest& root);

class TreeHeadSigner {
 public:
  // A fresh random key pair.
  static TreeHeadSigner Generate();
  // The key pair of a 32-byte seed (kInvalidArgument for another length). The caller keeps
  // the seed wrapped; this object zeroes its copy of the secret key when destroyed.
  static Result<TreeHeadSigner> FromSeed(const std::string& seed);

  TreeHeadSigner(const TreeHeadSigner&) = delete;
  TreeHeadSigner& operator=(const TreeHeadSigner&) = delete;
  TreeHeadSigner(TreeHeadSigner&& other) noexcept;
  TreeHeadSigner& operator=(TreeHeadSigner&& other) noexcept;
  ~TreeHeadSigner();

  const PublicKey& public_key() const { return public_key_; }
  SignedTreeHead Sign(std::uint64_t tree_size, std::uint64_t timestamp_ms, const Digest& root) const;

 private:
  TreeHeadSigner() = default;
  PublicKey public_key_{};
  std::array<std::uint8_t, 64> secret_key_{};
};

// True when head.signature is head.public_key's Ed25519 signature of the head.
bool VerifyTreeHead(const SignedTreeHead& head);

}  // namespace copilot::security

#endif  // COPILOT_SECURITY_TREE_HEAD_H_
