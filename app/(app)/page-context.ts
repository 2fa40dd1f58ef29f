import type { Session } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { contextForWebSession } from "@/lib/auth/context-for-session";
import { TIME_ZONE_COOKIE } from "@/components/ui/time-zone-cookie";
import type { ActingUser, Actor, Context } from "@/lib/context";
import { isKnownTimeZone } from "@/lib/time/format-time";

/** A domain context whose actor is a signed-in person. */
export type SignedInContext = Context & { actor: Actor & { user: ActingUser } };

/**
 * The domain context of this request's browser session (Auth.js cookie → live session row), with
 * the Auth.js session it came from; `ctx` is null when nobody is signed in or the session has
 * ended. Pages, layouts and server actions all start here.
 */
export async function browserSessionContext(): Promise<{
  ctx: Context | null;
  session: Session | null;
}> {
  const session = await auth();
  const ctx = await contextForWebSession({
    userId: session?.user?.id,
    sessionId: session?.sessionId,
  });
  return { ctx, session };
}

/** As browserSessionContext for a signed-in page: redirects to /sign-in without a live session. */
export async function requirePageContext(): Promise<{
  ctx: SignedInContext;
  session: Session | null;
}> {
  const { ctx, session } = await browserSessionContext();
  if (!ctx?.actor.user) redirect("/sign-in");
  return { ctx: ctx as SignedInContext, session };
}

/** The time zone the viewer's browser reported last (see LocalTime), or null before it has. */
export async function reportedTimeZone(): Promise<string | null> {
  const zone = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  return zone && isKnownTimeZone(zone) ? zone : null;
}
