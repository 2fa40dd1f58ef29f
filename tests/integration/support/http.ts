// Call a route handler the way Next.js does, without a server: a real Request in, a Response out.
import { NextRequest } from "next/server";
import type { RouteHandler } from "@/lib/http/define-route";

export type CallOptions = {
  method?: string;
  path?: string;
  params?: Record<string, string>;
  headers?: Record<string, string>;
  json?: unknown;
  body?: BodyInit;
  ip?: string;
};

export async function call(
  handler: RouteHandler | ((request: Request, context: never) => Promise<Response>),
  options: CallOptions = {},
) {
  const headers = new Headers(options.headers);
  headers.set("x-forwarded-for", options.ip ?? "203.0.113.10");
  let body = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  const request = new NextRequest(`http://localhost:3000${options.path ?? "/api/v1/test"}`, {
    method: options.method ?? "GET",
    headers,
    body,
    // Node's fetch needs this to send a streamed body.
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as ConstructorParameters<typeof NextRequest>[1]);
  const response = await (handler as RouteHandler)(request, {
    params: Promise.resolve(options.params ?? {}),
  });
  // The bytes as sent (a download), and the same as text (JSON, CSV).
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  let data: unknown = undefined;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = text;
  }
  return {
    status: response.status,
    headers: response.headers,
    data: data as Record<string, any>,
    text,
    bytes,
  };
}
