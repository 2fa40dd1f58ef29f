// POST /api/v1/notifications/read-all/ — every unread notification of the signed-in person is read.
import { defineRoute } from "@/lib/http/define-route";
import { markAllRead } from "@/lib/notifications/mark-all-read";
import { readAllResponse } from "@/lib/notifications/schemas";

export const POST = defineRoute(
  {
    summary: "Mark all my notifications read",
    tags: ["Notifications"],
    auth: "user",
    response: readAllResponse,
  },
  async ({ ctx }) => markAllRead({ ctx }),
);

export * from "@/lib/http/unserved-methods";
