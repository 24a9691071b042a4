// Runs the gateway locally in workerd (Cloudflare's Workers runtime) through miniflare, as
// `npx copilot-package gateway` does and the tests and the demo do: edge/worker.js bundled as
// wrangler would bundle it (esbuild, the workerd export condition, the .wasm as a compiled
// module), the configuration in the GATEWAY_CONFIG binding, Durable Object state kept in a
// folder when `persist` is given. Node only; miniflare and esbuild are optional peers.
import { randomBytes } from 'node:crypto';
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CopilotError } from '../../js/errors.js';
import { CONFIG_BINDING, DURABLE_OBJECTS, SECRETS } from '../bindings.js';
import { parseGatewayConfig } from '../config.js';

const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
export const COMPATIBILITY_DATE = '2026-04-01';
export const MINIFLARE_VERSION = '4.20260424.0';

async function optionalPeer(name, install) {
  try {
    return await import(name);
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new CopilotError('UNSUPPORTED', `the local gateway needs ${name}, an optional peer dependency of copilot-package: npm install --save-dev ${install}`);
  }
}

/** The gateway's ready-made worker module (configuration from the GATEWAY_CONFIG binding). */
export const GATEWAY_ENTRY = join(packageRoot, 'edge/worker.js');

/** Bundles the worker module `entry` into `outDir` with its .wasm beside it; returns the script path. */
export async function bundleWorker(entry, outDir) {
  const { build } = await optionalPeer('esbuild', 'esbuild');
  await mkdir(outDir, { recursive: true });
  const outfile = join(outDir, 'worker.mjs');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['workerd', 'worker', 'browser'],
    external: ['cloudflare:*'],
    logLevel: 'silent',
    plugins: [{
      name: 'compiled-wasm',
      setup(esbuild) {
        esbuild.onResolve({ filter: /\.wasm$/ }, () => ({ path: './copilot-core.wasm', external: true }));
      },
    }],
  });
  await copyFile(join(packageRoot, 'dist/copilot-core.wasm'), join(outDir, 'copilot-core.wasm'));
  return outfile;
}

// AUDIT_SIGNING_KEY from the environment, else kept in the persist folder (made once), else
// a fresh one for this run: local use only; a deployment sets it with `wrangler secret put`.
async function auditSigningKey(env, persist) {
  if (env[SECRETS.auditSigningKey]) return { value: env[SECRETS.auditSigningKey], source: 'environment' };
  if (!persist) return { value: randomBytes(32).toString('base64'), source: 'generated for this run (audit heads will not verify against a later run\'s key)' };
  const file = join(persist, 'audit-signing-key');
  try {
    return { value: (await readFile(file, 'utf8')).trim(), source: file };
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
  const value = randomBytes(32).toString('base64');
  await writeFile(file, `${value}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return { value, source: `${file} (created)` };
}

/**
 * Starts the gateway. options: { config (object or JSON text), port = 8787 (0: any free port),
 * host = '127.0.0.1', persist?: folder, env = process.env (ANTHROPIC_API_KEY, AUDIT_SIGNING_KEY,
 * webhook secrets named 'env:NAME'), scriptPath? (an already bundled worker), onLog?(line) }.
 * Returns { url, miniflare, auditKeySource, close() }.
 */
export async function startLocalGateway({ config, port = 8787, host = '127.0.0.1', persist, env = process.env, scriptPath, onLog } = {}) {
  const settings = parseGatewayConfig(config);
  const { Miniflare } = await optionalPeer('miniflare', `miniflare@${MINIFLARE_VERSION}`);
  let scratch = null;
  if (!scriptPath) {
    scratch = await mkdtemp(join(tmpdir(), 'copilot-gateway-'));
    scriptPath = await bundleWorker(GATEWAY_ENTRY, scratch);
  }
  if (persist) await mkdir(persist, { recursive: true });
  const auditKey = await auditSigningKey(env, persist);
  const bindings = { [CONFIG_BINDING]: JSON.stringify(typeof config === 'string' ? JSON.parse(config) : config), [SECRETS.auditSigningKey]: auditKey.value };
  if (env[SECRETS.anthropicKey]) bindings[SECRETS.anthropicKey] = env[SECRETS.anthropicKey];
  for (const hook of settings.webhooks) {
    if (!hook.secret.startsWith('env:')) continue;
    const name = hook.secret.slice(4);
    if (env[name] === undefined) throw new CopilotError('INVALID_CONFIG', `webhook '${hook.id}' reads its secret from ${name}, which is not set in the environment`);
    bindings[name] = env[name];
  }
  const stdio = onLog
    ? (stdout, stderr) => {
      for (const stream of [stdout, stderr]) {
        stream.setEncoding('utf8');
        let rest = '';
        stream.on('data', (chunk) => {
          const lines = (rest + chunk).split('\n');
          rest = lines.pop();
          for (const line of lines) if (line) onLog(line);
        });
      }
    }
    : undefined;
  const miniflare = new Miniflare({
    modules: true,
    scriptPath,
    modulesRoot: dirname(scriptPath),
    modulesRules: [{ type: 'CompiledWasm', include: ['**/*.wasm'] }],
    compatibilityDate: COMPATIBILITY_DATE,
    durableObjects: Object.fromEntries(DURABLE_OBJECTS.map((d) => [d.binding, d.className])),
    durableObjectsPersist: persist ? join(persist, 'durable-objects') : false,
    bindings,
    host,
    port,
    ...(stdio ? { handleRuntimeStdio: stdio } : {}),
  });
  let url;
  try {
    url = String(await miniflare.ready).replace(/\/$/, '');
  } catch (error) {
    await miniflare.dispose().catch(() => {});
    if (scratch) await rm(scratch, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    miniflare,
    auditKeySource: auditKey.source,
    async close() {
      await miniflare.dispose();
      if (scratch) await rm(scratch, { recursive: true, force: true });
    },
  };
}
