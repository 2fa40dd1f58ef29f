import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { staffRoleAtLeast } from "@/lib/auth/roles";
import type { Context } from "@/lib/context";
import { NotAuthenticated } from "@/lib/errors";

/**
 * What the Get Started page shows. The tour opens for a verified candidate, or for staff from
 * moderator up (the spec: nothing beyond get-started before verification).
 */
export async function getStartedOverview({ ctx }: { ctx: Context }) {
  if (!ctx.actor.user) throw new NotAuthenticated();
  const [user] = await ctx.db.select().from(users).where(eq(users.id, ctx.actor.user.id)).limit(1);
  if (!user) throw new NotAuthenticated();
  const tourUnlocked =
    user.userType === "candidate"
      ? user.isUserVerified
      : user.isUserVerified && staffRoleAtLeast(user.role, "moderator");
  return {
    firstName: user.firstName,
    userType: user.userType,
    role: user.role,
    emailVerified: user.isEmailVerified,
    identityVerified: user.isUserVerified,
    tourUnlocked,
    lockedReason: tourUnlocked
      ? null
      : user.userType === "candidate"
        ? "The tour opens once your identity has been verified."
        : !user.isUserVerified
          ? "The tour opens once your identity has been verified."
          : "The tour opens for moderators and above.",
  };
}
