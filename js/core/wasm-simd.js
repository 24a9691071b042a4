// The core needs WebAssembly SIMD (fixed-width, 128-bit): libsodium's ChaCha20, BLAKE2b and
// Argon2 run as SSE code compiled to wasm SIMD, about twice the speed of its portable C. An
// engine without it would fail to compile the module with a bare CompileError; this probe
// names the cause first.

// (module (func (result v128) (v128.const i64x2 0 0)))
const SIMD_PROBE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // "\0asm", version 1
  0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7b, // type section: () -> v128
  0x03, 0x02, 0x01, 0x00, // function section: one function of type 0
  0x0a, 0x16, 0x01, 0x14, 0x00, 0xfd, 0x0c, // code section: no locals, v128.const
  0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
  0x0b, // end
]);

/** Whether `validate` (WebAssembly.validate of the engine) accepts SIMD instructions. */
export function hasWasmSimd(validate = (bytes) => WebAssembly.validate(bytes)) {
  return validate(SIMD_PROBE) === true;
}
