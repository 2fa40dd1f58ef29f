import { describe, expect, it } from "vitest";
import { throttledWarning } from "./fail-open";

describe("throttledWarning", () => {
  it("logs at most once per interval and counts what it suppressed", () => {
    const lines: string[] = [];
    let now = 0;
    const warn = throttledWarning("redis", {
      intervalMs: 1_000,
      log: (line) => lines.push(line),
      now: () => now,
    });
    warn(new Error("ECONNREFUSED"));
    warn(new Error("ECONNREFUSED"));
    warn(new Error("ECONNREFUSED"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /\[rate-limit\] redis backend failed; failing open.*Error: ECONNREFUSED/,
    );
    now = 1_000;
    warn("still down");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("2 similar warnings suppressed");
    expect(lines[1]).toContain("still down");
  });
});
