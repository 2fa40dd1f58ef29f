// DELETE /questions/{id}/ and the bulk archive (moderator+): archived questions leave lists, pool
// counts, take-exam and score denominators; exams that hold them are rescored.
import { and, eq, inArray } from "drizzle-orm";
import { examQuestions, questions } from "@/db/schema";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { NotFound } from "@/lib/errors";
import { publishEvent } from "@/lib/jobs/publish-event";

/**
 * Archive the live questions among `ids` in one transaction and return the ids archived. Archived
 * questions leave score denominators (CONTRACT §4), so for each one that sits in an exam the
 * rescoring event `question/answer.corrected` is published too: submitted attempts of its exams
 * are rescored without it.
 */
export async function archiveQuestions(ctx: Context, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const archived = await tx
      .update(questions)
      .set({
        isArchived: true,
        archivedAt: now,
        updatedAt: now,
        updatedById: ctx.actor.user?.id ?? null,
      })
      .where(and(inArray(questions.id, ids), eq(questions.isArchived, false)))
      .returning({ id: questions.id });
    const archivedIds = archived.map((row) => row.id);
    if (archivedIds.length > 0) {
      const linked = await tx
        .selectDistinct({ questionId: examQuestions.questionId })
        .from(examQuestions)
        .where(inArray(examQuestions.questionId, archivedIds));
      for (const { questionId } of linked)
        await publishEvent(tx, { name: "question/answer.corrected", data: { questionId } });
    }
    return new Set(archivedIds);
  });
}

/** DELETE archives: the question leaves lists, pool counts, take-exam and denominators. */
export async function archiveQuestion({ ctx, input }: { ctx: Context; input: { id: number } }) {
  requirePermission(ctx, "questions:manage");
  const archived = await archiveQuestions(ctx, [input.id]);
  if (archived.size === 0) throw new NotFound("Question not found.");
}
