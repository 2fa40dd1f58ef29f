// Seed for bench/analytics (run with tsx against DATABASE_URL or DATA_DIR's PGlite, after
// migrating): one concluded screening exam of Q questions taken by N candidates, all in SQL
// (generate_series, INSERT … SELECT) — N verified candidates, N submitted attempts with Q stored
// answers each (N × Q `attempt_answers` rows) and N `exam_scores` rows — plus an API key with
// `results:read`. Answers follow a two-parameter logistic model (ability per candidate ~ N(0, 1);
// difficulty and discrimination per question, one question with negative discrimination, one
// very easy, one very hard; distractors chosen unevenly, some answers left blank), so the
// statistics are not degenerate. Prints one JSON line on stdout.
//   tsx bench/analytics/seed.ts --candidates 20000 --questions 50
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { closeDatabase, getDb } from "@/db/client";
import { selectRows } from "@/db/rows";
import { createApiKey } from "@/lib/auth/api-keys/create-api-key";
import { systemActor, systemClock } from "@/lib/context";

const { values } = parseArgs({
  options: {
    candidates: { type: "string", default: "20000" },
    questions: { type: "string", default: "50" },
  },
});
const candidates = Number(values.candidates);
const questionCount = Number(values.questions);
if (!(candidates >= 2 && questionCount >= 3))
  throw new Error("--candidates ≥ 2 and --questions ≥ 3, please.");
const db = getDb();
const ctx = { db, actor: systemActor, clock: systemClock };

