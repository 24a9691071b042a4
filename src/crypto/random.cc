#include "crypto/random.h"

#include <sodium.h>

namespace copilot::crypto {
namespace {

void LibsodiumRandom(void* out, size_t size) {
  randombytes_buf(out, size);
}

RandomSource source = LibsodiumRandom;

}  // namespace

void RandomBytes(void* out, size_t size) {
  source(out, size);
}

void SetRandomSource(RandomSource replacement) {
  source = replacement != nullptr ? replacement : LibsodiumRandom;
}

}  // namespace copilot::crypto
