import { ClientClosedRequest, Invalid, PayloadTooLarge, UnsupportedMediaType } from "@/lib/errors";

/** Read at most `limitBytes` of the body, refusing early on a declared or streamed overflow. */
export async function readBodyBytes(request: Request, limitBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limitBytes) throw new PayloadTooLarge(limitBytes);
  if (!request.body) return new Uint8Array();

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read().catch(() => {
      // The client went away mid-body: nobody is left to answer, and it is not our error to log.
      throw new ClientClosedRequest();
    });
    if (done) break;
    total += value.byteLength;
    if (total > limitBytes) {
      await reader.cancel();
      throw new PayloadTooLarge(limitBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The body as JSON. An empty body is `undefined` (the schema decides whether that is allowed). */
export async function readJsonBody(request: Request, limitBytes: number): Promise<unknown> {
  const contentType = request.headers.get("content-type") ?? "";
  const bytes = await readBodyBytes(request, limitBytes);
  if (bytes.byteLength === 0) return undefined;
  if (contentType && !/\bjson\b/i.test(contentType)) {
    throw new UnsupportedMediaType(
      `Unsupported media type "${contentType.split(";")[0]}" in request; send JSON.`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Invalid("Request body is not valid UTF-8.");
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Invalid(`Malformed JSON: ${(error as Error).message}`, undefined, "parse_error");
  }
}

/** True when the request says it carries multipart/form-data. */
export function isMultipart(request: Request): boolean {
  return /^multipart\/form-data\b/i.test(request.headers.get("content-type") ?? "");
}

/**
 * A multipart/form-data body, read under `limitBytes` first (so an oversized upload is refused
 * before it is parsed), then parsed by the platform's own FormData parser.
 */
export async function readMultipartBody(request: Request, limitBytes: number): Promise<FormData> {
  const contentType = request.headers.get("content-type") ?? "";
  const bytes = await readBodyBytes(request, limitBytes);
  if (!/\bboundary=/i.test(contentType)) {
    throw new Invalid(
      "Multipart body has no boundary in its Content-Type.",
      undefined,
      "parse_error",
    );
  }
  try {
    return await new Response(bytes as Uint8Array<ArrayBuffer>, {
      headers: { "content-type": contentType },
    }).formData();
  } catch {
    throw new Invalid("Malformed multipart body.", undefined, "parse_error");
  }
}
