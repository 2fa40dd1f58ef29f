// Concurrency keys: the expression a function declares (Inngest evaluates it as CEL) and the
// in-process runner's evaluation of the same expression on an event's payload.
import type { Concurrency } from "./function-definition";

const keyExpression = /^event\.data(?:\.[A-Za-z_][A-Za-z0-9_]*)+$/;

/** Refuse, when a function is defined, a key the in-process runner could not evaluate. */
export function assertConcurrencyKey(functionId: string, concurrency: Concurrency): void {
  if (!Number.isInteger(concurrency.limit) || concurrency.limit < 1)
    throw new Error(`${functionId}: concurrency limit must be a positive integer`);
  if (concurrency.key !== undefined && !keyExpression.test(concurrency.key))
    throw new Error(
      `${functionId}: concurrency key "${concurrency.key}" must read event.data.<field>[.<field>…]`,
    );
}

/**
 * The group a run belongs to: the key's value on the event ("*" for a function-wide limit), or
 * null without a limit. A key missing from the event is an error (the event cannot be dispatched).
 */
export function concurrencyKeyOf(concurrency: Concurrency | undefined, eventData: unknown) {
  if (!concurrency) return null;
  if (concurrency.key === undefined) return "*";
  let value: unknown = eventData;
  for (const field of concurrency.key.split(".").slice(2)) {
    value =
      value && typeof value === "object" ? (value as Record<string, unknown>)[field] : undefined;
  }
  if (value === undefined || value === null || typeof value === "object")
    throw new Error(`concurrency key ${concurrency.key} has no value on this event`);
  return String(value);
}
