// The command-line tools, run as a person runs them, against an embedded database of their own.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type DatabaseHandle } from "@/db/client";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { verifyPassword } from "@/lib/accounts/password/passwords";
import { authenticateApiKey } from "@/lib/auth/api-keys/authenticate-api-key";
import { systemClock } from "@/lib/context";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../../..");
const tsx = path.join(root, "node_modules/.bin/tsx");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cli-test-"));
const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "error" };

let keyFromCli = "";

beforeAll(async () => {
  const { stdout } = await run(
    tsx,
    ["scripts/apikey-create.ts", "--name", "LMS sync", "--scopes", "results:read,candidates:read"],
    {
      cwd: root,
      env,
    },
  );
  keyFromCli = stdout.trim().split("\n").pop()!;
}, 120_000);

afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("npm run apikey:create", () => {
  it("prints a working key once, with the scopes asked for", async () => {
    expect(keyFromCli).toMatch(/^pk_live_[0-9a-f]{64}$/);
    let handle: DatabaseHandle | undefined;
    try {
      handle = openDatabase({ kind: "pglite", dataDir: path.join(dataDir, "pglite") });
      const key = await authenticateApiKey(handle.db, keyFromCli, systemClock);
      expect(key?.scopes).toEqual(["results:read", "candidates:read"]);
    } finally {
      await handle?.close();
    }
  });

  it("refuses unknown scopes and a missing name without touching the database", async () => {
    await expect(
      run(tsx, ["scripts/apikey-create.ts", "--name", "x", "--scopes", "everything"], {
        cwd: root,
        env,
      }),
    ).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining("unknown scope(s): everything"),
    });
    await expect(run(tsx, ["scripts/apikey-create.ts"], { cwd: root, env })).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining("usage: npm run apikey:create"),
    });
  });
});

describe("npm run admin:create", () => {
  it("creates an active, verified superadmin who can sign in, and refuses weak passwords and duplicates", async () => {
    const created = await run(
      tsx,
      ["scripts/admin-create.ts", "--email", "Boss@Example.com", "--password", "Quiet-Harbour-77"],
      { cwd: root, env },
    );
    expect(created.stdout).toContain("Superadmin boss@example.com created");
    await expect(
      run(
        tsx,
        [
          "scripts/admin-create.ts",
          "--email",
          "boss@example.com",
          "--password",
          "Quiet-Harbour-77",
        ],
        { cwd: root, env },
      ),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("already exists"),
    });
    await expect(
      run(
        tsx,
        ["scripts/admin-create.ts", "--email", "weak@example.com", "--password", "12345678"],
        { cwd: root, env },
      ),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("entirely numeric"),
    });
    let handle: DatabaseHandle | undefined;
    try {
      handle = openDatabase({ kind: "pglite", dataDir: path.join(dataDir, "pglite") });
      const [user] = await handle.db
        .select()
        .from(users)
        .where(eq(users.email, "boss@example.com"));
      expect(user).toMatchObject({
        role: "superadmin",
        userType: "staff",
        isActive: true,
        isEmailVerified: true,
        isUserVerified: true,
        registrationSource: "admin",
      });
      expect(await verifyPassword(user!.passwordHash!, "Quiet-Harbour-77")).toBe(true);
    } finally {
      await handle?.close();
    }
  }, 120_000);
});

describe("scripts/prepare.ts (npm start's database step)", () => {
  it("migrates, seeds the demo data once, and prints the demo key every time", async () => {
    const first = await run(tsx, ["scripts/prepare.ts"], { cwd: root, env });
    const second = await run(tsx, ["scripts/prepare.ts"], { cwd: root, env });
    const keyLine = /Demo API key \(X-Api-Key\): (pk_live_[0-9a-f]{64})/;
    const firstKey = keyLine.exec(first.stdout)?.[1];
    expect(firstKey).toBeDefined();
    expect(keyLine.exec(second.stdout)?.[1]).toBe(firstKey);
    const credentials: { label: string; value: string }[] = JSON.parse(
      fs.readFileSync(path.join(dataDir, "demo-credentials.json"), "utf8"),
    );
    // Seeded once: the second run added nothing.
    expect(
      credentials.filter((credential) => credential.label.startsWith("Demo API key")),
    ).toHaveLength(1);
    expect(first.stdout).toContain("Staff superadmin: superadmin@demo.example.com");
    expect(first.stdout).toContain("Candidate winner: winner.candidate@demo.example.com");
    expect(second.stdout).toContain("Demo password (every demo account): Demo-Competition-2026");
  }, 120_000);
});
