import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const fromRoot = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));

// The demo imports the package by its public name, resolved to this checkout's sources.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^copilot-package\/core$/, replacement: fromRoot('js/entry/browser.js') },
      { find: /^copilot-package$/, replacement: fromRoot('react/index.js') },
    ],
  },
  server: { host: '127.0.0.1', strictPort: true },
  clearScreen: false,
});
