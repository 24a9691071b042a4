// Model adapter for provider 'anthropic': the Messages API with streaming server-sent events.
//
// It talks to a configurable endpoint (your own server or edge proxy, which adds the API
// key: a provider key must never live in a browser). A request that fails before any text
// arrived (network error, timeout, HTTP 429/5xx, an overloaded error event) is retried once;
// after text has been shown, a failure ends the reply with a clear error instead.
import { createParser } from 'eventsource-parser';
import { CopilotError } from '../errors.js';

const ANTHROPIC_VERSION = '2023-06-01';

export function createAnthropicAdapter(options = {}) {
  const { endpoint, model, headers = {}, maxTokens = 1024, timeoutMs = 30_000, retries = 1 } = options;
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof endpoint !== 'string' || endpoint === '') {
    throw new CopilotError('INVALID_CONFIG', 'the anthropic provider needs an endpoint: the URL of your Messages API proxy');
  }
  if (typeof model !== 'string' || model === '') {
    throw new CopilotError('INVALID_CONFIG', 'the anthropic provider needs a model name, e.g. "claude-3-5-sonnet-latest"');
  }
  const url = `${endpoint.replace(/\/+$/, '')}/v1/messages`;

  async function* attempt({ system, messages, signal, confirmed }) {
    const timer = new IdleTimer(timeoutMs, signal);
    try {
      const post = (extra = {}) => fetchImpl(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'anthropic-version': ANTHROPIC_VERSION, ...headers, ...extra },
        body: JSON.stringify({ model, max_tokens: maxTokens, stream: true, messages, ...(system ? { system } : {}) }),
        signal: timer.signal,
      }).catch((error) => {
        throw timer.explain(error) ?? unavailable(`could not reach the model endpoint (${error.message})`, error);
      });
      let response = await post();
      // The edge gateway challenges (409) what its policy wants confirmed; a message the user
      // already confirmed goes again once, with the challenge id as the confirmation.
      if (response.status === 409 && confirmed) {
        const challenge = await challengeOf(response.clone());
        if (challenge) response = await post({ 'copilot-confirm': challenge });
      }
      if (!response.ok) throw await httpError(response);
      yield* readEvents(response.body, timer);
    } finally {
      timer.stop();
    }
  }

  return {
    provider: 'anthropic',
    async *stream(request) {
      for (let attemptNo = 0; ; attemptNo++) {
        let yielded = false;
        try {
          for await (const text of attempt(request)) {
            yielded = true;
            yield text;
          }
          return;
        } catch (error) {
          if (yielded || attemptNo >= retries || !error.retryable || request.signal?.aborted) throw error;
        }
      }
    },
  };
}

async function* readEvents(body, timer) {
  const events = [];
  let parseError = null;
  const parser = createParser({
    onEvent: (event) => events.push(event),
    onError: (error) => (parseError = error),
  });
  const decoder = new TextDecoder();
  let finished = false;
  const reader = body.getReader();
  try {
    while (!finished) {
      const { value, done } = await reader.read().catch((error) => {
        throw timer.explain(error) ?? unavailable(`the model stream broke off (${error.message})`, error);
      });
      if (done) break;
      timer.touch();
      parser.feed(decoder.decode(value, { stream: true }));
      if (parseError) throw streamError(`the model endpoint sent a malformed event stream (${parseError.message})`);
      for (const event of events.splice(0)) {
        const outcome = interpret(event);
        if (outcome.text) yield outcome.text;
        if (outcome.done) finished = true;
      }
    }
  } finally {
    reader.cancel().catch(() => {});
  }
  if (!finished) throw streamError('the model stream ended before message_stop: the reply may be incomplete', true);
}

// One server-sent event of the Messages API -> { text?, done? }. Unknown event types are
// ignored, as the API's versioning policy asks of clients.
function interpret(event) {
  let data;
  try {
    data = JSON.parse(event.data);
  } catch {
    throw streamError(`the model endpoint sent an event whose data is not JSON: ${event.data.slice(0, 80)}`);
  }
  const type = event.event ?? data?.type;
  switch (type) {
    case 'content_block_delta':
      if (data?.delta?.type === 'text_delta') {
        if (typeof data.delta.text !== 'string') throw streamError('a text_delta event carried no text');
        return { text: data.delta.text };
      }
      return {};
    case 'message_stop':
      return { done: true };
    case 'error': {
      const kind = data?.error?.type ?? 'error';
      const retryable = kind === 'overloaded_error' || kind === 'api_error';
      const message = `the model reported ${kind}: ${data?.error?.message ?? 'no message'}`;
      const error = new CopilotError(retryable ? 'MODEL_UNAVAILABLE' : 'MODEL_ERROR', message);
      error.retryable = retryable;
      throw error;
    }
    default:
      return {};
  }
}

async function challengeOf(response) {
  try {
    const id = (await response.json())?.error?.challenge_id;
    return typeof id === 'string' && /^chl_[0-9a-f]{32}$/.test(id) ? id : null;
  } catch {
    return null;
  }
}

async function httpError(response) {
  let detail = '';
  try {
    const body = await response.json();
    detail = body?.error?.message ? `: ${body.error.message}` : '';
  } catch {
    // a body that is not JSON adds nothing useful
  }
  const retryable = response.status === 429 || response.status >= 500;
  const error = new CopilotError(
    retryable ? 'MODEL_UNAVAILABLE' : 'MODEL_ERROR',
    `the model endpoint answered HTTP ${response.status}${detail}`,
  );
  error.retryable = retryable;
  return error;
}

function unavailable(message, cause) {
  const error = new CopilotError('MODEL_UNAVAILABLE', message, { cause });
  error.retryable = true;
  return error;
}

function streamError(message, retryable = false) {
  const error = new CopilotError('MODEL_STREAM', message);
  error.retryable = retryable;
  return error;
}

// Aborts the request when nothing arrived for `ms` (or the caller aborted), and says which.
class IdleTimer {
  constructor(ms, outer) {
    this.ms = ms;
    this.controller = new AbortController();
    this.signal = this.controller.signal;
    this.timedOut = false;
    this.outer = outer;
    this.onOuterAbort = () => this.controller.abort(outer.reason);
    outer?.addEventListener('abort', this.onOuterAbort, { once: true });
    if (outer?.aborted) this.controller.abort(outer.reason);
    this.touch();
  }
  touch() {
    clearTimeout(this.handle);
    this.handle = setTimeout(() => {
      this.timedOut = true;
      this.controller.abort();
    }, this.ms);
  }
  stop() {
    clearTimeout(this.handle);
    this.outer?.removeEventListener('abort', this.onOuterAbort);
  }
  explain(error) {
    if (this.outer?.aborted) return new CopilotError('ABORTED', 'the reply was cancelled', { cause: error });
    if (this.timedOut) return unavailable(`the model endpoint sent nothing for ${this.ms} ms`, error);
    return null;
  }
}
