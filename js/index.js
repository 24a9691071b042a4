// The framework-free API, shared by every runtime's entry point (js/entry/*.js), which add
// the way that runtime obtains the wasm module.
export { loadCore } from './core/load-core.js';
export { CopilotError, ERROR_CODES } from './errors.js';
export { createMemoryScope } from './memory/memory-scope.js';
