// POST /api/v1/exams/{id}/duplicate/ — a draft copy: same settings and questions, no schedule.
import { defineRoute } from "@/lib/http/define-route";
import { duplicateExam } from "@/lib/exams/duplicate-exam";
import { examCreated, examIdParams } from "@/lib/exams/schemas";

export const POST = defineRoute(
  {
    summary: "Duplicate an exam as a draft",
    tags: ["Exams"],
    permission: "exams:manage",
    params: examIdParams,
    response: examCreated,
    status: 201,
    errors: [404],
  },
  async ({ ctx, params }) => duplicateExam({ ctx, input: params }),
);

export * from "@/lib/http/unserved-methods";
