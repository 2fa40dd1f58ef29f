// The web app's server actions meet the same text rule as the API (lib/http/unsafe-text.ts): a
// server action is wrapped once where it is exported, and its FormData (or plain arguments) is
// checked before the action runs, so no form, field or future action can forget it.
import type { FieldErrors } from "@/lib/errors";
import { unsafeTextDetail, unsafeTextErrors } from "./unsafe-text";

/** What a refused form is told: a summary and the refused fields. */
export type TextRefusal = { error: string; errors: FieldErrors };

type Refuse<State> = (refusal: TextRefusal) => State;

/**
 * `action`, run only when every string among its arguments (FormData entries and file names
 * included) meets the text rule; otherwise the action's state is the refusal. Actions whose state
 * is not `{error, errors}`-shaped say how to tell it with `refuse`.
 */
export function withTextRule<Args extends unknown[], State>(
  action: (...args: Args) => Promise<State>,
  ...[refuse]: [TextRefusal] extends [State] ? [refuse?: Refuse<State>] : [refuse: Refuse<State>]
): (...args: Args) => Promise<State> {
  return async (...args: Args) => {
    const errors = argumentErrors(args);
    if (!errors) return action(...args);
    const refusal: TextRefusal = { error: unsafeTextDetail, errors };
    return refuse ? refuse(refusal) : (refusal as State);
  };
}

/**
 * The refused text among a server action's arguments: a FormData's fields by their names, plain
 * strings as the form's own errors. Objects are skipped: useActionState's first argument is the
 * previous state, our own output.
 */
function argumentErrors(args: unknown[]): FieldErrors | null {
  let errors: FieldErrors | null = null;
  for (const arg of args) {
    if (typeof arg === "object" && arg !== null && !(arg instanceof FormData)) continue;
    const found = unsafeTextErrors(arg);
    if (found) errors = { ...(errors ?? {}), ...found };
  }
  return errors;
}
