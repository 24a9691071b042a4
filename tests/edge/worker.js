// Runs inside workerd: loads the core through the package's workerd entry and answers
// each request with the shared smoke checks.
import { loadCore } from '../../js/entry/workerd.js';
import { runCoreSmoke } from '../shared/core-smoke.js';
import { runCryptoSmoke } from '../shared/crypto-smoke.js';
import { runMemorySmoke } from '../shared/memory-smoke.js';

export default {
  async fetch(request) {
    const url = new URL(request.url);
    if (url.pathname === '/version') {
      const core = await loadCore();
      return new Response(core.version);
    }
    if (url.pathname === '/crypto') return Response.json({ checks: await runCryptoSmoke() });
    if (url.pathname === '/memory') return Response.json({ checks: await runMemorySmoke() });
    const checks = await runCoreSmoke(url.searchParams.get('expect'));
    return Response.json({ checks, runtime: navigator.userAgent });
  },
};
