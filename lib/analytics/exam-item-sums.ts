// The sums item analysis needs, in three aggregate queries over the stored answers of an exam's
// submitted attempts (statistics.ts turns them into statistics). Only non-archived questions
// count, as in the score's denominator; an unanswered question is "" (no answer).
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { selectRows } from "@/db/rows";

/** One row per (submitted attempt, live question): right or not, and the attempt's total. */
const responses = (examId: number) => sql`
  with q as (
    select eq.question_id, qs.correct_answer::text as key
    from exam_questions eq join questions qs on qs.id = eq.question_id
    where eq.exam_id = ${examId} and not qs.is_archived
  ), a as (
    select id from exam_attempts where exam_id = ${examId} and submitted_at is not null
  ), r as (
    select a.id as attempt_id, q.question_id, q.key,
      coalesce(ans.selected_option, '') as selected,
      case when ans.selected_option = q.key then 1 else 0 end as x
    from a cross join q
    left join attempt_answers ans on ans.attempt_id = a.id and ans.question_id = q.question_id
  ), t as (
    select attempt_id, sum(x)::int as total from r group by attempt_id
  ), ranked as (
    select attempt_id, total,
      row_number() over (order by total desc, attempt_id) as from_top,
      row_number() over (order by total asc, attempt_id desc) as from_bottom
    from t
  )`;

export type ExamTotals = { n: number; k: number; sumTotal: number; sumTotalSquares: number };

export async function examTotals(db: Executor, examId: number): Promise<ExamTotals> {
  const [row] = await selectRows<ExamTotals>(
    db,
    sql`${responses(examId)}
    select (select count(*) from t)::int as n,
      (select count(*) from q)::int as k,
      coalesce((select sum(total) from t), 0)::float8 as "sumTotal",
      coalesce((select sum(total * total) from t), 0)::float8 as "sumTotalSquares"`,
  );
  return row!;
}

export type QuestionSums = {
  questionId: number;
  key: "A" | "B" | "C" | "D";
  correct: number;
  sumTotalOfCorrect: number;
  a: number;
  b: number;
  c: number;
  d: number;
  blank: number;
  upperCorrect: number;
  lowerCorrect: number;
  upperA: number;
  upperB: number;
  upperC: number;
  upperD: number;
};

/** Per live question: right answers, Σ totals of those right, each option's count, extremes. */
export async function questionSums(
  db: Executor,
  examId: number,
  groupSize: number,
): Promise<QuestionSums[]> {
  return selectRows<QuestionSums>(
    db,
    sql`${responses(examId)}
    select r.question_id as "questionId", r.key,
      sum(r.x)::int as correct,
      coalesce(sum(r.x * ranked.total), 0)::float8 as "sumTotalOfCorrect",
      count(*) filter (where r.selected = 'A')::int as a,
      count(*) filter (where r.selected = 'B')::int as b,
      count(*) filter (where r.selected = 'C')::int as c,
      count(*) filter (where r.selected = 'D')::int as d,
      count(*) filter (where r.selected not in ('A', 'B', 'C', 'D'))::int as blank,
      count(*) filter (where ranked.from_top <= ${groupSize} and r.x = 1)::int as "upperCorrect",
      count(*) filter (where ranked.from_bottom <= ${groupSize} and r.x = 1)::int as "lowerCorrect",
      count(*) filter (where ranked.from_top <= ${groupSize} and r.selected = 'A')::int as "upperA",
      count(*) filter (where ranked.from_top <= ${groupSize} and r.selected = 'B')::int as "upperB",
      count(*) filter (where ranked.from_top <= ${groupSize} and r.selected = 'C')::int as "upperC",
      count(*) filter (where ranked.from_top <= ${groupSize} and r.selected = 'D')::int as "upperD"
    from r join ranked on ranked.attempt_id = r.attempt_id
    group by r.question_id, r.key
    order by r.question_id`,
  );
}
