// core.pii: finding and masking personal data in text, backed by the wasm core (src/pii/).
//
//   const { found, types, entities } = core.pii.detect(text, { minScore: 0.5 });
//   const { text: masked } = core.pii.mask(text, { rules: ['email-masking', 'ssn-encryption'] });
//   const chat = core.pii.createConversation();
//   const prompt = core.pii.mask(userText, { operator: 'tokenize', conversation: chat }).text;
//   const answer = chat.unmask(modelAnswer);           // or chat.createStreamingUnmasker()
//   const encryption = { key: tenantKey32, tenant: 'acme' };          // the caller's key
//   const sealed = core.pii.mask(text, { rules: ['ssn-encryption'], encryption }).text;
//   const back = core.pii.decrypt(sealed, encryption);  // WRONG_KEY / INTEGRITY when it can't
//   const saved = chat.export(encryption);              // the vault, sealed: store it anywhere
//   const again = core.pii.importConversation(saved, { encryption });
//
// Offsets are UTF-16 code units (what String.prototype.slice takes), end exclusive, sorted.
import { CopilotError, unwrapStatus } from '../errors.js';
import { eip55Rejects } from './eip55.js';
import { BUILTIN_RULES } from './rules.js';

const MAX_TEXT_UNITS = 64 * 1024 * 1024;
// detect() and mask() hand the core UTF-8 bytes: TextEncoder is native and much faster than
// embind's own string conversion. A small scratch buffer is reused. mask() gets the masked
// text back as UTF-8 bytes for TextDecoder.
const SCRATCH_UNITS = 256 * 1024;
// The streaming unmasker holds back at most this much of a possible "<enc:TYPE:...>" tag.
const MAX_SEALED_TAG = 8192;
const MAX_CACHED_ENGINES = 16;
const OPERATORS = ['replace', 'redact', 'mask', 'hash', 'encrypt', 'tokenize'];
const SENSITIVE_KEY = /pass(word|wd|phrase)?$|^pwd$|secret|token|api[-_]?key|^auth(orization)?$|credential|private[-_]?key|^ssn$|^cvv$|^pin$/i;
export const REDACTED = '[REDACTED]';

