// The gateway as a ready-made worker: the configuration comes from the GATEWAY_CONFIG binding
// (see wrangler.toml). `npx copilot-package gateway` runs this module in workerd.
import { createGatewayFromEnv } from './gateway.js';

export { RateLimiter } from './durable/rate-limiter.js';
export { WebhookOutbox } from './durable/webhook-outbox.js';
export { AuditTrail } from './durable/audit-trail.js';

export default createGatewayFromEnv();
