// GET /api/v1/public/exams/{id}/candidates/ — who is invited to, taking or scored on an exam
// (API key with candidates:read).
import { examIdParams } from "@/lib/exams/schemas";
import { defineRoute } from "@/lib/http/define-route";
import { pageRequest, paginate, paginatedSchema } from "@/lib/http/pagination";
import { listExamCandidates } from "@/lib/public-api/list-exam-candidates";
import { examCandidate, examCandidatesQuery } from "@/lib/public-api/schemas";

export const GET = defineRoute(
  {
    summary: "List an exam's candidates and where they stand",
    tags: ["Public API"],
    auth: "key-only",
    scopes: ["candidates:read"],
    params: examIdParams,
    query: examCandidatesQuery,
    response: paginatedSchema(examCandidate),
    errors: [404],
  },
  async ({ ctx, params, query, url }) => {
    const page = pageRequest(query);
    const { items, count } = await listExamCandidates({
      ctx,
      input: { id: params.id, query },
      page,
    });
    return paginate(items, count, page, url);
  },
);

export * from "@/lib/http/unserved-methods";
