// After a question's answer key is corrected: rescore every submitted attempt of every exam that
// contains it. Automatic scores only; a manual score stays (score-attempt.ts).
import { examAttempts, examQuestions } from "@/db/schema";
import type { Context } from "@/lib/context";
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { scoreAttempt } from "./score-attempt";

/** Every submitted attempt of every exam containing the question, rescored (auto scores only). */
export async function rescoreQuestion({
  ctx,
  input,
}: {
  ctx: Context;
  input: { questionId: number };
}): Promise<{ rescored: number }> {
  const affected = await ctx.db
    .select({ id: examAttempts.id })
    .from(examAttempts)
    .where(
      and(
        isNotNull(examAttempts.submittedAt),
        inArray(
          examAttempts.examId,
          ctx.db
            .select({ examId: examQuestions.examId })
            .from(examQuestions)
            .where(eq(examQuestions.questionId, input.questionId)),
        ),
      ),
    );
  for (const row of affected) await scoreAttempt({ ctx, input: { attemptId: row.id } });
  return { rescored: affected.length };
}
