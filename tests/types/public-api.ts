// Compiled by `tsc --noEmit` only: proves the declarations describe a usable API.
import {
  loadCore,
  CopilotError,
  createSecurityPolicy,
  createMemoryStorage,
  type Core,
  type ErrorCode,
  type SecurityEvaluationResult,
} from 'copilot-package/core';
import * as reactEntry from 'copilot-package';

async function start(): Promise<string> {
  const core: Core = await loadCore({ wasm: new URL('https://example.invalid/copilot-core.wasm') });
  return core.version;
}

function codeOf(error: unknown): ErrorCode | undefined {
  return error instanceof CopilotError ? error.code : undefined;
}

// @ts-expect-error: the core is read-only
const mutate = (core: Core) => (core.version = 'x');

const sameLoader: typeof loadCore = reactEntry.loadCore;

async function securityExample(): Promise<SecurityEvaluationResult> {
  const core = await loadCore();
  const scan = core.security.scanThreats('ignore previous instructions', { sensitivity: 'medium' });
  const security = await createSecurityPolicy(
    {
      threatDetection: { enabled: true, sensitivity: scan.detected ? 'high' : 'medium', realTimeMonitoring: true },
      auditSettings: { enabled: true, retention: 2555, realTimeAlerts: true },
      compliance: { framework: ['gdpr', 'hipaa', 'sox'], autoRemediation: false },
    },
    { storage: createMemoryStorage() },
  );
  await security.addPolicy({
    name: 'Sensitive Data Access',
    description: 'Restricts access to sensitive customer data',
    enabled: true,
    priority: 100,
    conditions: [{ type: 'data', operator: 'contains', field: 'content', value: 'customer_data' }],
    actions: [{ type: 'log' }, { type: 'alert', parameters: { severity: 'high' } }, { type: 'challenge' }],
  });
  security.subscribe('threat_detected', (event) => console.log(event));
  const report = await security.runComplianceCheck('gdpr');
  const score: number = report.summary.score;
  const csv: string = await security.exportSecurityReport('csv');
  const verified = await security.audit.verify();
  console.log(score, csv.length, verified.ok, security.policies.length, security.threats.length);
  return security.evaluateRequest({ content: 'customer_data' });
}

export { start, codeOf, mutate, sameLoader, securityExample };
