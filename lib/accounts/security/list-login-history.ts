// GET /auth/login-history/: the caller's recent sign-in attempts.
import { loginEvents } from "@/db/schema";
import type { Context } from "@/lib/context";
import { NotAuthenticated } from "@/lib/errors";
import { desc, eq } from "drizzle-orm";

/** GET /auth/login-history/: the caller's recent sign-in attempts, newest first. */
export async function listLoginHistory({ ctx, input }: { ctx: Context; input: { limit: number } }) {
  if (!ctx.actor.user) throw new NotAuthenticated();
  const rows = await ctx.db
    .select()
    .from(loginEvents)
    .where(eq(loginEvents.userId, ctx.actor.user.id))
    .orderBy(desc(loginEvents.createdAt))
    .limit(input.limit);
  return rows.map((row) => ({
    id: row.id,
    created_at: row.createdAt.toISOString(),
    success: row.success,
    ip_address: row.ipAddress,
    user_agent: row.userAgent,
    channel: row.channel,
  }));
}
