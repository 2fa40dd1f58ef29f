// GET /api/v1/broadcasts/{id}/receipts/ — delivered, read and unread per medium and role (manager+).
import { getBroadcastReceipts } from "@/lib/broadcasts/broadcast-receipts";
import { broadcastIdParams, broadcastReceipts } from "@/lib/broadcasts/schemas";
import { defineRoute } from "@/lib/http/define-route";

export const GET = defineRoute(
  {
    summary: "A broadcast's read receipts",
    description:
      "Per medium and recipient role: delivered, read and unread. Reading is known for the " +
      "platform medium (its notifications); email opens are not tracked, so their read and " +
      "unread are null. `totals` counts the platform medium.",
    tags: ["Broadcasts"],
    permission: "broadcasts:manage",
    params: broadcastIdParams,
    response: broadcastReceipts,
    errors: [404],
  },
  async ({ ctx, params }) => getBroadcastReceipts({ ctx, input: { id: params.id } }),
);

export * from "@/lib/http/unserved-methods";
