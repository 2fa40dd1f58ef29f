// Broadcasts' shapes (spec "Broadcast Management"): the request body with its rules, and the list
// item and detail the spec shows (`created_by.user`, `target_roles` by user type, `logs`).
import { z } from "zod";
import { candidateRoles, staffRoles } from "@/lib/auth/roles";
import { paginatedSchema, paginationQuery } from "@/lib/http/pagination";
import { idParams } from "@/lib/http/path-id";

export const broadcastMediums = ["email", "platform"] as const;
export const subjectMaxLength = 200;
export const messageMaxLength = 5000;

const roleList = <R extends readonly [string, ...string[]]>(roles: R, type: string) =>
  z
    .array(z.enum(roles, { error: `Each ${type} role must be one of: ${roles.join(", ")}.` }), {
      error: `${type} must be a list of roles.`,
    })
    .max(roles.length)
    .transform((list) => [...new Set(list)]);

export const broadcastBody = z.strictObject({
  subject: z
    .string({ error: "subject is required." })
    .trim()
    .min(1, "subject may not be blank.")
    .max(subjectMaxLength, `subject may be at most ${subjectMaxLength} characters.`),
  message: z
    .string({ error: "message is required." })
    .trim()
    .min(1, "message may not be blank.")
    .max(messageMaxLength, `message may be at most ${messageMaxLength} characters.`),
  mediums: z
    .array(
      z.enum(broadcastMediums, {
        error: `Each medium must be one of: ${broadcastMediums.join(", ")}.`,
      }),
      { error: "mediums must be a list." },
    )
    .min(1, "Choose at least one medium.")
    .max(broadcastMediums.length)
    .transform((list) => [...new Set(list)]),
  target_roles: z
    .strictObject(
      {
        staff: roleList(staffRoles, "staff").optional(),
        candidate: roleList(candidateRoles, "candidate").optional(),
      },
      { error: "target_roles must be an object with staff and/or candidate role lists." },
    )
    .refine(
      (targets) => (targets.staff?.length ?? 0) + (targets.candidate?.length ?? 0) > 0,
      "Name at least one role in target_roles.staff or target_roles.candidate.",
    ),
});
export type BroadcastBody = z.output<typeof broadcastBody>;

export const broadcastIdParams = idParams;
export const broadcastsQuery = paginationQuery;

const targets = z.object({
  staff: z.array(z.string()).optional(),
  candidate: z.array(z.string()).optional(),
});
const createdBy = z
  .object({
    user: z.object({ email: z.string(), first_name: z.string(), last_name: z.string() }),
  })
  .nullable();
export const broadcastStatuses = [
  "pending",
  "sending",
  "sent",
  "partially_failed",
  "failed",
] as const;

export const broadcastItem = z.object({
  id: z.number().int(),
  subject: z.string(),
  message: z.string(),
  created_by: createdBy,
  created_at: z.iso.datetime(),
  status: z.enum(broadcastStatuses),
  mediums: z.array(z.string()),
  target_roles: targets,
});
export const broadcastList = paginatedSchema(broadcastItem);

export const broadcastLog = z.object({
  id: z.number().int(),
  medium: z.string(),
  target_role: z.string(),
  role_type: z.string(),
  status: z.string(),
  message: z.string(),
  attempted_at: z.iso.datetime(),
});
export const broadcastDetail = broadcastItem.extend({
  last_attempt: z.iso.datetime().nullable(),
  logs: z.array(broadcastLog),
});

/** Read receipts of one medium and role: email opens are not tracked, so its read counts are null. */
export const receiptGroup = z.object({
  medium: z.enum(broadcastMediums),
  role_type: z.enum(["staff", "candidate"]),
  role: z.string(),
  delivered: z.number().int(),
  read: z.number().int().nullable(),
  unread: z.number().int().nullable(),
});
export const broadcastReceipts = z.object({
  broadcast_id: z.number().int(),
  status: z.enum(broadcastStatuses),
  /** Platform notifications only: the medium whose reading is known. */
  totals: z.object({
    delivered: z.number().int(),
    read: z.number().int(),
    unread: z.number().int(),
  }),
  groups: z.array(receiptGroup),
  as_of: z.iso.datetime(),
});

export const unreadRecipient = z.object({
  id: z.uuid(),
  first_name: z.string(),
  last_name: z.string(),
  email: z.string(),
  role_type: z.enum(["staff", "candidate"]),
  role: z.string(),
  delivered_at: z.iso.datetime(),
});
export const unreadRecipientList = paginatedSchema(unreadRecipient);
