// GET /api/v1/user/verification/list/ — the review queue (manager+): pending first, newest first.
import { defineRoute } from "@/lib/http/define-route";
import { paginatedSchema, paginated } from "@/lib/http/pagination";
import { listVerifications } from "@/lib/verification/list-verifications";
import { listVerificationsQuery, verificationListItem } from "@/lib/verification/schemas";

export const GET = defineRoute(
  {
    summary: "List verification requests",
    description:
      "Filters is_pending, is_approved, is_rejected (true/false) combine with AND; search matches first name, last name, full name or email.",
    tags: ["User verification"],
    permission: "verification:review",
    query: listVerificationsQuery,
    response: paginatedSchema(verificationListItem),
    errors: [404],
  },
  async ({ ctx, query, url }) => paginated(await listVerifications({ ctx, query }), url),
);

export * from "@/lib/http/unserved-methods";
