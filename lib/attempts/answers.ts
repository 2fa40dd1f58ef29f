// Autosave (single and batch) and the final submit of a candidate's attempt (CONTRACT §4, §9).
//
// Decisions: no attempt yet → 400 attempt_not_started (answers and submits need an attempt opened
// with take-exam or start; submit never creates one). Past deadline + ANSWER_GRACE_SECONDS → 403
// exam_not_open. After submit → 400 exam_already_submitted. A question that is not in the exam or
// is archived → 400 invalid_question naming the ids, and nothing of the request is written.
// Writes lock the attempt row FOR SHARE and re-check submitted_at, so an autosave can never land
// after the submit (or auto-submit) that closed the attempt.
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { attemptAnswers, examAttempts, examQuestions, questions } from "@/db/schema";
import type { Context } from "@/lib/context";
import { Invalid } from "@/lib/errors";
import { publishEvent } from "@/lib/jobs/publish-event";
import {
  actingCandidate,
  alreadySubmitted,
  attemptNotStarted,
  examNotOpen,
  graceMs,
  loadExam,
} from "./take-exam";

type Option = "A" | "B" | "C" | "D" | "";
type StoredAnswer = typeof attemptAnswers.$inferSelect;

const answerJson = (answer: StoredAnswer, stale: boolean) => ({
  question_id: answer.questionId,
  selected_option: answer.selectedOption,
  seq: answer.seq,
  saved_at: answer.savedAt.toISOString(),
  stale,
});

function invalidQuestions(ids: number[], field: string) {
  return new Invalid(
    `Not a question of this exam: ${ids.join(", ")}.`,
    { [field]: ids.map((id) => `Question ${id} is not part of this exam.`) },
    "invalid_question",
  );
}

function checkOpen(attempt: { submittedAt: Date | null; deadline: Date }, now: Date) {
  if (attempt.submittedAt) throw alreadySubmitted();
  if (now.getTime() > attempt.deadline.getTime() + graceMs()) throw examNotOpen();
}

async function noAttempt(ctx: Context, examId: number): Promise<never> {
  await loadExam(ctx, examId); // 404 for an unknown exam
  throw attemptNotStarted();
}

/** The upsert: a higher seq replaces, an equal or lower one leaves the stored answer. */
const onSeqConflict = {
  target: [attemptAnswers.attemptId, attemptAnswers.questionId],
  set: {
    selectedOption: sql`excluded.selected_option`,
    seq: sql`excluded.seq`,
    savedAt: sql`excluded.saved_at`,
  },
  setWhere: sql`${attemptAnswers.seq} < excluded.seq`,
};

/** PUT /exams/{id}/answers/{questionId}/ — the hot path: one SELECT, one upsert. */
export async function saveAnswer({
  ctx,
  input,
}: {
  ctx: Context;
  input: { examId: number; questionId: number; selectedOption: Option; seq: number };
}) {
  const user = actingCandidate(ctx);
  const now = ctx.clock.now();
  const [row] = await ctx.db
    .select({
      id: examAttempts.id,
      deadline: examAttempts.deadline,
      submittedAt: examAttempts.submittedAt,
      memberId: examQuestions.questionId,
      isArchived: questions.isArchived,
    })
    .from(examAttempts)
    .leftJoin(
      examQuestions,
      and(
        eq(examQuestions.examId, examAttempts.examId),
        eq(examQuestions.questionId, input.questionId),
      ),
    )
    .leftJoin(questions, eq(questions.id, examQuestions.questionId))
    .where(and(eq(examAttempts.examId, input.examId), eq(examAttempts.candidateId, user.id)));
  if (!row) return noAttempt(ctx, input.examId);
  checkOpen(row, now);
  if (row.memberId === null || row.isArchived !== false) {
    throw invalidQuestions([input.questionId], "question");
  }
  const [written] = await ctx.db
    .insert(attemptAnswers)
    .select(
      ctx.db
        .select({
          attemptId: examAttempts.id,
          questionId: sql<number>`${input.questionId}::integer`.as("question_id"),
          selectedOption: sql<string>`${input.selectedOption}::text`.as("selected_option"),
          seq: sql<number>`${input.seq}::bigint`.as("seq"),
          savedAt: sql<Date>`${now.toISOString()}::timestamptz`.as("saved_at"),
        })
        .from(examAttempts)
        .where(and(eq(examAttempts.id, row.id), isNull(examAttempts.submittedAt)))
        .for("share"),
    )
    .onConflictDoUpdate(onSeqConflict)
    .returning();
  let answer = written;
  if (!answer) {
    // Either a newer (or equal) seq is stored, or the attempt was closed meanwhile.
    const [stored] = await ctx.db
      .select({ answer: attemptAnswers, submittedAt: examAttempts.submittedAt })
      .from(examAttempts)
      .leftJoin(
        attemptAnswers,
        and(
          eq(attemptAnswers.attemptId, examAttempts.id),
          eq(attemptAnswers.questionId, input.questionId),
        ),
      )
      .where(eq(examAttempts.id, row.id));
    if (!stored?.answer || stored.submittedAt) throw alreadySubmitted();
    answer = stored.answer;
  }
  return {
    ...answerJson(answer, answer.seq > input.seq),
    deadline: row.deadline.toISOString(),
    server_now: now.toISOString(),
  };
}

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

