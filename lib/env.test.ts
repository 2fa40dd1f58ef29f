import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { envVariableNames } from "./env";

describe(".env.example", () => {
  it("documents every variable lib/env.ts reads", () => {
    const example = fs.readFileSync(path.resolve(import.meta.dirname, "../.env.example"), "utf8");
    const documented = new Set([...example.matchAll(/^([A-Z0-9_]+)=/gm)].map((match) => match[1]));
    const missing = envVariableNames.filter((name) => name !== "NODE_ENV" && !documented.has(name));
    expect(missing).toEqual([]);
    expect(envVariableNames.length).toBeGreaterThan(30);
  });
});
