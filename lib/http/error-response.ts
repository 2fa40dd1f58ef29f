import { ZodError } from "zod";
import { ApiError, type FieldErrors } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { zodFieldErrors } from "./parse-input";

export type ErrorBody = { detail: string; code: string; errors?: FieldErrors };

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
  logger.error("unhandled error", error);
  return Response.json(
    { detail: "A server error occurred.", code: "server_error" } satisfies ErrorBody,
    { status: 500, headers: extraHeaders },
  );
}
