// Bundles a worker the way wrangler does for a Cloudflare deployment: esbuild with the
// `workerd` export condition (so `copilot-package/core` resolves to its workerd entry), npm
// dependencies inlined, and the .wasm kept as a separate CompiledWasm module beside the bundle.
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export async function bundleWorker(entry, outDir) {
  await mkdir(outDir, { recursive: true });
  const outfile = `${outDir}/worker.mjs`;
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    conditions: ['workerd', 'worker', 'browser'],
    absWorkingDir: root,
    logLevel: 'silent',
    plugins: [
      {
        name: 'compiled-wasm',
        setup(esbuild) {
          esbuild.onResolve({ filter: /\.wasm$/ }, () => ({ path: './copilot-core.wasm', external: true }));
        },
      },
    ],
  });
  await copyFile(`${root}/dist/copilot-core.wasm`, `${outDir}/copilot-core.wasm`);
  return outfile;
}
