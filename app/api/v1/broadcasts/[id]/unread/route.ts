// GET /api/v1/broadcasts/{id}/unread/ — who has not read the broadcast yet, by name (manager+).
import { listUnreadRecipients } from "@/lib/broadcasts/list-unread-recipients";
import { broadcastIdParams, broadcastsQuery, unreadRecipientList } from "@/lib/broadcasts/schemas";
import { defineRoute } from "@/lib/http/define-route";
import { paginated } from "@/lib/http/pagination";

export const GET = defineRoute(
  {
    summary: "Who has not read a broadcast",
    description:
      "The people sent the broadcast on the platform whose notification is still unread, by " +
      "last name, a page at a time.",
    tags: ["Broadcasts"],
    permission: "broadcasts:manage",
    params: broadcastIdParams,
    query: broadcastsQuery,
    response: unreadRecipientList,
    errors: [404],
  },
  async ({ ctx, params, query, url }) =>
    paginated(await listUnreadRecipients({ ctx, input: { id: params.id }, query }), url),
);

export * from "@/lib/http/unserved-methods";
