import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { sessions } from "@/db/schema";
import { signToken } from "@/lib/auth/tokens";

/** A new access + refresh pair for a session; the refresh id becomes the only one still usable. */
export async function issueTokens(
  db: Executor,
  session: { id: string; userId: string },
  now: Date,
) {
  const refreshId = randomUUID();
  await db
    .update(sessions)
    .set({ currentRefreshId: refreshId, lastSeenAt: now })
    .where(eq(sessions.id, session.id));
  const [access, refresh] = await Promise.all([
    signToken({ sub: session.userId, sid: session.id, typ: "access", jti: randomUUID() }, now),
    signToken({ sub: session.userId, sid: session.id, typ: "refresh", jti: refreshId }, now),
  ]);
  return { access, refresh };
}
