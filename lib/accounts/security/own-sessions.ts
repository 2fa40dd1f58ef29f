// What the own-session operations share: the signed-in person, and which of their sessions are live.
import { sessions } from "@/db/schema";
import type { Context } from "@/lib/context";
import { NotAuthenticated } from "@/lib/errors";
import { and, count, eq, gt, isNull } from "drizzle-orm";

export function actingUser(ctx: Context) {
  if (!ctx.actor.user) throw new NotAuthenticated();
  return ctx.actor.user;
}

export const live = (ctx: Context, userId: string) =>
  and(
    eq(sessions.userId, userId),
    isNull(sessions.revokedAt),
    gt(sessions.expiresAt, ctx.clock.now()),
  );

export async function countOwnSessions(ctx: Context, userId: string): Promise<number> {
  const [row] = await ctx.db.select({ value: count() }).from(sessions).where(live(ctx, userId));
  return row?.value ?? 0;
}
