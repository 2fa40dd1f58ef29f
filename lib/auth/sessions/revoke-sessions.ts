// Every way a session ends goes through here: sign-out, refresh-token reuse, the owner revoking
// it, a password change or reset, account deletion. It stamps revoked_at and the reason on the
// live sessions that match; every request reads its session row, so the next request of a
// revoked session is refused, in every process.
import { and, eq, isNull, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { sessions } from "@/db/schema";
import type { Context } from "@/lib/context";

export type RevokeReason =
  | "logout"
  | "sign_out"
  | "refresh_token_reuse"
  | "revoked_by_user"
  | "password_changed"
  | "password_reset"
  | "account_deleted";

/**
 * Revoke the not-yet-revoked sessions matching `where` (in `db`, which may be a transaction) and
 * return their ids. A session revoked before keeps its original time and reason.
 */
export async function revokeSessions(
  db: Executor,
  where: SQL | undefined,
  reason: RevokeReason,
  now: Date,
): Promise<string[]> {
  const revoked = await db
    .update(sessions)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(isNull(sessions.revokedAt), where))
    .returning({ id: sessions.id });
  return revoked.map((row) => row.id);
}

/** Revoke one session by id; true when it was live until now. */
export async function revokeSession(
  ctx: Context,
  sessionId: string,
  reason: RevokeReason,
): Promise<boolean> {
  const revoked = await revokeSessions(ctx.db, eq(sessions.id, sessionId), reason, ctx.clock.now());
  return revoked.length > 0;
}
