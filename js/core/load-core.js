// Loads the wasm core once per JavaScript realm and hands out the same `core` to everyone.
//
// How the compiled module is obtained differs per runtime (Node reads the file, browsers
// stream-compile it over HTTP, workerd imports it as a WebAssembly.Module), so each entry
// point in js/entry/ registers a wasm source; everything else here is shared.
import createCopilotCoreModule from '../../dist/copilot-core.mjs';
import { CopilotError, unwrapStatus } from '../errors.js';
import { hasWasmSimd } from './wasm-simd.js';
import { coreFacets } from './facets.js';

let defaultSource = null;
let pending = null;
const modules = new WeakMap();

/** Called once by the runtime's entry point with a function returning a WebAssembly.Module. */
export function registerWasmSource(source) {
  defaultSource = source;
}

/**
 * Loads (once) and returns the core. `options.wasm` overrides where the module comes from:
 * a WebAssembly.Module, the module's bytes, or a URL to fetch.
 */
export function loadCore(options = {}) {
  if (!pending) {
    pending = instantiate(options).catch((error) => {
      pending = null; // a failed load may be retried, e.g. after the network came back
      throw error;
    });
  }
  return pending;
}

/** The embind module behind a core object, for the package's own layers. */
export function moduleOf(core) {
  const module = modules.get(core);
  if (!module) throw new CopilotError('INVALID_ARGUMENT', 'expected the object returned by loadCore()');
  return module;
}

async function instantiate(options) {
  if (!hasWasmSimd()) {
    throw new CopilotError(
      'UNSUPPORTED',
      'this JavaScript engine lacks WebAssembly SIMD, which copilot-core.wasm needs (Chrome and Edge 91+, Firefox 89+, Safari 16.4+, Node 16.4+, workerd)',
    );
  }
  let wasmModule;
  try {
    wasmModule = await compile(options.wasm ?? (defaultSource && defaultSource()));
  } catch (error) {
    if (error instanceof CopilotError) throw error;
    throw new CopilotError('LOAD_FAILED', `could not load copilot-core.wasm: ${error.message}`, { cause: error });
  }
  const module = await createCopilotCoreModule({
    instantiateWasm(imports, receiveInstance) {
      WebAssembly.instantiate(wasmModule, imports).then((instance) => receiveInstance(instance, wasmModule));
      return {};
    },
    // The glue must never build a URL from import.meta.url: some runtimes have none.
    locateFile: (path) => path,
    // libsodium asks for this before looking for `window`/`self`/`require`, which not every
    // runtime has; crypto.getRandomValues is in all of them.
    getRandomValue: () => globalThis.crypto.getRandomValues(new Uint32Array(1))[0],
  });
  unwrapStatus(module.initialize());
  const members = { version: module.version(), libraries: module.linkedLibraries() };
  for (const [name, build] of Object.entries(coreFacets)) members[name] = Object.freeze(build(module));
  const core = Object.freeze(members);
  modules.set(core, module);
  return core;
}

async function compile(source) {
  const resolved = await source;
  if (resolved instanceof WebAssembly.Module) return resolved;
  if (resolved instanceof ArrayBuffer || ArrayBuffer.isView(resolved)) return WebAssembly.compile(resolved);
  if (typeof resolved === 'string' || resolved instanceof URL) return compileFromUrl(resolved);
  throw new CopilotError(
    'LOAD_FAILED',
    'no wasm source: import loadCore from "copilot-package/core", or pass { wasm } (a WebAssembly.Module, bytes or a URL)',
  );
}

async function compileFromUrl(url) {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  // Streaming compilation needs the application/wasm MIME type; some servers do not send it.
  if (WebAssembly.compileStreaming && response.headers.get('content-type')?.startsWith('application/wasm')) {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}
