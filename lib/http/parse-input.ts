import { z, type ZodError, type ZodType } from "zod";
import { Invalid, type FieldErrors } from "@/lib/errors";
import { unsafeTextErrors } from "./unsafe-text";

/** Zod issues as the contract's `errors` object: dotted field path → messages. */
export function zodFieldErrors(error: ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "non_field_errors";
    (errors[field] ??= []).push(readableMessage(issue));
  }
  return errors;
}

function readableMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type" && issue.input === undefined) return "This field is required.";
  return issue.message;
}

/**
 * Parse `value` with `schema`, or throw a 400 naming every bad field. Before any schema, every
 * string in `value` meets the one text rule (no NUL, no lone surrogate: lib/http/unsafe-text.ts),
 * so no field can forget it.
 */
export function parseInput<T extends ZodType>(
  schema: T,
  value: unknown,
  what: string,
): z.output<T> {
  const result = safeParseInput(schema, value);
  if (!result.success) throw new Invalid(`Invalid ${what}.`, result.errors);
  return result.data;
}

/** As parseInput, as a result instead of a throw (the web app's forms show it as form state). */
export function safeParseInput<T extends ZodType>(
  schema: T,
  value: unknown,
): { success: true; data: z.output<T> } | { success: false; errors: FieldErrors } {
  const unsafe = unsafeTextErrors(value);
  const result = schema.safeParse(value);
  if (!unsafe && result.success) return { success: true, data: result.data };
  const errors: FieldErrors = { ...unsafe };
  if (!result.success) {
    for (const [field, messages] of Object.entries(zodFieldErrors(result.error))) {
      errors[field] = [...(errors[field] ?? []), ...messages];
    }
  }
  return { success: false, errors };
}

/** Query strings as an object: a repeated key becomes an array, a single one stays a string. */
export function searchParamsToObject(params: URLSearchParams): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    result[key] = values.length === 1 ? values[0]! : values;
  }
  return result;
}
