// Notifications' shapes (CONTRACT §9): the spec's message object (id, subject, message, read,
// created_at) in lists, one by id, and its read flag changed.
import { z } from "zod";
import { paginatedSchema, paginationQuery } from "@/lib/http/pagination";
import { idParams } from "@/lib/http/path-id";

export const notificationJson = z.object({
  id: z.number().int(),
  subject: z.string(),
  message: z.string(),
  read: z.boolean(),
  created_at: z.iso.datetime(),
});

export const notificationList = paginatedSchema(notificationJson).extend({
  unread_count: z.number().int(),
});

export const notificationsQuery = paginationQuery.extend({
  read: z.enum(["true", "false"], { error: "read must be true or false." }).optional(),
});

export const notificationIdParams = idParams;

export const notificationReadBody = z.strictObject({
  read: z.boolean({ error: "read must be true or false." }),
});

export const readAllResponse = z.object({
  updated: z.number().int(),
  unread_count: z.number().int(),
});
