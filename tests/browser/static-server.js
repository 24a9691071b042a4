// A plain HTTP server for the repository's files on 127.0.0.1, with the MIME types a browser
// needs (application/wasm enables streaming compilation). Serves only what the tests load.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, normalize, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
// No bundler here: pages get an import map for the package's own npm dependencies.
const importMap = {
  imports: {
    valibot: '/node_modules/valibot/dist/index.mjs',
    'eventsource-parser': '/node_modules/eventsource-parser/dist/index.js',
    '@noble/hashes/sha3.js': '/node_modules/@noble/hashes/sha3.js',
  },
};
const served = ['js/', 'dist/', 'tests/', ...Object.values(importMap.imports).map((p) => p.split('/').slice(1, 3).join('/') + '/')];
const withImportMap = (html) =>
  html.replace('<head>', `<head><script type="importmap">${JSON.stringify(importMap)}</script>`);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

export async function startStaticServer() {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^\/+/, '');
    if (!served.some((prefix) => path.startsWith(prefix)) || path.includes('..')) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(join(root, path));
      const type = types[extname(path)] ?? 'application/octet-stream';
      response.writeHead(200, { 'content-type': type }).end(type.startsWith('text/html') ? withImportMap(body.toString('utf8')) : body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}
