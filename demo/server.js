// Starts the demo's Vite server on 127.0.0.1; used by `npm run demo` and the browser tests.
import { createServer } from 'vite';
import { fileURLToPath } from 'node:url';

export async function startDemoServer({ port = 5173, logLevel = 'info' } = {}) {
  const server = await createServer({
    configFile: fileURLToPath(new URL('./vite.config.js', import.meta.url)),
    server: { port },
    logLevel,
  });
  await server.listen();
  return server;
}
