// Build and publish a leaderboard snapshot: a board for every concluded exam (one per exam; the
// most recently concluded of a stage and level is the one shown), each board's entries ranked in
// SQL by the rule in ranking.ts, each board's questions and answer key as they are now, and `leaderboard/published` in the outbox — all in one REPEATABLE
// READ transaction, so every statement reads the same scores and two publishes at once give two
// whole snapshots, never a mixed one. A rescore after this leaves the snapshot as it is.
import { count, eq, sql } from "drizzle-orm";
import { leaderboardBoards, leaderboardEntries, leaderboardSnapshots } from "@/db/schema";
import type { Context } from "@/lib/context";
import { windowCloseSql } from "@/lib/exams/status-sql";
import { publishEvent } from "@/lib/jobs/publish-event";
import { positionOrder, rankOrder } from "./ranking";

export type PublishedSnapshot = { snapshotId: number; boardCount: number; entryCount: number };

export async function publishLeaderboard({
  ctx,
  input,
}: {
  ctx: Context;
  input: { requestedById: string | null };
}): Promise<PublishedSnapshot> {
  const now = ctx.clock.now();
  return ctx.db.transaction(
    async (tx) => {
      const [snapshot] = await tx
        .insert(leaderboardSnapshots)
        .values({
          publishedAt: now,
          publishedById: input.requestedById,
          boardCount: 0,
          entryCount: 0,
        })
        .returning({ id: leaderboardSnapshots.id });
      const snapshotId = snapshot!.id;
      const nowIso = now.toISOString();

      // Concluded = scheduled, active, not deleted, and its window (cut short when ended early)
      // closed by now: lib/exams/status.ts's rule in SQL.
      await tx.execute(sql`
        insert into leaderboard_boards (snapshot_id, exam_id, stage, level, exam_title,
          scheduled_date, concluded_at, total_questions, total_candidates, average_score, is_shown)
        select ${snapshotId}, c.id, c.stage, c.level, c.title, c.scheduled_date, c.concluded_at,
          (select count(*) from exam_questions eq join questions q on q.id = eq.question_id
            where eq.exam_id = c.id and not q.is_archived)::int,
          (select count(*) from exam_scores s join users u on u.id = s.candidate_id
            where s.exam_id = c.id and u.deleted_at is null)::int,
          (select round(avg(s.score), 2) from exam_scores s join users u on u.id = s.candidate_id
            where s.exam_id = c.id and u.deleted_at is null),
          row_number() over (partition by c.stage, c.level
            order by c.concluded_at desc, c.id desc) = 1
        from (
          select e.*, ${windowCloseSql("e")} as concluded_at
          from exams e
          where e.deleted_at is null and e.is_active and e.scheduled_date is not null
        ) c
        where c.concluded_at <= ${nowIso}::timestamptz`);

      // Each board's questions and key as they are now (the performance pages read these).
      await tx.execute(sql`
        insert into leaderboard_board_questions (snapshot_id, exam_id, position, question_id, text,
          option_a, option_b, option_c, option_d, correct_answer)
        select b.snapshot_id, b.exam_id, eq.position, q.id, q.text, q.option_a, q.option_b,
          q.option_c, q.option_d, q.correct_answer
        from leaderboard_boards b
        join exam_questions eq on eq.exam_id = b.exam_id
        join questions q on q.id = eq.question_id and not q.is_archived
        where b.snapshot_id = ${snapshotId}`);

      await tx.execute(sql`
        insert into leaderboard_entries (snapshot_id, exam_id, candidate_id, position, rank, score,
          time_used_seconds, submitted_at, decided_by)
        select ${snapshotId}, r.exam_id, r.candidate_id,
          row_number() over ordered,
          rank() over (partition by r.exam_id order by ${rankOrder}),
          r.score, r.time_used, r.submitted_at,
          case
            when lag(r.score) over ordered is null then 'top'
            when lag(r.score) over ordered <> r.score then 'score'
            when lag(r.time_used) over ordered is distinct from r.time_used then 'time_used'
            else 'submitted_at'
          end
        from (
          select s.exam_id, s.candidate_id, s.score,
            coalesce(s.time_used_seconds,
              floor(extract(epoch from a.submitted_at - a.started_at))::int) as time_used,
            coalesce(a.submitted_at, s.recorded_at) as submitted_at
          from exam_scores s
          join leaderboard_boards b on b.snapshot_id = ${snapshotId} and b.exam_id = s.exam_id
          join users u on u.id = s.candidate_id and u.deleted_at is null
          left join exam_attempts a on a.id = s.attempt_id
        ) r
        window ordered as (partition by r.exam_id order by ${positionOrder})`);

      const [[boards], [entries]] = await Promise.all([
        tx
          .select({ n: count() })
          .from(leaderboardBoards)
          .where(eq(leaderboardBoards.snapshotId, snapshotId)),
        tx
          .select({ n: count() })
          .from(leaderboardEntries)
          .where(eq(leaderboardEntries.snapshotId, snapshotId)),
      ]);
      const boardCount = boards!.n;
      const entryCount = entries!.n;
      await tx
        .update(leaderboardSnapshots)
        .set({ boardCount, entryCount })
        .where(eq(leaderboardSnapshots.id, snapshotId));
      await publishEvent(tx, {
        name: "leaderboard/published",
        data: { snapshotId, boardCount, entryCount, publishedAt: nowIso },
      });
      return { snapshotId, boardCount, entryCount };
    },
    { isolationLevel: "repeatable read" },
  );
}
