// The chat's guard built from the package's own engines: the security policy decides and
// scans (createSecurityPolicy), the PII engine tokenizes per conversation and unmasks the
// streamed answer (core.pii), the memory store keeps the transcript encrypted in the user
// scope (createMemoryScope), and every step lands in the security policy's audit trail.
import { CopilotError } from '../errors.js';

const TRANSCRIPT_LIMIT = 200;

/**
 * @param {object} options
 * @param {object} options.core the loaded core (for core.pii)
 * @param {object} options.security a createSecurityPolicy() result
 * @param {object} [options.memory] a createMemoryScope() result; without it nothing is stored
 * @param {string} [options.conversationKey] the memory key of this conversation's transcript
 * @param {object} [options.user] who is typing, passed to policies as request.user
 */
export function createEngineGuard({ core, security, memory = null, conversationKey = 'copilot:conversation', user = null }) {
  if (!core?.pii || typeof security?.evaluateRequest !== 'function') {
    throw new CopilotError('INVALID_ARGUMENT', 'createEngineGuard needs the loaded core and a security policy');
  }
  const conversation = core.pii.createConversation();
  return {
    async inspect(text) {
      const result = await security.evaluateRequest({ type: 'chat_message', content: text, ...(user ? { user } : {}) });
      return { decision: result.decision, reasons: result.reasons, threat: result.threat };
    },
    async protect(text) {
      const masked = core.pii.mask(text, { operator: 'tokenize', conversation });
      return { text: masked.text, entities: masked.entities };
    },
    reveal: () => conversation.createStreamingUnmasker(),
    async remember(messages) {
      if (!memory) return;
      const transcript = messages.slice(-TRANSCRIPT_LIMIT).map(({ role, text, status }) => ({ role, text, status }));
      await memory.setData(conversationKey, transcript, 'user');
    },
    audit(event) {
      const { type, ...data } = event;
      security.audit.append(`chat_${type}`, data).catch(() => {});
    },
    close() {
      conversation.close();
    },
  };
}
