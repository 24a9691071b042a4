// Runs in its own process (node --test isolates files), so this loadCore() is the first one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCore, CopilotError } from '../../js/entry/node.js';
import { hasWasmSimd } from '../../js/core/wasm-simd.js';

test('the SIMD probe is a valid module that uses a SIMD instruction', () => {
  let probe;
  assert.equal(hasWasmSimd((bytes) => ((probe = bytes), WebAssembly.validate(bytes))), true);
  assert.ok(probe.includes(0xfd), 'the probe carries the SIMD opcode prefix');
  // What the function returns is a v128: declared as an i32 instead, it no longer validates.
  const broken = probe.slice();
  broken[broken.indexOf(0x7b)] = 0x7f;
  assert.equal(WebAssembly.validate(broken), false);
  assert.equal(hasWasmSimd(() => false), false);
});

test('an engine without wasm SIMD gets UNSUPPORTED, naming the cause, and a later load still works', async () => {
  const validate = WebAssembly.validate;
  WebAssembly.validate = () => false;
  try {
    await assert.rejects(loadCore(), (error) => {
      assert.ok(error instanceof CopilotError);
      assert.equal(error.code, 'UNSUPPORTED');
      assert.match(error.message, /WebAssembly SIMD/);
      return true;
    });
  } finally {
    WebAssembly.validate = validate;
  }
  const core = await loadCore();
  assert.equal(typeof core.crypto.createKeyring, 'function');
});
