// The browser's one typed client for our API: a request with the session cookie, the answer parsed
// with the server's own zod schema, and every failure in the contract's error shape. Nothing throws
// except `getJson`, which is for TanStack queries (they expect a thrown error).
//
// Status 0 means "no usable answer": the network failed, or a success answer could not be read or
// did not match the schema. Callers that retry (the exam page's autosave) treat it as transient.
import type { z } from "zod";
import { errorBody, type ErrorBody } from "@/lib/http/error-body";

/** `fromServer`: a failure's body came from our API in the contract's shape (else it is ours). */
export type FetchResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; error: ErrorBody; fromServer: boolean };

export type FetchInit = {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
};

export const networkError: ErrorBody = {
  detail: "The server could not be reached. Check your connection and try again.",
  code: "network_error",
};

const unexpectedAnswer: ErrorBody = {
  detail: "The server's answer could not be read. Please try again.",
  code: "unexpected_response",
};

/** What to say when an error answer is not in the contract's shape (a proxy's HTML page, say). */
export function errorForStatus(status: number): ErrorBody {
  if (status === 413) {
    return { detail: "What you sent is too large.", code: "payload_too_large" };
  }
  if (status === 429) {
    return { detail: "Too many requests. Wait a moment and try again.", code: "throttled" };
  }
  if (status >= 500) {
    return {
      detail: "Something went wrong on the server. Please try again.",
      code: "server_error",
    };
  }
  return { detail: "The request could not be completed.", code: "request_failed" };
}

export async function fetchJson<S extends z.ZodType>(
  path: string,
  schema: S,
  init: FetchInit = {},
): Promise<FetchResult<z.output<S>>> {
  const { method = "GET", body, signal } = init;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: {
        accept: "application/json",
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch {
    return { ok: false, status: 0, error: networkError, fromServer: false };
  }
  let json: unknown = undefined;
  try {
    json = await response.json();
  } catch {
    json = undefined;
  }
  if (!response.ok) {
    const described = errorBody.safeParse(json);
    return {
      ok: false,
      status: response.status,
      error: described.success ? described.data : errorForStatus(response.status),
      fromServer: described.success,
    };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { ok: false, status: 0, error: unexpectedAnswer, fromServer: false };
  return { ok: true, status: response.status, data: parsed.data };
}

/** A failed request, thrown by `getJson`; `message` is the sentence to show. */
export class FetchError extends Error {
  readonly status: number;
  readonly body: ErrorBody;

  constructor(status: number, body: ErrorBody) {
    super(body.detail);
    this.name = "FetchError";
    this.status = status;
    this.body = body;
  }
}

/** `fetchJson` for TanStack queries: the data, or a thrown `FetchError`. */
export async function getJson<S extends z.ZodType>(
  path: string,
  schema: S,
  init: FetchInit = {},
): Promise<z.output<S>> {
  const result = await fetchJson(path, schema, init);
  if (!result.ok) throw new FetchError(result.status, result.error);
  return result.data;
}
