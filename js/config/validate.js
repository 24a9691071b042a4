// validatePhase5Config(config) -> { valid, errors: [{ path, message }], warnings }.
// Never throws: whatever `config` is, the answer says what is wrong with it and where.
import * as v from 'valibot';
import { isPlainObject } from './merge.js';
import { enterpriseConfigSchema } from './schema.js';
import { checkRules } from './rules.js';

const PHASE5_SECTIONS = ['enterpriseSecurity', 'enterprisePerformance', 'enterpriseMemory', 'enterprise'];

export function validatePhase5Config(config) {
  if (!isPlainObject(config)) {
    return { valid: false, errors: [{ path: '', message: 'a configuration must be a plain object' }], warnings: [] };
  }
  const errors = [];
  const warnings = [];
  const parsed = v.safeParse(enterpriseConfigSchema, config, { abortEarly: false });
  for (const issue of parsed.issues ?? []) {
    errors.push({ path: v.getDotPath(issue) ?? '', message: describe(issue) });
  }
  for (const key of PHASE5_SECTIONS) {
    const schema = enterpriseConfigSchema.entries[key];
    reportUnknownKeys(schema, config[key], key, warnings);
  }
  checkRules(config, errors, warnings);
  return { valid: errors.length === 0, errors, warnings };
}

function describe(issue) {
  if (issue.kind === 'schema' && issue.type === 'picklist') {
    return `expected one of ${issue.expected.replace(/"/g, "'")}, got ${issue.received}`;
  }
  return issue.message.replace(/^Invalid (type|value|key): /, '');
}

// A misspelt setting ("threatDetecton") would otherwise be silently ignored.
function reportUnknownKeys(schema, value, path, warnings) {
  const inner = schema?.type === 'optional' ? schema.wrapped : schema;
  if (!inner || !isPlainObject(value)) return;
  if (inner.type === 'object') {
    for (const key of Object.keys(value)) {
      if (!(key in inner.entries)) {
        warnings.push({
          path: `${path}.${key}`,
          message: `unknown setting "${key}" is ignored (known: ${Object.keys(inner.entries).join(', ')})`,
        });
      } else {
        reportUnknownKeys(inner.entries[key], value[key], `${path}.${key}`, warnings);
      }
    }
  } else if (inner.type === 'array' && Array.isArray(value)) {
    value.forEach((item, i) => reportUnknownKeys(inner.item, item, `${path}.${i}`, warnings));
  }
}
