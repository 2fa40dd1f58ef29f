// GET /api/v1/exams/ — exams for staff (admin+), newest scheduled first, drafts last, with the
// bank's question_pool_data. POST /api/v1/exams/ — create an exam (a draft without scheduled_date).
import { paginated } from "@/lib/http/pagination";
import { defineRoute } from "@/lib/http/define-route";
import { createExam } from "@/lib/exams/create-exam";
import { listExams } from "@/lib/exams/list-exams";
import { examBody, examCreated, examList, listExamsQuery } from "@/lib/exams/schemas";

export const GET = defineRoute(
  {
    summary: "List exams",
    tags: ["Exams"],
    permission: "exams:manage",
    query: listExamsQuery,
    response: examList,
    errors: [404],
  },
  async ({ ctx, query, url }) => paginated(await listExams({ ctx, query }), url),
);

export const POST = defineRoute(
  {
    summary: "Create an exam",
    tags: ["Exams"],
    permission: "exams:manage",
    body: examBody,
    response: examCreated,
    status: 201,
    errors: [400],
  },
  async ({ ctx, body }) => createExam({ ctx, input: body }),
);

export * from "@/lib/http/unserved-methods";
