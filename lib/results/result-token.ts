// Result tokens (CONTRACT §6): when an attempt is scored, a signed token that lets an integrator
// read that one result for 15 minutes (GET /public/results/{token}/). HS256 with a key derived
// from AUTH_SECRET for this purpose only, so neither kind of token can pass for the other.
import { createHmac, createSecretKey, type KeyObject } from "node:crypto";
import { errors as joseErrors, jwtVerify, SignJWT } from "jose";
import { getAuthSecret } from "@/lib/env";
import { ApiError } from "@/lib/errors";

export const resultTokenMinutes = 15;
const issuer = "competition-platform";
const audience = "result";

let cachedKey: { secret: string; key: KeyObject } | undefined;
function resultKey(): KeyObject {
  const secret = getAuthSecret();
  if (cachedKey?.secret !== secret) {
    const derived = createHmac("sha256", secret).update("result-token/v1").digest();
    cachedKey = { secret, key: createSecretKey(derived) };
  }
  return cachedKey.key;
}

export type ResultClaims = { examId: number; candidateId: string; attemptId: string | null };

/** When a token issued at `now` stops working (whole seconds, as in its `exp`). */
export function resultTokenExpiry(now: Date): Date {
  return new Date((Math.floor(now.getTime() / 1000) + resultTokenMinutes * 60) * 1000);
}

export async function issueResultToken(claims: ResultClaims, now: Date): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ exam: claims.examId, attempt: claims.attemptId, typ: "result" })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer(issuer)
    .setAudience(audience)
    .setSubject(claims.candidateId)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + resultTokenMinutes * 60)
    .sign(resultKey());
}

/** 400 `invalid_result_token`: tampered, foreign, malformed or expired — never any data. */
export class InvalidResultToken extends ApiError {
  constructor(detail: string) {
    super(400, "invalid_result_token", detail);
  }
}

export async function verifyResultToken(token: string, now: Date): Promise<ResultClaims> {
  try {
    const { payload } = await jwtVerify(token, resultKey(), {
      issuer,
      audience,
      algorithms: ["HS256"],
      currentDate: now,
    });
    const exam = payload.exam;
    const attempt = payload.attempt;
    if (
      payload.typ !== "result" ||
      typeof exam !== "number" ||
      !payload.sub ||
      (attempt !== null && typeof attempt !== "string")
    ) {
      throw new InvalidResultToken("This is not a result token.");
    }
    return { examId: exam, candidateId: payload.sub, attemptId: attempt };
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) {
      throw new InvalidResultToken(
        `This result token has expired (they last ${resultTokenMinutes} minutes).`,
      );
    }
    if (error instanceof joseErrors.JOSEError) {
      throw new InvalidResultToken("This result token is not valid.");
    }
    throw error;
  }
}

export type ResultRedirectLink = {
  /** The exam's result_redirect_url with `result=<token>` added to its query. */
  href: string;
  /** What the link names: "Continue to <host>". */
  host: string;
  expires_at: string;
};

/**
 * The candidate's way on to the integrator: the exam's redirect URL, its own query kept, plus a
 * fresh result token. Null for anything that is not an https URL, so a bad stored value can never
 * become a javascript: link.
 */
export async function resultRedirectLink(
  redirectUrl: string,
  claims: ResultClaims,
  now: Date,
): Promise<ResultRedirectLink | null> {
  if (!URL.canParse(redirectUrl)) return null;
  const url = new URL(redirectUrl);
  if (url.protocol !== "https:" || !url.host) return null;
  url.searchParams.set("result", await issueResultToken(claims, now));
  return {
    href: url.toString(),
    host: url.host,
    expires_at: resultTokenExpiry(now).toISOString(),
  };
}
