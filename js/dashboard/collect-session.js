// Reads a copilot session (security policy, memory store, latency recorder) into the
// dashboard's snapshot. The dashboard store calls this every refreshInterval seconds.
import { bucketTimeline } from './snapshot.js';

const HOUR = 60 * 60 * 1000;
const ALERT_SEVERITIES = new Set(['high', 'critical']);

// The frameworks a configuration asks to be checked against.
function configuredFrameworks(config) {
  return [
    ...new Set([
      ...(config?.enterprise?.compliance?.frameworks ?? []),
      ...(config?.enterpriseSecurity?.policies?.complianceFramework ?? []),
    ]),
  ];
}

export function collectFromSession(session, { now = Date.now } = {}) {
  return async () => {
    const { security, memory, latency } = session;
    const at = now();
    let metrics = await security.getDashboardMetrics();
    // A framework never checked yet is checked once, so the compliance widget starts filled.
    const unchecked = configuredFrameworks(session.config).filter((f) => !(f in metrics.compliance));
    if (unchecked.length > 0) {
      for (const framework of unchecked) await security.runComplianceCheck(framework);
      metrics = await security.getDashboardMetrics();
    }
    const verification = await security.audit.verify();
    const threats = security.threats;
    return {
      generatedAt: at,
      threats: {
        total: metrics.threats.total,
        byCategory: Object.entries(metrics.threats.byCategory)
          .map(([category, count]) => ({ category, count }))
          .sort((a, b) => b.count - a.count),
        timeline: bucketTimeline(threats.map((t) => t.timestamp), { now: at, spanMs: HOUR, buckets: 12 }),
        recent: threats.slice(0, 10).map((t) => ({
          id: t.id,
          time: t.timestamp,
          category: t.categories[0] ?? t.type,
          severity: t.severity,
          summary: t.description ?? t.type,
        })),
      },
      decisions: { allow: metrics.decisions.allow, challenge: metrics.decisions.challenge, deny: metrics.decisions.deny },
      memory: memory
        ? memory.getStats().map((s) => ({ scope: s.scope, records: s.itemCount, bytes: s.totalSize }))
        : [],
      compliance: Object.entries(metrics.compliance).map(([framework, summary]) => ({
        framework,
        score: summary.score,
        passed: summary.passed,
        failed: summary.failed,
      })),
      performance: latency ? latency.summary() : undefined,
      alerts: threats
        .filter((t) => ALERT_SEVERITIES.has(t.severity))
        .map((t) => ({
          id: t.id,
          severity: t.severity,
          title: `${t.severity === 'critical' ? 'Critical' : 'High'} threat: ${(t.categories ?? []).join(', ') || t.type}`,
          time: t.timestamp,
        })),
      audit: {
        entries: metrics.audit.entries,
        verified: verification.ok,
        lastVerifiedAt: at,
        treeSize: metrics.audit.head?.treeSize ?? 0,
        rootHash: metrics.audit.head?.root ?? null,
      },
    };
  };
}
