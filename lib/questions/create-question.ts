// POST /questions/ (moderator+): a new question.
import { questions } from "@/db/schema";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { type QuestionFields } from "./schemas";
import { assertDistinctOptions, toItems } from "./question-items";

export async function createQuestion({ ctx, input }: { ctx: Context; input: QuestionFields }) {
  requirePermission(ctx, "questions:manage");
  assertDistinctOptions(input);
  const now = ctx.clock.now();
  const actorId = ctx.actor.user?.id ?? null;
  const [row] = await ctx.db
    .insert(questions)
    .values({
      text: input.text,
      optionA: input.option_a,
      optionB: input.option_b,
      optionC: input.option_c,
      optionD: input.option_d,
      correctAnswer: input.correct_answer,
      difficulty: input.difficulty,
      createdById: actorId,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  const [item] = await toItems(ctx, [row!]);
  return item!;
}
