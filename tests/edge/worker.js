// Runs inside workerd: imports the package by name (bundling resolves it to the workerd
// entry) and answers each request with the shared smoke checks.
import { loadCore } from 'copilot-package/core';
import { runCoreSmoke } from '../shared/core-smoke.js';
import { runCryptoSmoke } from '../shared/crypto-smoke.js';
import { runSecuritySmoke } from '../shared/security-smoke.js';
import { runMemorySmoke } from '../shared/memory-smoke.js';
import { runPiiSmoke } from '../shared/pii-smoke.js';

export default {
  async fetch(request) {
    const url = new URL(request.url);
    if (url.pathname === '/version') {
      const core = await loadCore();
      return new Response(core.version);
    }
    if (url.pathname === '/crypto') return Response.json({ checks: await runCryptoSmoke() });
    if (url.pathname === '/security') return Response.json({ checks: await runSecuritySmoke() });
    if (url.pathname === '/memory') return Response.json({ checks: await runMemorySmoke() });
    if (url.pathname === '/pii') return Response.json({ checks: await runPiiSmoke() });
    const checks = await runCoreSmoke(url.searchParams.get('expect'));
    return Response.json({ checks, runtime: navigator.userAgent });
  },
};
