// Signed-in API sessions for benchmark users, as the login endpoint would make them: one `api`
// session per user (valid a day) and a signed access token for it. Batched inserts.
import { randomUUID } from "node:crypto";
import type { Executor } from "@/db/client";
import { sessions } from "@/db/schema";
import { signToken } from "@/lib/auth/tokens";

export async function accessTokensFor(
  db: Executor,
  userIds: string[],
  now: Date,
): Promise<{ id: string; access: string }[]> {
  const people: { id: string; access: string }[] = [];
  for (let start = 0; start < userIds.length; start += 500) {
    const rows = await db
      .insert(sessions)
      .values(
        userIds.slice(start, start + 500).map((userId) => ({
          userId,
          kind: "api" as const,
          expiresAt: new Date(now.getTime() + 86_400_000),
        })),
      )
      .returning({ id: sessions.id, userId: sessions.userId });
    for (const session of rows) {
      const access = await signToken(
        { sub: session.userId, sid: session.id, typ: "access", jti: randomUUID() },
        now,
      );
      people.push({ id: session.userId, access });
    }
  }
  return people;
}
