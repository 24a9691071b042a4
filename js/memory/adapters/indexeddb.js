// IndexedDB storage adapter of the memory engine (browsers; fake-indexeddb in Node tests).
// Rows (contract.js) are stored in pages, many rows per stored value (page-codec.js): the
// rows whose key hash starts with the same two characters (256 buckets per partition) share
// one page { id: partition + bucket, b: bytes } in the object store 'pages'. A batch of 10,000
// records is ~256 IndexedDB requests of one byte array each instead of 10,000 cloned objects:
// IndexedDB's cost is per request and per cloned field, so that is what makes batches fast.
//   - commit() reads the pages it touches and writes them back in the same readwrite
//     transaction: a batch lands whole or not at all, and another tab's write to the same page
//     is serialised by IndexedDB (it reads the page after ours commits).
//   - get(ids) reads each page it needs once; `part` (most of a partition) and listPartition
//     read the partition's pages with one range request; listExpired walks every page.
//   - Each record keeps its own envelope, bound to its key hash: an altered envelope is
//     INTEGRITY for that record only. A page whose framing is broken (its lengths do not add
//     up) cannot be read: onEvent hears { type: 'page' }, get() returns its records as rows
//     whose envelope fails authentication (INTEGRITY for each), listPartition and listExpired
//     skip it, and the next write to it starts the page afresh after moving the broken bytes,
//     as they were, to the meta store under `quarantine/<page id>/<time>` (nothing is thrown
//     away: a recovery tool or an investigator can still read them). No other page is touched.
//   - Schema version 2. Version 1 kept one row per record in 'records'; opening such a
//     database converts its rows into pages inside the upgrade transaction.
// Another tab upgrading the database (versionchange) makes this connection close itself at
// once and reopen on next use, so neither side ever wedges (indexeddb-connection.js).
import { checkQuota, Connection, createSharedStores, done, getMeta, keyRangeOf, listOutbox, queueMetaAndOutbox } from './indexeddb-connection.js';
import { CopilotError } from '../../errors.js';
import { decodePage, encodePage, pageIdOf, PageError, PageFormatError, pageRowBytes, partOfPage } from './page-codec.js';

const SCHEMA_VERSION = 2;
const STORES = ['pages', 'meta', 'outbox'];
// Meta key prefix of the bytes of broken pages, kept when their page is rewritten.
export const QUARANTINE = 'quarantine/';
// A commit touching at least this many pages of one partition reads them with one range request.
const RANGE_READ_PAGES = 32;

export class IndexedDBAdapter {
  #connection;
  #quotaBytes;
  #onEvent;
  #keyRange;

  /**
   * @param {IDBFactory} factory
   * @param {string} name database name
   * @param {{ quotaBytes?: number, onEvent?: (event: { type: string, message?: string }) => void, keyRange?: typeof IDBKeyRange }} [options]
   *   quotaBytes simulates a full disk (a commit past it aborts with QuotaExceededError; rows
   *   count as contract.js rowBytes says); onEvent hears 'versionchange', 'blocked' and 'page'
   *   (a page that cannot be read); keyRange is the IDBKeyRange of the same IndexedDB
   *   implementation (default globalThis.IDBKeyRange).
   */
  constructor(factory, name, { quotaBytes = Infinity, onEvent = () => {}, keyRange = globalThis.IDBKeyRange } = {}) {
    this.#keyRange = keyRangeOf(keyRange);
    this.#quotaBytes = quotaBytes;
    this.#onEvent = onEvent;
    this.#connection = new Connection(factory, name, { version: SCHEMA_VERSION, stores: STORES, upgrade, onEvent });
    this.persistent = true;
    this.kind = 'indexeddb';
  }

  async open() {
    await this.#connection.transaction('meta', 'readonly');
  }

