// One delivery attempt: the body signed to the Standard Webhooks spec with the standardwebhooks
// package (webhook-id, webhook-timestamp, webhook-signature: v1 HMAC-SHA256 under the whsec_
// key), POSTed with a timeout. The same webhook-id goes out on every retry of a message, with
// the timestamp and signature of that attempt, so receivers deduplicate by id.
import { Webhook } from 'standardwebhooks';
import { checkWhsec } from '../config.js';

const signers = new Map();

/** The whsec_ secret of an endpoint: written in the config, or 'env:NAME' read from a secret binding. */
export function endpointSecret(endpoint, env) {
  if (!endpoint.secret.startsWith('env:')) return endpoint.secret;
  const name = endpoint.secret.slice(4);
  const value = env?.[name];
  if (typeof value !== 'string') throw new Error(`webhook endpoint '${endpoint.id}': the secret binding ${name} is not set`);
  checkWhsec(value, `secret binding ${name}`);
  return value;
}

function signerFor(secret) {
  let signer = signers.get(secret);
  if (!signer) {
    signer = new Webhook(secret);
    signers.set(secret, signer);
  }
  return signer;
}

/** Returns { ok, status, error? }; never throws for a receiver's failure. */
export async function deliver(endpoint, secret, message, { timeoutMs }) {
  const now = new Date();
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'copilot-package-gateway',
    'webhook-id': message.id,
    'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
    'webhook-signature': signerFor(secret).sign(message.id, now, message.body),
  };
  try {
    const response = await fetch(endpoint.url, { method: 'POST', headers, body: message.body, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    const ok = response.status >= 200 && response.status < 300;
    return { ok, status: response.status, ...(ok ? {} : { error: `HTTP ${response.status}` }) };
  } catch (error) {
    return { ok: false, status: 0, error: error?.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : `unreachable (${error?.message ?? error})` };
  }
}