async function checkMembership(ctx: Context, examId: number, ids: number[], field: string) {
  if (ids.length === 0) return;
  const found = await ctx.db
    .select({ id: examQuestions.questionId })
    .from(examQuestions)
    .innerJoin(questions, eq(questions.id, examQuestions.questionId))
    .where(
      and(
        eq(examQuestions.examId, examId),
        inArray(examQuestions.questionId, ids),
        eq(questions.isArchived, false),
      ),
    );
  const known = new Set(found.map((row) => row.id));
  const missing = ids.filter((id) => !known.has(id)).sort((a, b) => a - b);
  if (missing.length > 0) throw invalidQuestions(missing, field);
}

/**
 * POST /exams/{id}/submit-exam-answers/ — merge the body's answers over the saved ones (the body
 * wins; seq is not needed) and close the attempt. Exactly one of two parallel submits succeeds.
 */
export async function submitAnswers({
  ctx,
  input,
}: {
  ctx: Context;
  input: { examId: number; answers: { question: number; selected_option: Option }[] };
}) {
  const user = actingCandidate(ctx);
  const now = ctx.clock.now();
  const byQuestion = new Map(input.answers.map((item) => [item.question, item.selected_option]));
  const found = await ctx.db.transaction(async (tx) => {
    const [attempt] = await tx
      .select()
      .from(examAttempts)
      .where(and(eq(examAttempts.examId, input.examId), eq(examAttempts.candidateId, user.id)))
      .for("update");
    if (!attempt) return false;
    checkOpen(attempt, now);
    await checkMembership({ ...ctx, db: tx }, input.examId, [...byQuestion.keys()], "answers");
    const closed = await tx
      .update(examAttempts)
      .set({ submittedAt: now, submissionKind: "candidate" })
      .where(and(eq(examAttempts.id, attempt.id), isNull(examAttempts.submittedAt)))
      .returning({ id: examAttempts.id });
    if (closed.length === 0) throw alreadySubmitted();
    if (byQuestion.size > 0) {
      await tx
        .insert(attemptAnswers)
        .values(
          [...byQuestion].map(([questionId, selectedOption]) => ({
            attemptId: attempt.id,
            questionId,
            selectedOption,
            seq: 0,
            savedAt: now,
          })),
        )
        .onConflictDoUpdate({
          target: [attemptAnswers.attemptId, attemptAnswers.questionId],
          set: { selectedOption: sql`excluded.selected_option`, savedAt: sql`excluded.saved_at` },
        });
    }
    await publishEvent(tx, {
      name: "exam/attempt.submitted",
      data: {
        attemptId: attempt.id,
        examId: attempt.examId,
        candidateId: user.id,
        kind: "candidate",
      },
    });
    return true;
  });
  if (!found) return noAttempt(ctx, input.examId);
  return { message: "Answers submitted successfully!" as const };
}
