// Refresh tokens rotate on every use. Presenting one that was already used means it was copied:
// the whole session is revoked, so both the thief and the owner must sign in again.
import { and, eq } from "drizzle-orm";
import { sessions, users } from "@/db/schema";
import { verifyToken } from "@/lib/auth/tokens";
import type { Context } from "@/lib/context";
import { AuthenticationFailed } from "@/lib/errors";
import { issueTokens } from "./issue-tokens";
import { revokeSession } from "./revoke-sessions";

const invalid = () => new AuthenticationFailed("Token is invalid or expired.", "invalid_token");

export async function refreshSession({ ctx, input }: { ctx: Context; input: { refresh: string } }) {
  const now = ctx.clock.now();
  const claims = await verifyToken(input.refresh, "refresh", now);
  if (!claims) throw invalid();
  const [row] = await ctx.db
    .select({ session: sessions, isActive: users.isActive, deletedAt: users.deletedAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, claims.sid), eq(sessions.userId, claims.sub)))
    .limit(1);
  const session = row?.session;
  if (!session || session.revokedAt || session.expiresAt <= now || !row.isActive || row.deletedAt)
    throw invalid();
  if (session.currentRefreshId !== claims.jti) {
    await revokeSession(ctx, session.id, "refresh_token_reuse");
    throw invalid();
  }
  return issueTokens(ctx.db, session, now);
}
