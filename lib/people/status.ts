import type { users } from "@/db/schema";

export const profileStatuses = ["active", "inactive", "pending", "deactivated"] as const;
export type ProfileStatus = (typeof profileStatuses)[number];

/**
 * The spec's profile status, derived rather than stored: deactivated (switched off or deleted),
 * pending (email not verified yet), inactive (email verified, identity not yet verified),
 * active (fully verified).
 */
export function profileStatus(
  user: Pick<
    typeof users.$inferSelect,
    "isActive" | "deletedAt" | "isEmailVerified" | "isUserVerified"
  >,
): ProfileStatus {
  if (!user.isActive || user.deletedAt) return "deactivated";
  if (!user.isEmailVerified) return "pending";
  return user.isUserVerified ? "active" : "inactive";
}

/**
 * The one vocabulary for a person's state, on every page (people lists, a person's page, the
 * account page): where they stand, in the order they get there. "Active" / "Deactivated" is a
 * different question (is the account switched on) and only ever describes that.
 */
export const profileStatusLabels: Record<ProfileStatus, string> = {
  pending: "Email not verified",
  inactive: "Identity not verified",
  active: "Verified",
  deactivated: "Deactivated",
};

/** What the state means, for the person themselves ("you") or for staff looking at them. */
export function profileStatusExplanation(status: ProfileStatus, reader: "self" | "staff"): string {
  const self = reader === "self";
  switch (status) {
    case "pending":
      return self
        ? "Verify your email address with the code we sent you."
        : "They have not verified their email address yet.";
    case "inactive":
      return self
        ? "Your email address is verified; your identity documents are not approved yet."
        : "Email verified; identity documents not approved yet.";
    case "active":
      return self
        ? "Your email address and identity are verified."
        : "Email address and identity verified.";
    case "deactivated":
      return self
        ? "Your account is deactivated."
        : "The account is deactivated: it cannot sign in.";
  }
}
