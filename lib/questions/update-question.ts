// PUT/PATCH /questions/{id}/ (moderator+): edit a question; a changed answer key rescores.
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { questions } from "@/db/schema";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { publishEvent } from "@/lib/jobs/publish-event";
import { type QuestionFields, type questionPatch } from "./schemas";
import { assertDistinctOptions, toItems, loadQuestion, columnsOf } from "./question-items";

/**
 * PUT (all fields) or PATCH (any). A change of correct_answer publishes
 * `question/answer.corrected` in the same transaction, so affected attempts are rescored.
 */
export async function updateQuestion({
  ctx,
  input,
}: {
  ctx: Context;
  input: { id: number; fields: z.output<typeof questionPatch> };
}) {
  requirePermission(ctx, "questions:manage");
  const row = await ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const current = await loadQuestion(txCtx, input.id);
    const merged: QuestionFields = {
      text: input.fields.text ?? current.text,
      option_a: input.fields.option_a ?? current.optionA,
      option_b: input.fields.option_b ?? current.optionB,
      option_c: input.fields.option_c ?? current.optionC,
      option_d: input.fields.option_d ?? current.optionD,
      correct_answer: input.fields.correct_answer ?? current.correctAnswer,
      difficulty: input.fields.difficulty ?? current.difficulty,
    };
    assertDistinctOptions(merged);
    const [updated] = await tx
      .update(questions)
      .set({
        ...columnsOf(input.fields),
        updatedById: ctx.actor.user?.id ?? null,
        updatedAt: ctx.clock.now(),
      })
      .where(eq(questions.id, input.id))
      .returning();
    if (merged.correct_answer !== current.correctAnswer) {
      await publishEvent(tx, {
        name: "question/answer.corrected",
        data: { questionId: input.id },
      });
    }
    return updated!;
  });
  const [item] = await toItems(ctx, [row]);
  return item!;
}
