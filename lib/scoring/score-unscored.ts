// The periodic sweep: score every submitted attempt that is not scored yet (score-attempt.ts's
// rules; idempotent, so a run that overlaps another does no harm).
import { examAttempts } from "@/db/schema";
import type { Context } from "@/lib/context";
import { and, asc, isNotNull, isNull } from "drizzle-orm";
import { scoreAttempt } from "./score-attempt";

/** Score submitted attempts that are not scored yet (the periodic sweep). */
export async function scoreUnscored({
  ctx,
  input = {},
}: {
  ctx: Context;
  input?: { limit?: number };
}): Promise<{ scored: number }> {
  const due = await ctx.db
    .select({ id: examAttempts.id })
    .from(examAttempts)
    .where(and(isNotNull(examAttempts.submittedAt), isNull(examAttempts.scoredAt)))
    .orderBy(asc(examAttempts.submittedAt))
    .limit(input.limit ?? 1000);
  for (const row of due) await scoreAttempt({ ctx, input: { attemptId: row.id } });
  return { scored: due.length };
}