  async get(ids, part) {
    const tx = await this.#connection.transaction('pages', 'readonly');
    const store = tx.objectStore('pages');
    const pages = new Map(); // page id -> rows, null when unreadable, undefined when absent
    if (part !== undefined) {
      // The caller wants most of partition `part`: one range request for all of its pages.
      const request = store.getAll(this.#partRange(part));
      await done(tx);
      for (const page of request.result) pages.set(page.id, this.#decode(page));
    } else {
      const onsuccess = (e) => {
        const page = e.target.result;
        if (page) pages.set(page.id, this.#decode(page, undefined, tx));
      };
      for (const id of ids) {
        const pageId = pageIdOf(id);
        if (pages.has(pageId)) continue;
        pages.set(pageId, undefined);
        store.get(pageId).onsuccess = onsuccess;
      }
      await done(tx);
    }
    const byId = new Map();
    for (const rows of pages.values()) if (rows) for (const row of rows) byId.set(row.id, row);
    return ids.map((id) => byId.get(id) ?? (pages.get(pageIdOf(id)) === null ? unreadable(id) : undefined));
  }

  async listPartition(part) {
    const tx = await this.#connection.transaction('pages', 'readonly');
    const request = tx.objectStore('pages').getAll(this.#partRange(part));
    await done(tx);
    const out = [];
    for (const page of request.result) for (const row of this.#decode(page) ?? []) out.push(row);
    return out;
  }

  async listExpired(now) {
    const tx = await this.#connection.transaction('pages', 'readonly');
    const out = [];
    tx.objectStore('pages').openCursor().onsuccess = (e) => {
      const cursor = e.target.result;
      if (!cursor) return;
      for (const row of this.#decode(cursor.value, undefined, tx) ?? []) if (row.expires > 0 && row.expires <= now) out.push(row);
      if (!tx.failure) cursor.continue();
    };
    await done(tx);
    return out;
  }

  getMeta(k) {
    return getMeta(this.#connection, k);
  }

  listOutbox(parts) {
    return listOutbox(this.#connection, parts);
  }

  async commit(ops) {
    const tx = await this.#connection.transaction(STORES, 'readwrite');
    const pages = tx.objectStore('pages');
    if (ops.clearPart !== undefined) {
      // Every page of the partition, broken ones included, and the bytes quarantined from it.
      pages.delete(this.#partRange(ops.clearPart));
      tx.objectStore('meta').delete(this.#keyRange.bound(`${QUARANTINE}${ops.clearPart}`, `${QUARANTINE}${ops.clearPart}\uffff`));
    }
    queueMetaAndOutbox(tx, ops);
    const quota = () => this.#quotaBytes !== Infinity && checkQuota(tx, pages, this.#quotaBytes, (page) => pageRowBytes(page.b));
    const changes = groupByPage(ops);
    if (changes.size > 0) this.#rewritePages(tx, changes, quota);
    else quota();
    await done(tx);
  }

  /** Every stored value of every store, and the rows the pages hold as `records` (tests look at what is at rest). */
  async dump() {
    const tx = await this.#connection.transaction(STORES, 'readonly');
    const requests = STORES.map((s) => tx.objectStore(s).getAll());
    await done(tx);
    const stores = Object.fromEntries(STORES.map((s, i) => [s, requests[i].result]));
    return { records: stores.pages.flatMap((page) => this.#decode(page) ?? []), ...stores };
  }

  close() {
    this.#connection.close();
  }

  // Reads the pages `changes` touch, applies the deletes and puts, writes them back, then calls
  // `then`, all inside `tx` (request callbacks keep it active, so nothing else runs between the
  // read and the write of a page).
  #rewritePages(tx, changes, then) {
    const store = tx.objectStore('pages');
    const meta = tx.objectStore('meta');
    const perPart = new Map();
    for (const pageId of changes.keys()) {
      const part = partOfPage(pageId);
      perPart.set(part, (perPart.get(part) ?? 0) + 1);
    }
    const stored = new Map();
    let pending = 1;
    const finish = () => {
      if (--pending > 0) return;
      for (const [pageId, change] of changes) {
        const page = stored.get(pageId);
        // Rows this write replaces or deletes are not even built.
        let rows = page ? this.#decode(page, (suffix) => change.has(suffix), tx) : [];
        if (tx.failure) return; // a page of a newer format: the write is refused whole
        if (rows === null) {
          meta.put({ k: `${QUARANTINE}${pageId}/${Date.now()}`, v: page.b });
          rows = [];
        }
        for (const row of change.values()) if (row) rows.push(row);
        if (rows.length > 0) store.put({ id: pageId, b: encodePage(rows) });
        else if (page) store.delete(pageId);
      }
      then();
    };
    for (const [part, count] of perPart) {
      pending++;
      if (count >= RANGE_READ_PAGES) {
        store.getAll(this.#partRange(part)).onsuccess = (e) => {
          for (const page of e.target.result) if (changes.has(page.id)) stored.set(page.id, page);
          finish();
        };
        continue;
      }
      for (const pageId of changes.keys()) {
        if (partOfPage(pageId) !== part) continue;
        pending++;
        store.get(pageId).onsuccess = (e) => {
          if (e.target.result) stored.set(pageId, e.target.result);
          finish();
        };
      }
      finish();
    }
    finish();
  }

  // Rows of a stored page, or null (reported, never thrown) when its framing is broken. A
  // `skip` means a write is about to replace the page. A page of a newer format is neither
  // read nor ever overwritten: UNSUPPORTED, thrown, or (inside a request callback of `tx`)
  // set as the transaction's failure and the transaction aborted.
  #decode(page, skip, tx) {
    const writing = skip !== undefined;
    try {
      return decodePage(page.id, page.b, skip);
    } catch (error) {
      if (error instanceof PageFormatError) {
        const failure = new CopilotError('UNSUPPORTED', `${error.message}: open this store with that version`);
        if (!tx) throw failure;
        if (!tx.failure) {
          tx.failure = failure;
          tx.abort();
        }
        return null;
      }
      if (!(error instanceof PageError)) throw error;
      const message = writing
        ? `${error.message}: its bytes moved to the meta store under ${QUARANTINE}${page.id}/, the page rewritten without them`
        : `${error.message}: its records read as INTEGRITY`;
      this.#onEvent({ type: 'page', pageId: page.id, message });
      return null;
    }
  }

  #partRange(part) {
    return this.#keyRange.bound(part, `${part}\uffff`);
  }
}

// Version 1 kept one row per record in 'records'; version 2 keeps pages. The upgrade converts
// the old rows inside the versionchange transaction, so it lands whole or not at all. Rows that
// are not the memory engine's (an id that is not partition + key hash, two times 32 hex digits:
// say, an audit trail kept under the same database name) abort it and leave the database as it
// was: UNSUPPORTED, never a conversion of rows it does not understand.
const V1_ROW_ID = /^[0-9a-f]{64}$/;

function upgrade(db, tx) {
  if (!db.objectStoreNames.contains('pages')) db.createObjectStore('pages', { keyPath: 'id' });
  createSharedStores(db);
  if (!db.objectStoreNames.contains('records')) return;
  tx.objectStore('records').getAll().onsuccess = (e) => {
    const foreign = e.target.result.find((r) => typeof r?.id !== 'string' || !V1_ROW_ID.test(r.id));
    if (foreign) {
      tx.failure = new CopilotError(
        'UNSUPPORTED',
        `database "${db.name}" holds rows that are not memory records (id ${JSON.stringify(String(foreign?.id).slice(0, 40))}): it belongs to something else; left as it was`,
      );
      tx.abort();
      return;
    }
    const pages = tx.objectStore('pages');
    for (const [pageId, rows] of groupByPage({ put: e.target.result.map(asRow) })) pages.put({ id: pageId, b: encodePage([...rows.values()]) });
    db.deleteObjectStore('records');
  };
}

// A version 1 row with every field the page format needs (an older row may lack one).
function asRow(r) {
  const number = (v) => (Number.isFinite(v) ? v : 0);
  return {
    id: String(r.id),
    scope: String(r.scope ?? ''),
    env: ArrayBuffer.isView(r.env) ? new Uint8Array(r.env.buffer, r.env.byteOffset, r.env.byteLength) : new Uint8Array(0),
    size: number(r.size),
    updated: number(r.updated),
    accessed: number(r.accessed),
    hits: number(r.hits),
    expires: number(r.expires),
    keyId: number(r.keyId),
    hlc: String(r.hlc ?? ''),
  };
}

// page id -> (id suffix -> the row to write, or null to delete it) of a commit's deletes and
// puts (a put after a delete of the same id wins, as in a row store).
function groupByPage(ops) {
  const changes = new Map();
  const set = (id, row) => {
    const pageId = pageIdOf(id);
    let change = changes.get(pageId);
    if (!change) changes.set(pageId, (change = new Map()));
    change.set(id.slice(pageId.length - 2), row);
  };
  for (const id of ops.del ?? []) set(id, null);
  for (const row of ops.put ?? []) set(row.id, row);
  return changes;
}

// What get() returns for a record on a page that cannot be read: a row whose (empty)
// envelope fails authentication, so the caller reports INTEGRITY for it.
function unreadable(id) {
  return { id, scope: '', env: new Uint8Array(0), size: 0, updated: 0, accessed: 0, hits: 0, expires: 0, keyId: 0, hlc: '' };
}
