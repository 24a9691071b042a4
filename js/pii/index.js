// core.pii: finding and masking personal data in text, backed by the wasm core (src/pii/).
//
//   const { found, types, entities } = core.pii.detect(text, { minScore: 0.5 });
//   const { text: masked } = core.pii.mask(text, { rules: ['email-masking', 'ssn-encryption'] });
//   const chat = core.pii.createConversation();
//   const prompt = core.pii.mask(userText, { operator: 'tokenize', conversation: chat }).text;
//   const answer = chat.unmask(modelAnswer);           // or chat.createStreamingUnmasker()
//
// Offsets are UTF-16 code units (what String.prototype.slice takes), end exclusive, sorted.
import { CopilotError, unwrapStatus } from '../errors.js';
import { BUILTIN_RULES } from './rules.js';

const MAX_TEXT_UNITS = 64 * 1024 * 1024;
const MAX_CACHED_ENGINES = 16;
const OPERATORS = ['replace', 'redact', 'mask', 'hash', 'encrypt', 'tokenize'];
const SENSITIVE_KEY = /pass(word|wd|phrase)?$|^pwd$|secret|token|api[-_]?key|^auth(orization)?$|credential|private[-_]?key|^ssn$|^cvv$|^pin$/i;
export const REDACTED = '[REDACTED]';

