// JWT access tokens (15 minutes) for the REST API, signed with AUTH_SECRET via jose.
// Refresh tokens and their rotation arrive with the accounts issue on the same helpers.
import { errors as joseErrors, jwtVerify, SignJWT } from "jose";
import { env, getAuthSecret } from "@/lib/env";

const issuer = "competition-platform";
const secretKey = () => new TextEncoder().encode(getAuthSecret());

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

/** The token's claims, or null when it is malformed, forged, expired or of another type. */
export async function verifyToken(
  token: string,
  type: TokenType,
  now: Date,
): Promise<TokenClaims | null> {
  try {
    const { payload } = await jwtVerify(token, secretKey(), {
      issuer,
      algorithms: ["HS256"],
      currentDate: now,
    });
    if (payload.typ !== type || typeof payload.sid !== "string" || !payload.sub || !payload.jti) {
      return null;
    }
    return { sub: payload.sub, sid: payload.sid, typ: type, jti: payload.jti };
  } catch (error) {
    if (error instanceof joseErrors.JOSEError) return null;
    throw error;
  }
}
