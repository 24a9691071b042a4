// Structured logs: one JSON object per line on console (Workers Logs and `wrangler tail`
// index them). Never a prompt, a token, a key or a webhook secret: callers pass ids, codes,
// counts and entity types only.
export function createLogger(base = {}) {
  const write = (level, message, fields) => {
    const line = { level, message, time: new Date().toISOString(), ...base, ...fields };
    (level === 'error' ? console.error : level === 'warn' ? console.warn : console.log)(JSON.stringify(line));
  };
  return {
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
    child: (fields) => createLogger({ ...base, ...fields }),
  };
}
