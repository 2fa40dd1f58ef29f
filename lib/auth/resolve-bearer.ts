import { and, eq, gt, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { sessions, users } from "@/db/schema";
import type { ActingUser, Clock } from "@/lib/context";
import type { UserType } from "./roles";
import { verifyToken } from "./tokens";

/** The signed-in user behind an access token, or null if the token or its session is not valid. */
export async function resolveBearer(
  db: Executor,
  token: string,
  clock: Clock,
): Promise<ActingUser | null> {
  const now = clock.now();
  const claims = await verifyToken(token, "access", now);
  if (!claims) return null;
  const [row] = await db
    .select({
      id: users.id,
      userType: users.userType,
      role: users.role,
      isUserVerified: users.isUserVerified,
      sessionId: sessions.id,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.id, claims.sid),
        eq(sessions.userId, claims.sub),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
        eq(users.isActive, true),
      ),
    )
    .limit(1);
  if (!row) return null;
  return { ...row, userType: row.userType as UserType };
}
