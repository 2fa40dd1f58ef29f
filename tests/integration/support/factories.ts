// Test data with sensible defaults; every call makes new, unique rows.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { afterAll, beforeAll } from "vitest";
import type { Executor } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { hashPassword } from "@/lib/accounts/password/passwords";
import { createApiKey } from "@/lib/auth/api-keys/create-api-key";
import type { ApiKeyScope } from "@/lib/auth/permissions";
import { signToken } from "@/lib/auth/tokens";
import { systemActor, systemClock } from "@/lib/context";
import { useTestDatabase, type TestDatabase } from "./database";

let counter = 0;

export const testPassword = "Correct-Horse-42";
let testPasswordHash: Promise<string> | undefined;

export async function createUser(
  db: Executor,
  overrides: Partial<typeof users.$inferInsert> = {},
): Promise<typeof users.$inferSelect> {
  testPasswordHash ??= hashPassword(testPassword);
  counter += 1;
  const userType = overrides.userType ?? "staff";
  const [user] = await db
    .insert(users)
    .values({
      email: `person${counter}-${randomUUID().slice(0, 8)}@example.com`,
      firstName: "Test",
      lastName: `Person ${counter}`,
      userType,
      role: userType === "staff" ? "volunteer" : "screening",
      isEmailVerified: true,
      isUserVerified: true,
      passwordHash: await testPasswordHash,
      ...overrides,
    })
    .returning();
  return user!;
}

/** A signed-in API session for `userId` and its access token. */
export async function signIn(db: Executor, userId: string, now = new Date()) {
  const [session] = await db
    .insert(sessions)
    .values({ userId, kind: "api", expiresAt: new Date(now.getTime() + 7 * 86_400_000) })
    .returning();
  const access = await signToken(
    { sub: userId, sid: session!.id, typ: "access", jti: randomUUID() },
    now,
  );
  return { session: session!, access };
}

export async function createKey(db: Executor, scopes: ApiKeyScope[] = [], name = "Test key") {
  return createApiKey({
    ctx: { db, actor: systemActor, clock: systemClock },
    input: { name, scopes },
  });
}

/**
 * The file's database with an API key on it: opened before the file's tests (and handed to
 * `opened` for the file's own variables), closed after them, and `dataDir` removed when given.
 */
export function useDatabaseWithKey(
  opened: (setup: { database: TestDatabase; apiKey: string }) => void,
  { dataDir }: { dataDir?: string } = {},
): void {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await useTestDatabase();
    opened({ database, apiKey: (await createKey(database.db)).key });
  });
  afterAll(async () => {
    await database?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });
}

/** The headers that act as a user through the API: the key and a new signed-in session's token. */
export async function authHeaders(
  db: Executor,
  userId: string,
  apiKey: string,
): Promise<Record<string, string>> {
  const { access } = await signIn(db, userId);
  return { "x-api-key": apiKey, authorization: `Bearer ${access}` };
}

/** A new user (see createUser), signed in, with the headers to act as them. */
export async function signedInUser(
  db: Executor,
  apiKey: string,
  overrides: Partial<typeof users.$inferInsert> = {},
) {
  const user = await createUser(db, overrides);
  return { user, headers: await authHeaders(db, user.id, apiKey) };
}
