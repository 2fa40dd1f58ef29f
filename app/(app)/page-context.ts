import type { Session } from "next-auth";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { contextForWebSession } from "@/lib/auth/context-for-session";
import type { ActingUser, Actor, Context } from "@/lib/context";

/** A domain context whose actor is a signed-in person. */
export type SignedInContext = Context & { actor: Actor & { user: ActingUser } };

/**
 * The domain context of the browser session a signed-in page is rendered for, with the Auth.js
 * session it came from; redirects to /sign-in when there is no live session.
 */
export async function requirePageContext(): Promise<{
  ctx: SignedInContext;
  session: Session | null;
}> {
  const session = await auth();
  const ctx = await contextForWebSession({
    userId: session?.user?.id,
    sessionId: session?.sessionId,
  });
  if (!ctx?.actor.user) redirect("/sign-in");
  return { ctx: ctx as SignedInContext, session };
}
