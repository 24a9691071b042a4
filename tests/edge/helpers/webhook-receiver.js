// A webhook receiver on loopback that checks every delivery with standardwebhooks' own
// Webhook.verify. Each path is one endpoint: `behave(path, fn)` sets how it answers
// (fn(delivery) -> HTTP status), `deliveries(path)` lists what arrived, verified or not.
import { createServer } from 'node:http';
import { Webhook } from 'standardwebhooks';

export function newSecret() {
  return `whsec_${Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64')}`;
}

export async function startWebhookReceiver(secrets) {
  const log = new Map();
  const behaviour = new Map();
  const waiters = [];
  const server = createServer((request, response) => {
    let raw = '';
    request.on('data', (c) => (raw += c));
    request.on('end', () => {
      const path = new URL(request.url, 'http://x').pathname;
      let payload = null;
      let verified = false;
      try {
        payload = new Webhook(secrets[path]).verify(raw, request.headers);
        verified = true;
      } catch {
        verified = false;
      }
      const delivery = { at: Date.now(), id: request.headers['webhook-id'], headers: request.headers, raw, payload, verified };
      const list = log.get(path) ?? [];
      list.push(delivery);
      log.set(path, list);
      const status = behaviour.get(path)?.(delivery, list.length) ?? 200;
      delivery.status = status;
      response.writeHead(status).end();
      for (const w of waiters.splice(0)) w();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    behave: (path, fn) => behaviour.set(path, fn),
    deliveries: (path) => log.get(path) ?? [],
    /** Resolves once `test(deliveries(path))` holds; rejects after `ms`. */
    async waitFor(path, test, ms = 20_000) {
      const deadline = Date.now() + ms;
      while (!test(log.get(path) ?? [])) {
        if (Date.now() > deadline) throw new Error(`webhook receiver: condition on ${path} not met within ${ms} ms (${(log.get(path) ?? []).length} deliveries)`);
        await new Promise((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
      return log.get(path);
    },
    close: () => new Promise((r) => server.close(r)),
  };
}
