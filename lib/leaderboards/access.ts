// Who may read leaderboards (spec "Leaderboard"): every verified staff member and every verified
// candidate; screening candidates see screening boards only, and only their own performance.
import type { Context } from "@/lib/context";
import { Forbidden, NotAuthenticated } from "@/lib/errors";

export type LeaderboardViewer = { userId: string; scope: "all" | "screening" };

export function leaderboardViewer(ctx: Context): LeaderboardViewer {
  const user = ctx.actor.user;
  if (!user) throw new NotAuthenticated("Sign in first.");
  if (!user.isUserVerified) {
    throw user.userType === "candidate"
      ? new Forbidden(
          "Leaderboards open once your identity documents are approved.",
          "unverified_candidate",
        )
      : new Forbidden(
          "Leaderboards open once your identity documents are approved.",
          "unverified_staff",
        );
  }
  if (user.userType === "candidate" && user.role === "screening") {
    return { userId: user.id, scope: "screening" };
  }
  return { userId: user.id, scope: "all" };
}

/** A screening candidate asking for a board beyond screening. */
export const hiddenBoard = () =>
  new Forbidden("Screening candidates see the screening leaderboards only.", "leaderboard_hidden");
