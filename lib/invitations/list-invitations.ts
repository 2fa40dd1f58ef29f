// GET /exams/{id}/invitations/ (manager+ or a candidates:read key): newest first, by status.
import { and, count, desc, eq, sql } from "drizzle-orm";
import { examInvitations } from "@/db/schema";
import { requirePermissionOrScope } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { loadExam } from "@/lib/exams/load-exam";
import type { PageRequest } from "@/lib/http/pagination";
import { invitationStatusSql, type InvitationStatus } from "./invitation-status";
import { invitationShape, selectInvitations } from "./invitation-shape";

export async function listInvitations({
  ctx,
  input,
  page,
}: {
  ctx: Context;
  input: { examId: number; status?: InvitationStatus };
  page: PageRequest;
}) {
  requirePermissionOrScope(ctx, "exams:invite", "candidates:read");
  const exam = await loadExam(ctx, input.examId);
  const where = and(
    eq(examInvitations.examId, exam.id),
    input.status ? sql`${invitationStatusSql()} = ${input.status}` : undefined,
  );
  const [rows, [total]] = await Promise.all([
    selectInvitations(ctx)
      .where(where)
      .orderBy(desc(examInvitations.createdAt), desc(examInvitations.id))
      .limit(page.pageSize)
      .offset(page.offset),
    ctx.db.select({ value: count() }).from(examInvitations).where(where),
  ]);
  return { items: rows.map(invitationShape), count: total?.value ?? 0 };
}
