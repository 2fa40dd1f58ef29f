// GET /api/v1/broadcasts/ — the broadcasts, newest first (manager+). POST — create one: 201 with
// status "pending"; the fan-out runs as a job.
import { createBroadcast } from "@/lib/broadcasts/create-broadcast";
import { listBroadcasts } from "@/lib/broadcasts/list-broadcasts";
import {
  broadcastBody,
  broadcastDetail,
  broadcastList,
  broadcastsQuery,
} from "@/lib/broadcasts/schemas";
import { defineRoute } from "@/lib/http/define-route";
import { paginated } from "@/lib/http/pagination";

export const GET = defineRoute(
  {
    summary: "List broadcasts",
    tags: ["Broadcasts"],
    permission: "broadcasts:manage",
    query: broadcastsQuery,
    response: broadcastList,
    errors: [404],
  },
  async ({ ctx, query, url }) => paginated(await listBroadcasts({ ctx, query }), url),
);

export const POST = defineRoute(
  {
    summary: "Create a broadcast",
    description:
      "`target_roles` names staff and/or candidate roles (at least one role); `mediums` ⊆ " +
      "{email, platform}, at least one. Answers 201 with status `pending`; the delivery runs " +
      "as a background job.",
    tags: ["Broadcasts"],
    permission: "broadcasts:manage",
    body: broadcastBody,
    response: broadcastDetail,
    status: 201,
    errors: [400],
  },
  async ({ ctx, body }) => createBroadcast({ ctx, input: body }),
);

export * from "@/lib/http/unserved-methods";
