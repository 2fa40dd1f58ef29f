// How many candidates are still writing an exam, for the staff page's confirmations (ending an
// exam early, changing its window).
import { examAttempts } from "@/db/schema";
import type { Context } from "@/lib/context";
import { and, count, eq, gt, isNull } from "drizzle-orm";

/** Candidates whose attempt is open and whose time has not run out: "still writing". */
export async function countCandidatesWriting({
  ctx,
  input,
}: {
  ctx: Context;
  input: { id: number };
}): Promise<number> {
  const [row] = await ctx.db
    .select({ value: count() })
    .from(examAttempts)
    .where(
      and(
        eq(examAttempts.examId, input.id),
        isNull(examAttempts.submittedAt),
        gt(examAttempts.deadline, ctx.clock.now()),
      ),
    );
  return row?.value ?? 0;
}
