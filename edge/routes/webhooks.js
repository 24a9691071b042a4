// Webhook administration, for the admin roles (auth.adminRoles): each endpoint's breaker and
// queue, its dead letters and their replay. An admin sees and replays only the messages of
// their own organization; the endpoints and their breakers are the install's.
import { requireRole } from '../auth.js';
import { GatewayError } from '../errors.js';
import { json } from '../http.js';
import { outboxOf } from '../webhooks/events.js';
import { route } from './table.js';

function endpointOf(ctx) {
  requireRole(ctx.identity, ctx.settings.auth.adminRoles, 'webhook administration');
  const endpoint = ctx.settings.webhooks.find((h) => h.id === ctx.params.endpoint);
  if (!endpoint) throw new GatewayError(404, 'NOT_FOUND', `no webhook endpoint '${ctx.params.endpoint}'`);
  return endpoint;
}

export const webhookRoutes = [
  route('GET', '/v1/webhooks', async (ctx) => {
    requireRole(ctx.identity, ctx.settings.auth.adminRoles, 'webhook administration');
    const endpoints = await Promise.all(ctx.settings.webhooks.map(async (h) => {
      const status = await outboxOf(ctx.env, h.id).status();
      const queued = status.queued.filter((m) => m.organizationId === ctx.identity.organizationId).length;
      return { id: h.id, url: h.url, events: h.events, enabled: h.enabled, retryPolicy: h.retryPolicy, breaker: status.breaker, queued };
    }));
    return json({ endpoints });
  }),
  route('GET', '/v1/webhooks/:endpoint', async (ctx) => {
    const endpoint = endpointOf(ctx);
    const { breaker, queued } = await outboxOf(ctx.env, endpoint.id).status();
    const mine = queued.filter((m) => m.organizationId === ctx.identity.organizationId).map(({ organizationId, ...m }) => m);
    return json({ id: endpoint.id, url: endpoint.url, events: endpoint.events, enabled: endpoint.enabled, retryPolicy: endpoint.retryPolicy, breaker, queued: mine });
  }),
  route('GET', '/v1/webhooks/:endpoint/dead-letters', async (ctx) => {
    const endpoint = endpointOf(ctx);
    return json({ deadLetters: await outboxOf(ctx.env, endpoint.id).deadLetters(ctx.identity.organizationId) });
  }),
  route('POST', '/v1/webhooks/:endpoint/dead-letters/:id/replay', async (ctx) => {
    const endpoint = endpointOf(ctx);
    const replayed = await outboxOf(ctx.env, endpoint.id).replay(ctx.params.id, ctx.identity.organizationId);
    if (!replayed) throw new GatewayError(404, 'NOT_FOUND', `no dead letter '${ctx.params.id}' for this organization on '${endpoint.id}'`);
    await ctx.audit('webhook_replayed', { endpoint: endpoint.id, webhookId: ctx.params.id });
    return json({ replayed: true, id: ctx.params.id }, 202);
  }),
];