/** Builds core.pii over the embind module. */
export function buildPii(module) {
  const engines = new Map();
  const rules = new Map(Object.entries(BUILTIN_RULES));
  const live = new WeakSet();

  function engineFor(customPatterns) {
    const key = customPatterns === undefined ? '' : JSON.stringify(checkPatterns(customPatterns));
    let engine = engines.get(key);
    if (engine) {
      engines.delete(key); // most recently used goes last
      engines.set(key, engine);
      return engine;
    }
    const handle = new module.PiiEngine(key);
    try {
      unwrapStatus(handle.status());
    } catch (error) {
      handle.delete();
      throw error;
    }
    engine = { handle, types: handle.typeNames() };
    engines.set(key, engine);
    if (engines.size > MAX_CACHED_ENGINES) {
      const [oldest, evicted] = engines.entries().next().value;
      engines.delete(oldest);
      evicted.handle.delete();
    }
    return engine;
  }

  function entitiesOf(engine, flat, text) {
    const entities = new Array(flat.length / 4);
    for (let k = 0, e = 0; k < flat.length; k += 4, e++) {
      const start = flat[k + 1];
      const end = flat[k + 2];
      entities[e] = { type: engine.types[flat[k]], start, end, score: Math.round(flat[k + 3] * 1000) / 1000, text: text.slice(start, end) };
    }
    return entities;
  }

  function detect(text, options = {}) {
    const input = checkText(text, 'detect');
    checkOptions(options, 'detect');
    const engine = engineFor(options.customPatterns);
    const flat = unwrapStatus(engine.handle.detect(input, scanJson(options)));
    const entities = entitiesOf(engine, flat, text);
    return { found: entities.length > 0, types: [...new Set(entities.map((e) => e.type))], entities };
  }

  function maskPlan(options, fn) {
    checkOptions(options, fn);
    const conversation = options.conversation;
    if (conversation !== undefined && !live.has(conversation)) {
      throw new CopilotError('INVALID_ARGUMENT', `${fn}: options.conversation must come from core.pii.createConversation() and not be closed`);
    }
    const operators = {};
    for (const name of [].concat(options.rules ?? [])) {
      const rule = typeof name === 'string' ? rules.get(name) : checkRule(name, `${fn}: rules[]`);
      if (!rule) throw new CopilotError('INVALID_CONFIG', `${fn}: unknown masking rule '${name}'; built in: ${[...rules.keys()].join(', ')}`);
      Object.assign(operators, conversation === undefined && rule.withoutConversation ? rule.withoutConversation : rule.operators);
    }
    Object.assign(operators, options.operators ?? {});
    const plan = { ...scanObject(options), operators };
    if (options.operator !== undefined) plan.operator = options.operator;
    for (const op of [plan.operator, ...Object.values(operators)]) {
      if (op === undefined) continue;
      const kind = typeof op === 'string' ? op : op?.type;
      if (!OPERATORS.includes(kind)) throw new CopilotError('INVALID_ARGUMENT', `${fn}: unknown operator ${JSON.stringify(kind)}; use ${OPERATORS.join(', ')}`);
      if (kind === 'tokenize' && conversation === undefined) {
        throw new CopilotError('INVALID_ARGUMENT', `${fn}: the tokenize operator needs options.conversation (core.pii.createConversation())`);
      }
    }
    if (options.hashKey !== undefined) {
      if (!(options.hashKey instanceof Uint8Array) || options.hashKey.length < 16 || options.hashKey.length > 64) {
        throw new CopilotError('INVALID_ARGUMENT', `${fn}: hashKey must be a Uint8Array of 16 to 64 bytes (one per tenant)`);
      }
      plan.hashKey = Array.from(options.hashKey, (b) => b.toString(16).padStart(2, '0')).join('');
    }
    return { json: JSON.stringify(plan), vault: conversation ? conversation[VAULT] : null };
  }

  function mask(text, options = {}) {
    const input = checkText(text, 'mask');
    const { json, vault } = maskPlan(options, 'mask');
    const engine = engineFor(options.customPatterns);
    const result = unwrapStatus(engine.handle.mask(input, json, vault));
    return { text: result.text, entities: entitiesOf(engine, result.entities, text) };
  }

  function maskSensitiveData(data, options = {}) {
    if (typeof data === 'string') return mask(data, options).text;
    const strings = [];
    const shape = collect(data, strings, new WeakSet());
    if (strings.length === 0) return rebuild(shape, []);
    const { json, vault } = maskPlan(options, 'maskSensitiveData');
    const engine = engineFor(options.customPatterns);
    const masked = JSON.parse(unwrapStatus(engine.handle.maskBatch(JSON.stringify(strings.map((s) => checkText(s, 'maskSensitiveData'))), json, vault)));
    return rebuild(shape, masked);
  }

  function createConversation() {
    const vault = new module.PiiVault();
    let closed = false;
    const use = () => {
      if (closed) throw new CopilotError('CLOSED', 'this conversation was closed; create a new one');
      return vault;
    };
    const conversation = {
      [VAULT]: vault,
      unmask: (text) => use().unmask(checkText(text, 'unmask')),
      get size() {
        return use().size();
      },
      createStreamingUnmasker: () => streamingUnmasker(conversation, use),
      close() {
        if (closed) return;
        closed = true;
        live.delete(conversation);
        vault.delete();
      },
    };
    live.add(conversation);
    return conversation;
  }

  function defineRule(name, rule) {
    if (typeof name !== 'string' || !/^[a-z0-9][a-z0-9-]{0,63}$/.test(name)) {
      throw new CopilotError('INVALID_CONFIG', 'defineRule: the name must be 1-64 lower-case letters, digits or dashes');
    }
    if (BUILTIN_RULES[name]) throw new CopilotError('INVALID_CONFIG', `defineRule: '${name}' is a built-in rule`);
    rules.set(name, checkRule(rule, 'defineRule'));
  }

  function unmask(text, conversation) {
    if (!live.has(conversation)) throw new CopilotError('INVALID_ARGUMENT', 'unmask: pass the conversation the text was masked with');
    return conversation.unmask(text);
  }

  return {
    detect,
    mask,
    unmask,
    maskSensitiveData,
    createConversation,
    defineRule,
    get rules() {
      return [...rules.keys()];
    },
    get entityTypes() {
      return engineFor(undefined).types.slice();
    },
  };
}

const VAULT = Symbol('vault');

function streamingUnmasker(conversation, use) {
  let pending = '';
  const hold = (text) => {
    const open = text.lastIndexOf('<');
    if (open < 0 || text.indexOf('>', open) >= 0) return text.length;
    const tail = text.slice(open);
    return tail.length <= use().longestPlaceholder() && /^<[A-Za-z0-9_]*$/.test(tail) ? open : text.length;
  };
  return {
    /** Feeds the next chunk; returns the text that is now safe to show, placeholders restored. */
    push(chunk) {
      pending += checkText(chunk, 'push');
      const cut = hold(pending);
      const ready = pending.slice(0, cut);
      pending = pending.slice(cut);
      return ready ? conversation.unmask(ready) : '';
    },
    /** Ends the stream: returns whatever was held back. */
    flush() {
      const rest = pending;
      pending = '';
      return rest ? conversation.unmask(rest) : '';
    },
    /** The same as flush(), under the name the chat store's guard uses. */
    end() {
      return this.flush();
    },
  };
}

