import { errors as joseErrors, jwtVerify, SignJWT } from "jose";
import { getAuthSecret } from "@/lib/env";

const key = () => new TextEncoder().encode(`file-url:${getAuthSecret()}`);
const audience = "stored-file";

export type FileTokenClaims = { fileId: string; providerKey: string };

export async function signFileToken(
  claims: FileTokenClaims,
  ttlSeconds: number,
  now = new Date(),
): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ pk: claims.providerKey })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(claims.fileId)
    .setAudience(audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .sign(key());
}

/** The file a token grants, or null if it is forged, tampered with or expired. */
export async function verifyFileToken(
  token: string,
  now = new Date(),
): Promise<FileTokenClaims | null> {
  try {
    const { payload } = await jwtVerify(token, key(), {
      audience,
      algorithms: ["HS256"],
      currentDate: now,
    });
    if (!payload.sub || typeof payload.pk !== "string") return null;
    return { fileId: payload.sub, providerKey: payload.pk };
  } catch (error) {
    if (error instanceof joseErrors.JOSEError) return null;
    throw error;
  }
}
