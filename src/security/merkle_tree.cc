#include "security/merkle_tree.h"

#include <sodium.h>

namespace copilot::security {
namespace {

bool IsPowerOfTwo(std::uint64_t n) {
  return n != 0 && (n & (n - 1)) == 0;
}

// The largest power of two strictly smaller than n (n >= 2): RFC 9162's split point.
std::uint64_t SplitPoint(std::uint64_t n) {
  std::uint64_t k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

int Log2(std::uint64_t n) {
  int k = 0;
  while ((std::uint64_t{1} << k) < n) ++k;
  return k;
}

}  // namespace

Digest LeafHash(std::string_view data) {
  crypto_hash_sha256_state state;
  crypto_hash_sha256_init(&state);
  const unsigned char prefix = 0x00;
  crypto_hash_sha256_update(&state, &prefix, 1);
  crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  Digest out;
  crypto_hash_sha256_final(&state, out.data());
  return out;
}

Digest NodeHash(const Digest& left, const Digest& right) {
  unsigned char buffer[65];
  buffer[0] = 0x01;
  for (std::size_t i = 0; i < 32; ++i) {
    buffer[1 + i] = left[i];
    buffer[33 + i] = right[i];
  }
  Digest out;
  crypto_hash_sha256(out.data(), buffer, sizeof buffer);
  return out;
}

Digest EmptyRoot() {
  Digest out;
  crypto_hash_sha256(out.data(), nullptr, 0);
  return out;
}

std::string ToHex(const Digest& digest) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(64, '0');
  for (std::size_t i = 0; i < 32; ++i) {
    out[2 * i] = kHex[digest[i] >> 4];
    out[2 * i + 1] = kHex[digest[i] & 15];
  }
  return out;
}

Result<Digest> DigestFromHex(std::string_view hex) {
  auto nibble = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  if (hex.size() != 64) return Status(StatusCode::kInvalidArgument, "a SHA-256 digest is 64 hex digits");
  Digest out;
  for (std::size_t i = 0; i < 32; ++i) {
    const int hi = nibble(hex[2 * i]);
    const int lo = nibble(hex[2 * i + 1]);
    if (hi < 0 || lo < 0) return Status(StatusCode::kInvalidArgument, "a SHA-256 digest is 64 hex digits");
    out[i] = static_cast<std::uint8_t>(hi * 16 + lo);
  }
  return out;
}

std::uint64_t MerkleTree::Append(std::string_view entry) {
  return AppendLeafHash(LeafHash(entry));
}

std::uint64_t MerkleTree::AppendLeafHash(const Digest& leaf_hash) {
  if (levels_.empty()) levels_.emplace_back();
  levels_[0].push_back(leaf_hash);
  // Close every subtree this leaf completes.
  for (std::size_t level = 0; levels_[level].size() % 2 == 0; ++level) {
    if (level + 1 == levels_.size()) levels_.emplace_back();
    const std::vector<Digest>& row = levels_[level];
    Digest parent = NodeHash(row[row.size() - 2], row[row.size() - 1]);
    levels_[level + 1].push_back(parent);
  }
  return levels_[0].size() - 1;
}

Digest MerkleTree::RangeHash(std::uint64_t begin, std::uint64_t end) const {
  const std::uint64_t n = end - begin;
  if (n != 0 && IsPowerOfTwo(n) && begin % n == 0)
    return levels_[static_cast<std::size_t>(Log2(n))][static_cast<std::size_t>(begin >> Log2(n))];
  const std::uint64_t k = SplitPoint(n);
  return NodeHash(RangeHash(begin, begin + k), RangeHash(begin + k, end));
}

Digest MerkleTree::Root() const {
  return size() == 0 ? EmptyRoot() : RangeHash(0, size());
}

Result<Digest> MerkleTree::RootAt(std::uint64_t tree_size) const {
  if (tree_size > size()) return Status(StatusCode::kInvalidArgument, "the tree is smaller than the size asked for");
  return tree_size == 0 ? EmptyRoot() : RangeHash(0, tree_size);
}

void MerkleTree::Path(std::uint64_t index, std::uint64_t begin, std::uint64_t end, std::vector<Digest>* out) const {
  if (end - begin <= 1) return;
  const std::uint64_t k = SplitPoint(end - begin);
  if (index < begin + k) {
    Path(index, begin, begin + k, out);
    out->push_back(RangeHash(begin + k, end));
  } else {
    Path(index, begin + k, end, out);
    out->push_back(RangeHash(begin, begin + k));
  }
}

Result<std::vector<Digest>> MerkleTree::InclusionProof(std::uint64_t index, std::uint64_t tree_size) const {
  if (tree_size > size() || index >= tree_size) {
    return Status(StatusCode::kInvalidArgument, "an inclusion proof needs index < tree_size <= the log's size");
  }
  std::vector<Digest> out;
  Path(index, 0, tree_size, &out);
  return out;
}

void MerkleTree::SubProof(std::uint64_t m, std::uint64_t begin, std::uint64_t end, bool whole,
                          std::vector<Digest>* out) const {
  const std::uint64_t n = end - begin;
  if (m == n) {
    if (!whole) out->push_back(RangeHash(begin, end));
    return;
  }
  const std::uint64_t k = SplitPoint(n);
  if (m <= k) {
    SubProof(m, begin, begin + k, whole, out);
    out->push_back(RangeHash(begin + k, end));
  } else {
    SubProof(m - k, begin + k, end, false, out);
    out->push_back(RangeHash(begin, begin + k));
  }
}

Result<std::vector<Digest>> MerkleTree::ConsistencyProof(std::uint64_t old_size, std::uint64_t new_size) const {
  if (old_size == 0 || old_size > new_size || new_size > size()) {
    return Status(StatusCode::kInvalidArgument, "a consistency proof needs 0 < old_size <= new_size <= the log's size");
  }
  std::vector<Digest> out;
  SubProof(old_size, 0, new_size, true, &out);
  return out;
}

bool VerifyInclusion(const Digest& leaf_hash, std::uint64_t index, std::uint64_t tree_size,
                     const std::vector<Digest>& proof, const Digest& root) {
  if (index >= tree_size) return false;
  std::uint64_t fn = index;
  std::uint64_t sn = tree_size - 1;
  Digest r = leaf_hash;
  for (const Digest& p : proof) {
    if (sn == 0) return false;
    if ((fn & 1) != 0 || fn == sn) {
      r = NodeHash(p, r);
      while ((fn & 1) == 0 && fn != 0) {
        fn >>= 1;
        sn >>= 1;
      }
    } else {
      r = NodeHash(r, p);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return sn == 0 && r == root;
}

bool VerifyConsistency(std::uint64_t old_size, std::uint64_t new_size, const Digest& old_root, const Digest& new_root,
                       const std::vector<Digest>& proof) {
  if (old_size > new_size) return false;
  if (old_size == new_size) return proof.empty() && old_root == new_root;
  if (old_size == 0) return proof.empty();
  std::vector<Digest> path;
  if (IsPowerOfTwo(old_size)) path.push_back(old_root);
  path.insert(path.end(), proof.begin(), proof.end());
  if (path.empty()) return false;
  std::uint64_t fn = old_size - 1;
  std::uint64_t sn = new_size - 1;
  while ((fn & 1) != 0) {
    fn >>= 1;
    sn >>= 1;
  }
  Digest fr = path[0];
  Digest sr = path[0];
  for (std::size_t i = 1; i < path.size(); ++i) {
    const Digest& c = path[i];
    if (sn == 0) return false;
    if ((fn & 1) != 0 || fn == sn) {
      fr = NodeHash(c, fr);
      sr = NodeHash(c, sr);
      while ((fn & 1) == 0 && fn != 0) {
        fn >>= 1;
        sn >>= 1;
      }
    } else {
      sr = NodeHash(sr, c);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return sn == 0 && fr == old_root && sr == new_root;
}

}  // namespace copilot::security
