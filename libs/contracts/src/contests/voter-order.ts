// Each voter sees a contest's entries in an order of their own, so that no entry wins by being
// listed first. The order is a pure function of (contest, voter, entry): it is the same on every
// page load and on every replica, and adding or hiding one entry leaves the others' order alone.

// FNV-1a over the key, finished with murmur3's avalanche so that neighbouring ids scatter.
function hash32(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

export function voterSortKey(contestId: number, voterId: number, entryId: number): number {
  return hash32(`${contestId}:${voterId}:${entryId}`);
}

export function voterOrder<T extends { id: number }>(entries: readonly T[], voterId: number, contestId: number): T[] {
  return entries
    .map((entry) => ({ entry, key: voterSortKey(contestId, voterId, entry.id) }))
    .sort((a, b) => a.key - b.key || a.entry.id - b.entry.id)
    .map(({ entry }) => entry);
}
