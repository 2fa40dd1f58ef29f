// One HTTP attempt to deliver a webhook: POST the exact body with its signed headers, wait at most
// the timeout, never follow a redirect (a 3xx is a failure), keep the first bytes of the answer.
// Written on node:http(s) rather than fetch because it must pin the DNS check to the connection
// (guardedLookup) and refuse literal non-public addresses, which fetch cannot do.
import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import type { SignedHeaders } from "./signing";
import { BlockedTargetError, guardedLookup, isNonPublicAddress } from "./target-guard";

export const responseSnippetBytes = 1024;

export type SendOutcome = {
  ok: boolean;
  statusCode: number | null;
  durationMs: number;
  responseSnippet: string | null;
  error: string | null;
};

export async function sendWebhook(input: {
  url: string;
  body: string;
  headers: SignedHeaders;
  timeoutMs: number;
  allowPrivate: boolean;
}): Promise<SendOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const fail = (
    error: string,
    statusCode: number | null = null,
    snippet: string | null = null,
  ) => ({
    ok: false,
    statusCode,
    durationMs: elapsed(),
    responseSnippet: snippet,
    error,
  });

  let url: URL;
  try {
    url = new URL(input.url);
  } catch {
    return fail("The endpoint URL is not valid.");
  }
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (!input.allowPrivate && isIP(host) !== 0 && isNonPublicAddress(host)) {
    return fail(`Refused: ${host} is not a public address.`);
  }

  return new Promise<SendOutcome>((resolve) => {
    let settled = false;
    const finish = (outcome: SendOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const client = url.protocol === "https:" ? https : http;
    const request = client.request(
      url,
      {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(input.body),
          "user-agent": "CompetitionPlatform-Webhooks/1",
          ...input.headers,
        },
        lookup: guardedLookup(input.allowPrivate) as never,
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const statusCode = response.statusCode ?? 0;
        const done = () => {
          const snippet = Buffer.concat(chunks).subarray(0, responseSnippetBytes).toString("utf8");
          const ok = statusCode >= 200 && statusCode < 300;
          finish({
            ok,
            statusCode,
            durationMs: elapsed(),
            responseSnippet: snippet === "" ? null : snippet,
            error: ok ? null : failureReason(statusCode, response.headers.location),
          });
          response.destroy();
        };
        response.on("data", (chunk: Buffer) => {
          if (size < responseSnippetBytes) chunks.push(chunk);
          size += chunk.length;
          if (size >= responseSnippetBytes) done();
        });
        response.on("end", done);
        response.on("error", done);
      },
    );
    const timer = setTimeout(() => {
      request.destroy(new Error(`No answer within ${Math.round(input.timeoutMs / 1000)} s.`));
    }, input.timeoutMs);
    request.on("error", (error) => {
      const message =
        error instanceof BlockedTargetError
          ? `Refused: ${error.message}`
          : describeNetworkError(error as NodeJS.ErrnoException);
      finish(fail(message));
    });
    request.end(input.body);
  });
}

function failureReason(statusCode: number, location: string | undefined): string {
  if (statusCode >= 300 && statusCode < 400) {
    return `Answered ${statusCode} (a redirect${location ? ` to ${location.slice(0, 200)}` : ""}); redirects are not followed.`;
  }
  return `Answered ${statusCode}.`;
}

function describeNetworkError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case "ECONNREFUSED":
      return "Connection refused.";
    case "ECONNRESET":
      return "The connection was closed before an answer.";
    case "ENOTFOUND":
      return "The host name does not resolve.";
    default:
      return error.message || "The request failed.";
  }
}
