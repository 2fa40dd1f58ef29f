// One rule for every piece of text that comes in — API bodies, query strings, path values and
// uploaded file names, and the web app's forms — checked once where input is parsed, not per
// field: no NUL character (Postgres text cannot hold it, so it would fail as a server error) and
// no lone UTF-16 surrogate (not Unicode: it cannot be stored or sent back as it was written).
import type { FieldErrors } from "@/lib/errors";

export const nulMessage = "This may not contain the NUL character (\\u0000).";
export const surrogateMessage =
  "This contains text that is not valid Unicode (an unpaired surrogate).";

/** Why `text` is refused, or null when it is fine. Pure. */
export function unsafeTextProblem(text: string): string | null {
  if (text.includes("\u0000")) return nulMessage;
  if (!text.isWellFormed()) return surrogateMessage;
  return null;
}

/** A path as a chain to its parent, so walking a deep value never copies paths. */
type Path = { parent: Path; step: string | number } | null;

function fieldName(path: Path): string {
  const steps: string[] = [];
  for (let at = path; at; at = at.parent) steps.push(String(at.step));
  return steps.length > 0 ? steps.reverse().join(".") : "non_field_errors";
}

/**
 * Every string in `value` that breaks the rule, as the contract's `errors` object (dotted path →
 * message, as zod's are named): strings at any depth of arrays and plain objects, object keys,
 * FormData entries and the names of uploaded files. Null when there is none. Iterative, so a
 * deeply nested body cannot exhaust the stack.
 */
export function unsafeTextErrors(value: unknown): FieldErrors | null {
  const errors: FieldErrors = {};
  let found = false;
  const note = (path: Path, problem: string | null) => {
    if (!problem) return;
    found = true;
    const list = (errors[fieldName(path)] ??= []);
    if (!list.includes(problem)) list.push(problem);
  };
  const pending: { value: unknown; path: Path }[] = [{ value, path: null }];
  while (pending.length > 0) {
    const { value: item, path } = pending.pop()!;
    const child = (step: string | number): Path => ({ parent: path, step });
    if (typeof item === "string") {
      note(path, unsafeTextProblem(item));
    } else if (Array.isArray(item)) {
      item.forEach((entry, index) => pending.push({ value: entry, path: child(index) }));
    } else if (typeof FormData !== "undefined" && item instanceof FormData) {
      for (const [name, entry] of item.entries()) {
        note(child(name), unsafeTextProblem(name));
        pending.push({ value: typeof entry === "string" ? entry : entry.name, path: child(name) });
      }
    } else if (item !== null && typeof item === "object" && isPlainObject(item)) {
      for (const [key, entry] of Object.entries(item)) {
        note(child(key), unsafeTextProblem(key));
        pending.push({ value: entry, path: child(key) });
      }
    }
  }
  return found ? errors : null;
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** The detail every refusal of this rule carries, for the API and the forms alike. */
export const unsafeTextDetail =
  "Some text contains characters that cannot be accepted (a NUL character or invalid Unicode).";
