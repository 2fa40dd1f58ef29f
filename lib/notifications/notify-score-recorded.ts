// exam/score.recorded → the candidate: their score for the exam, recorded automatically or by
// staff. A score recorded again (a rescore, a correction) with another value notifies again; an
// event whose score is no longer the recorded one (it came late, or was redelivered after a
// correction) tells nothing — the correction's own event does. The score is in the text because a
// candidate sees it on the exam's result page as soon as it is recorded (lib/results).
import { and, eq } from "drizzle-orm";
import { exams, examScores } from "@/db/schema";
import type { Context } from "@/lib/context";
import type { EventData } from "@/lib/events/registry";
import { notifyPeople } from "./notify-people";

export async function notifyScoreRecorded({
  ctx,
  input,
}: {
  ctx: Context;
  input: EventData<"exam/score.recorded">;
}): Promise<{ notified: number }> {
  const [recorded] = await ctx.db
    .select({ title: exams.title, score: examScores.score })
    .from(examScores)
    .innerJoin(exams, eq(exams.id, examScores.examId))
    .where(and(eq(examScores.examId, input.examId), eq(examScores.candidateId, input.candidateId)));
  // Scores are kept to two decimals (numeric(5, 2)).
  if (!recorded || Math.abs(recorded.score - input.score) >= 0.005) return { notified: 0 };
  const fresh = await notifyPeople(
    ctx,
    [
      {
        userId: input.candidateId,
        subject: `Your score for ${recorded.title}`,
        message: `Your score is ${input.score.toFixed(2)}%${
          input.source === "manual" ? ", entered by the exam staff" : ""
        }. Your result is on the exam's page under Exams.`,
        dedupeKey: `score:${input.examId}:${input.attemptId ?? "manual"}:${input.score}`,
      },
    ],
    "score notification",
  );
  return { notified: fresh.length };
}
