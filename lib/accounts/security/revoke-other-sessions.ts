// DELETE /auth/sessions/: end every session of the caller but the one in use.
import { sessions } from "@/db/schema";
import { revokeSessions } from "@/lib/auth/sessions/revoke-sessions";
import type { Context } from "@/lib/context";
import { and, ne } from "drizzle-orm";
import { actingUser, live } from "./own-sessions";

/** End every session of the caller except the one making this request. */
export async function revokeOtherSessions({ ctx }: { ctx: Context }) {
  const user = actingUser(ctx);
  const others = user.sessionId
    ? and(live(ctx, user.id), ne(sessions.id, user.sessionId))
    : live(ctx, user.id);
  const revoked = await revokeSessions(ctx.db, others, "revoked_by_user", ctx.clock.now());
  return { revoked: revoked.length };
}
