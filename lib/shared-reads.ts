// Reads many requests share, done once per process and reused for a while: the first request
// reads, concurrent ones wait for the same promise (single flight), later ones reuse the result
// until it is `maxAgeMs` old; a failed read is forgotten at once. Per database handle (so test
// databases never share), at most `maxEntries` keys each (the oldest go first).
//
// Used for (1) the competition-wide figures of the staff dashboard and the statistics — counts
// over every candidate and score, which fifty staff refreshing at once would otherwise make fifty
// times (maxAge DASHBOARD_FIGURES_SECONDS; the figures say when they were counted); (2) the pages
// of a published leaderboard, which never change once written (a minute, so a renamed candidate
// or a deleted exam shows soon).
import type { Context } from "@/lib/context";
import { BoundedMap } from "./bounded-map";

type Entry = { value: Promise<unknown>; readAt: number };

const maxEntries = 2_000;
const state = globalThis as unknown as { __sharedReads?: WeakMap<object, Map<string, Entry>> };
const byDatabase = (state.__sharedReads ??= new WeakMap());

export function sharedRead<T>(
  ctx: Context,
  key: string,
  maxAgeMs: number,
  read: () => Promise<T>,
): Promise<T> {
  if (maxAgeMs <= 0) return read();
  let entries = byDatabase.get(ctx.db);
  if (!entries) byDatabase.set(ctx.db, (entries = new BoundedMap(maxEntries)));
  const now = Date.now();
  const cached = entries.get(key);
  if (cached && now - cached.readAt < maxAgeMs) return cached.value as Promise<T>;
  const value = read();
  entries.set(key, { value, readAt: now });
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  return value;
}
