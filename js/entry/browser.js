// Browsers and web workers: the module is stream-compiled from a URL next to this file,
// which bundlers (Vite, webpack, Rollup) recognise and copy into the application's assets.
import { registerWasmSource } from '../core/load-core.js';

registerWasmSource(() => new URL('../../dist/copilot-core.wasm', import.meta.url));

export * from '../index.js';
