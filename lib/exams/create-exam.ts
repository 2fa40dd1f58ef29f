// POST /exams/ (admin+): a new exam with its questions, and its window events.
import { exams } from "@/db/schema";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import type { ExamBody } from "./schemas";
import { publishWindowEvents } from "./publish-window-events";
import { createdShape, checkQuestionIds, linkQuestions } from "./exam-parts";

/**
 * POST /exams/. A scheduled_date in the past is allowed (CONTRACT §4): the exam opens at once, or,
 * when its whole window has passed, is concluded at once (an exam held on paper, recorded after).
 */
export async function createExam({ ctx, input }: { ctx: Context; input: ExamBody }) {
  requirePermission(ctx, "exams:manage");
  const ids = await checkQuestionIds(ctx, input.questions);
  const now = ctx.clock.now();
  const exam = await ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const [row] = await tx
      .insert(exams)
      .values({
        title: input.title,
        stage: input.stage,
        level: input.level,
        description: input.description,
        scheduledDate: input.scheduled_date,
        countdownMinutes: input.countdown_minutes,
        openDurationHours: input.open_duration_hours,
        isActive: input.is_active,
        resultRedirectUrl: input.result_redirect_url,
        createdById: ctx.actor.user?.id ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await linkQuestions(txCtx, row!.id, ids);
    await publishWindowEvents(tx, row!, now);
    return row!;
  });
  return createdShape(ctx, exam);
}