function checkText(text, fn) {
  if (typeof text !== 'string') {
    throw new CopilotError('INVALID_ARGUMENT', `${fn}: expected a string, got ${text === null ? 'null' : typeof text}`);
  }
  if (text.length > MAX_TEXT_UNITS) {
    throw new CopilotError('TOO_LARGE', `${fn}: the text has ${text.length} UTF-16 units; at most 64 MiB per call. Split it.`);
  }
  // Lone surrogates become U+FFFD, which keeps every UTF-16 offset where it was.
  return text.isWellFormed() ? text : text.toWellFormed();
}

function checkOptions(options, fn) {
  if (options === null || typeof options !== 'object') throw new CopilotError('INVALID_ARGUMENT', `${fn}: options must be an object`);
  if (options.types !== undefined && !(Array.isArray(options.types) && options.types.every((t) => typeof t === 'string'))) {
    throw new CopilotError('INVALID_ARGUMENT', `${fn}: options.types must be an array of entity type names`);
  }
  if (options.minScore !== undefined && !(typeof options.minScore === 'number' && options.minScore >= 0 && options.minScore <= 1)) {
    throw new CopilotError('INVALID_ARGUMENT', `${fn}: options.minScore must be a number from 0 to 1`);
  }
}

function checkPatterns(patterns) {
  if (!Array.isArray(patterns)) throw new CopilotError('INVALID_ARGUMENT', 'customPatterns must be an array of { type, pattern, confidence }');
  return patterns.map((p, i) => {
    const where = `customPatterns[${i}]`;
    if (p === null || typeof p !== 'object') throw new CopilotError('INVALID_ARGUMENT', `${where} must be an object`);
    if (typeof p.type !== 'string' || !p.type) throw new CopilotError('INVALID_ARGUMENT', `${where}.type must be a non-empty string`);
    if (typeof p.pattern !== 'string') throw new CopilotError('INVALID_ARGUMENT', `${where}.pattern must be a string (RE2 syntax)`);
    const confidence = p.confidence ?? 0.8;
    if (typeof confidence !== 'number' || !(confidence >= 0 && confidence <= 1)) {
      throw new CopilotError('INVALID_ARGUMENT', `${where}.confidence must be a number from 0 to 1`);
    }
    return { type: p.type, pattern: p.pattern, confidence };
  });
}

function checkRule(rule, fn) {
  if (rule === null || typeof rule !== 'object' || rule.operators === null || typeof rule.operators !== 'object') {
    throw new CopilotError('INVALID_CONFIG', `${fn}: a rule is { operators: { ENTITY_TYPE: operator } }`);
  }
  return { operators: { ...rule.operators } };
}

function scanObject(options) {
  const out = {};
  if (options.minScore !== undefined) out.minScore = options.minScore;
  if (options.types !== undefined) out.types = options.types;
  return out;
}

function scanJson(options) {
  return options.minScore === undefined && options.types === undefined ? '' : JSON.stringify(scanObject(options));
}

// Deep masking: strings are gathered in document order, masked in one call, and put back.
function collect(value, strings, seen, key) {
  if (typeof key === 'string' && SENSITIVE_KEY.test(key) && value !== null && value !== undefined) return { redacted: true };
  if (typeof value === 'string') {
    strings.push(value);
    return { string: strings.length - 1 };
  }
  if (value === null || typeof value !== 'object') return { value };
  if (seen.has(value)) return { value: '[Circular]' };
  if (Array.isArray(value)) {
    seen.add(value);
    const items = value.map((item) => collect(item, strings, seen));
    seen.delete(value);
    return { array: items };
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return { value };
  seen.add(value);
  const entries = Object.entries(value).map(([k, v]) => [k, collect(v, strings, seen, k)]);
  seen.delete(value);
  return { object: entries };
}

function rebuild(shape, masked) {
  if (shape.redacted) return REDACTED;
  if ('string' in shape) return masked[shape.string];
  if (shape.array) return shape.array.map((item) => rebuild(item, masked));
  if (shape.object) return Object.fromEntries(shape.object.map(([k, v]) => [k, rebuild(v, masked)]));
  return shape.value;
}
