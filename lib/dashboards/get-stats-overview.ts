// GET /stats/overview/ (moderator+): the competition's figures — people by type and role (staff
// figures only for managers and above, as the spec's user list decides), verification requests
// by status, exams by status (lib/exams/status.ts's rule in SQL), and score figures ("recent" =
// the last 7 days). Grouped queries, one per table, counted at most once per
// DASHBOARD_FIGURES_SECONDS per process (lib/shared-reads.ts); `generated_at` says when.
import { and, count, isNull, sql } from "drizzle-orm";
import type { z } from "zod";
import { exams, users, userVerifications } from "@/db/schema";
import { can, requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { windowCloseSql } from "@/lib/exams/status-sql";
import { sharedRead } from "@/lib/shared-reads";
import type { statsOverview } from "./schemas";
import { figuresMaxAgeMs, scoreFigures } from "./score-figures";

const recentDays = 7;

export async function getStatsOverview({
  ctx,
}: {
  ctx: Context;
}): Promise<z.output<typeof statsOverview>> {
  requirePermission(ctx, "dashboards:staff");
  const withStaff = can(ctx, "staff:view");
  return sharedRead(ctx, withStaff ? "stats-with-staff" : "stats", figuresMaxAgeMs(), () =>
    countStats(ctx, withStaff),
  );
}

/** The figures; `withStaff`: staff counts too (null otherwise). */
async function countStats(
  ctx: Context,
  withStaff: boolean,
): Promise<z.output<typeof statsOverview>> {
  const now = ctx.clock.now();
  const nowIso = now.toISOString();
  const [people, verifications, examRows, scores] = await Promise.all([
    ctx.db
      .select({
        userType: users.userType,
        role: users.role,
        n: count(),
        active: sql<string>`count(*) filter (where ${users.isActive})`,
        verified: sql<string>`count(*) filter (where ${users.isUserVerified})`,
      })
      .from(users)
      .where(isNull(users.deletedAt))
      .groupBy(users.userType, users.role),
    ctx.db
      .select({ status: userVerifications.status, n: count() })
      .from(userVerifications)
      .groupBy(userVerifications.status),
    ctx.db
      .select({
        status: sql<string>`case
          when ${exams.scheduledDate} is null then 'draft'
          when not ${exams.isActive} then 'cancelled'
          when ${exams.scheduledDate} > ${nowIso}::timestamptz then 'scheduled'
          when ${windowCloseSql("exams")} > ${nowIso}::timestamptz then 'ongoing'
          else 'concluded' end`,
        n: count(),
      })
      .from(exams)
      .where(and(isNull(exams.deletedAt)))
      .groupBy(sql`1`),
    scoreFigures(ctx, new Date(now.getTime() - recentDays * 86_400_000)),
  ]);

  const group = (type: "candidate" | "staff") => {
    const rows = people.filter((row) => row.userType === type);
    return {
      total: rows.reduce((sum, row) => sum + row.n, 0),
      verified: rows.reduce((sum, row) => sum + Number(row.verified), 0),
      by_role: Object.fromEntries(rows.map((row) => [row.role, row.n])),
    };
  };
  const visible = withStaff ? people : people.filter((row) => row.userType === "candidate");
  const statusCount = (status: string) => examRows.find((row) => row.status === status)?.n ?? 0;
  const verificationCount = (status: string) =>
    verifications.find((row) => row.status === status)?.n ?? 0;
  return {
    generated_at: nowIso,
    users: {
      total: visible.reduce((sum, row) => sum + row.n, 0),
      active: visible.reduce((sum, row) => sum + Number(row.active), 0),
      candidates: group("candidate"),
      staff: withStaff ? group("staff") : null,
    },
    verification: {
      pending: verificationCount("pending"),
      approved: verificationCount("approved"),
      rejected: verificationCount("rejected"),
    },
    exams: {
      total: examRows.reduce((sum, row) => sum + row.n, 0),
      by_status: {
        draft: statusCount("draft"),
        cancelled: statusCount("cancelled"),
        scheduled: statusCount("scheduled"),
        ongoing: statusCount("ongoing"),
        concluded: statusCount("concluded"),
      },
    },
    scores,
  };
}
