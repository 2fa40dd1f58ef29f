// The ranking rule (CONTRACT §9), written once: higher score first, then less time used, then
// earlier submission; equal score and equal time share a rank (1, 1, 3). Manual scores rank like
// automatic ones: their time and submission are the attempt's when there is one; a score entered
// for an exam held on paper has no time (ranked after every timed equal score) and counts as
// submitted when it was recorded. Ranks are computed in SQL by window functions
// (publish-leaderboard.ts); this module holds the orderings and the words people read.
import { sql } from "drizzle-orm";

/** What shares a rank: the score, then the time used (unknown times last). */
export const rankOrder = sql.raw("r.score desc, r.time_used asc nulls last");
/** The order shown: the rank's order, then the earlier submission, then a stable last key. */
export const positionOrder = sql.raw(
  "r.score desc, r.time_used asc nulls last, r.submitted_at asc, r.candidate_id asc",
);

export const decidedByValues = ["top", "score", "time_used", "submitted_at"] as const;
export type DecidedBy = (typeof decidedByValues)[number];

/** The rule in one sentence, for every board page. */
export const rankingRule =
  "Higher score ranks first; on equal scores, less time used ranks first; equal score and equal " +
  "time share a rank, listed by earlier submission.";

/** Why an entry sits where it does, next to the entry above it. */
export function decidedByText(decidedBy: DecidedBy): string {
  switch (decidedBy) {
    case "top":
      return "Highest score.";
    case "score":
      return "Lower score than the entry above.";
    case "time_used":
      return "Same score as the entry above, more time used.";
    case "submitted_at":
      return "Same score and time as the entry above: same rank, submitted later.";
  }
}
