// GET /api/v1/exams/{id}/invitations/ — an exam's invitations and their state (manager+, or an
// API key with candidates:read).
import { examIdParams } from "@/lib/exams/schemas";
import { defineRoute } from "@/lib/http/define-route";
import { pageRequest, paginate, paginatedSchema } from "@/lib/http/pagination";
import { listInvitations } from "@/lib/invitations/list-invitations";
import { invitation, invitationsQuery } from "@/lib/invitations/schemas";

export const GET = defineRoute(
  {
    summary: "List an exam's invitations",
    tags: ["Invitations"],
    permission: "exams:invite",
    scopes: ["candidates:read"],
    params: examIdParams,
    query: invitationsQuery,
    response: paginatedSchema(invitation),
    errors: [404],
  },
  async ({ ctx, params, query, url }) => {
    const page = pageRequest(query);
    const { items, count } = await listInvitations({
      ctx,
      input: { examId: params.id, status: query.status },
      page,
    });
    return paginate(items, count, page, url);
  },
);

export * from "@/lib/http/unserved-methods";
