// GET /leaderboard/{stage}/{level}/candidate/{candidate_id}/: one candidate's place on the board
// shown for a stage and level, with every question of the exam as published, their option and the
// key. Boards exist only for concluded exams, so the key is never shown while an exam is open.
import { and, asc, eq } from "drizzle-orm";
import type { z } from "zod";
import {
  attemptAnswers,
  examAttempts,
  leaderboardBoardQuestions,
  leaderboardEntries,
} from "@/db/schema";
import type { Context } from "@/lib/context";
import { NotFound } from "@/lib/errors";
import { hiddenBoard, leaderboardViewer } from "./access";
import type { DecidedBy } from "./ranking";
import type { boardParams, candidatePerformance } from "./schemas";
import {
  examDetailsOf,
  findBoard,
  fullName,
  requireSnapshot,
  selectEntries,
} from "./snapshot-boards";

export async function getLeaderboardCandidate({
  ctx,
  input,
}: {
  ctx: Context;
  input: z.output<typeof boardParams>;
}): Promise<z.output<typeof candidatePerformance>> {
  const viewer = leaderboardViewer(ctx);
  if (
    viewer.scope === "screening" &&
    (input.stage !== "screening" || input.candidateId !== viewer.userId)
  ) {
    throw hiddenBoard();
  }
  const snapshot = await requireSnapshot(ctx);
  const board = await findBoard(ctx, snapshot.id, { stage: input.stage, level: input.level });
  const [row] = await selectEntries(
    ctx,
    board,
    eq(leaderboardEntries.candidateId, input.candidateId),
  ).limit(1);
  if (!row) throw new NotFound("This candidate is not on this leaderboard.", "not_on_leaderboard");

  // The questions and key as published (a later correction shows in the next snapshot), against
  // the candidate's answers, which do not change after submission.
  const submissions = await ctx.db
    .select({
      id: leaderboardBoardQuestions.questionId,
      text: leaderboardBoardQuestions.text,
      a: leaderboardBoardQuestions.optionA,
      b: leaderboardBoardQuestions.optionB,
      c: leaderboardBoardQuestions.optionC,
      d: leaderboardBoardQuestions.optionD,
      correct: leaderboardBoardQuestions.correctAnswer,
      selected: attemptAnswers.selectedOption,
    })
    .from(leaderboardBoardQuestions)
    .leftJoin(
      examAttempts,
      and(
        eq(examAttempts.examId, leaderboardBoardQuestions.examId),
        eq(examAttempts.candidateId, input.candidateId),
      ),
    )
    .leftJoin(
      attemptAnswers,
      and(
        eq(attemptAnswers.attemptId, examAttempts.id),
        eq(attemptAnswers.questionId, leaderboardBoardQuestions.questionId),
      ),
    )
    .where(
      and(
        eq(leaderboardBoardQuestions.snapshotId, snapshot.id),
        eq(leaderboardBoardQuestions.examId, board.examId),
      ),
    )
    .orderBy(asc(leaderboardBoardQuestions.position), asc(leaderboardBoardQuestions.questionId));

  return {
    snapshot_id: snapshot.id,
    exam_details: examDetailsOf(board),
    candidate_performance: {
      rank: row.entry.rank,
      candidate: { id: row.entry.candidateId, full_name: fullName(row), school: row.school },
      score: row.entry.score,
      time_used: row.entry.timeUsedSeconds,
      decided_by: row.entry.decidedBy as DecidedBy,
      submissions: submissions.map((question) => {
        const selected = question.selected || null;
        return {
          question_id: question.id,
          question_text: question.text,
          option_a: question.a,
          option_b: question.b,
          option_c: question.c,
          option_d: question.d,
          correct_answer: question.correct,
          selected_option: selected,
          is_correct: selected === question.correct,
        };
      }),
      participated_at: row.entry.submittedAt.toISOString(),
    },
  };
}
