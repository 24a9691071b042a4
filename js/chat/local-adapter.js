// Model adapter for provider 'local': the offline model, streamed in chunks.
import { chunkText, localReply } from './local-model.js';
import { CopilotError } from '../errors.js';

export function createLocalAdapter({ delayMs = 0 } = {}) {
  return {
    provider: 'local',
    async *stream({ system, messages, signal }) {
      for (const chunk of chunkText(localReply({ system, messages }))) {
        if (signal?.aborted) throw new CopilotError('ABORTED', 'the reply was cancelled');
        if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
        yield chunk;
      }
    },
  };
}
