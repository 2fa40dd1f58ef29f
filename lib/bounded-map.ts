// A Map that forgets its oldest entry once it holds `maxSize` entries: the per-process caches (API
// keys, verified tokens) and @upstash/ratelimit's `ephemeralCache` (identifier -> blocked-until
// ms), which is otherwise an unbounded Map that only drops an entry when that identifier is seen
// again after its block ended.
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(readonly maxSize: number) {
    super();
    if (!(maxSize >= 1)) throw new Error("maxSize must be at least 1.");
  }

  override set(key: K, value: V): this {
    if (!this.has(key)) {
      while (this.size >= this.maxSize) {
        const oldest = this.keys().next();
        if (oldest.done) break;
        this.delete(oldest.value);
      }
    }
    return super.set(key, value);
  }
}
