// copilot-package/edge: the server half for Cloudflare Workers and workerd.
//
//   import { createGateway, RateLimiter, WebhookOutbox, AuditTrail } from 'copilot-package/edge';
//   import config from './gateway.json';
//   export default createGateway(config);
//   export { RateLimiter, WebhookOutbox, AuditTrail };
export { createGateway, createGatewayFromEnv } from './gateway.js';
export { parseGatewayConfig } from './config.js';
export { route } from './routes/table.js';
export { GatewayError } from './errors.js';
export { identityFromClaims } from './auth.js';
export { GATEWAY_EVENTS } from './webhooks/events.js';
export { DURABLE_OBJECTS } from './bindings.js';
export { RateLimiter } from './durable/rate-limiter.js';
export { WebhookOutbox } from './durable/webhook-outbox.js';
export { AuditTrail } from './durable/audit-trail.js';
