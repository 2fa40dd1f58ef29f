// exam/score.recorded → the candidate: their score for the exam, recorded automatically or by
// staff. A score recorded again (a rescore, a correction) with another value notifies again.
import { eq } from "drizzle-orm";
import { exams } from "@/db/schema";
import type { Context } from "@/lib/context";
import type { EventData } from "@/lib/events/registry";
import { notifyPeople, pushNotifications } from "./notify-people";

export async function notifyScoreRecorded({
  ctx,
  input,
}: {
  ctx: Context;
  input: EventData<"exam/score.recorded">;
}): Promise<{ notified: number }> {
  const [exam] = await ctx.db
    .select({ title: exams.title })
    .from(exams)
    .where(eq(exams.id, input.examId));
  if (!exam) return { notified: 0 };
  const fresh = await notifyPeople(
    ctx.db,
    [
      {
        userId: input.candidateId,
        subject: `Your score for ${exam.title}`,
        message: `Your score is ${input.score.toFixed(2)}%${
          input.source === "manual" ? ", entered by the exam staff" : ""
        }. Your result is on the exam's page under Exams.`,
        dedupeKey: `score:${input.examId}:${input.attemptId ?? "manual"}:${input.score}`,
      },
    ],
    ctx.clock.now(),
  );
  await pushNotifications(fresh, "score notification");
  return { notified: fresh.length };
}
