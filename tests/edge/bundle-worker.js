// Bundles a worker the way wrangler does for a Cloudflare deployment: esbuild with the
// `workerd` export condition (so `copilot-package/core` resolves to its workerd entry), npm
// dependencies inlined, and the .wasm kept as a separate CompiledWasm module beside the bundle.
// The local gateway bundles its worker with the same function.
export { bundleWorker } from '../../edge/node/local-gateway.js';
