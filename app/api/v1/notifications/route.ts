// GET /api/v1/notifications/ — the signed-in person's notifications, newest first, with unread_count.
import { defineRoute } from "@/lib/http/define-route";
import { paginated } from "@/lib/http/pagination";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { notificationList, notificationsQuery } from "@/lib/notifications/schemas";

export const GET = defineRoute(
  {
    summary: "My notifications",
    description:
      "Newest first, 20 a page; `read=true|false` filters; `unread_count` counts every unread one.",
    tags: ["Notifications"],
    auth: "user",
    query: notificationsQuery,
    response: notificationList,
    errors: [400, 404],
  },
  async ({ ctx, query, url }) => paginated(await listNotifications({ ctx, query }), url),
);

export * from "@/lib/http/unserved-methods";
