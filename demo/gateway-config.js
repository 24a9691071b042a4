// The demo's gateway: the edge gateway in front of the local model server, trusting the
// DEMO-ONLY token issuer (demo/dev-issuer.js). A real deployment points `auth` at its
// identity provider and `model.upstream` at the provider (see edge/wrangler.toml).
export function demoGatewayConfig({ issuer, modelUrl }) {
  return {
    auth: { jwksUrl: issuer.jwksUrl, issuer: issuer.issuer, audience: issuer.audience },
    model: { provider: 'anthropic', upstream: modelUrl },
    integrations: {
      api: { enabled: true, version: '2.0.0', rateLimit: { requests: 600, window: 60 }, authentication: { required: true, methods: ['bearer'] } },
    },
    security: {
      threatDetection: { enabled: true, sensitivity: 'medium' },
      audit: { enabled: true, retention: 2555 },
      piiProtection: { enabled: true },
    },
  };
}
