// DELETE /exams/{id}/ (admin+): soft delete; the exam disappears everywhere.
import { eq } from "drizzle-orm";
import { exams } from "@/db/schema";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { Conflict } from "@/lib/errors";
import { examStatus } from "./status";
import { loadExam } from "./load-exam";

/** DELETE /exams/{id}/: a soft delete; refused while the exam is open. */
export async function deleteExam({ ctx, input }: { ctx: Context; input: { id: number } }) {
  requirePermission(ctx, "exams:manage");
  const exam = await loadExam(ctx, input.id);
  if (examStatus(exam, ctx.clock.now()) === "ongoing") {
    throw new Conflict("This exam is open: it cannot be deleted now.", "exam_in_progress");
  }
  const now = ctx.clock.now();
  await ctx.db
    .update(exams)
    .set({ deletedAt: now, updatedAt: now, updatedById: ctx.actor.user?.id ?? null })
    .where(eq(exams.id, exam.id));
}
