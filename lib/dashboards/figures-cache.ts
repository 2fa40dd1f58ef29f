// The competition-wide figures of the staff dashboard and the statistics are counts over every
// candidate and score: at 100,000 candidates each count is a scan, and fifty staff refreshing at
// once would make fifty. A process counts each kind at most once per DASHBOARD_FIGURES_SECONDS
// (the figures say when they were counted): the first request counts, concurrent ones wait for the
// same promise (single flight), later ones reuse the result until it is too old. A failed count is
// forgotten at once. Per database handle, so test databases never share figures.
import type { Context } from "@/lib/context";
import { env } from "@/lib/env";

type Entry = { value: Promise<unknown>; countedAt: number };

const state = globalThis as unknown as { __dashboardFigures?: WeakMap<object, Map<string, Entry>> };
const byDatabase = (state.__dashboardFigures ??= new WeakMap());

export function sharedFigures<T>(ctx: Context, key: string, count: () => Promise<T>): Promise<T> {
  const maxAgeMs = env.DASHBOARD_FIGURES_SECONDS * 1000;
  if (maxAgeMs === 0) return count();
  let entries = byDatabase.get(ctx.db);
  if (!entries) byDatabase.set(ctx.db, (entries = new Map()));
  const now = Date.now();
  const cached = entries.get(key);
  if (cached && now - cached.countedAt < maxAgeMs) return cached.value as Promise<T>;
  const value = count();
  entries.set(key, { value, countedAt: now });
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  return value;
}
