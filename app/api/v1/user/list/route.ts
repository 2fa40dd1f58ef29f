// GET /api/v1/user/list/ — the user overview with stats_overview (moderator+; staff and the
// generic list for manager+ only).
import { paginated } from "@/lib/http/pagination";
import { defineRoute } from "@/lib/http/define-route";
import { listUsers } from "@/lib/people/list-users";
import { listUsersQuery, listUsersResponse } from "@/lib/people/schemas";

export const GET = defineRoute(
  {
    summary: "List users",
    description:
      "`profile=candidate` (moderator+) lists items shaped like GET /candidates/; `profile=staff` (manager+) like GET /staff/; without `profile` (manager+) generic user items. `stats_overview` is computed live: managers and superadmins get {total_users, active_users, staff_count, candidate_count}, moderators and admins {candidate_count, active_candidates, verified_candidates}.",
    tags: ["Users"],
    permission: "users:list",
    query: listUsersQuery,
    response: listUsersResponse,
    errors: [403, 404],
  },
  async ({ ctx, query, url }) => paginated(await listUsers({ ctx, query }), url),
);

export * from "@/lib/http/unserved-methods";
