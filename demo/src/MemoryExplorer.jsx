import { useEffect, useState } from 'react';
import { useMemoryScope } from 'copilot-package';

const SCOPES = /** @type {const} */ (['session', 'user', 'organization']);

/** What this identity may see in its encrypted memory: per-scope stats and a search. */
export function MemoryExplorer() {
  const memory = useMemoryScope({ defaultScope: 'user', enabledScopes: [...SCOPES] });
  const [query, setQuery] = useState('');
  const [results, setResults] = useState(/** @type {Array<{ key: string, value: unknown, scope: string }>} */ ([]));
  const [stats, setStats] = useState(() => memory.getStats());

  useEffect(() => memory.subscribe('change', () => setStats(memory.getStats())), [memory]);
  useEffect(() => {
    let live = true;
    Promise.all(SCOPES.map((scope) => memory.search(query, scope))).then((found) => live && setResults(found.flat()));
    return () => {
      live = false;
    };
  }, [memory, query, stats]);

  return (
    <section className="page" aria-labelledby="memory-title">
      <h2 id="memory-title">Memory explorer</h2>
      <table>
        <caption>Records per scope (stored encrypted)</caption>
        <thead>
          <tr>
            <th scope="col">Scope</th>
            <th scope="col">Records</th>
            <th scope="col">Bytes at rest</th>
          </tr>
        </thead>
        <tbody>
          {stats.map((s) => (
            <tr key={s.scope}>
              <td>{s.scope}</td>
              <td>{s.itemCount}</td>
              <td>{s.totalSize}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <label className="search">
        Search keys and values <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      <ul className="records" data-testid="memory-records">
        {results.map((r) => (
          <li key={`${r.scope}:${r.key}`}>
            <code>
              {r.scope}/{r.key}
            </code>
            <pre>{JSON.stringify(r.value, null, 2).slice(0, 600)}</pre>
          </li>
        ))}
      </ul>
    </section>
  );
}
