import { createEnterpriseConfig } from 'copilot-package';
import { MODEL_PROXY_PATH } from './model-path.js';

// The demo's copilot: the seed's Quick Start configuration, pointed at the local model server
// (which speaks the Anthropic Messages streaming format) through the dev server's proxy.
export const demoConfig = createEnterpriseConfig({
  name: 'Enterprise AI Assistant',
  slug: 'enterprise-assistant',
  modelProvider: 'anthropic',
  model: 'claude-3-sonnet-20240229',
  modelEndpoint: MODEL_PROXY_PATH,
  systemPrompt: 'You are an enterprise AI assistant with security awareness.',
  firstMessage: 'Hello! Ask me anything. Personal data in your message is masked before it reaches the model.',
  enterpriseSecurity: {
    threatDetection: { enabled: true, sensitivity: 'medium', realTimeMonitoring: true },
    policies: { complianceFramework: ['gdpr', 'hipaa'] },
    audit: { enabled: true, retention: 2555, realTimeAlerts: true },
    piiProtection: { enabled: true, autoDetection: true, maskingRules: ['email-masking', 'ssn-encryption', 'card-masking'] },
  },
  enterprise: { compliance: { enabled: true, frameworks: ['gdpr', 'hipaa', 'pci-dss'], autoRemediation: false } },
});
