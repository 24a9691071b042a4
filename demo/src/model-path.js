// Where the demo's dev server proxies the model API (demo/server.js uses the same path).
export const MODEL_PROXY_PATH = '/api/model';
