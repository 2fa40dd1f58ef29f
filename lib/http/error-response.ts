import { ZodError } from "zod";
import { ApiError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import type { ErrorBody } from "./error-body";
import { zodFieldErrors } from "./parse-input";

/** The one mapping from anything thrown to the contract's error shape. Unknown errors are logged
 *  and become a 500 whose message never reaches the client. */
export function errorResponse(error: unknown, extraHeaders: Record<string, string> = {}): Response {
  if (error instanceof ApiError) {
    const body: ErrorBody = { detail: error.message, code: error.code };
    if (error.errors) body.errors = error.errors;
    return Response.json(body, {
      status: error.status,
      headers: { ...extraHeaders, ...error.headers },
    });
  }
  if (error instanceof ZodError) {
    // A schema failure that escaped the input parser is still the caller's bad input.
    return Response.json(
      {
        detail: "Invalid input.",
        code: "invalid",
        errors: zodFieldErrors(error),
      } satisfies ErrorBody,
      { status: 400, headers: extraHeaders },
    );
  }
  if (isDataException(error)) {
    // Input the schemas should have refused reached the database (a value out of a column's
    // range, text it cannot store). Still the caller's input, so not a 500; logged, because a
    // schema needs a bound.
    logger.warn("input refused by the database", error);
    return Response.json(
      {
        detail: "Some input could not be stored: a value is out of range or not valid text.",
        code: "invalid",
      } satisfies ErrorBody,
      { status: 400, headers: extraHeaders },
    );
  }
  logger.error("unhandled error", error);
  return Response.json(
    { detail: "A server error occurred.", code: "server_error" } satisfies ErrorBody,
    { status: 500, headers: extraHeaders },
  );
}

/** A Postgres "data exception" (SQLSTATE class 22), from the driver or wrapped by Drizzle. */
function isDataException(error: unknown): boolean {
  for (let at = error, depth = 0; at && depth < 3; depth += 1) {
    const code = (at as { code?: unknown }).code;
    if (typeof code === "string" && /^22[0-9A-Z]{3}$/.test(code)) return true;
    at = (at as { cause?: unknown }).cause;
  }
  return false;
}
