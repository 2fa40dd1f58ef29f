// GET /auth/sessions/: the caller's live sessions, the one in use marked.
import { sessions } from "@/db/schema";
import type { Context } from "@/lib/context";
import { desc } from "drizzle-orm";
import { actingUser, live } from "./own-sessions";

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
