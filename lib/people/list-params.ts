// Shareable list URLs for the admin people pages: read filters from the query string and build
// links that keep them (pagination, filter forms). Pure, so the pages and tests share it.

import { unsafeTextProblem } from "@/lib/http/unsafe-text";

export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The first value of a query parameter, trimmed; undefined when absent or empty, or when it breaks
 * the one text rule (a NUL: lib/http/unsafe-text.ts), so no page takes such a value to the database.
 */
export function param(params: SearchParams, key: string): string | undefined {
  const raw = params[key];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return value && !unsafeTextProblem(value) ? value : undefined;
}

/** Only the named parameters, without empty ones (what a list query is parsed from). */
export function pick(params: SearchParams, keys: readonly string[]): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const key of keys) {
    const value = param(params, key);
    if (value !== undefined) picked[key] = value;
  }
  return picked;
}

/** `path?key=value…` keeping only set values; page 1 is left out so first pages share one URL. */
export function hrefWith(path: string, values: Record<string, string | number | undefined>) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === "") continue;
    if (key === "page" && Number(value) === 1) continue;
    search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
