// `npm run demo`'s last step: serves the demo dashboard on localhost and prints its URL.
// The port comes from PORT (default 5173); a port in use is one clear message.
import { startDemoServer } from '../demo/server.js';

const port = Number(process.env.PORT ?? 5173);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`error: PORT must be a port number from 1 to 65535, got "${process.env.PORT}"`);
  process.exit(1);
}

try {
  const server = await startDemoServer({ port });
  console.log(`\ncopilot-package demo: ${server.url}\n  edge gateway (workerd): ${server.gateway.url}\n(press Ctrl+C to stop)\n`);
} catch (error) {
  if (error.code === 'EADDRINUSE' || /Port \d+ is already in use/.test(error.message)) {
    console.error(`\nerror: port ${port} is already in use.\nfix:   stop what uses it, or choose another port: PORT=${port + 1} npm run demo`);
    process.exit(1);
  }
  throw error;
}
