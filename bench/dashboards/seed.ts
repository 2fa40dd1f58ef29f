// Seed for bench/dashboards (run with tsx against DATABASE_URL, after migrating): a competition of
// N candidates with SQL (generate_series) — 18 concluded exams (16 league, 2 screening, one board
// each), one open and one scheduled, 10 questions each, one submitted and scored attempt per
// candidate with 10 stored answers (N × 10 answers), verification requests in mixed states — then
// one leaderboard publish, and signed-in API sessions for a sample of the first board's candidates
// and for a manager. Prints one JSON line on stdout.
//   tsx bench/dashboards/seed.ts --candidates 100000 --sample 200
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { closeDatabase, getDb } from "@/db/client";
import { createApiKey } from "@/lib/auth/api-keys/create-api-key";
import { systemActor, systemClock } from "@/lib/context";
import { publishLeaderboard } from "@/lib/leaderboards/publish-leaderboard";
import { accessTokensFor } from "../lib/access-tokens";

const { values } = parseArgs({
  options: {
    candidates: { type: "string", default: "100000" },
    sample: { type: "string", default: "200" },
  },
});
const candidates = Number(values.candidates);
const sample = Number(values.sample);
const db = getDb();
const ctx = { db, actor: systemActor, clock: systemClock };
const concluded = 18; // exams 0–15 league levels 1–16, 16–17 screening levels 1–2
const rows = async <T>(query: ReturnType<typeof sql>) =>
  (await db.execute(query)) as unknown as T[] | { rows: T[] };
const list = <T>(result: T[] | { rows: T[] }) => (Array.isArray(result) ? result : result.rows);

const started = performance.now();
// Candidate g belongs to concluded exam g % 18 and has its stage; they joined over 60 days.
await db.execute(sql`
  insert into users (email, first_name, last_name, user_type, role, is_email_verified,
    is_user_verified, school, date_joined)
  select 'bench' || g || '@example.com', 'Bench', 'Candidate ' || g, 'candidate',
    case when g % ${concluded} >= 16 then 'screening' else 'league' end, true,
    g % 50 <> 0, 'School ' || (g % 500), now() - (g % 60) * interval '1 day'
  from generate_series(1, ${candidates}) g`);
await db.execute(sql`
  insert into users (email, first_name, last_name, user_type, role, is_email_verified,
    is_user_verified)
  values ('bench.manager@example.com', 'Bench', 'Manager', 'staff', 'manager', true, true)`);
// Verification requests: approved for the verified, pending or rejected for the others.
await db.execute(sql`
  insert into user_verifications (user_id, status, submitted_at, reviewed_at, rejection_reason)
  select id, status, date_joined + interval '1 hour',
    case when status <> 'pending' then date_joined + interval '1 day' end,
    case when status = 'rejected' then 'The photo is blurred.' end
  from (
    select id, date_joined,
      case when is_user_verified then 'approved'::verification_status
        when random() < 0.5 then 'pending' else 'rejected' end as status
    from users where user_type = 'candidate'
  ) v`);
await db.execute(sql`
  insert into questions (text, option_a, option_b, option_c, option_d, correct_answer, difficulty)
  select 'Bench question ' || g || '?', '1', '2', '3', '4',
    (array['A','B','C','D'])[1 + g % 4]::answer_option,
    (array['easy','moderate','hard'])[1 + g % 3]::question_difficulty
  from generate_series(1, 50) g`);
// Concluded exams opened 10 to 18 days ago for a day; one open now; one in three days.
await db.execute(sql`
  insert into exams (title, stage, level, description, scheduled_date, countdown_minutes,
    open_duration_hours, is_active)
  select 'Bench concluded ' || lpad(k::text, 2, '0'),
    case when k >= 16 then 'screening'::exam_stage else 'league'::exam_stage end,
    case when k >= 16 then k - 15 else k + 1 end, '',
    now() - (10 + k / 2.0) * interval '1 day', 30, 24, true
  from generate_series(0, ${concluded - 1}) k`);
