// The Durable Object bindings the gateway uses: the binding name in env (and wrangler.toml)
// and the exported class. The CLI and the tests configure workerd from this list; a feature
// with its own Durable Object (the sync relay, the key directory) adds a line here and
// exports its class from edge/index.js.
export const DURABLE_OBJECTS = Object.freeze([
  Object.freeze({ binding: 'RATE_LIMITER', className: 'RateLimiter' }),
  Object.freeze({ binding: 'WEBHOOK_OUTBOX', className: 'WebhookOutbox' }),
  Object.freeze({ binding: 'AUDIT_TRAIL', className: 'AuditTrail' }),
]);

/** Secrets the gateway reads from env (wrangler secret put NAME). */
export const SECRETS = Object.freeze({
  anthropicKey: 'ANTHROPIC_API_KEY',
  auditSigningKey: 'AUDIT_SIGNING_KEY',
});

/** The binding that holds the configuration for edge/worker.js (JSON text or object). */
export const CONFIG_BINDING = 'GATEWAY_CONFIG';
