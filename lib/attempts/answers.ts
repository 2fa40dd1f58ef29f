// Autosave (single and batch) and the final submit of a candidate's attempt (CONTRACT §4, §9).
//
// Decisions: no attempt yet → 400 attempt_not_started (answers and submits need an attempt opened
// with take-exam or start; submit never creates one). Past deadline + ANSWER_GRACE_SECONDS → 403
// exam_not_open. After submit → 400 exam_already_submitted. A question that is not in the exam or
// is archived → 400 invalid_question naming the ids, and nothing of the request is written.
// Writes lock the attempt row FOR SHARE and re-check submitted_at, so an autosave can never land
// after the submit (or auto-submit) that closed the attempt.
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { runPrepared } from "@/db/prepared";
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

type HotPathRow = {
  attempt_id: string;
  deadline: string;
  submitted: boolean;
  member: number | null;
  is_archived: boolean | null;
  written_option: string | null;
  written_seq: string | null;
  written_at: string | null;
  stored_option: string | null;
  stored_seq: string | null;
  stored_at: string | null;
};

/** A timestamptz as ISO 8601 text, read the same way whichever driver runs the query. */
const isoText = (column: string) => `to_json(${column}) #>> '{}'`;

/**
 * The autosave's one statement (a constant text, run as a prepared statement): find the attempt
 * (locked FOR SHARE, so it waits for a submit in progress and then sees it), check membership,
 * and upsert only when the attempt is open, the deadline + grace not passed and the question in
 * the exam; it returns what decided it, so the refusals cost no extra query.
 * $1 exam, $2 candidate, $3 question, $4 option, $5 seq, $6 now, $7 now − grace.
 */
const saveAnswerStatement = `
  with a as (
    select ea.id, ea.deadline, ea.submitted_at, eq.question_id as member, q.is_archived
    from exam_attempts ea
    left join exam_questions eq on eq.exam_id = ea.exam_id and eq.question_id = $3::integer
    left join questions q on q.id = eq.question_id
    where ea.exam_id = $1::integer and ea.candidate_id = $2::uuid
    for share of ea
  ), written as (
    insert into attempt_answers (attempt_id, question_id, selected_option, seq, saved_at)
    select a.id, $3::integer, $4::text, $5::bigint, $6::timestamptz
    from a
    where a.submitted_at is null and a.deadline >= $7::timestamptz
      and a.member is not null and a.is_archived = false
    on conflict (attempt_id, question_id) do update
      set selected_option = excluded.selected_option, seq = excluded.seq, saved_at = excluded.saved_at
      where attempt_answers.seq < excluded.seq
    returning selected_option, seq, saved_at
  )
  select a.id as attempt_id, ${isoText("a.deadline")} as deadline,
    a.submitted_at is not null as submitted, a.member, a.is_archived,
    w.selected_option as written_option, w.seq::text as written_seq,
    ${isoText("w.saved_at")} as written_at,
    s.selected_option as stored_option, s.seq::text as stored_seq,
    ${isoText("s.saved_at")} as stored_at
  from a
  left join written w on true
  left join attempt_answers s on s.attempt_id = a.id and s.question_id = $3::integer`;

/** PUT /exams/{id}/answers/{questionId}/ — the hot path: one prepared statement. */
export async function saveAnswer({
  ctx,
  input,
}: {
  ctx: Context;
  input: { examId: number; questionId: number; selectedOption: Option; seq: number };
}) {
  const user = actingCandidate(ctx);
  const now = ctx.clock.now();
  const cutoff = new Date(now.getTime() - graceMs());
  const [row] = await runPrepared<HotPathRow>(ctx.db, saveAnswerStatement, [
    input.examId,
    user.id,
    input.questionId,
    input.selectedOption,
    input.seq,
    now.toISOString(),
    cutoff.toISOString(),
  ]);
  if (!row) return noAttempt(ctx, input.examId);
  const deadline = new Date(row.deadline);
  checkOpen({ submittedAt: row.submitted ? now : null, deadline }, now);
  if (row.member === null || row.is_archived !== false) {
    throw invalidQuestions([input.questionId], "question");
  }
  // What was written now, else (a newer or equal seq was already stored: it stays, and the reply
  // says this one is stale) what is stored.
  const source =
    row.written_seq !== null
      ? { option: row.written_option, seq: row.written_seq, at: row.written_at }
      : { option: row.stored_option, seq: row.stored_seq, at: row.stored_at };
  let answer: StoredAnswer;
  if (source.seq !== null) {
    answer = {
      attemptId: row.attempt_id,
      questionId: input.questionId,
      selectedOption: source.option!,
      seq: Number(source.seq),
      savedAt: new Date(source.at!),
    };
  } else {
    // Rare: a newer answer committed after this statement's snapshot, or the attempt was closed
    // meanwhile (the lock waited for the submit): read what is stored now.
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
      .where(eq(examAttempts.id, row.attempt_id));
    if (!stored?.answer || stored.submittedAt) throw alreadySubmitted();
    answer = stored.answer;
  }
  return {
    ...answerJson(answer, answer.seq > input.seq),
    deadline: deadline.toISOString(),
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
    // A submit that arrives after the deadline (within the grace) is the page submitting at zero:
    // recorded like the server's auto-submit, at the deadline, so time used never exceeds it.
    const late = now.getTime() >= attempt.deadline.getTime();
    const closed = await tx
      .update(examAttempts)
      .set(
        late
          ? { submittedAt: attempt.deadline, submissionKind: "auto" }
          : { submittedAt: now, submissionKind: "candidate" },
      )
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
        kind: late ? "auto" : "candidate",
      },
    });
    return true;
  });
  if (!found) return noAttempt(ctx, input.examId);
  return { message: "Answers submitted successfully!" as const };
}
