import { createHash, randomBytes } from "node:crypto";

const keyPattern = /^pk_live_[0-9a-f]{64}$/;

/** A new key: `pk_live_` + 64 hex characters. Only its hash is ever stored. */
export function generateApiKey(): { key: string; prefix: string; keyHash: string } {
  const key = `pk_live_${randomBytes(32).toString("hex")}`;
  return { key, prefix: apiKeyPrefix(key), keyHash: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

/** What lists show: enough to recognise a key, never enough to use it. */
export function apiKeyPrefix(key: string): string {
  return key.slice(0, 16);
}

export function looksLikeApiKey(value: string): boolean {
  return keyPattern.test(value);
}
