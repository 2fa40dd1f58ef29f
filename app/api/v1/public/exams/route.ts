// GET /api/v1/public/exams/ — published exams for integrators (API key with assessments:read).
import { defineRoute } from "@/lib/http/define-route";
import { pageRequest, paginate, paginatedSchema } from "@/lib/http/pagination";
import { listPublicExams } from "@/lib/public-api/list-public-exams";
import { publicExam, publicExamsQuery } from "@/lib/public-api/schemas";

export const GET = defineRoute(
  {
    summary: "List published exams (no questions)",
    tags: ["Public API"],
    auth: "key-only",
    scopes: ["assessments:read"],
    query: publicExamsQuery,
    response: paginatedSchema(publicExam),
    errors: [404],
  },
  async ({ ctx, query, url }) => {
    const page = pageRequest(query);
    const { items, count } = await listPublicExams({ ctx, query, page });
    return paginate(items, count, page, url);
  },
);

export * from "@/lib/http/unserved-methods";
