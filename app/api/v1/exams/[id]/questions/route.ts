// GET /api/v1/exams/{id}/questions/ — the exam's non-archived questions by position (admin+).
import { defineRoute } from "@/lib/http/define-route";
import { listExamQuestions } from "@/lib/exams/list-exam-questions";
import { examIdParams, examQuestionsList } from "@/lib/exams/schemas";

export const GET = defineRoute(
  {
    summary: "List an exam's questions",
    tags: ["Exams"],
    permission: "exams:manage",
    params: examIdParams,
    response: examQuestionsList,
    errors: [404],
  },
  async ({ ctx, params }) => listExamQuestions({ ctx, input: params }),
);

export * from "@/lib/http/unserved-methods";
