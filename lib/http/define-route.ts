// The one route helper: resolve the caller, rate-limit, authorise, parse input with zod, call the
// handler, shape the output, and map every throw through errorResponse. Each step is its own
// module; this file only puts them in order.
import type { z, ZodType } from "zod";
import { getDb } from "@/db/client";
import { getClock, type Context } from "@/lib/context";
import { env } from "@/lib/env";
import { ApiError, Invalid, NotFound } from "@/lib/errors";
import { applyRateLimit, type RateLimitKind } from "./apply-rate-limit";
import { authorize, type RouteAccess } from "./authorize";
import { clientIp } from "./client-ip";
import { errorResponse } from "./error-response";
import { parseInput, searchParamsToObject } from "./parse-input";
import { isMultipart, readJsonBody, readMultipartBody } from "./read-body";
import { resolveCaller, type Caller } from "./resolve-caller";
import { unsafeTextErrors } from "./unsafe-text";

type AnySchema = ZodType;
type Output<S> = S extends ZodType ? z.output<S> : undefined;
/** Without a response schema a handler may return any JSON value (or a Response). */
type Result<S> = S extends ZodType ? z.output<S> : unknown;

export type RouteDefinition<
  P extends AnySchema | undefined,
  Q extends AnySchema | undefined,
  B extends AnySchema | undefined,
  R extends AnySchema | undefined,
> = Partial<RouteAccess> & {
  summary: string;
  description?: string;
  tags: string[];
  params?: P;
  query?: Q;
  body?: B;
  /** The success body's schema; `null` for 204-style responses. */
  response?: R;
  /** Success status, 200 unless said. */
  status?: number;
  /** Other statuses this route answers with, for the docs (the error shape is implied). */
  errors?: number[];
  rateLimit?: RateLimitKind;
  /** Keep this route out of the OpenAPI document (benchmarks, internal probes). */
  hidden?: boolean;
  /**
   * Also accept multipart/form-data (uploads). `fields` describes the form for the docs; the
   * handler receives the parsed `form` and reads its own fields. A JSON body still goes through
   * `body` as usual.
   */
  multipart?: { fields: AnySchema; maxBytes: number };
};

export type HandlerInput<P, Q, B> = {
  ctx: Context;
  caller: Caller;
  params: P;
  query: Q;
  /**
   * The parsed form when the route allows multipart and the request sent it; `body` is then not
   * parsed and is undefined whatever its declared type, so such handlers look at `form` first.
   */
  form: FormData | null;
  body: B;
  request: Request;
  url: URL;
  /** Apply an extra named bucket (e.g. login per email) on top of the route's own. */
  limit: (kind: RateLimitKind, identifier: string) => Promise<void>;
};

type NextRouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

export type RouteHandler = ((request: Request, context: NextRouteContext) => Promise<Response>) & {
  definition: RouteDefinition<
    AnySchema | undefined,
    AnySchema | undefined,
    AnySchema | undefined,
    AnySchema | undefined
  >;
};

export function defineRoute<
  P extends AnySchema | undefined = undefined,
  Q extends AnySchema | undefined = undefined,
  B extends AnySchema | undefined = undefined,
  R extends AnySchema | undefined = undefined,
