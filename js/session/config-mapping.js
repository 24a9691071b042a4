// From an enterprise configuration (the seed's AICopilotConfig) to the options of the
// engines it configures.

/** config.enterpriseSecurity (+ enterprise.compliance) -> createSecurityPolicy's SecurityConfiguration. */
export function securityConfigFrom(config) {
  const security = config.enterpriseSecurity ?? {};
  const compliance = config.enterprise?.compliance ?? {};
  return {
    threatDetection: security.threatDetection ?? { enabled: true, sensitivity: 'medium' },
    auditSettings: security.audit ?? { enabled: true },
    compliance: {
      framework: compliance.frameworks ?? security.policies?.complianceFramework ?? ['gdpr'],
      autoRemediation: compliance.autoRemediation ?? false,
    },
    policies: {
      userPermissions: security.policies?.userPermissions ?? {},
      dataAccess: security.policies?.dataAccess ?? [],
    },
    piiProtection: security.piiProtection ?? { enabled: true },
  };
}

/** config.enterpriseMemory -> createMemoryScope's MemoryScopeConfig. */
export function memoryConfigFrom(config) {
  const memory = config.enterpriseMemory ?? {};
  return {
    scopes: memory.scopes,
    encryption: memory.encryption,
    synchronization: memory.synchronization,
    retention: memory.retention,
  };
}
