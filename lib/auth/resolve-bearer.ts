import { and, eq, gt, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { sessions, users } from "@/db/schema";
import type { ActingUser, Clock } from "@/lib/context";
import type { UserType } from "./roles";
import { cachedSessionUser, rememberSessionUser } from "./session-cache";
import { verifyToken } from "./tokens";

/** `cache`: accept a session seen live within SESSION_CACHE_SECONDS (hot routes only). */
export type SessionLookup = { cache?: boolean };

/**
 * The person behind a session, if the session is live (not revoked, not expired) and the person
 * is active. Both the API's bearer tokens and the browser's Auth.js cookie end here, so revoking a
 * session row stops either on its next request.
 */
export async function loadSessionUser(
  db: Executor,
  sessionId: string,
  userId: string,
  now: Date,
  options: SessionLookup = {},
): Promise<ActingUser | null> {
  if (options.cache) {
    const cached = cachedSessionUser(sessionId, userId, now.getTime());
    if (cached) return cached;
  }
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
        eq(sessions.id, sessionId),
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
        eq(users.isActive, true),
        isNull(users.deletedAt),
      ),
    )
    .limit(1);
  if (!row) return null;
  const user = { ...row, userType: row.userType as UserType };
  if (options.cache) rememberSessionUser(sessionId, user, now.getTime());
  return user;
}

/** The signed-in user behind an access token, or null if the token or its session is not valid. */
export async function resolveBearer(
  db: Executor,
  token: string,
  clock: Clock,
  options: SessionLookup = {},
): Promise<ActingUser | null> {
  const now = clock.now();
  const claims = await verifyToken(token, "access", now);
  if (!claims) return null;
  return loadSessionUser(db, claims.sid, claims.sub, now, options);
}
