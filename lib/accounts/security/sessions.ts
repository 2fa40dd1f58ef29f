// A person's own sessions: list them, end one, or end all but the one in use.
import { and, count, desc, eq, gt, isNull, ne } from "drizzle-orm";
import { revokeSessions } from "@/lib/auth/sessions/revoke-sessions";
import { sessions } from "@/db/schema";
import type { Context } from "@/lib/context";
import { NotAuthenticated, NotFound } from "@/lib/errors";

function actingUser(ctx: Context) {
  if (!ctx.actor.user) throw new NotAuthenticated();
  return ctx.actor.user;
}

const live = (ctx: Context, userId: string) =>
  and(
    eq(sessions.userId, userId),
    isNull(sessions.revokedAt),
    gt(sessions.expiresAt, ctx.clock.now()),
  );

export async function listOwnSessions({ ctx }: { ctx: Context }) {
  const user = actingUser(ctx);
  const rows = await ctx.db
    .select()
    .from(sessions)
    .where(live(ctx, user.id))
    .orderBy(desc(sessions.lastSeenAt));
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    ip_address: row.ipAddress,
    user_agent: row.userAgent,
    created_at: row.createdAt.toISOString(),
    last_seen_at: row.lastSeenAt.toISOString(),
    expires_at: row.expiresAt.toISOString(),
    is_current: row.id === user.sessionId,
  }));
}

export async function countOwnSessions(ctx: Context, userId: string): Promise<number> {
  const [row] = await ctx.db.select({ value: count() }).from(sessions).where(live(ctx, userId));
  return row?.value ?? 0;
}

/** End one of the caller's sessions; another person's session id is a 404, like an unknown one. */
export async function revokeOwnSession({ ctx, input }: { ctx: Context; input: { id: string } }) {
  const user = actingUser(ctx);
  const revoked = await revokeSessions(
    ctx.db,
    and(eq(sessions.id, input.id), live(ctx, user.id)),
    "revoked_by_user",
    ctx.clock.now(),
  );
  if (revoked.length === 0) throw new NotFound("Session not found.");
}

/** End every session of the caller except the one making this request. */
export async function revokeOtherSessions({ ctx }: { ctx: Context }) {
  const user = actingUser(ctx);
  const others = user.sessionId
    ? and(live(ctx, user.id), ne(sessions.id, user.sessionId))
    : live(ctx, user.id);
  const revoked = await revokeSessions(ctx.db, others, "revoked_by_user", ctx.clock.now());
  return { revoked: revoked.length };
}
