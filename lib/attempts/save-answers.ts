// PUT /exams/{id}/answers/: several answers at once, each kept only if its seq is higher.
import { and, eq, inArray } from "drizzle-orm";
import { attemptAnswers, examAttempts } from "@/db/schema";
import type { Context } from "@/lib/context";
import { actingCandidate } from "./attempt-rules";
import {
  Option,
  answerJson,
  checkOpen,
  noAttempt,
  onSeqConflict,
  checkMembership,
} from "./answer-rules";

/** POST /exams/{id}/answers/ — several autosaves at once, all or nothing. */
export async function saveAnswers({
  ctx,
  input,
}: {
  ctx: Context;
  input: { examId: number; answers: { question: number; selected_option: Option; seq: number }[] };
}) {
  const user = actingCandidate(ctx);
  const now = ctx.clock.now();
  // One write per question: the highest seq (the later item on a tie).
  const byQuestion = new Map<number, (typeof input.answers)[number]>();
  for (const item of input.answers) {
    const seen = byQuestion.get(item.question);
    if (!seen || item.seq >= seen.seq) byQuestion.set(item.question, item);
  }
  const items = [...byQuestion.values()];
  const result = await ctx.db.transaction(async (tx) => {
    const [attempt] = await tx
      .select()
      .from(examAttempts)
      .where(and(eq(examAttempts.examId, input.examId), eq(examAttempts.candidateId, user.id)))
      .for("share");
    if (!attempt) return null;
    checkOpen(attempt, now);
    await checkMembership({ ...ctx, db: tx }, input.examId, [...byQuestion.keys()], "answers");
    const savedAt = now;
    await tx
      .insert(attemptAnswers)
      .values(
        items.map((item) => ({
          attemptId: attempt.id,
          questionId: item.question,
          selectedOption: item.selected_option,
          seq: item.seq,
          savedAt,
        })),
      )
      .onConflictDoUpdate(onSeqConflict);
    const stored = await tx
      .select()
      .from(attemptAnswers)
      .where(
        and(
          eq(attemptAnswers.attemptId, attempt.id),
          inArray(attemptAnswers.questionId, [...byQuestion.keys()]),
        ),
      );
    return { attempt, stored };
  });
  if (!result) return noAttempt(ctx, input.examId);
  const storedById = new Map(result.stored.map((answer) => [answer.questionId, answer]));
  return {
    saved: items.map((item) => {
      const answer = storedById.get(item.question)!;
      return answerJson(answer, answer.seq > item.seq);
    }),
    deadline: result.attempt.deadline.toISOString(),
    server_now: now.toISOString(),
  };
}
