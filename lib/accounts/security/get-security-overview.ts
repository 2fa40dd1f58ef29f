// GET /auth/security-overview/: live sessions, last sign-in and recent failures at a glance.
import { loginEvents, users } from "@/db/schema";
import type { Context } from "@/lib/context";
import { NotAuthenticated } from "@/lib/errors";
import { and, count, desc, eq, gt } from "drizzle-orm";
import { countOwnSessions } from "./own-sessions";

/** GET /auth/security-overview/: how the account signs in and what has happened lately. */
export async function getSecurityOverview({ ctx }: { ctx: Context }) {
  if (!ctx.actor.user) throw new NotAuthenticated();
  const userId = ctx.actor.user.id;
  const dayAgo = new Date(ctx.clock.now().getTime() - 86_400_000);
  const [[user], [lastLogin], [failures], activeSessions] = await Promise.all([
    ctx.db.select().from(users).where(eq(users.id, userId)).limit(1),
    ctx.db
      .select({ at: loginEvents.createdAt })
      .from(loginEvents)
      .where(and(eq(loginEvents.userId, userId), eq(loginEvents.success, true)))
      .orderBy(desc(loginEvents.createdAt))
      .limit(1),
    ctx.db
      .select({ value: count() })
      .from(loginEvents)
      .where(
        and(
          eq(loginEvents.userId, userId),
          eq(loginEvents.success, false),
          gt(loginEvents.createdAt, dayAgo),
        ),
      ),
    countOwnSessions(ctx, userId),
  ]);
  if (!user) throw new NotAuthenticated();
  return {
    primary_method: "password" as const,
    has_password: Boolean(user.passwordHash),
    linked_providers: [],
    can_add_password: !user.passwordHash,
    email_verified: user.isEmailVerified,
    active_sessions: activeSessions,
    last_login_at: lastLogin?.at.toISOString() ?? null,
    failed_logins_last_24h: failures?.value ?? 0,
    password_changed_at: user.passwordChangedAt?.toISOString() ?? null,
  };
}
