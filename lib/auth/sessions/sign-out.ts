import { and, eq } from "drizzle-orm";
import { sessions } from "@/db/schema";
import { verifyToken } from "@/lib/auth/tokens";
import type { Context } from "@/lib/context";
import { AuthenticationFailed } from "@/lib/errors";
import { revokeSessions } from "./revoke-sessions";

/** POST /auth/logout/: revoke the session the refresh token belongs to. */
export async function signOut({ ctx, input }: { ctx: Context; input: { refresh: string } }) {
  const claims = await verifyToken(input.refresh, "refresh", ctx.clock.now());
  if (!claims) throw new AuthenticationFailed("Token is invalid or expired.", "invalid_token");
  await revokeSessions(
    ctx.db,
    and(eq(sessions.id, claims.sid), eq(sessions.userId, claims.sub)),
    "logout",
    ctx.clock.now(),
  );
}
