// Seed a large concluded competition with SQL (generate_series) and time one leaderboard publish
// in this process (run with tsx against DATABASE_URL, after migrating). Prints one JSON line.
//   tsx bench/leaderboard/publish.ts --candidates 100000 --exams 20
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { closeDatabase, getDb } from "@/db/client";
import { systemActor, systemClock } from "@/lib/context";
import { publishLeaderboard } from "@/lib/leaderboards/publish-leaderboard";

const { values } = parseArgs({
  options: {
    candidates: { type: "string", default: "100000" },
    exams: { type: "string", default: "20" },
  },
});
const candidates = Number(values.candidates);
const examCount = Number(values.exams);
const db = getDb();

const seedStarted = performance.now();
await db.execute(sql`
  insert into users (email, first_name, last_name, user_type, role, is_email_verified,
    is_user_verified, school)
  select 'bench' || g || '@example.com', 'Bench', 'Candidate ' || g, 'candidate', 'league', true,
    true, 'School ' || (g % 500)
  from generate_series(1, ${candidates}) g`);
// Concluded exams: opened ten days ago, closed after a day.
await db.execute(sql`
  insert into exams (title, stage, level, description, scheduled_date, countdown_minutes,
    open_duration_hours, is_active)
  select 'Bench exam ' || g, 'league', g, '', now() - interval '10 days', 30, 24, true
  from generate_series(1, ${examCount}) g`);
// One score per candidate, the candidates spread over the exams; scores on a 0–100 grid of 0.5
// and times in whole minutes, so ties happen and the rule has to separate them.
await db.execute(sql`
  insert into exam_scores (exam_id, candidate_id, score, auto_score, time_used_seconds,
    recorded_at, updated_at)
  select e.id, u.id, (floor(random() * 201) / 2)::numeric(5, 2), true,
    (floor(random() * 30) + 1)::int * 60, now() - interval '9 days' + random() * interval '1 hour',
    now()
  from (select id, row_number() over (order by id) as n from users where user_type = 'candidate') u
  join (select id, row_number() over (order by id) - 1 as k from exams) e
    on e.k = (u.n % ${examCount})`);
await db.execute(sql`analyze`);
const seedMs = performance.now() - seedStarted;

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 10);
const startRss = process.memoryUsage().rss;
const started = performance.now();
const published = await publishLeaderboard({
  ctx: { db, actor: systemActor, clock: systemClock },
  input: { requestedById: null },
});
const publishMs = performance.now() - started;
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss);

console.log(
  JSON.stringify({
    candidates,
    exams: examCount,
    seedMs: Math.round(seedMs),
    publishMs: Math.round(publishMs),
    ...published,
    startRssMb: Math.round(startRss / 1048576),
    peakRssMb: Math.round(peakRss / 1048576),
  }),
);
await closeDatabase();