/** Builds core.pii over the embind module. */
export function buildPii(module) {
  const engines = new Map();
  const rules = new Map(Object.entries(BUILTIN_RULES));
  const live = new WeakSet();
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  let scratch = null;

  // The UTF-8 bytes of `text` (lone surrogates become U+FFFD, one UTF-16 unit like them, so
  // offsets stay put). Valid until the next call.
  function utf8(text) {
    if (text.length > SCRATCH_UNITS) return encoder.encode(text);
    scratch ??= new Uint8Array(SCRATCH_UNITS * 3);
    return scratch.subarray(0, encoder.encodeInto(text, scratch).written);
  }

  // A sealer for the encrypt operator over { key, tenant }; the caller deletes it.
  function sealerFor(encryption, fn) {
    checkEncryption(encryption, fn);
    const sealer = new module.PiiSealer(encryption.key, encryption.tenant);
    try {
      unwrapStatus(sealer.status());
    } catch (error) {
      sealer.delete();
      throw error;
    }
    return sealer;
  }

  // Runs `body(sealer)` with the sealer of options.encryption (made and freed here) or of the
  // conversation, or null.
  function withSealer(options, conversation, fn, body) {
    if (options.encryption === undefined) return body(conversation ? conversation[SEALER] : null);
    const sealer = sealerFor(options.encryption, fn);
    try {
      return body(sealer);
    } finally {
      sealer.delete();
    }
  }

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
    const types = handle.typeNames();
    engine = { handle, types, crypto: types.indexOf('CRYPTO') };
    engines.set(key, engine);
    if (engines.size > MAX_CACHED_ENGINES) {
      const [oldest, evicted] = engines.entries().next().value;
      engines.delete(oldest);
      evicted.handle.delete();
    }
    return engine;
  }

  // Entity objects from flat quadruples, leaving out the indices in `rejects`.
  function entitiesOf(engine, flat, text, rejects) {
    const entities = [];
    for (let k = 0; k < flat.length; k += 4) {
      if (rejects?.has(k / 4)) continue;
      const start = flat[k + 1];
      const end = flat[k + 2];
      entities.push({ type: engine.types[flat[k]], start, end, score: Math.round(flat[k + 3] * 1000) / 1000, text: text.slice(start, end) });
    }
    return entities;
  }

  function detect(text, options = {}) {
    checkLength(text, 'detect');
    checkOptions(options, 'detect');
    const engine = engineFor(options.customPatterns);
    const flat = unwrapStatus(engine.handle.detect(utf8(text), scanJson(options)));
    const entities = entitiesOf(engine, flat, text, eip55Rejects(flat, engine.crypto, text));
    return { found: entities.length > 0, types: [...new Set(entities.map((e) => e.type))], entities };
  }

  function maskPlan(options, fn) {
    checkOptions(options, fn);
    const conversation = options.conversation;
    if (conversation !== undefined && !live.has(conversation)) {
      throw new CopilotError('INVALID_ARGUMENT', `${fn}: options.conversation must come from core.pii.createConversation() and not be closed`);
    }
    const hasKey = options.encryption !== undefined || Boolean(conversation?.[SEALER]);
    const operators = {};
    for (const name of [].concat(options.rules ?? [])) {
      const rule = typeof name === 'string' ? rules.get(name) : checkRule(name, `${fn}: rules[]`);
      if (!rule) throw new CopilotError('INVALID_CONFIG', `${fn}: unknown masking rule '${name}'; built in: ${[...rules.keys()].join(', ')}`);
      let chosen = rule.operators;
      if (!hasKey && rule.withoutKey) chosen = conversation === undefined ? rule.withoutKey.alone : rule.withoutKey.inConversation;
      Object.assign(operators, chosen);
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
      if (kind === 'encrypt' && !hasKey) {
        throw new CopilotError('INVALID_ARGUMENT', `${fn}: the encrypt operator needs options.encryption { key: 32-byte Uint8Array, tenant }`);
      }
    }
    if (options.hashKey !== undefined) {
      if (!(options.hashKey instanceof Uint8Array) || options.hashKey.length < 16 || options.hashKey.length > 64) {
        throw new CopilotError('INVALID_ARGUMENT', `${fn}: hashKey must be a Uint8Array of 16 to 64 bytes (one per tenant)`);
      }
      plan.hashKey = Array.from(options.hashKey, (b) => b.toString(16).padStart(2, '0')).join('');
    }
    return { json: JSON.stringify(plan), vault: conversation ? conversation[VAULT] : null, conversation };
  }

  function mask(text, options = {}) {
    checkLength(text, 'mask');
    const { json, vault, conversation } = maskPlan(options, 'mask');
    const engine = engineFor(options.customPatterns);
    const result = unwrapStatus(withSealer(options, conversation, 'mask', (sealer) => engine.handle.mask(utf8(text), json, vault, sealer)));
    // A mixed-case Ethereum address failing EIP-55 is not one: it stays in the text as it was.
    const rejects = eip55Rejects(result.entities, engine.crypto, text);
    const masked = decoder.decode(result.text);
    return { text: rejects ? putBack(masked, result, rejects, text) : masked, entities: entitiesOf(engine, result.entities, text, rejects) };
  }

  function maskSensitiveData(data, options = {}) {
    if (typeof data === 'string') return mask(data, options).text;
    const strings = [];
    const shape = collect(data, strings, new WeakSet());
    if (strings.length === 0) return rebuild(shape, []);
    const { json, vault, conversation } = maskPlan(options, 'maskSensitiveData');
    const engine = engineFor(options.customPatterns);
    const texts = JSON.stringify(strings.map((s) => checkText(s, 'maskSensitiveData')));
    const masked = JSON.parse(unwrapStatus(withSealer(options, conversation, 'maskSensitiveData', (sealer) => engine.handle.maskBatch(texts, json, vault, sealer))));
    return rebuild(shape, masked);
  }

  function createConversation(options = {}) {
    if (options === null || typeof options !== 'object') throw new CopilotError('INVALID_ARGUMENT', 'createConversation: options must be an object');
    const sealer = options.encryption === undefined ? null : sealerFor(options.encryption, 'createConversation');
    const vault = new module.PiiVault();
    let closed = false;
    const use = () => {
      if (closed) throw new CopilotError('CLOSED', 'this conversation was closed; create a new one');
      return vault;
    };
    const conversation = {
      [VAULT]: vault,
      [SEALER]: sealer,
      unmask(text) {
        const restored = use().unmask(checkText(text, 'unmask'));
        // Encrypted values open too; a tag that does not open (damaged by the model) stays.
        return sealer && restored.includes('<enc:') ? unwrapStatus(sealer.openText(restored, false)) : restored;
      },
      get size() {
        return use().size();
      },
      createStreamingUnmasker: () => streamingUnmasker(conversation, use),
      export(encryption) {
        use();
        if (encryption === undefined && !sealer) {
          throw new CopilotError('INVALID_ARGUMENT', 'export: pass { key, tenant } (or create the conversation with options.encryption)');
        }
        const exporter = encryption === undefined ? sealer : sealerFor(encryption, 'export');
        try {
          return unwrapStatus(vault.exportSealed(exporter));
        } finally {
          if (exporter !== sealer) exporter.delete();
        }
      },
      close() {
        if (closed) return;
        closed = true;
        live.delete(conversation);
        vault.delete();
        sealer?.delete();
      },
    };
    live.add(conversation);
    return conversation;
  }

  function importConversation(sealed, options = {}) {
    if (!(sealed instanceof Uint8Array)) throw new CopilotError('INVALID_ARGUMENT', 'importConversation: pass the Uint8Array that conversation.export() returned');
    if (options === null || typeof options !== 'object' || options.encryption === undefined) {
      throw new CopilotError('INVALID_ARGUMENT', 'importConversation: options.encryption { key, tenant } is required (the one export used)');
    }
    const conversation = createConversation(options);
    try {
      unwrapStatus(conversation[VAULT].importSealed(conversation[SEALER], sealed));
    } catch (error) {
      conversation.close();
      throw error;
    }
    return conversation;
  }

  function decrypt(text, options) {
    checkLength(text, 'decrypt');
    checkEncryption(options, 'decrypt');
    const { onError = 'throw' } = options;
    if (onError !== 'throw' && onError !== 'keep') throw new CopilotError('INVALID_ARGUMENT', "decrypt: onError is 'throw' or 'keep'");
    const input = checkText(text, 'decrypt');
    if (!input.includes('<enc:')) return input;
    const sealer = sealerFor(options, 'decrypt');
    try {
      return unwrapStatus(sealer.openText(input, onError === 'throw'));
    } finally {
      sealer.delete();
    }
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
    decrypt,
    maskSensitiveData,
    createConversation,
    importConversation,
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
const SEALER = Symbol('sealer');
const PARTIAL_SEALED_TAG = /^<(?:e(?:n(?:c(?::[A-Za-z0-9_.-]{0,64}(?::[A-Za-z0-9_-]*)?)?)?)?)?$/;

function streamingUnmasker(conversation, use) {
  let pending = '';
  const hold = (text) => {
    const open = text.lastIndexOf('<');
    if (open < 0 || text.indexOf('>', open) >= 0) return text.length;
    const tail = text.slice(open);
    if (tail.length <= use().longestPlaceholder() && /^<[A-Za-z0-9_]*$/.test(tail)) return open;
    // A tag of the encrypt operator may be cut anywhere inside its long payload.
    return conversation[SEALER] && tail.length <= MAX_SEALED_TAG && PARTIAL_SEALED_TAG.test(tail) ? open : text.length;
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

// `masked` with the replacement of each entity in `rejects` (its span in masked: spans[2k],
// spans[2k + 1]) turned back into the original text of the entity (flat[4k + 1], flat[4k + 2]).
function putBack(masked, { spans, entities: flat }, rejects, original) {
  let out = masked;
  for (const k of [...rejects].sort((a, b) => b - a)) {
    out = out.slice(0, spans[2 * k]) + original.slice(flat[4 * k + 1], flat[4 * k + 2]) + out.slice(spans[2 * k + 1]);
  }
  return out;
}

function checkLength(text, fn) {
  if (typeof text !== 'string') {
    throw new CopilotError('INVALID_ARGUMENT', `${fn}: expected a string, got ${text === null ? 'null' : typeof text}`);
  }
  if (text.length > MAX_TEXT_UNITS) {
    throw new CopilotError('TOO_LARGE', `${fn}: the text has ${text.length} UTF-16 units; at most 64 MiB per call. Split it.`);
  }
}

function checkText(text, fn) {
  checkLength(text, fn);
  // Lone surrogates become U+FFFD, which keeps every UTF-16 offset where it was.
  return text.isWellFormed() ? text : text.toWellFormed();
}

function checkEncryption(encryption, fn) {
  if (encryption === null || typeof encryption !== 'object') {
    throw new CopilotError('INVALID_ARGUMENT', `${fn}: encryption is { key: 32-byte Uint8Array, tenant: string }`);
  }
  if (!(encryption.key instanceof Uint8Array) || encryption.key.length !== 32) {
    throw new CopilotError('INVALID_ARGUMENT', `${fn}: encryption.key must be a 32-byte Uint8Array (e.g. core.crypto.generateMasterKey())`);
  }
  if (typeof encryption.tenant !== 'string' || encryption.tenant.length === 0 || encryption.tenant.length > 1024) {
    throw new CopilotError('INVALID_ARGUMENT', `${fn}: encryption.tenant must be a non-empty string (the organization id the values are bound to)`);
  }
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
