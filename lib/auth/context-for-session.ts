import { getDb } from "@/db/client";
import { getClock, systemActor, type Context } from "@/lib/context";
import { loadSessionUser } from "./resolve-bearer";

/** The domain context for a signed-in browser session, or null if the session is no longer live. */
export async function contextForWebSession(input: {
  userId?: string;
  sessionId?: string;
}): Promise<Context | null> {
  if (!input.userId || !input.sessionId) return null;
  const db = getDb();
  const clock = getClock();
  const user = await loadSessionUser(db, input.sessionId, input.userId, clock.now());
  return user ? { db, clock, actor: { ...systemActor, ip: "web", user } } : null;
}
