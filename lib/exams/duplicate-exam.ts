// POST /exams/{id}/duplicate/ (admin+): a draft copy with the same questions.
import { exams } from "@/db/schema";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { loadExam } from "./load-exam";
import { linkedQuestionIds, createdShape, linkQuestions } from "./exam-parts";

/** POST /exams/{id}/duplicate/: a draft copy with the same settings and questions. */
export async function duplicateExam({ ctx, input }: { ctx: Context; input: { id: number } }) {
  requirePermission(ctx, "exams:manage");
  const source = await loadExam(ctx, input.id);
  const ids = await linkedQuestionIds(ctx, source.id);
  const suffix = " (copy)";
  const now = ctx.clock.now();
  const copy = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(exams)
      .values({
        title: `${source.title.slice(0, 200 - suffix.length)}${suffix}`,
        stage: source.stage,
        level: source.level,
        description: source.description,
        scheduledDate: null,
        countdownMinutes: source.countdownMinutes,
        openDurationHours: source.openDurationHours,
        isActive: source.isActive,
        resultRedirectUrl: source.resultRedirectUrl,
        createdById: ctx.actor.user?.id ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await linkQuestions({ ...ctx, db: tx }, row!.id, ids);
    return row!;
  });
  return createdShape(ctx, copy);
}
