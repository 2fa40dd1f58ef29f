// Scores for the leaderboard and dashboard tests, written as the platform writes them: an attempt
// submitted and scored (its answers optional), or a score staff entered for a paper exam.
import { attemptAnswers, examAttempts, examScores } from "@/db/schema";
import type { Executor } from "@/db/client";
import { T0 } from "../attempts/support";

/** A scored attempt: `timeUsed` seconds, submitted `submittedAgo` ms before T0. */
export async function scored(
  db: Executor,
  examId: number,
  candidateId: string,
  score: number,
  timeUsed: number,
  submittedAgo: number,
  answers: { questionId: number; option: string }[] = [],
) {
  const submittedAt = new Date(T0.getTime() - submittedAgo);
  const startedAt = new Date(submittedAt.getTime() - timeUsed * 1000);
  const [attempt] = await db
    .insert(examAttempts)
    .values({
      examId,
      candidateId,
      startedAt,
      deadline: submittedAt,
      submittedAt,
      scoredAt: submittedAt,
    })
    .returning();
  for (const answer of answers) {
    await db.insert(attemptAnswers).values({
      attemptId: attempt!.id,
      questionId: answer.questionId,
      selectedOption: answer.option,
      seq: 1,
      savedAt: submittedAt,
    });
  }
  await db.insert(examScores).values({
    examId,
    candidateId,
    attemptId: attempt!.id,
    score,
    autoScore: true,
    timeUsedSeconds: timeUsed,
    recordedAt: submittedAt,
    updatedAt: submittedAt,
  });
}

/** A score entered by staff for an exam held on paper: no attempt, no time. */
export async function manual(
  db: Executor,
  examId: number,
  candidateId: string,
  score: number,
  recordedAgo: number,
) {
  const recordedAt = new Date(T0.getTime() - recordedAgo);
  await db
    .insert(examScores)
    .values({ examId, candidateId, score, autoScore: false, recordedAt, updatedAt: recordedAt });
}
