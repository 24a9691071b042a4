// The safety net for handles nobody destroys: a key handle (keyring, passphrase) that becomes
// unreachable without destroy()/delete() is wiped inside wasm and freed when the garbage
// collector finalizes it. Explicit destroy stays the contract (collection may come late, or
// never), so destroy unregisters the handle first. Engines without FinalizationRegistry
// simply keep the old behaviour.
const registry =
  typeof FinalizationRegistry === 'function'
    ? new FinalizationRegistry(({ handle, onCollect }) => {
        try {
          handle.wipe();
          handle.delete();
        } catch {
          // already freed through another path: nothing left to wipe
        }
        onCollect?.();
      })
    : null;

/** Wipes `handle` when `owner` is collected; onCollect (optional) is told afterwards. */
export function track(owner, handle, onCollect) {
  registry?.register(owner, { handle, onCollect }, owner);
}

export function untrack(owner) {
  registry?.unregister(owner);
}