await db.execute(sql`
  insert into exams (title, stage, level, description, scheduled_date, countdown_minutes,
    open_duration_hours, is_active)
  values ('Bench open now', 'league', 17, '', now() - interval '1 hour', 30, 48, true),
    ('Bench scheduled', 'league', 18, '', now() + interval '3 days', 30, 24, true)`);
await db.execute(sql`
  insert into exam_questions (exam_id, question_id, position)
  select e.id, q.id, q.n - 1
  from (select id, row_number() over (order by id) as k from exams) e
  cross join lateral (
    select id, row_number() over (order by id) as n from questions
    where (id + e.k) % 5 = 0
  ) q
  where q.n <= 10`);
// One attempt per candidate on their exam, a random number of right answers, scored.
await db.execute(sql`
  create table bench_plan as
  select gen_random_uuid() as attempt_id, u.id as candidate_id, e.id as exam_id,
    e.scheduled_date + random() * interval '20 hours' as started_at,
    (floor(random() * 26) + 5)::int * 60 as time_used,
    floor(random() * 11)::int as correct
  from (select id, substring(email from 'bench(\\d+)@')::int as g from users
        where user_type = 'candidate') u
  join (select id, scheduled_date, row_number() over (order by id) - 1 as k from exams
        where title like 'Bench concluded%') e on e.k = u.g % ${concluded}`);
await db.execute(sql`
  insert into exam_attempts (id, exam_id, candidate_id, started_at, deadline, submitted_at,
    submission_kind, scored_at)
  select attempt_id, exam_id, candidate_id, started_at, started_at + interval '30 minutes',
    started_at + time_used * interval '1 second', 'candidate',
    started_at + time_used * interval '1 second'
  from bench_plan`);
await db.execute(sql`
  insert into attempt_answers (attempt_id, question_id, selected_option, seq, saved_at)
  select p.attempt_id, eq.question_id,
    case when eq.position < p.correct then q.correct_answer::text
      when q.correct_answer = 'A' then 'B' else 'A' end,
    1, p.started_at + (eq.position + 1) * interval '1 minute'
  from bench_plan p
  join exam_questions eq on eq.exam_id = p.exam_id
  join questions q on q.id = eq.question_id`);
await db.execute(sql`
  insert into exam_scores (exam_id, candidate_id, attempt_id, score, auto_score, correct_count,
    question_count, time_used_seconds, recorded_at, updated_at)
  select exam_id, candidate_id, attempt_id, correct * 10, true, correct, 10, time_used,
    started_at + time_used * interval '1 second', now()
  from bench_plan`);
await db.execute(sql`analyze`);
const seedMs = performance.now() - started;

const publishStarted = performance.now();
const published = await publishLeaderboard({ ctx, input: { requestedById: null } });
const publishMs = performance.now() - publishStarted;

// The sample: verified candidates spread over the first league board (exam 0 = league level 1).
const sampled = list(
  await rows<{ id: string }>(sql`
    select p.candidate_id as id from bench_plan p
    join users u on u.id = p.candidate_id and u.is_user_verified
    where p.exam_id = (select min(id) from exams)
    order by random() limit ${sample}`),
).map((row) => row.id);
const [answers] = list(
  await rows<{ n: string }>(sql`select count(*)::text as n from attempt_answers`),
);
const [board] = list(
  await rows<{ total: number }>(sql`
    select total_candidates as total from leaderboard_boards
    where snapshot_id = ${published.snapshotId} and stage = 'league' and level = 1`),
);
await db.execute(sql`drop table bench_plan`);
const [manager] = list(
  await rows<{ id: string }>(sql`select id from users where email = 'bench.manager@example.com'`),
);
const now = new Date();
const key = await createApiKey({ ctx, input: { name: "bench dashboards", scopes: [] } });

console.log(
  JSON.stringify({
    apiKey: key.key,
    seedMs: Math.round(seedMs),
    publishMs: Math.round(publishMs),
    answers: Number(answers!.n),
    entries: published.entryCount,
    board: { stage: "league", level: 1, entries: board!.total },
    candidates: await accessTokensFor(db, sampled, now),
    staff: (await accessTokensFor(db, [manager!.id], now))[0],
  }),
);
await closeDatabase();
