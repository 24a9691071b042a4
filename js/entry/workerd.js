// Cloudflare Workers and workerd: compiling wasm from bytes at run time is forbidden there,
// so the module comes in as a compiled WebAssembly.Module import (a CompiledWasm module).
import wasmModule from '../../dist/copilot-core.wasm';
import { registerWasmSource } from '../core/load-core.js';

registerWasmSource(() => wasmModule);

export * from '../index.js';
