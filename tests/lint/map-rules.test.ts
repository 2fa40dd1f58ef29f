// The lint rules that hold the code map (eslint.config.mjs): each fires on a bad snippet where it
// applies and stays quiet on the good one, so a config change that silently switches one off fails.
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "../..") });

async function ruleMessages(code: string, filePath: string, ruleId: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((message) => message.ruleId === ruleId);
}

describe("process.env is read in lib/env.ts only", () => {
  const read = `export const port = process.env.PORT;\n`;

  it.each([
    "lib/exams/x.ts",
    "app/(app)/x/page.tsx",
    "components/x.tsx",
    "inngest/x.ts",
    "db/x.ts",
  ])("refuses a read in %s", async (filePath) => {
    const messages = await ruleMessages(read, filePath, "no-restricted-properties");
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message).toMatch(/lib\/env\.ts/);
  });

  it("refuses a destructuring read too", async () => {
    const code = `const { PORT } = process.env;\nexport const port = PORT;\n`;
    expect(await ruleMessages(code, "lib/exams/x.ts", "no-restricted-properties")).toHaveLength(1);
  });

  it.each(["lib/env.ts", "scripts/x.ts", "bench/x.ts", "e2e/x.ts", "lib/exams/x.test.ts"])(
    "allows %s",
    async (filePath) => {
      expect(await ruleMessages(read, filePath, "no-restricted-properties")).toEqual([]);
    },
  );
});

describe("app/ reaches the database only through lib/", () => {
  it.each([
    `import postgres from "postgres";\nexport const sql = postgres();\n`,
    `import { getDb } from "@/db/client";\nexport const db = getDb;\n`,
    `import * as schema from "@/db";\nexport const s = schema;\n`,
    `import { eq } from "drizzle-orm";\nexport const e = eq;\n`,
  ])("refuses %s in a page or route", async (code) => {
    for (const filePath of ["app/(app)/x/page.tsx", "app/api/v1/x/route.ts"]) {
      const messages = await ruleMessages(code, filePath, "no-restricted-imports");
      expect(messages).toHaveLength(1);
      expect(messages[0]!.message).toMatch(/lib\/ operation/);
    }
  });

  it("allows a domain operation in app/ and the database in lib/", async () => {
    const operation = `import { listApiKeys } from "@/lib/auth/api-keys/list-api-keys";\nexport const l = listApiKeys;\n`;
    expect(await ruleMessages(operation, "app/api/v1/x/route.ts", "no-restricted-imports")).toEqual(
      [],
    );
    const database = `import { getDb } from "@/db/client";\nexport const db = getDb;\n`;
    expect(await ruleMessages(database, "lib/exams/x.ts", "no-restricted-imports")).toEqual([]);
  });
});

describe("drizzle: no UPDATE or DELETE without WHERE", () => {
  const table = `declare const users: unknown;\n`;

  it.each([
    [`export const run = (tx: any) => tx.delete(users);\n`, "drizzle/enforce-delete-with-where"],
    [
      `export const run = (ctx: any) => ctx.db.update(users).set({ name: "x" });\n`,
      "drizzle/enforce-update-with-where",
    ],
    [
      `export const run = (getDb: any) => getDb().delete(users);\n`,
      "drizzle/enforce-delete-with-where",
    ],
  ])("refuses %s", async (code, ruleId) => {
    expect(await ruleMessages(table + code, "lib/exams/x.ts", ruleId)).toHaveLength(1);
  });

  it("allows them with a where, and a Map's delete", async () => {
    const code =
      table +
      `export const a = (tx: any, eq: any) => tx.delete(users).where(eq(1, 1));\n` +
      `export const b = (ctx: any, eq: any) => ctx.db.update(users).set({ name: "x" }).where(eq(1, 1));\n` +
      `export const c = (cache: Map<string, number>) => cache.delete("k");\n`;
    for (const ruleId of [
      "drizzle/enforce-delete-with-where",
      "drizzle/enforce-update-with-where",
    ]) {
      expect(await ruleMessages(code, "lib/exams/x.ts", ruleId)).toEqual([]);
    }
  });
});

describe("no re-export index.ts in a domain", () => {
  const barrel = 'export { listPeople } from "./people-lists";\n';

  it("fires on a re-export in lib/<domain>/index.ts", async () => {
    for (const file of [
      "lib/people/index.ts",
      "lib/verification/index.ts",
      "lib/auth/sessions/index.ts",
    ]) {
      const messages = await ruleMessages(barrel, file, "no-restricted-syntax");
      expect(messages).toHaveLength(1);
      expect(messages[0]!.message).toMatch(/by file path/);
    }
  });

  it("stays quiet for a port's index.ts and for re-exports elsewhere", async () => {
    expect(await ruleMessages(barrel, "lib/storage/index.ts", "no-restricted-syntax")).toEqual([]);
    expect(await ruleMessages(barrel, "lib/people/list.ts", "no-restricted-syntax")).toEqual([]);
  });
});

describe("the browser calls the API through fetchJson", () => {
  const call = 'export const load = () => fetch("/api/v1/questions/");\n';

  it("refuses a bare fetch in a component", async () => {
    const messages = await ruleMessages(call, "components/exams/x.tsx", "no-restricted-globals");
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message).toMatch(/fetchJson/);
  });

  it("stays quiet in the client itself and outside components", async () => {
    expect(
      await ruleMessages(call, "components/api/fetch-json.ts", "no-restricted-globals"),
    ).toEqual([]);
    expect(await ruleMessages(call, "lib/jobs/x.ts", "no-restricted-globals")).toEqual([]);
  });
});
