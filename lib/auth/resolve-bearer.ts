import type { Executor } from "@/db/client";
import { runPrepared } from "@/db/prepared";
import type { ActingUser, Clock } from "@/lib/context";
import type { UserType } from "./roles";
import { verifyToken } from "./tokens";

type SessionUserRow = {
  id: string;
  user_type: string;
  role: string;
  is_user_verified: boolean;
  session_id: string;
};

/**
 * Every authenticated request reads its session, so this is a constant prepared statement
 * (db/prepared.ts) rather than a Drizzle query. $1 session, $2 user, $3 now.
 */
const sessionUserStatement = `
  select u.id, u.user_type, u.role, u.is_user_verified, s.id as session_id
  from sessions s join users u on u.id = s.user_id
  where s.id = $1::uuid and s.user_id = $2::uuid and s.revoked_at is null
    and s.expires_at > $3::timestamptz and u.is_active and u.deleted_at is null
  limit 1`;

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
): Promise<ActingUser | null> {
  const [row] = await runPrepared<SessionUserRow>(db, sessionUserStatement, [
    sessionId,
    userId,
    now.toISOString(),
  ]);
  if (!row) return null;
  const user: ActingUser = {
    id: row.id,
    userType: row.user_type as UserType,
    role: row.role,
    isUserVerified: row.is_user_verified,
    sessionId: row.session_id,
  };
  return user;
}

/** The signed-in user behind an access token, or null if the token or its session is not valid. */
export async function resolveBearer(
  db: Executor,
  token: string,
  clock: Clock,
): Promise<ActingUser | null> {
  const now = clock.now();
  const claims = await verifyToken(token, "access", now);
  if (!claims) return null;
  return loadSessionUser(db, claims.sid, claims.sub, now);
}
