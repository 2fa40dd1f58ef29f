// PUT /exams/{id}/answers/{question}/: the autosave, the exam day's hot path — one prepared
// statement that checks the attempt, the question's membership and the seq, and upserts.
import { and, eq } from "drizzle-orm";
import { runPrepared } from "@/db/prepared";
import { attemptAnswers, examAttempts } from "@/db/schema";
import type { Context } from "@/lib/context";
import { actingCandidate, alreadySubmitted, graceMs } from "./attempt-rules";
import {
  Option,
  StoredAnswer,
  answerJson,
  invalidQuestions,
  checkOpen,
  noAttempt,
} from "./answer-rules";

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
