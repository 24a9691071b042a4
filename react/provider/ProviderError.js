import { createElement as h } from 'react';

/** The provider's default error state: what went wrong, and for a config, where. */
export function ProviderError({ problem }) {
  if (problem.kind === 'config') {
    return h(
      'div',
      { role: 'alert', className: 'copilot-error' },
      h('strong', null, 'The copilot configuration is invalid.'),
      h(
        'ul',
        null,
        problem.errors.map((e) => h('li', { key: `${e.path}:${e.message}` }, h('code', null, e.path || '(config)'), ': ', e.message)),
      ),
    );
  }
  if (problem.kind === 'unlock') {
    return h(
      'div',
      { role: 'alert', className: 'copilot-error' },
      h('strong', null, 'The passphrase does not open this copilot’s memory.'),
      ' Nothing was changed: try again with the right passphrase.',
    );
  }
  return h(
    'div',
    { role: 'alert', className: 'copilot-error' },
    h('strong', null, 'The copilot could not start.'),
    ' ',
    problem.error?.message ?? String(problem.error),
    problem.error?.code ? h('code', { className: 'copilot-error-code' }, ` (${problem.error.code})`) : null,
  );
}