const started = performance.now();
const examId = await db.transaction(async (tx) => {
  // One connection for the whole seed, so that the random numbers follow one fixed seed.
  await tx.execute(sql`select setseed(0.16)`);
  await tx.execute(sql`
    insert into users (email, first_name, last_name, user_type, role, is_email_verified,
      email_verified_at, is_user_verified, school, registration_source, date_joined)
    select 'bench.analytics' || g || '@example.com',
      (array['Ada', 'Chidi', 'Ngozi', 'Emeka', 'Zainab', 'Tunde', 'Amaka', 'Bola'])[1 + g % 8],
      -- Some names need CSV quoting (a comma, a quote).
      case g % 97 when 0 then 'Okafor, Jr.' when 1 then 'O''Neil "Tee"' else 'Candidate ' || g end,
      'candidate', 'screening', true, now() - interval '40 days', true,
      'School ' || (g % 300), 'seed', now() - (40 + g % 30) * interval '1 day'
    from generate_series(1, ${candidates}) g`);
  const [exam] = await selectRows<{ id: number }>(
    tx,
    sql`
    insert into exams (title, stage, level, description, scheduled_date, countdown_minutes,
      open_duration_hours, is_active)
    values ('Bench analytics screening', 'screening', 1, '', now() - interval '10 days', 60, 24,
      true)
    returning id`,
  );
  // Items: difficulty b spread over [-1.8, 1.8] in a shuffled order, discrimination a in
  // [0.4, 1.8]; item 7 discriminates negatively (as a mis-keyed question would), item 13 is very
  // easy, item 29 very hard. Distractors d1, d2, d3 are chosen 60 / 30 / 10 % of wrong answers
  // (item 41: never d3, an unused distractor).
  await tx.execute(sql`
    create temporary table bench_items as
    select k, b, a, key,
      (array['A','B','C','D'])[1 + (idx + 1) % 4] as d1,
      (array['A','B','C','D'])[1 + (idx + 2) % 4] as d2,
      (array['A','B','C','D'])[1 + (idx + 3) % 4] as d3,
      case when k = 41 then 0.0 else 0.1 end as w3
    from (
      select k, idx, (array['A','B','C','D'])[1 + idx] as key,
        case k when 13 then -3.5 when 29 then 3.2
          else -1.8 + 3.6 * ((k * 37) % ${questionCount}) / (${questionCount - 1})::float8 end
          as b,
        case k when 7 then -0.5 else 0.4 + 1.4 * random() end as a
      from (select k, floor(random() * 4)::int as idx
            from generate_series(1, ${questionCount}) k) s
    ) items`);
  await tx.execute(sql`alter table bench_items add column question_id integer`);
  await tx.execute(sql`
    with inserted as (
      insert into questions (text, option_a, option_b, option_c, option_d, correct_answer,
        difficulty)
      select 'Bench analytics question ' || k || '?', 'Option A', 'Option B', 'Option C',
        'Option D', key::answer_option,
        (case when b < -0.8 then 'easy' when b < 0.8 then 'moderate' else 'hard' end)
          ::question_difficulty
      from bench_items order by k
      returning id, text
    )
    update bench_items i set question_id = inserted.id from inserted
    where inserted.text = 'Bench analytics question ' || i.k || '?'`);
  await tx.execute(sql`
    insert into exam_questions (exam_id, question_id, position)
    select ${exam!.id}, question_id, k - 1 from bench_items`);
  // People: ability θ ~ N(0, 1) (Box–Muller); started within the first 20 h of the window; 8 %
  // ran out of time (automatic submission at the deadline), the others used 12–59 minutes, the
  // abler ones a little less.
  await tx.execute(sql`
    create temporary table bench_people as
    select attempt_id, candidate_id, theta, started_at, auto,
      case when auto then 3600 else greatest(720, least(3540,
        (2400 - 300 * theta + 600 * (random() - 0.5))::int)) end as time_used
    from (
      select gen_random_uuid() as attempt_id, u.id as candidate_id,
        sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) as theta,
        e.scheduled_date + random() * interval '20 hours' as started_at,
        random() < 0.08 as auto
      from users u cross join exams e
      where e.id = ${exam!.id} and u.email like 'bench.analytics%'
    ) p`);
  await tx.execute(sql`
    insert into exam_attempts (id, exam_id, candidate_id, started_at, deadline, submitted_at,
      submission_kind, scored_at)
    select attempt_id, ${exam!.id}, candidate_id, started_at, started_at + interval '60 minutes',
      started_at + time_used * interval '1 second',
      (case when auto then 'auto' else 'candidate' end)::submission_kind,
      started_at + time_used * interval '1 second' + interval '2 seconds'
    from bench_people`);
  // Every (attempt, question) has a row; "" is an explicit "no answer" (4 % of wrong answers).
  await tx.execute(sql`
    insert into attempt_answers (attempt_id, question_id, selected_option, seq, saved_at)
    select x.attempt_id, x.question_id,
      case
        when x.u < 1 / (1 + exp(-1.7 * x.a * (x.theta - x.b))) then x.key
        when x.v < 0.04 then ''
        when x.v < 0.04 + 0.96 * 0.6 / (0.9 + x.w3) then x.d1
        when x.v < 0.04 + 0.96 * 0.9 / (0.9 + x.w3) then x.d2
        else x.d3
      end,
      1, x.started_at + (x.k * x.time_used / ${questionCount + 1}) * interval '1 second'
    from (
      -- A volatile select list keeps the subquery as it is: u and v are drawn once per row.
      select p.*, i.*, random() as u, random() as v from bench_people p cross join bench_items i
    ) x`);
  // Scores as the scoring job writes them: the share right, in percent.
  await tx.execute(sql`
    insert into exam_scores (exam_id, candidate_id, attempt_id, score, auto_score, correct_count,
      question_count, time_used_seconds, recorded_at, updated_at)
    select ${exam!.id}, p.candidate_id, p.attempt_id,
      round(100.0 * c.correct / ${questionCount}, 2), true, c.correct, ${questionCount},
      p.time_used, p.started_at + p.time_used * interval '1 second' + interval '2 seconds', now()
    from bench_people p
    join (
      select ans.attempt_id, count(*) filter (where ans.selected_option = i.key)::int as correct
      from attempt_answers ans join bench_items i on i.question_id = ans.question_id
      group by ans.attempt_id
    ) c on c.attempt_id = p.attempt_id`);
  return exam!.id;
});
await db.execute(sql`analyze`);
const seedMs = performance.now() - started;

const [counts] = await selectRows<{
  users: number;
  attempts: number;
  answers: number;
  scores: number;
  questions: number;
}>(
  db,
  sql`select
    (select count(*) from users where user_type = 'candidate')::int as users,
    (select count(*) from exam_attempts where exam_id = ${examId} and submitted_at is not null)::int
      as attempts,
    (select count(*) from attempt_answers)::int as answers,
    (select count(*) from exam_scores where exam_id = ${examId})::int as scores,
    (select count(*) from exam_questions where exam_id = ${examId})::int as questions`,
);
const key = await createApiKey({
  ctx,
  input: { name: "bench analytics", scopes: ["results:read"] },
});
console.log(JSON.stringify({ apiKey: key.key, examId, seedMs: Math.round(seedMs), ...counts }));
await closeDatabase();
