// Compliance checks over the live configuration and state of a security policy. Each
// finding cites its control, says pass / fail / warn, and how to fix it; `remedy`, when
// present, is a safe change to the configuration that autoRemediation may apply.

export const FRAMEWORKS = ['gdpr', 'hipaa', 'sox', 'pci-dss'];

const STRONG_ALGORITHMS = ['AES-256-GCM', 'XChaCha20-Poly1305'];
const CARD_RULES = ['card-masking', 'credit-card-masking', 'pan-masking', 'pci-masking'];

const finding = (control, title, ok, detail, fix, { warnOnly = false, remedy } = {}) => ({
  control,
  title,
  status: ok ? 'pass' : warnOnly ? 'warn' : 'fail',
  detail,
  fix: ok ? null : fix,
  ...(ok || !remedy ? {} : { remedy }),
});

function facts(config, state) {
  const audit = config.auditSettings ?? {};
  const pii = config.piiProtection ?? {};
  const encryption = config.encryption ?? {};
  const rules = Array.isArray(pii.maskingRules) ? pii.maskingRules : [];
  return {
    auditOn: audit.enabled !== false && state.auditOk !== undefined,
    auditOk: state.auditOk === true,
    retention: Number(audit.retention) || 0,
    realTimeAlerts: audit.realTimeAlerts === true,
    encryptionOn: encryption.enabled === true,
    algorithm: encryption.algorithm,
    strongAlgorithm: STRONG_ALGORITHMS.includes(encryption.algorithm),
    piiOn: pii.enabled === true,
    piiAuto: pii.enabled === true && pii.autoDetection !== false,
    rules,
    cardRule: rules.some((r) => CARD_RULES.includes(r)),
    cardMaskingVerified: state.cardMasking, // true / false when core.pii could be asked, undefined otherwise
    keyedPanHashing: pii.panHashing === 'keyed' || pii.panHashing === 'hmac',
    policies: state.policyCount,
    roles: state.roleCount,
    threatDetection: config.threatDetection?.enabled !== false,
    erasure: state.erasure === true,
    exportable: true,
  };
}

const remedies = {
  audit: { path: 'auditSettings.enabled', value: true },
  retention: (days) => ({ path: 'auditSettings.retention', value: days }),
  pii: { path: 'piiProtection', value: { enabled: true, autoDetection: true } },
  card: { path: 'piiProtection.maskingRules', add: 'card-masking' },
  threats: { path: 'threatDetection.enabled', value: true },
  alerts: { path: 'auditSettings.realTimeAlerts', value: true },
};

function encryptionFinding(control, f) {
  return finding(control, 'Personal data encrypted at rest', f.encryptionOn && f.strongAlgorithm,
    f.encryptionOn ? `encryption on with ${f.algorithm ?? 'no algorithm named'}` : 'encryption is off',
    "set encryption: { enabled: true, algorithm: 'AES-256-GCM' } (or 'XChaCha20-Poly1305') on the memory scopes");
}

function auditFindings(f, controls) {
  return [
    finding(controls.enabled, 'Audit trail enabled', f.auditOn, f.auditOn ? 'every decision, threat and change is logged' : 'audit is disabled',
      'set auditSettings.enabled: true', { remedy: remedies.audit }),
    finding(controls.integrity, 'Audit trail verifies (Merkle tree + signed head)', f.auditOk,
      f.auditOk ? 'audit.verify() found no modification, deletion, reordering or truncation' : 'audit.verify() reported problems',
      'investigate audit.verify().problems; restore the log from an exported copy'),
  ];
}

function retentionFinding(control, f, days, why) {
  return finding(control, `Audit records kept at least ${days} days`, f.retention >= days,
    f.retention ? `auditSettings.retention is ${f.retention} days` : 'no audit retention configured',
    `set auditSettings.retention to at least ${days} (${why})`, { remedy: remedies.retention(days) });
}