>(
  definition: RouteDefinition<P, Q, B, R>,
  handler: (input: HandlerInput<Output<P>, Output<Q>, Output<B>>) => Promise<Result<R> | Response>,
): RouteHandler {
  const access: RouteAccess = {
    auth: definition.auth ?? "api-key",
    permission: definition.permission,
    scopes: definition.scopes,
  };
  const successStatus = definition.status ?? 200;

  const route = async (request: Request, context: NextRouteContext): Promise<Response> => {
    const rateHeaders: Record<string, string> = {};
    try {
      const db = getDb();
      const clock = getClock();
      const url = new URL(request.url);
      const caller = await resolveCallerOrLimit(request, definition.rateLimit, rateHeaders);
      const limit = (kind: RateLimitKind, identifier: string) =>
        applyRateLimit(kind, identifier, rateHeaders);
      const kind = definition.rateLimit ?? "default";
      const rawParams: Record<string, unknown> = context?.params ? await context.params : {};
      await applyRateLimit(kind, bucketFor(kind, caller, rawParams), rateHeaders);
      authorize(caller, access);

      const params = definition.params ? parsePathParams(definition.params, rawParams) : undefined;
      const query = definition.query
        ? parseInput(definition.query, searchParamsToObject(url.searchParams), "query parameters")
        : undefined;
      const form =
        definition.multipart && isMultipart(request)
          ? checkFormText(await readMultipartBody(request, definition.multipart.maxBytes))
          : null;
      const body =
        definition.body && !form
          ? parseInput(
              definition.body,
              await readJsonBody(request, env.MAX_BODY_BYTES),
              "request body",
            )
          : undefined;

      const ctx: Context = { db, actor: caller, clock };
      const result = await handler({
        ctx,
        caller,
        params: params as Output<P>,
        query: query as Output<Q>,
        form,
        body: body as Output<B>,
        request,
        url,
        limit,
      });
      if (result instanceof Response) {
        for (const [name, value] of Object.entries(rateHeaders)) result.headers.set(name, value);
        return result;
      }
      if (successStatus === 204) return new Response(null, { status: 204, headers: rateHeaders });
      checkResponseInTests(definition, result);
      return Response.json(result, { status: successStatus, headers: rateHeaders });
    } catch (error) {
      return errorResponse(error, rateHeaders);
    }

    async function resolveCallerOrLimit(
      request: Request,
      kind: RateLimitKind | undefined,
      headers: Record<string, string>,
    ): Promise<Caller> {
      try {
        return await resolveCaller(request, getDb(), getClock());
      } catch (error) {
        // Failed authentication still spends the caller's anonymous allowance.
        if (error instanceof ApiError) {
          await applyRateLimit(
            kind === "none" ? "none" : "anonymous",
            `ip:${clientIp(request)}`,
            headers,
          );
        }
        throw error;
      }
    }
  };

  return Object.assign(route, { definition }) as RouteHandler;
}

/**
 * A malformed id in the path names nothing that exists: 404, as for an unknown id. Text that
 * breaks the one text rule is refused first, as it is in a body or a query (400).
 */
function parsePathParams(schema: AnySchema, raw: unknown) {
  const unsafe = unsafeTextErrors(raw);
  if (unsafe) throw new Invalid("Invalid path parameters.", unsafe);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new NotFound();
  return parsed.data;
}

/** An uploaded form meets the same text rule as a JSON body (its fields and its file names). */
function checkFormText(form: FormData): FormData {
  const unsafe = unsafeTextErrors(form);
  if (unsafe) throw new Invalid("Invalid form data.", unsafe);
  return form;
}

/** Signed-in people and keys get their own buckets; everyone else is limited by address. */
function callerBucket(caller: Caller): string {
  if (caller.user) return `user:${caller.user.id}`;
  if (caller.apiKey) return `key:${caller.apiKey.id}`;
  return `ip:${caller.ip}`;
}

/**
 * The bucket a route's own limit spends from. Sign-in and OTP are per address (and per email,
 * applied by the handler); exam taking is per candidate and exam, i.e. per attempt (CONTRACT §7).
 */
function bucketFor(kind: RateLimitKind, caller: Caller, params: Record<string, unknown>): string {
  if (kind === "login") return `ip:${caller.ip}`;
  if (kind === "exam") return `${callerBucket(caller)}:exam:${String(params.id)}`;
  return callerBucket(caller);
}

/** In tests every success body is checked against its declared schema: the schema is the contract. */
function checkResponseInTests(
  definition: { response?: AnySchema; summary: string },
  result: unknown,
) {
  if (env.NODE_ENV !== "test" || !definition.response) return;
  const checked = definition.response.safeParse(result);
  if (!checked.success) {
    throw new Error(
      `Response of "${definition.summary}" does not match its schema: ${JSON.stringify(checked.error.issues)}`,
    );
  }
}
