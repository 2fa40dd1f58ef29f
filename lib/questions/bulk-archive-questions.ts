// POST /questions/bulk-archive/: archive many questions at once; ids that are unknown or already
// archived are reported as failed.
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import type { z } from "zod";
import { archiveQuestions } from "./archive-question";
import { unique } from "./exam-links";
import type { bulkArchiveResult } from "./schemas";

export async function bulkArchiveQuestions({
  ctx,
  input,
}: {
  ctx: Context;
  input: { questionIds: number[] };
}): Promise<z.output<typeof bulkArchiveResult>> {
  requirePermission(ctx, "questions:link-exams");
  const ids = unique(input.questionIds);
  const archived = await archiveQuestions(ctx, ids);
  const failed = ids
    .filter((id) => !archived.has(id))
    .map((id) => ({ question_id: id, reason: "Question not found or already archived" }));
  return {
    summary: {
      total_questions: ids.length,
      successful_archives: archived.size,
      failed_archives: failed.length,
    },
    details: { archived: ids.filter((id) => archived.has(id)), failed },
  };
}