const checks = {
  gdpr: (f) => [
    encryptionFinding('GDPR Art. 32(1)(a)', f),
    ...auditFindings(f, { enabled: 'GDPR Art. 5(2), Art. 30', integrity: 'GDPR Art. 32(1)(b)' }),
    finding('GDPR Art. 5(1)(e)', 'Storage limitation: a retention period is set', f.retention > 0,
      f.retention ? `${f.retention} days` : 'no retention configured', 'set auditSettings.retention (days)', { warnOnly: true }),
    finding('GDPR Art. 25', 'Data protection by design: PII detected and masked automatically', f.piiAuto,
      f.piiAuto ? `masking rules: ${f.rules.join(', ') || 'defaults'}` : 'piiProtection is off',
      'set piiProtection: { enabled: true, autoDetection: true, maskingRules: [...] }', { remedy: remedies.pii }),
    finding('GDPR Art. 17', 'Right to erasure available', f.erasure, f.erasure ? 'the storage adapter deletes records' : 'the storage cannot delete',
      'use a storage adapter with delete() and crypto-shredding keys'),
    finding('GDPR Art. 15, Art. 20', 'Access and portability: data can be exported', f.exportable, 'exportSecurityReport and audit.export are available',
      'enable exports'),
    finding('GDPR Art. 32(1)(d)', 'Threat detection screens prompts', f.threatDetection, f.threatDetection ? 'on' : 'off',
      'set threatDetection.enabled: true', { warnOnly: true, remedy: remedies.threats }),
  ],
  hipaa: (f) => [
    ...auditFindings(f, { enabled: 'HIPAA 164.312(b)', integrity: 'HIPAA 164.312(c)(1)' }),
    finding('HIPAA 164.312(a)(2)(iv)', 'ePHI encrypted (encryption and decryption)', f.encryptionOn && f.strongAlgorithm,
      f.encryptionOn ? `encryption on with ${f.algorithm ?? 'no algorithm named'}` : 'encryption is off',
      "set encryption: { enabled: true, algorithm: 'AES-256-GCM' }"),
    finding('HIPAA 164.312(a)(1)', 'Access control: policies or role permissions defined', f.policies + f.roles > 0,
      `${f.policies} policies, ${f.roles} roles`, 'add policies (addPolicy) or policies.userPermissions'),
    retentionFinding('HIPAA 164.316(b)(2)(i)', f, 2190, 'six years'),
    finding('HIPAA 164.514(b)', 'Identifiers masked before prompts leave the device', f.piiAuto,
      f.piiAuto ? 'PII masking on' : 'PII masking off', 'set piiProtection.enabled and autoDetection', { remedy: remedies.pii }),
    finding('HIPAA 164.312(e)(1)', 'Transmission security: exfiltration attempts detected', f.threatDetection, f.threatDetection ? 'on' : 'off',
      'set threatDetection.enabled: true', { warnOnly: true, remedy: remedies.threats }),
  ],
  sox: (f) => [
    ...auditFindings(f, { enabled: 'SOX Sec. 404 (ITGC: logging)', integrity: 'SOX Sec. 802 (records not altered)' }),
    retentionFinding('SOX Sec. 802 / 17 CFR 210.2-06', f, 2555, 'seven years'),
    finding('SOX Sec. 404 (ITGC: access)', 'Access to financial data governed by policy', f.policies + f.roles > 0,
      `${f.policies} policies, ${f.roles} roles`, 'add policies (addPolicy) or policies.userPermissions'),
    finding('SOX Sec. 409', 'Real-time alerts on security events', f.realTimeAlerts, f.realTimeAlerts ? 'on' : 'off',
      'set auditSettings.realTimeAlerts: true', { warnOnly: true, remedy: remedies.alerts }),
  ],
  'pci-dss': (f) => [
    finding('PCI DSS v4.0.1 3.4.1', 'PAN masked when displayed (at most BIN and last four)',
      f.cardMaskingVerified ?? f.cardRule,
      f.cardMaskingVerified === undefined
        ? (f.cardRule ? 'a card masking rule is configured (not exercised: core.pii is not in this build)' : 'no card masking rule')
        : f.cardMaskingVerified ? 'a test PAN was masked to at most its BIN and last four digits' : 'a test PAN came back with more digits than BIN and last four',
      "add 'card-masking' to piiProtection.maskingRules", { remedy: remedies.card }),
    finding('PCI DSS v4.0.1 3.5.1.1', 'Stored PAN hashes are keyed', f.keyedPanHashing,
      f.keyedPanHashing ? 'keyed hashing' : 'no keyed hashing configured for PANs',
      "set piiProtection.panHashing: 'keyed' (HMAC with a managed key), never a plain hash", { warnOnly: true }),
    encryptionFinding('PCI DSS v4.0.1 3.5.1', f),
    ...auditFindings(f, { enabled: 'PCI DSS v4.0.1 10.2.1', integrity: 'PCI DSS v4.0.1 10.3.2' }),
    retentionFinding('PCI DSS v4.0.1 10.5.1', f, 365, 'twelve months'),
    finding('PCI DSS v4.0.1 7.2.1', 'Access control model defined', f.policies + f.roles > 0,
      `${f.policies} policies, ${f.roles} roles`, 'add policies or policies.userPermissions'),
  ],
};

/** Runs one framework's checks. `state`: { auditOk, policyCount, roleCount, erasure, cardMasking }. */
export function complianceReport(framework, config, state, now = Date.now()) {
  const f = facts(config, state);
  const findings = checks[framework](f).map((x) => ({ framework, ...x }));
  const passed = findings.filter((x) => x.status === 'pass').length;
  const failed = findings.filter((x) => x.status === 'fail').length;
  const warnings = findings.filter((x) => x.status === 'warn').length;
  const score = Math.round((100 * (passed + 0.5 * warnings)) / findings.length);
  return { framework, generatedAt: new Date(now).toISOString(), summary: { score, passed, failed, warnings, total: findings.length }, findings };
}

/** Applies a finding's remedy to `config` (mutates it) and returns a description. */
export function applyRemedy(config, remedy) {
  const parts = remedy.path.split('.');
  let target = config;
  for (const p of parts.slice(0, -1)) target = target[p] = target[p] && typeof target[p] === 'object' ? target[p] : {};
  const last = parts[parts.length - 1];
  if (remedy.add !== undefined) {
    target[last] = Array.isArray(target[last]) ? [...new Set([...target[last], remedy.add])] : [remedy.add];
  } else if (remedy.value && typeof remedy.value === 'object') {
    target[last] = { ...(target[last] ?? {}), ...remedy.value };
  } else {
    target[last] = remedy.value;
  }
  return { path: remedy.path, value: target[last] };
}
