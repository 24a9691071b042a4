#include "security/merkle_tree.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "security/tree_head.h"

namespace copilot::security {
namespace {

// The Certificate Transparency reference leaves and roots (RFC 6962 / RFC 9162 hashing),
// as published with the CT and transparency-dev test suites.
std::string Bytes(const std::string& hex) {
  std::string out;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
    out.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
  return out;
}
const std::vector<std::string> kLeaves = {
    "", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"};
const std::vector<std::string> kRoots = {
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
};

MerkleTree ReferenceTree() {
  MerkleTree tree;
  for (const std::string& leaf : kLeaves) tree.Append(Bytes(leaf));
  return tree;
}

std::vector<std::string> Hexes(const std::vector<Digest>& proof) {
  std::vector<std::string> out;
  for (const Digest& d : proof) out.push_back(ToHex(d));
  return out;
}

TEST(MerkleTree, RootsMatchTheReferenceForEverySize) {
  MerkleTree tree = ReferenceTree();
  EXPECT_EQ(ToHex(EmptyRoot()), kRoots[0]);
  for (std::uint64_t n = 0; n <= kLeaves.size(); ++n) EXPECT_EQ(ToHex(tree.RootAt(n).value()), kRoots[n]) << n;
  EXPECT_EQ(ToHex(tree.Root()), kRoots[8]);
}

TEST(MerkleTree, InclusionProofsMatchTheReference) {
  MerkleTree tree = ReferenceTree();
  EXPECT_EQ(Hexes(tree.InclusionProof(0, 8).value()),
            (std::vector<std::string>{"96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                                      "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                                      "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"}));
  EXPECT_EQ(Hexes(tree.InclusionProof(5, 8).value()),
            (std::vector<std::string>{"bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                                      "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                                      "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"}));
  EXPECT_TRUE(tree.InclusionProof(0, 1).value().empty());
}

TEST(MerkleTree, ConsistencyProofsMatchTheReference) {
  MerkleTree tree = ReferenceTree();
  EXPECT_EQ(Hexes(tree.ConsistencyProof(2, 8).value()),
            (std::vector<std::string>{"5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                                      "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"}));
  EXPECT_EQ(Hexes(tree.ConsistencyProof(6, 8).value()),
            (std::vector<std::string>{"0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                                      "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                                      "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"}));
  EXPECT_EQ(Hexes(tree.ConsistencyProof(2, 5).value()),
            (std::vector<std::string>{"5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                                      "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"}));
  EXPECT_TRUE(tree.ConsistencyProof(8, 8).value().empty());
}

TEST(MerkleTree, EveryProofVerifiesAndTamperedOnesDoNot) {
  MerkleTree tree;
  for (int i = 0; i < 37; ++i) tree.Append("entry " + std::to_string(i));
  for (std::uint64_t n = 1; n <= tree.size(); ++n) {
    const Digest root = tree.RootAt(n).value();
    for (std::uint64_t i = 0; i < n; ++i) {
      std::vector<Digest> proof = tree.InclusionProof(i, n).value();
      ASSERT_TRUE(VerifyInclusion(tree.leaf_hash(i), i, n, proof, root)) << i << "/" << n;
      if (n > 1) {
        EXPECT_FALSE(VerifyInclusion(tree.leaf_hash(i), (i + 1) % n, n, proof, root));
        EXPECT_FALSE(VerifyInclusion(LeafHash("forged"), i, n, proof, root));
        proof[0][0] ^= 1;
        EXPECT_FALSE(VerifyInclusion(tree.leaf_hash(i), i, n, proof, root));
      }
    }
    for (std::uint64_t m = 1; m <= n; ++m) {
      std::vector<Digest> proof = tree.ConsistencyProof(m, n).value();
      const Digest old_root = tree.RootAt(m).value();
      ASSERT_TRUE(VerifyConsistency(m, n, old_root, root, proof)) << m << "->" << n;
      if (m < n) {
        EXPECT_FALSE(VerifyConsistency(m, n, LeafHash("x"), root, proof));
        EXPECT_FALSE(VerifyConsistency(m, n, old_root, LeafHash("x"), proof));
      }
    }
  }
}

TEST(MerkleTree, RefusesProofsOutsideTheLog) {
  MerkleTree tree = ReferenceTree();
  EXPECT_EQ(tree.InclusionProof(8, 8).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(tree.InclusionProof(0, 9).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(tree.ConsistencyProof(0, 8).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(tree.ConsistencyProof(5, 4).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(DigestFromHex("zz").status().code(), StatusCode::kInvalidArgument);
}

TEST(TreeHead, SignsAndDetectsAnyChange) {
  MerkleTree tree = ReferenceTree();
  TreeHeadSigner signer = TreeHeadSigner::FromSeed(std::string(32, '\x07')).value();
  SignedTreeHead head = signer.Sign(tree.size(), 1700000000000, tree.Root());
  EXPECT_TRUE(VerifyTreeHead(head));
  SignedTreeHead changed = head;
  changed.tree_size = 7;
  EXPECT_FALSE(VerifyTreeHead(changed));
  changed = head;
  changed.root[31] ^= 1;
  EXPECT_FALSE(VerifyTreeHead(changed));
  changed = head;
  changed.timestamp_ms += 1;
  EXPECT_FALSE(VerifyTreeHead(changed));
  // The same seed gives the same key; another seed another.
  EXPECT_EQ(TreeHeadSigner::FromSeed(std::string(32, '\x07')).value().public_key(), signer.public_key());
  EXPECT_NE(TreeHeadSigner::Generate().public_key(), signer.public_key());
  EXPECT_EQ(TreeHeadSigner::FromSeed("short").status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace copilot::security
