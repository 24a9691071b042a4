// Runs inside workerd for bench/gateway.bench.js: repeats one step of the gateway's request
// path `n` times within one request, so the bench can divide the wall time by n (workerd's
// clocks stand still while JavaScript runs, so the worker cannot time itself).
import { createLocalJWKSet, jwtVerify } from 'jose';
import { createSecurityPolicy, loadCore } from '../js/entry/workerd.js';

let policy = null;

export default {
  async fetch(request) {
    const { step, n, prompt, jwks, token } = await request.json();
    const core = await loadCore();
    policy ??= await createSecurityPolicy({ threatDetection: { enabled: true, sensitivity: 'medium' }, auditSettings: { enabled: false } });
    const keys = jwks ? createLocalJWKSet(jwks) : null;
    for (let i = 0; i < n; i++) {
      if (step === 'jwt') await jwtVerify(token, keys);
      else if (step === 'policy') await policy.evaluateRequest({ type: 'chat_message', content: prompt, user: { id: 'u', roles: ['user'] } });
      else if (step === 'mask') {
        const conversation = core.pii.createConversation();
        core.pii.mask(prompt, { operator: 'tokenize', conversation });
        conversation.close();
      }
    }
    return new Response('ok');
  },
};
