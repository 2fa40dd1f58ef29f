// POST /api/v1/questions/bulk-archive/ — archive many questions (admin+, as the spec says).
import { defineRoute } from "@/lib/http/define-route";
import { bulkArchiveQuestions } from "@/lib/questions/bulk-archive-questions";
import { bulkArchiveBody, bulkArchiveResult } from "@/lib/questions/schemas";

export const POST = defineRoute(
  {
    summary: "Archive questions in bulk",
    tags: ["Questions"],
    permission: "questions:link-exams",
    body: bulkArchiveBody,
    response: bulkArchiveResult,
  },
  async ({ ctx, body }) => bulkArchiveQuestions({ ctx, input: { questionIds: body.question_ids } }),
);

export * from "@/lib/http/unserved-methods";
