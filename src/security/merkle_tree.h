// An append-only Merkle tree with the hashing of RFC 9162 (Certificate Transparency 2.0),
// the same as RFC 6962's:
//
//   leaf hash  = SHA-256(0x00 || entry bytes)
//   node hash  = SHA-256(0x01 || left || right)
//   MTH({})    = SHA-256("")
//
// and the split rule "the left subtree holds the largest power of two smaller than n".
// SHA-256 is libsodium's crypto_hash_sha256. Roots, inclusion proofs and consistency proofs
// agree with every other RFC 9162 implementation, so a third party can check them:
//
//   MerkleTree tree;
//   tree.Append(entry_bytes);                          // O(1) amortised
//   Digest root = tree.Root();                         // O(log n)
//   Result<std::vector<Digest>> proof = tree.InclusionProof(index, tree.size());
//   bool ok = VerifyInclusion(LeafHash(entry_bytes), index, tree.size(), proof.value(), root);
//
// Every complete subtree's hash is kept (about 2n digests), so proofs for any earlier tree
// size are computed without rehashing the log.
#ifndef COPILOT_SECURITY_MERKLE_TREE_H_
#define COPILOT_SECURITY_MERKLE_TREE_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace copilot::security {

using Digest = std::array<std::uint8_t, 32>;

// SHA-256(0x00 || data).
Digest LeafHash(std::string_view data);
// SHA-256(0x01 || left || right).
Digest NodeHash(const Digest& left, const Digest& right);
// SHA-256 of the empty string: the root of an empty tree.
Digest EmptyRoot();

std::string ToHex(const Digest& digest);
// Parses 64 hex digits; kInvalidArgument otherwise.
Result<Digest> DigestFromHex(std::string_view hex);

class MerkleTree {
 public:
  // Appends one entry (hashed as a leaf) and returns its index.
  std::uint64_t Append(std::string_view entry);
  // Appends a leaf hash computed elsewhere (e.g. kept for an entry pruned by retention).
  std::uint64_t AppendLeafHash(const Digest& leaf_hash);

  std::uint64_t size() const { return levels_.empty() ? 0 : levels_[0].size(); }
  const Digest& leaf_hash(std::uint64_t index) const { return levels_[0][static_cast<std::size_t>(index)]; }

  // The root of the whole tree, or of its first `tree_size` leaves (kInvalidArgument when
  // tree_size > size()).
  Digest Root() const;
  Result<Digest> RootAt(std::uint64_t tree_size) const;

  // RFC 9162 2.1.3.1: the audit path of leaf `index` in the tree of its first `tree_size`
  // leaves. kInvalidArgument unless index < tree_size <= size().
  Result<std::vector<Digest>> InclusionProof(std::uint64_t index, std::uint64_t tree_size) const;
  // RFC 9162 2.1.4.1: proves the tree of `old_size` leaves is a prefix of the one of
  // `new_size`. kInvalidArgument unless 0 < old_size <= new_size <= size().
  Result<std::vector<Digest>> ConsistencyProof(std::uint64_t old_size, std::uint64_t new_size) const;

 private:
  // MTH of leaves [begin, end); end > begin.
  Digest RangeHash(std::uint64_t begin, std::uint64_t end) const;
  void Path(std::uint64_t index, std::uint64_t begin, std::uint64_t end, std::vector<Digest>* out) const;
  void SubProof(std::uint64_t m, std::uint64_t begin, std::uint64_t end, bool whole, std::vector<Digest>* out) const;

  // levels_[k][i] is the hash of the complete subtree of 2^k leaves starting at leaf i * 2^k.
  std::vector<std::vector<Digest>> levels_;
};

// RFC 9162 2.1.3.2. True when `proof` proves `leaf_hash` sits at `index` in the tree of
// `tree_size` leaves whose root is `root`.
bool VerifyInclusion(const Digest& leaf_hash, std::uint64_t index, std::uint64_t tree_size,
                     const std::vector<Digest>& proof, const Digest& root);
// RFC 9162 2.1.4.2. True when `proof` proves the tree (old_size, old_root) is a prefix of
// the tree (new_size, new_root).
bool VerifyConsistency(std::uint64_t old_size, std::uint64_t new_size, const Digest& old_root, const Digest& new_root,
                       const std::vector<Digest>& proof);

}  // namespace copilot::security

#endif  // COPILOT_SECURITY_MERKLE_TREE_H_
