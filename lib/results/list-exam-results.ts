// GET /exams/{id}/results/: every recorded score of the exam, best first.
import type { Context } from "@/lib/context";
import { examScoreRows } from "./exam-score-rows";

export async function listExamResults({ ctx, input }: { ctx: Context; input: { id: number } }) {
  return (await examScoreRows(ctx, input.id)).map((row) => row.result);
}
