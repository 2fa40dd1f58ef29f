// GET /api/v1/public/candidates/ — candidates with their exams (API key with candidates:read).
import { defineRoute } from "@/lib/http/define-route";
import { pageRequest, paginate, paginatedSchema } from "@/lib/http/pagination";
import { listPublicCandidates } from "@/lib/public-api/list-public-candidates";
import { candidatesQuery, publicCandidate } from "@/lib/public-api/schemas";

export const GET = defineRoute(
  {
    summary: "List candidates with their invitations, attempts and scores",
    tags: ["Public API"],
    auth: "key-only",
    scopes: ["candidates:read"],
    query: candidatesQuery,
    response: paginatedSchema(publicCandidate),
    errors: [404],
  },
  async ({ ctx, query, url }) => {
    const { items, count } = await listPublicCandidates({ ctx, query });
    return paginate(items, count, pageRequest(query), url);
  },
);

export * from "@/lib/http/unserved-methods";
