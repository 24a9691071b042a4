// `npx copilot-package gateway [--config FILE] [--port N] [--persist DIR]`: the edge gateway in
// workerd on this machine (through miniflare), until Ctrl+C. Exit status 2 on misuse or a bad
// configuration, 1 when it cannot start.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const USAGE = `usage: copilot-package gateway [--config FILE] [--port N] [--persist DIR]
  --config FILE   the gateway configuration (JSON; default ./gateway.json)
  --port N        the port on 127.0.0.1 (default 8787; 0 takes a free one)
  --persist DIR   keep Durable Object state (rate limits, webhook outbox, audit trail) in DIR
environment: ANTHROPIC_API_KEY (the model key), AUDIT_SIGNING_KEY (32 bytes, base64; without it
  one is kept in the persist folder), and any webhook secret the config names as 'env:NAME'`;

function parseArgs(args) {
  const options = { config: 'gateway.json', port: 8787, persist: undefined, help: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = () => {
      if (i + 1 >= args.length) throw new Error(`${arg} needs a value`);
      return args[++i];
    };
    if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--config') options.config = value();
    else if (arg === '--persist') options.persist = value();
    else if (arg === '--port') {
      const port = Number(value());
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port is a number from 0 to 65535');
      options.port = port;
    } else throw new Error(`unknown argument ${arg}`);
  }
  return options;
}

export async function main(args) {
  let options;
  try {
    options = parseArgs(args);
  } catch (error) {
    console.error(`${error.message}\n${USAGE}`);
    process.exit(2);
  }
  if (options.help) {
    console.log(USAGE);
    process.exit(0);
  }
  let config;
  try {
    config = JSON.parse(readFileSync(resolve(options.config), 'utf8'));
  } catch (error) {
    const hint = error.code === 'ENOENT' ? ' (write one: see "Edge gateway" in the README, or pass --config FILE)' : '';
    console.error(`cannot read the gateway configuration ${options.config}: ${error.message}${hint}`);
    process.exit(2);
  }
  const { startLocalGateway } = await import('../edge/node/local-gateway.js');
  let gateway;
  try {
    gateway = await startLocalGateway({ config, port: options.port, persist: options.persist && resolve(options.persist) });
  } catch (error) {
    console.error(`the gateway did not start: ${error.message}`);
    process.exit(error.code === 'INVALID_CONFIG' ? 2 : 1);
  }
  console.log(`copilot-package gateway: ${gateway.url}`);
  console.log(`  audit signing key: ${gateway.auditKeySource}`);
  console.log(`  state: ${options.persist ? resolve(options.persist) : 'in memory (use --persist DIR to keep it)'}`);
  console.log('  (press Ctrl+C to stop)');
  await new Promise((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  await gateway.close();
  process.exit(0);
}
