// A small guard for testing the chat's state machine apart from the engines: it tokenizes
// e-mail addresses, denies "drop table" and challenges "export".
export function testGuard(events = []) {
  const vault = new Map();
  return {
    events,
    inspect: async (text) =>
      /drop table/i.test(text)
        ? { decision: 'deny', reasons: ['SQL injection'], threat: { detected: true } }
        : /export/i.test(text)
          ? { decision: 'challenge', reasons: ['bulk export needs confirmation'] }
          : { decision: 'allow' },
    protect: async (text) => {
      const entities = [];
      const masked = text.replace(/[\w.]+@[\w.]+\w/g, (value) => {
        const token = `<EMAIL_ADDRESS_${vault.size + 1}>`;
        vault.set(token, value);
        entities.push({ type: 'EMAIL_ADDRESS' });
        return token;
      });
      return { text: masked, entities };
    },
    reveal: () => {
      let pending = '';
      const restore = (s) => s.replace(/<EMAIL_ADDRESS_\d+>/g, (t) => vault.get(t) ?? t);
      return {
        push(chunk) {
          pending += chunk;
          const cut = pending.lastIndexOf('<');
          const safe = cut >= 0 && !pending.slice(cut).includes('>') ? cut : pending.length;
          const out = restore(pending.slice(0, safe));
          pending = pending.slice(safe);
          return out;
        },
        end: () => restore(pending),
      };
    },
    remember: async (messages) => events.push({ type: 'remembered', count: messages.length }),
    audit: (event) => events.push(event),
  };
}

