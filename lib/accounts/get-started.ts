import { staffRoleAtLeast } from "@/lib/auth/roles";
import type { Context } from "@/lib/context";
import { loadActingUser } from "./acting-user";

/**
 * What the Get Started page shows. The tour opens for a verified candidate, or for staff from
 * moderator up (the spec: nothing beyond get-started before verification).
 */
export async function getStartedOverview({ ctx }: { ctx: Context }) {
  const user = await loadActingUser(ctx);
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
