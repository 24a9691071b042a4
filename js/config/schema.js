// The shape of an enterprise (Phase 5) configuration, as valibot schemas. Objects are loose
// at the top level (a Phase 4 config keeps whatever fields it had) and checked field by field
// inside the Phase 5 sections; unknown keys there are reported as warnings by validate.js.
import * as v from 'valibot';
import {
  API_AUTH_METHODS,
  COMPLIANCE_FRAMEWORKS,
  CONFLICT_RESOLUTIONS,
  ENCRYPTION_ALGORITHMS,
  EVICTION_POLICIES,
  MEMORY_SCOPES,
  REPORT_SCHEDULES,
  SENSITIVITIES,
  SSO_PROVIDERS,
} from './constants.js';

const flag = v.optional(v.boolean());
const positiveInteger = v.pipe(v.number(), v.integer(), v.minValue(1));
const positiveNumber = v.pipe(v.number(), v.gtValue(0));
const fraction = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const nonEmptyString = v.pipe(v.string(), v.minLength(1));
const section = (entries) => v.optional(v.object(entries));

const retentionPolicy = v.object({
  maxAge: v.optional(positiveNumber),
  maxSize: v.optional(positiveNumber),
  eviction: v.optional(v.picklist(EVICTION_POLICIES)),
});

export const memorySectionSchema = v.object({
  scopes: section({
    enabled: v.optional(v.pipe(v.array(v.picklist(MEMORY_SCOPES)), v.minLength(1))),
    default: v.optional(v.picklist(MEMORY_SCOPES)),
  }),
  encryption: section({ enabled: flag, algorithm: v.optional(v.picklist(ENCRYPTION_ALGORITHMS)) }),
  synchronization: section({
    enabled: flag,
    crossDevice: flag,
    conflictResolution: v.optional(v.picklist(CONFLICT_RESOLUTIONS)),
    endpoint: v.optional(v.pipe(v.string(), v.url())),
  }),
  retention: section({
    policies: v.optional(v.record(v.picklist(MEMORY_SCOPES), retentionPolicy)),
    compression: flag,
    eviction: v.optional(v.picklist(EVICTION_POLICIES)),
  }),
});

export const securitySectionSchema = v.object({
  enabled: flag,
  threatDetection: section({ enabled: flag, sensitivity: v.optional(v.picklist(SENSITIVITIES)), realTimeMonitoring: flag }),
  policies: section({
    dataAccess: v.optional(v.array(nonEmptyString)),
    userPermissions: v.optional(v.record(nonEmptyString, v.array(nonEmptyString))),
    complianceFramework: v.optional(v.array(v.picklist(COMPLIANCE_FRAMEWORKS))),
  }),
  audit: section({ enabled: flag, retention: v.optional(positiveInteger), realTimeAlerts: flag }),
  piiProtection: section({
    enabled: flag,
    autoDetection: flag,
    autoMasking: flag,
    maskingRules: v.optional(v.array(nonEmptyString)),
  }),
});

export const performanceSectionSchema = v.object({
  monitoring: section({ enabled: flag, metricsCollection: flag, realTimeDashboard: flag }),
  optimization: section({ enabled: flag, autoScaling: flag, caching: flag }),
  alerts: section({
    enabled: flag,
    thresholds: section({
      responseTime: v.optional(positiveNumber),
      errorRate: v.optional(fraction),
      resourceUsage: v.optional(fraction),
    }),
  }),
  analytics: section({ enabled: flag, userJourneyTracking: flag, customMetrics: flag }),
});

const webhook = v.object({
  id: nonEmptyString,
  url: v.pipe(v.string(), v.url()),
  events: v.pipe(v.array(nonEmptyString), v.minLength(1)),
  secret: v.optional(nonEmptyString),
  enabled: flag,
  retryPolicy: section({ maxRetries: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(20))), backoffMs: v.optional(positiveNumber) }),
});

export const enterpriseSectionSchema = v.object({
  dashboard: section({ enabled: flag, realTimeUpdates: flag, customWidgets: flag }),
  reporting: section({
    enabled: flag,
    schedule: v.optional(v.picklist(REPORT_SCHEDULES)),
    recipients: v.optional(v.array(v.pipe(v.string(), v.email()))),
  }),
  integrations: section({
    webhooks: v.optional(v.array(webhook)),
    sso: section({
      enabled: flag,
      provider: v.optional(v.picklist(SSO_PROVIDERS)),
      settings: v.optional(v.record(v.string(), v.unknown())),
    }),
    api: section({
      enabled: flag,
      version: v.optional(nonEmptyString),
      rateLimit: section({ requests: v.optional(positiveInteger), window: v.optional(positiveInteger) }),
      authentication: section({ required: flag, methods: v.optional(v.array(v.picklist(API_AUTH_METHODS))) }),
    }),
  }),
  compliance: section({
    enabled: flag,
    frameworks: v.optional(v.array(v.picklist(COMPLIANCE_FRAMEWORKS))),
    autoRemediation: flag,
  }),
});

export const enterpriseConfigSchema = v.looseObject({
  name: v.optional(nonEmptyString),
  slug: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and dashes'))),
  description: v.optional(v.string()),
  firstMessage: v.optional(v.string()),
  databasePath: v.optional(v.string()),
  embedLocation: v.optional(v.string()),
  modelProvider: v.optional(nonEmptyString),
  model: v.optional(nonEmptyString),
  systemPrompt: v.optional(v.string()),
  modelEndpoint: v.optional(nonEmptyString),
  enterpriseSecurity: v.optional(securitySectionSchema),
  enterprisePerformance: v.optional(performanceSectionSchema),
  enterpriseMemory: v.optional(memorySectionSchema),
  enterprise: v.optional(enterpriseSectionSchema),
});
