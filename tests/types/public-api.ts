// Compiled by `tsc --noEmit` only: proves the declarations describe a usable API.
import { loadCore, CopilotError, type Core, type ErrorCode } from 'copilot-package/core';
import * as reactEntry from 'copilot-package';

async function start(): Promise<string> {
  const core: Core = await loadCore({ wasm: new URL('https://example.invalid/copilot-core.wasm') });
  return core.version;
}

function codeOf(error: unknown): ErrorCode | undefined {
  return error instanceof CopilotError ? error.code : undefined;
}

// @ts-expect-error: the core is read-only
const mutate = (core: Core) => (core.version = 'x');

const sameLoader: typeof loadCore = reactEntry.loadCore;

async function maskPrompt(prompt: string): Promise<string> {
  const core = await loadCore();
  const found = core.pii.detect(prompt, { minScore: 0.5, types: ['EMAIL_ADDRESS', 'EMPLOYEE_ID'], customPatterns: [{ type: 'EMPLOYEE_ID', pattern: 'EMP\\d{6}', confidence: 0.9, jurisdiction: ['internal'] }] });
  const first: number = found.entities[0]?.start ?? 0;
  const chat = core.pii.createConversation();
  const masked = core.pii.mask(prompt, { rules: ['email-masking', 'ssn-encryption'], operators: { PERSON: 'tokenize', CREDIT_CARD: { type: 'mask', keepLast: 4 } }, conversation: chat });
  const stream = chat.createStreamingUnmasker();
  const answer = stream.push(masked.text.slice(first)) + stream.flush();
  const deep: { password: string } = core.pii.maskSensitiveData({ password: 'x' });
  chat.close();
  return answer + deep.password;
}

export { start, codeOf, mutate, sameLoader, maskPrompt };
