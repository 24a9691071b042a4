// Node >= 20: the module is read from the package's own dist/ folder.
import { readFile } from 'node:fs/promises';
import { registerWasmSource } from '../core/load-core.js';

registerWasmSource(async () => WebAssembly.compile(await readFile(new URL('../../dist/copilot-core.wasm', import.meta.url))));

export * from '../index.js';
