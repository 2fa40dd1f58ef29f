// JWT access tokens (15 minutes) for the REST API, signed with AUTH_SECRET via jose.
// Refresh tokens and their rotation arrive with the accounts issue on the same helpers.
import { createSecretKey, type KeyObject } from "node:crypto";
import { errors as joseErrors, jwtVerify, SignJWT } from "jose";
import { BoundedMap } from "@/lib/bounded-map";
import { env, getAuthSecret } from "@/lib/env";

const issuer = "competition-platform";
// A KeyObject made once per secret: handing jose raw bytes makes it import the key on every call,
// which cost about 0.25 ms per verification — a third of the autosave route's own CPU.
let cachedKey: { secret: string; key: KeyObject } | undefined;
function secretKey(): KeyObject {
  const secret = getAuthSecret();
  if (cachedKey?.secret !== secret) {
    cachedKey = { secret, key: createSecretKey(Buffer.from(secret, "utf8")) };
  }
  return cachedKey.key;
}

export type TokenType = "access" | "refresh";
export type TokenClaims = { sub: string; sid: string; typ: TokenType; jti: string };

export async function signToken(claims: TokenClaims, now: Date): Promise<string> {
  const seconds =
    claims.typ === "access" ? env.JWT_ACCESS_MINUTES * 60 : env.JWT_REFRESH_DAYS * 86_400;
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ sid: claims.sid, typ: claims.typ })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer(issuer)
    .setSubject(claims.sub)
    .setJti(claims.jti)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + seconds)
    .sign(secretKey());
}

// Access tokens already verified by this process, until they expire: a candidate's client sends
// the same token with every autosave, and the signature check (WebCrypto, asynchronous) costs more
// than the rest of the route. Only the exact token string hits; the expiry is re-checked each time.
const verifiedAccess = new BoundedMap<string, { claims: TokenClaims; iat: number; exp: number }>(
  20_000,
);

/** The token's claims, or null when it is malformed, forged, expired or of another type. */
export async function verifyToken(
  token: string,
  type: TokenType,
  now: Date,
): Promise<TokenClaims | null> {
  const seconds = now.getTime() / 1000;
  if (type === "access") {
    const known = verifiedAccess.get(token);
    if (known && known.iat <= seconds && seconds < known.exp) return known.claims;
  }
  try {
    const { payload } = await jwtVerify(token, secretKey(), {
      issuer,
      algorithms: ["HS256"],
      currentDate: now,
    });
    if (payload.typ !== type || typeof payload.sid !== "string" || !payload.sub || !payload.jti) {
      return null;
    }
    const claims: TokenClaims = { sub: payload.sub, sid: payload.sid, typ: type, jti: payload.jti };
    if (type === "access" && payload.exp !== undefined && payload.iat !== undefined) {
      verifiedAccess.set(token, { claims, iat: payload.iat, exp: payload.exp });
    }
    return claims;
  } catch (error) {
    if (error instanceof joseErrors.JOSEError) return null;
    throw error;
  }
}
