import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { apiKeyPrefix, generateApiKey, hashApiKey, looksLikeApiKey } from "./generate-api-key";

describe("generateApiKey", () => {
  it("makes pk_live_ + 64 hex keys, each different, with their SHA-256 and prefix", () => {
    const first = generateApiKey();
    const second = generateApiKey();
    expect(first.key).toMatch(/^pk_live_[0-9a-f]{64}$/);
    expect(first.key).not.toBe(second.key);
    expect(first.keyHash).toBe(createHash("sha256").update(first.key).digest("hex"));
    expect(first.prefix).toBe(first.key.slice(0, 16));
    expect(apiKeyPrefix(first.key)).toBe(first.prefix);
    expect(hashApiKey(first.key)).toBe(first.keyHash);
  });

  it("recognises only well-formed keys", () => {
    expect(looksLikeApiKey(generateApiKey().key)).toBe(true);
    for (const value of [
      "",
      "pk_live_",
      `pk_test_${"a".repeat(64)}`,
      `pk_live_${"A".repeat(64)}`,
      `pk_live_${"a".repeat(65)}`,
    ]) {
      expect(looksLikeApiKey(value)).toBe(false);
    }
  });
});
