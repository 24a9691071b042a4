// Secure defaults for every Phase 5 section: encryption, audit and PII protection on;
// nothing that sends data off the device (sync, webhooks, SSO, reports) on until configured.
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const MiB = 1024 * 1024;

export function slugify(name) {
  return (
    String(name)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'copilot'
  );
}

/** A fresh defaults object (never shared, so callers may modify what they get). */
export function enterpriseDefaults({ name = 'Copilot', modelProvider = 'local' } = {}) {
  return {
    name,
    slug: slugify(name),
    modelProvider,
    ...(modelProvider === 'local' ? { model: 'copilot-local' } : {}),
    enterpriseSecurity: {
      enabled: true,
      threatDetection: { enabled: true, sensitivity: 'medium', realTimeMonitoring: true },
      policies: { dataAccess: [], userPermissions: {}, complianceFramework: ['gdpr'] },
      audit: { enabled: true, retention: 365, realTimeAlerts: true },
      piiProtection: { enabled: true, autoDetection: true, autoMasking: true, maskingRules: ['email-masking'] },
    },
    enterprisePerformance: {
      monitoring: { enabled: true, metricsCollection: true, realTimeDashboard: true },
      optimization: { enabled: true, autoScaling: false, caching: true },
      alerts: { enabled: true, thresholds: { responseTime: 1000, errorRate: 0.05, resourceUsage: 0.8 } },
      analytics: { enabled: true, userJourneyTracking: false, customMetrics: true },
    },
    enterpriseMemory: {
      scopes: { enabled: ['session', 'user', 'organization'], default: 'user' },
      encryption: { enabled: true, algorithm: 'XChaCha20-Poly1305' },
      synchronization: { enabled: false, crossDevice: false, conflictResolution: 'timestamp-based' },
      retention: {
        policies: {
          session: { maxAge: 8 * HOUR, maxSize: 100 * MiB },
          user: { maxAge: 90 * DAY, maxSize: 500 * MiB },
          organization: { maxAge: 365 * DAY, maxSize: 1024 * MiB },
        },
        compression: true,
        eviction: 'lru',
      },
    },
    enterprise: {
      dashboard: { enabled: true, realTimeUpdates: true, customWidgets: false },
      reporting: { enabled: false, schedule: 'weekly', recipients: [] },
      integrations: {
        webhooks: [],
        sso: { enabled: false, provider: 'oidc', settings: {} },
        api: { enabled: false },
      },
      compliance: { enabled: true, frameworks: ['gdpr'], autoRemediation: false },
    },
  };
}

/** The Phase 5 sections as migrateToPhase5 adds them to a Phase 4 config: present, disabled. */
export function disabledPhase5Sections() {
  return {
    enterpriseSecurity: {
      enabled: false,
      threatDetection: { enabled: false },
      audit: { enabled: false },
      piiProtection: { enabled: false },
    },
    enterprisePerformance: { monitoring: { enabled: false }, alerts: { enabled: false }, analytics: { enabled: false } },
    enterpriseMemory: { encryption: { enabled: false }, synchronization: { enabled: false } },
    enterprise: { dashboard: { enabled: false }, reporting: { enabled: false }, compliance: { enabled: false } },
  };
}
