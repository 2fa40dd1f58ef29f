// GET /api/v1/broadcasts/{id}/ — one broadcast: status, last attempt, logs (manager+).
import { getBroadcast } from "@/lib/broadcasts/get-broadcast";
import { broadcastDetail, broadcastIdParams } from "@/lib/broadcasts/schemas";
import { defineRoute } from "@/lib/http/define-route";

export const GET = defineRoute(
  {
    summary: "A broadcast",
    tags: ["Broadcasts"],
    permission: "broadcasts:manage",
    params: broadcastIdParams,
    response: broadcastDetail,
    errors: [404],
  },
  async ({ ctx, params }) => getBroadcast({ ctx, input: { id: params.id } }),
);

export * from "@/lib/http/unserved-methods";
