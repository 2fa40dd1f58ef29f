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
