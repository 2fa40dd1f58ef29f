// GET, PATCH /api/v1/notifications/{id}/ — one of the signed-in person's notifications; PATCH
// {read: true|false} marks it. Someone else's id is a 404.
import { defineRoute } from "@/lib/http/define-route";
import { getNotification } from "@/lib/notifications/get-notification";
import { markNotification } from "@/lib/notifications/mark-notification";
import {
  notificationIdParams,
  notificationJson,
  notificationReadBody,
} from "@/lib/notifications/schemas";

export const GET = defineRoute(
  {
    summary: "A notification",
    tags: ["Notifications"],
    auth: "user",
    params: notificationIdParams,
    response: notificationJson,
    errors: [404],
  },
  async ({ ctx, params }) => getNotification({ ctx, input: { id: params.id } }),
);

export const PATCH = defineRoute(
  {
    summary: "Mark a notification read or unread",
    tags: ["Notifications"],
    auth: "user",
    params: notificationIdParams,
    body: notificationReadBody,
    response: notificationJson,
    errors: [400, 404],
  },
  async ({ ctx, params, body }) =>
    markNotification({ ctx, input: { id: params.id, read: body.read } }),
);

export * from "@/lib/http/unserved-methods";
