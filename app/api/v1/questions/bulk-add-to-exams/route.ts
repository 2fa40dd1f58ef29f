// POST /api/v1/questions/bulk-add-to-exams/ — link many questions to many exams.
import { defineRoute } from "@/lib/http/define-route";
import { bulkAddToExams } from "@/lib/questions/bulk-add-to-exams";
import { bulkAddBody, bulkAddResult } from "@/lib/questions/schemas";

export const POST = defineRoute(
  {
    summary: "Add questions to exams in bulk",
    description:
      "total_operations = questions × exams (ids deduplicated); exams that have started fail.",
    tags: ["Questions"],
    permission: "questions:link-exams",
    body: bulkAddBody,
    response: bulkAddResult,
  },
  async ({ ctx, body }) =>
    bulkAddToExams({ ctx, input: { questionIds: body.question_ids, examIds: body.exam_ids } }),
);

export * from "@/lib/http/unserved-methods";
