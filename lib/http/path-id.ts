// The numeric id in a staff page's path or a form's hidden field: a positive whole number written
// plainly (no sign, leading zero, exponent or spaces) that fits Postgres' integer. Anything else
// is no id, which pages show as a 404 like an unknown one. Routes parse theirs with `idParams`.
import { z } from "zod";

const maxId = 2147483647;

/** A route's `{id}` path parameter as a number (Postgres integer); anything else is a 404. */
export const idParams = z.object({ id: z.coerce.number().int().positive().max(maxId) });

/** The id, or null when `raw` is not one. */
export function parsePathId(raw: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(raw)) return null;
  const id = Number(raw);
  return id <= maxId ? id : null;
}
