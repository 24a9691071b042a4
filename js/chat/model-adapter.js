// Picks the model adapter for a provider name. Every adapter has the same shape:
// { provider, stream({ system, messages, signal }) -> AsyncIterable<string> }.
import { CopilotError } from '../errors.js';
import { createAnthropicAdapter } from './anthropic-adapter.js';
import { createLocalAdapter } from './local-adapter.js';

export function createModelAdapter({ provider = 'local', ...options } = {}) {
  if (provider === 'local') return createLocalAdapter(options);
  if (provider === 'anthropic') return createAnthropicAdapter(options);
  throw new CopilotError(
    'INVALID_CONFIG',
    `no model adapter for provider "${provider}": use "anthropic" (through your endpoint) or "local"`,
  );
}
