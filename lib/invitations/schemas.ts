// Exam invitations (CONTRACT §6, §9): the body `{email, first_name, last_name}`, the invitation as
// staff and integrators see it, and the list filter.
import { z } from "zod";
import { accountFields } from "@/lib/accounts/registration/schemas";
import { paginationQuery } from "@/lib/http/pagination";
import { invitationStatuses } from "./invitation-status";

export const inviteBody = z.strictObject({
  email: accountFields.email,
  first_name: accountFields.first_name,
  last_name: accountFields.last_name,
});
export type InviteBody = z.output<typeof inviteBody>;

export const invitation = z.object({
  id: z.uuid(),
  exam_id: z.number().int(),
  candidate_id: z.uuid(),
  email: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  status: z
    .enum(invitationStatuses)
    .describe("sent; accepted (the person used the link and set a password); taken (submitted)."),
  sent_count: z.number().int(),
  last_sent_at: z.iso.datetime(),
  accepted_at: z.iso.datetime().nullable(),
  created_at: z.iso.datetime(),
});

export const invitationsQuery = paginationQuery.extend({
  status: z
    .enum(invitationStatuses, {
      error: `status must be one of: ${invitationStatuses.join(", ")}.`,
    })
    .optional(),
});

/** How long an invitation link works; re-inviting sends a fresh one. */
export const invitationLinkDays = 7;
