// GET /v1/health: no token needed; says the gateway runs and which API version it serves.
import { json } from '../http.js';
import { route } from './table.js';

export const healthRoutes = [
  route('GET', '/v1/health', async ({ settings, core }) => {
    const loaded = await core();
    return json({ status: 'ok', version: loaded.version, api: settings.api.version, webhooks: settings.webhooks.length }, 200, { 'cache-control': 'no-store' });
  }, { auth: false }),
];
