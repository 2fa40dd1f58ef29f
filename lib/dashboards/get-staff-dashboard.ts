// GET /dashboard/staff/ (moderator+): who is asking, and the competition in counts — candidates
// (by role, verified, registered in the last 7 days), exams (active = scheduled or open, created in
// the last 7 days), the live question bank by difficulty, scores (recorded in the last 7 days, the
// average and the best), and the next five exams. One grouped query per table, counted at most once
// per DASHBOARD_FIGURES_SECONDS per process (lib/shared-reads.ts); the profile is read every time.
import { and, asc, count, eq, gt, isNotNull, isNull, sql } from "drizzle-orm";
import type { z } from "zod";
import { exams, questions, users } from "@/db/schema";
import { requirePermission } from "@/lib/auth/require-permission";
import { roleLabel } from "@/lib/auth/roles";
import { questionCounts } from "@/lib/exams/exam-parts";
import { windowCloseSql } from "@/lib/exams/status-sql";
import type { Context } from "@/lib/context";
import { NotFound } from "@/lib/errors";
import { sharedRead } from "@/lib/shared-reads";
import type { staffDashboard } from "./schemas";
import { figuresMaxAgeMs, scoreFigures } from "./score-figures";

const recentDays = 7;
const n = (value: unknown) => Number(value ?? 0);

export async function getStaffDashboard({
  ctx,
}: {
  ctx: Context;
}): Promise<z.output<typeof staffDashboard>> {
  requirePermission(ctx, "dashboards:staff");
  const [[person], figures] = await Promise.all([
    ctx.db.select().from(users).where(eq(users.id, ctx.actor.user!.id)),
    sharedRead(ctx, "staff-dashboard", figuresMaxAgeMs(), () => competitionFigures(ctx)),
  ]);
  if (!person) throw new NotFound("User not found.");
  return {
    staff_info: {
      name: `${person.firstName} ${person.lastName}`.trim(),
      email: person.email,
      role: roleLabel(person.role),
      occupation: person.occupation,
      is_user_verified: person.isUserVerified,
      is_email_verified: person.isEmailVerified,
      is_active: person.isActive,
      date_joined: person.dateJoined.toISOString(),
    },
    ...figures,
  };
}

/** Everything but the viewer's own profile: the same for every staff member. */
async function competitionFigures(
  ctx: Context,
): Promise<Omit<z.output<typeof staffDashboard>, "staff_info">> {
  const now = ctx.clock.now();
  const since = new Date(now.getTime() - recentDays * 86_400_000);
  const nowIso = now.toISOString();
  const sinceIso = since.toISOString();

  const [[people], [examCounts], bank, scores, upcoming] = await Promise.all([
    ctx.db
      .select({
        total: count(),
        active: sql`count(*) filter (where ${users.isActive})`,
        verified: sql`count(*) filter (where ${users.isUserVerified})`,
        recent: sql`count(*) filter (where ${users.dateJoined} > ${sinceIso}::timestamptz)`,
        screening: sql`count(*) filter (where ${users.role} = 'screening')`,
        league: sql`count(*) filter (where ${users.role} = 'league')`,
        final: sql`count(*) filter (where ${users.role} = 'final')`,
        winner: sql`count(*) filter (where ${users.role} = 'winner')`,
      })
      .from(users)
      .where(and(eq(users.userType, "candidate"), isNull(users.deletedAt))),
    ctx.db
      .select({
        total: count(),
        active: sql`count(*) filter (where ${exams.isActive} and ${exams.scheduledDate} is not null
          and ${windowCloseSql("exams")} > ${nowIso}::timestamptz)`,
        recent: sql`count(*) filter (where ${exams.createdAt} > ${sinceIso}::timestamptz)`,
      })
      .from(exams)
      .where(isNull(exams.deletedAt)),
    ctx.db
      .select({ difficulty: questions.difficulty, n: count() })
      .from(questions)
      .where(eq(questions.isArchived, false))
      .groupBy(questions.difficulty),
    scoreFigures(ctx, since),
    ctx.db
      .select({ exam: exams })
      .from(exams)
      .where(
        and(
          isNull(exams.deletedAt),
          eq(exams.isActive, true),
          isNotNull(exams.scheduledDate),
          gt(exams.scheduledDate, now),
        ),
      )
      .orderBy(asc(exams.scheduledDate), asc(exams.id))
      .limit(5),
  ]);
  const upcomingIds = upcoming.map(({ exam }) => exam.id);
  const questionCount = await questionCounts(ctx, upcomingIds);
  const byDifficulty = new Map(bank.map((row) => [row.difficulty, row.n]));
  const total = n(people!.total);
  const verified = n(people!.verified);
  return {
    candidates: {
      total,
      active: n(people!.active),
      verified,
      recent_registrations: n(people!.recent),
      by_role: {
        screening: { count: n(people!.screening) },
        league: { count: n(people!.league) },
        final: { count: n(people!.final) },
        winner: { count: n(people!.winner) },
      },
      verification_rate: total ? Math.round((verified / total) * 1000) / 10 : 0,
    },
    exams: {
      total: n(examCounts!.total),
      active: n(examCounts!.active),
      recent: n(examCounts!.recent),
    },
    questions: {
      total: bank.reduce((sum, row) => sum + row.n, 0),
      by_difficulty: {
        easy: { count: byDifficulty.get("easy") ?? 0 },
        moderate: { count: byDifficulty.get("moderate") ?? 0 },
        hard: { count: byDifficulty.get("hard") ?? 0 },
      },
    },
    scores,
    upcoming_exams: upcoming.map(({ exam }) => ({
      id: exam.id,
      title: exam.title,
      scheduled_date: exam.scheduledDate!.toISOString(),
      is_active: exam.isActive,
      stage: exam.stage,
      question_count: questionCount.get(exam.id) ?? 0,
      countdown_minutes: exam.countdownMinutes,
    })),
  };
}
