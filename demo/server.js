// Starts the demo, all on 127.0.0.1: the local model server (Anthropic Messages streaming
// format), the edge gateway in workerd in front of it (it checks a bearer token, screens and
// masks the prompt again, audits, and adds the API key the way a deployment does), and the
// Vite app, whose /api/model is proxied to the gateway. The proxy attaches a token from the
// DEMO-ONLY local issuer (demo/dev-issuer.js); an app with single sign-on sends its user's own.
// Used by `npm run demo` and the browser tests.
import { createServer } from 'vite';
import { fileURLToPath } from 'node:url';
import { startLocalGateway } from '../edge/node/local-gateway.js';
import { startDevIssuer } from './dev-issuer.js';
import { demoGatewayConfig } from './gateway-config.js';
import { startModelServer } from './model-server.js';
import { MODEL_PROXY_PATH } from './src/model-path.js';

const TOKEN_REFRESH_MS = 30 * 60 * 1000;

async function startGatewayStack(logLevel) {
  const model = await startModelServer();
  const issuer = await startDevIssuer();
  let gateway;
  try {
    gateway = await startLocalGateway({
      config: demoGatewayConfig({ issuer, modelUrl: model.url }),
      port: 0,
      env: { ANTHROPIC_API_KEY: 'demo-key-the-local-model-ignores' },
      onLog: (line) => logLevel === 'info' && console.log(`[gateway] ${line}`),
    });
  } catch (error) {
    await Promise.all([model.close(), issuer.close()]);
    throw error;
  }
  const token = { value: await issuer.sign({ sub: 'demo-user', org_id: 'demo-org', roles: ['user'] }, { expiresIn: '1h' }) };
  const refresh = setInterval(async () => {
    token.value = await issuer.sign({ sub: 'demo-user', org_id: 'demo-org', roles: ['user'] }, { expiresIn: '1h' });
  }, TOKEN_REFRESH_MS);
  refresh.unref();
  return {
    model, issuer, gateway, token,
    close: async () => {
      clearInterval(refresh);
      await gateway.close();
      await Promise.all([model.close(), issuer.close()]);
    },
  };
}

export async function startDemoServer({ port = 5173, logLevel = 'info' } = {}) {
  const stack = await startGatewayStack(logLevel);
  const { model, gateway, token } = stack;
  let vite;
  try {
    vite = await createServer({
      configFile: fileURLToPath(new URL('./vite.config.js', import.meta.url)),
      server: {
        port,
        proxy: {
          [MODEL_PROXY_PATH]: {
            target: gateway.url,
            rewrite: (path) => path.slice(MODEL_PROXY_PATH.length),
            configure: (proxy) => proxy.on('proxyReq', (request) => request.setHeader('authorization', `Bearer ${token.value}`)),
          },
        },
      },
      logLevel,
    });
    await vite.listen();
  } catch (error) {
    await Promise.all([vite?.close(), stack.close()]);
    throw error;
  }
  return {
    url: vite.resolvedUrls.local[0],
    model,
    gateway,
    close: () => Promise.all([vite.close(), stack.close()]),
  };
}
