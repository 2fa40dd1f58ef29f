import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { envVariableNames, parseEnv } from "./env";

describe(".env.example", () => {
  it("documents every variable lib/env.ts reads", () => {
    const example = fs.readFileSync(path.resolve(import.meta.dirname, "../.env.example"), "utf8");
    const documented = new Set([...example.matchAll(/^([A-Z0-9_]+)=/gm)].map((match) => match[1]));
    const missing = envVariableNames.filter((name) => name !== "NODE_ENV" && !documented.has(name));
    expect(missing).toEqual([]);
    expect(envVariableNames.length).toBeGreaterThan(30);
  });
});

describe("parseEnv", () => {
  it("accepts .env.example as it stands: a blank value means the default", () => {
    const example = fs.readFileSync(path.resolve(import.meta.dirname, "../.env.example"), "utf8");
    const values = Object.fromEntries(
      [...example.matchAll(/^([A-Z0-9_]+)=(.*)$/gm)].map((match) => [match[1], match[2]]),
    );
    expect(values.REALTIME_PORT).toBe("");
    const parsed = parseEnv(values);
    expect(parsed.REALTIME_PORT).toBe(6001);
    expect(parsed.PUSHER_PORT).toBeUndefined();
  });

  it("still names a variable whose value is wrong", () => {
    expect(() => parseEnv({ REALTIME_PORT: "sixty" })).toThrow(/REALTIME_PORT/);
  });
});
