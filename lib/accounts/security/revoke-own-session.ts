// DELETE /auth/sessions/{id}/: end one of the caller's own sessions.
import { sessions } from "@/db/schema";
import { revokeSessions } from "@/lib/auth/sessions/revoke-sessions";
import type { Context } from "@/lib/context";
import { NotFound } from "@/lib/errors";
import { and, eq } from "drizzle-orm";
import { actingUser, live } from "./own-sessions";

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
