// POST /api/v1/staff/invite/ — create a staff account and email the invitation (manager+).
import { defineRoute } from "@/lib/http/define-route";
import { inviteStaff } from "@/lib/people/invite-staff";
import { inviteStaffInput, inviteStaffResponse } from "@/lib/people/schemas";

export const POST = defineRoute(
  {
    summary: "Invite a staff member",
    description:
      "Creates an email-verified (not yet user-verified) staff account with a role the caller may give, and emails the invitation with the sign-in link. Without `password` a strong password is generated and emailed; a password the inviter sets (with matching `password2`) is never emailed.",
    tags: ["Staff"],
    permission: "staff:invite",
    body: inviteStaffInput,
    response: inviteStaffResponse,
    status: 201,
    errors: [400, 403],
  },
  async ({ ctx, body }) => {
    const { message } = await inviteStaff({ ctx, input: body });
    return { message };
  },
);

export * from "@/lib/http/unserved-methods";
