// Starts the demo: the local model server (Anthropic Messages streaming format) and the
// Vite app, both on 127.0.0.1, with the app's /api/model proxied to the model server the way
// a real deployment proxies to the provider and adds the API key server-side.
// Used by `npm run demo` and the browser tests.
import { createServer } from 'vite';
import { fileURLToPath } from 'node:url';
import { startModelServer } from './model-server.js';
import { MODEL_PROXY_PATH } from './src/model-path.js';

export async function startDemoServer({ port = 5173, logLevel = 'info' } = {}) {
  const model = await startModelServer();
  let vite;
  try {
    vite = await createServer({
      configFile: fileURLToPath(new URL('./vite.config.js', import.meta.url)),
      server: {
        port,
        proxy: {
          [MODEL_PROXY_PATH]: { target: model.url, rewrite: (path) => path.slice(MODEL_PROXY_PATH.length) },
        },
      },
      logLevel,
    });
    await vite.listen();
  } catch (error) {
    await Promise.all([vite?.close(), model.close()]);
    throw error;
  }
  return {
    url: vite.resolvedUrls.local[0],
    model,
    close: () => Promise.all([vite.close(), model.close()]),
  };
}
