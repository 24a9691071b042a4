// Runs inside workerd: answers with the PII engine's shared checks.
import '../../js/entry/workerd.js';
import { runPiiSmoke } from '../shared/pii-smoke.js';

export default {
  async fetch() {
    return Response.json({ checks: await runPiiSmoke(), runtime: navigator.userAgent });
  },
};
