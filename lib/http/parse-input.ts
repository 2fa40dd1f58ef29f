import { z, type ZodError, type ZodType } from "zod";
import { Invalid, type FieldErrors } from "@/lib/errors";

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

/** Parse `value` with `schema`, or throw a 400 naming every bad field. */
export function parseInput<T extends ZodType>(
  schema: T,
  value: unknown,
  what: string,
): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new Invalid(`Invalid ${what}.`, zodFieldErrors(result.error));
  }
  return result.data;
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
