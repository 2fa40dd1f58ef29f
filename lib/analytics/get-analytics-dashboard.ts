// GET /analytics/dashboard/ (admin+): the competition across its exams — candidates and attempts
// over the last 30 days, completion (started vs submitted), mean and median score per stage,
// pass-through between stages, and the exams whose scores are least reliable (KR-20). Grouped
// queries, counted at most once per DASHBOARD_FIGURES_SECONDS per process (lib/shared-reads.ts).
//
// Pass-through: there is no stage history, only each candidate's current stage, so "went on from
// screening" means "has a score in a screening exam and is now at league or beyond".
import { sql } from "drizzle-orm";
import type { z } from "zod";
import { selectRows } from "@/db/rows";
import { candidateRoles } from "@/lib/auth/roles";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { figuresMaxAgeMs } from "@/lib/dashboards/score-figures";
import { sharedRead } from "@/lib/shared-reads";
import type { analyticsDashboard } from "./schemas";
import { facility, kr20, type Statistic } from "./statistics";

type Dashboard = z.output<typeof analyticsDashboard>;
type Stage = "screening" | "league" | "final";

const stages: Stage[] = ["screening", "league", "final"];
const activityDays = 30;
const lowestShown = 5;
const dayMs = 86_400_000;

const some = (value: number): Statistic => ({ value, reason: null });
const none = (reason: string): Statistic => ({ value: null, reason });

export async function getAnalyticsDashboard({ ctx }: { ctx: Context }): Promise<Dashboard> {
  requirePermission(ctx, "analytics:view");
  return sharedRead(ctx, "analytics-dashboard", figuresMaxAgeMs(), () => countDashboard(ctx));
}

/** The 30 UTC days ending today, oldest first, as YYYY-MM-DD. */
export function lastDays(now: Date, days = activityDays): string[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: days }, (_, index) =>
    new Date(today - (days - 1 - index) * dayMs).toISOString().slice(0, 10),
  );
}

async function countDashboard(ctx: Context): Promise<Dashboard> {
  const now = ctx.clock.now();
  const days = lastDays(now);
  const since = `${days[0]}T00:00:00Z`;
  const [joined, attemptDays, [completion], stageRows, passRows, reliabilityRows] =
    await Promise.all([
      selectRows<{ day: string; n: number }>(
        ctx.db,
        sql`select to_char(date_joined at time zone 'UTC', 'YYYY-MM-DD') as day, count(*)::int as n
          from users
          where user_type = 'candidate' and deleted_at is null and date_joined >= ${since}::timestamptz
          group by 1`,
      ),
      selectRows<{ day: string; started: number; submitted: number }>(
        ctx.db,
        sql`with events as (
            select started_at as at, 1 as started, 0 as submitted from exam_attempts a
              join exams e on e.id = a.exam_id and e.deleted_at is null
              where a.started_at >= ${since}::timestamptz
            union all
            select submitted_at, 0, 1 from exam_attempts a
              join exams e on e.id = a.exam_id and e.deleted_at is null
              where a.submitted_at >= ${since}::timestamptz
          )
          select to_char(at at time zone 'UTC', 'YYYY-MM-DD') as day,
            sum(started)::int as started, sum(submitted)::int as submitted
          from events group by 1`,
      ),
      selectRows<{ started: number; submitted: number; automatic: number }>(
        ctx.db,
        sql`select count(*)::int as started, count(a.submitted_at)::int as submitted,
            count(*) filter (where a.submission_kind = 'auto')::int as automatic
          from exam_attempts a join exams e on e.id = a.exam_id and e.deleted_at is null`,
      ),
      selectRows<{ stage: Stage; exams: number; scores: number; mean: number; median: number }>(
        ctx.db,
        sql`select e.stage::text as stage, count(distinct e.id)::int as exams,
            count(*)::int as scores, avg(s.score)::float8 as mean,
            percentile_cont(0.5) within group (order by s.score)::float8 as median
          from exam_scores s
          join exams e on e.id = s.exam_id and e.deleted_at is null
          join users u on u.id = s.candidate_id and u.deleted_at is null
          group by e.stage`,
      ),
      selectRows<{ stage: Stage; candidates: number; advanced: number }>(
        ctx.db,
        sql`select e.stage::text as stage, count(distinct s.candidate_id)::int as candidates,
            count(distinct s.candidate_id) filter (
              where array_position(${ladder}, u.role) > array_position(${ladder}, e.stage::text)
            )::int as advanced
          from exam_scores s
          join exams e on e.id = s.exam_id and e.deleted_at is null
          join users u on u.id = s.candidate_id and u.deleted_at is null
            and u.user_type = 'candidate'
          group by e.stage`,
      ),
      examReliabilities(ctx),
    ]);

  const joinedOn = new Map(joined.map((row) => [row.day, row.n]));
  const attemptsOn = new Map(attemptDays.map((row) => [row.day, row]));
  const byStage = new Map(stageRows.map((row) => [row.stage, row]));
  const passByStage = new Map(passRows.map((row) => [row.stage, row]));

  return {
    generated_at: now.toISOString(),
    activity: days.map((date) => ({
      date,
      registrations: joinedOn.get(date) ?? 0,
      attempts_started: attemptsOn.get(date)?.started ?? 0,
      attempts_submitted: attemptsOn.get(date)?.submitted ?? 0,
    })),
    completion: {
      started: completion?.started ?? 0,
      submitted: completion?.submitted ?? 0,
      automatic_submissions: completion?.automatic ?? 0,
      completion_rate: facility(completion?.submitted ?? 0, completion?.started ?? 0),
    },
    stages: stages.map((stage) => {
      const row = byStage.get(stage);
      return {
        stage,
        exams: row?.exams ?? 0,
        scores: row?.scores ?? 0,
        mean: row ? some(row.mean) : none("No scores at this stage yet."),
        median: row ? some(row.median) : none("No scores at this stage yet."),
      };
    }),
    pass_through: stages.map((stage, index) => {
      const row = passByStage.get(stage);
      const candidates = row?.candidates ?? 0;
      const advanced = row?.advanced ?? 0;
      return {
        from: stage,
        to: candidateRoles[index + 1] as "league" | "final" | "winner",
        candidates,
        advanced,
        rate:
          candidates > 0
            ? some(advanced / candidates)
            : none("Nobody has a score at this stage yet."),
      };
    }),
    lowest_reliability: reliabilityRows
      .map((row) => ({
        exam_id: row.examId,
        title: row.title,
        stage: row.stage,
        attempts: row.n,
        question_count: row.k,
        kr20: kr20({ k: row.k, n: row.n, sumPQ: row.sumPQ, totalVariance: row.variance }),
      }))
      .filter((row) => row.kr20.value !== null)
      .sort((a, b) => a.kr20.value! - b.kr20.value! || a.exam_id - b.exam_id)
      .slice(0, lowestShown),
  };
}

