// GET /questions/{id}/ (moderator+): one live question.
import type { Context } from "@/lib/context";
import { toItems, loadQuestion } from "./question-items";

export async function getQuestion({ ctx, input }: { ctx: Context; input: { id: number } }) {
  const [item] = await toItems(ctx, [await loadQuestion(ctx, input.id)]);
  return item!;
}
