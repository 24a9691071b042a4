#include "crypto/envelope.h"

#include <gtest/gtest.h>

#include <string>

namespace copilot::crypto {
namespace {

TEST(EnvelopeTest, HeaderCheckIsCrc16CcittFalse) {
  // The standard check value of CRC-16/CCITT-FALSE.
  EXPECT_EQ(HeaderCheck("123456789"), 0x29B1);
}

TEST(EnvelopeTest, HeaderLayoutIsByteExact) {
  std::string header = EncodeHeader({kEnvelopeVersion, Algorithm::kAes256Gcm, 0x01020304});
  ASSERT_EQ(header.size(), kHeaderBytes);
  EXPECT_EQ(header.substr(0, 6), std::string("\x01\x02\x01\x02\x03\x04", 6));
  uint16_t check = HeaderCheck(header.substr(0, 6));
  EXPECT_EQ(static_cast<uint8_t>(header[6]), check >> 8);
  EXPECT_EQ(static_cast<uint8_t>(header[7]), check & 0xFF);
}

TEST(EnvelopeTest, ParsesEachAlgorithmsLayout) {
  for (Algorithm algorithm : {Algorithm::kXChaCha20Poly1305, Algorithm::kAes256Gcm}) {
    std::string envelope = EncodeHeader({kEnvelopeVersion, algorithm, 77}) + std::string(NonceBytes(algorithm), 'n') +
                           "body" + std::string(kTagBytes, 't');
    Result<EnvelopeView> view = ParseEnvelope(envelope);
    ASSERT_TRUE(view.ok()) << view.status().message();
    EXPECT_EQ(view.value().header.algorithm, algorithm);
    EXPECT_EQ(view.value().header.key_id, 77U);
    EXPECT_EQ(view.value().nonce, std::string(NonceBytes(algorithm), 'n'));
    EXPECT_EQ(view.value().ciphertext, "body");
    EXPECT_EQ(view.value().tag, std::string(kTagBytes, 't'));
    EXPECT_EQ(EnvelopeOverhead(algorithm), kHeaderBytes + NonceBytes(algorithm) + kTagBytes);
  }
}

TEST(EnvelopeTest, EveryTruncationIsIntegrity) {
  std::string envelope = EncodeHeader({kEnvelopeVersion, Algorithm::kXChaCha20Poly1305, 1}) + std::string(24 + 16, 'x');
  for (size_t n = 0; n < envelope.size(); ++n) {
    Result<EnvelopeView> view = ParseEnvelope(std::string_view(envelope).substr(0, n));
    ASSERT_FALSE(view.ok()) << n;
    EXPECT_EQ(view.status().code(), StatusCode::kIntegrity) << n;
  }
  EXPECT_TRUE(ParseEnvelope(envelope).ok());
}

TEST(EnvelopeTest, IntactHeaderOfANewerVersionIsUnsupported) {
  std::string header = EncodeHeader({2, Algorithm::kXChaCha20Poly1305, 1});
  Result<EnvelopeView> view = ParseEnvelope(header + std::string(64, 'x'));
  ASSERT_FALSE(view.ok());
  EXPECT_EQ(view.status().code(), StatusCode::kUnsupported);
  EXPECT_NE(view.status().message().find("upgrade"), std::string::npos);
}

TEST(EnvelopeTest, IntactHeaderOfAnUnknownAlgorithmIsUnsupported) {
  std::string header = EncodeHeader({kEnvelopeVersion, static_cast<Algorithm>(9), 1});
  Result<EnvelopeView> view = ParseEnvelope(header + std::string(64, 'x'));
  ASSERT_FALSE(view.ok());
  EXPECT_EQ(view.status().code(), StatusCode::kUnsupported);
}

TEST(EnvelopeTest, EverySingleAndDoubleBitFlipOfTheHeaderIsCaught) {
  std::string envelope =
      EncodeHeader({kEnvelopeVersion, Algorithm::kXChaCha20Poly1305, 0xDEADBEEF}) + std::string(40, 'x');
  for (size_t a = 0; a < kHeaderBytes * 8; ++a) {
    for (size_t b = a; b < kHeaderBytes * 8; ++b) {
      std::string damaged = envelope;
      damaged[a / 8] = static_cast<char>(damaged[a / 8] ^ (1 << (a % 8)));
      if (b != a) damaged[b / 8] = static_cast<char>(damaged[b / 8] ^ (1 << (b % 8)));
      Result<EnvelopeView> view = ParseEnvelope(damaged);
      ASSERT_FALSE(view.ok()) << a << "," << b;
      EXPECT_EQ(view.status().code(), StatusCode::kIntegrity) << a << "," << b;
    }
  }
}

}  // namespace
}  // namespace copilot::crypto