const ladder = sql.raw(`array[${candidateRoles.map((role) => `'${role}'`).join(", ")}]`);

type ReliabilityRow = {
  examId: number;
  title: string;
  stage: Stage;
  n: number;
  k: number;
  variance: number;
  sumPQ: number;
};

/**
 * KR-20's sums for every exam with at least two submitted attempts, over its live questions as in
 * the per-exam analysis: the population variance of the totals, and Σ p·q over the questions.
 */
function examReliabilities(ctx: Context) {
  return selectRows<ReliabilityRow>(
    ctx.db,
    sql`with q as (
        select eq.exam_id, eq.question_id, qs.correct_answer::text as key
        from exam_questions eq
        join questions qs on qs.id = eq.question_id and not qs.is_archived
        join exams e on e.id = eq.exam_id and e.deleted_at is null
      ), a as (
        select id, exam_id from exam_attempts where submitted_at is not null
          and exam_id in (select exam_id from exam_attempts where submitted_at is not null
            group by exam_id having count(*) >= 2)
      ), r as (
        select a.exam_id, a.id as attempt_id, q.question_id,
          case when ans.selected_option = q.key then 1 else 0 end as x
        from a join q on q.exam_id = a.exam_id
        left join attempt_answers ans on ans.attempt_id = a.id and ans.question_id = q.question_id
      ), totals as (
        select exam_id, count(*)::int as n, var_pop(total)::float8 as variance
        from (select exam_id, attempt_id, sum(x) as total from r group by exam_id, attempt_id) t
        group by exam_id
      ), items as (
        select exam_id, count(*)::int as k, sum(p * (1 - p))::float8 as "sumPQ"
        from (select exam_id, question_id, avg(x)::float8 as p from r group by exam_id, question_id) i
        group by exam_id
      )
      select e.id as "examId", e.title, e.stage::text as stage, totals.n, items.k,
        totals.variance, items."sumPQ"
      from totals join items using (exam_id) join exams e on e.id = totals.exam_id`,
  );
}
