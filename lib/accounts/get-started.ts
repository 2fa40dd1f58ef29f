import { roleLabel, staffRoleAtLeast } from "@/lib/auth/roles";
import type { Context } from "@/lib/context";
import { loadActingUser } from "./acting-user";

export type GetStartedOverview = Awaited<ReturnType<typeof getStartedOverview>>;

/**
 * What the Get Started page shows (the landing page after sign-in: the candidate's steps, or the
 * staff home). The tour opens for a verified candidate, or for verified staff from moderator up
 * (the spec: nothing beyond get-started before verification).
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
    /** The role as a person reads it: "Screening", "Moderator". */
    roleLabel: roleLabel(user.role),
    emailVerified: user.isEmailVerified,
    identityVerified: user.isUserVerified,
    tourUnlocked,
    lockedReason: tourUnlocked
      ? null
      : !user.isUserVerified
        ? "The tour opens once your identity has been verified."
        : "The tour opens for moderators and above.",
  };
}
