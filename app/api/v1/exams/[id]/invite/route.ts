// POST /api/v1/exams/{id}/invite/ — invite a person to an exam by email (manager+, or an API key
// with candidates:write). 201 for a new invitation, 200 when it existed (idempotent).
import { examIdParams } from "@/lib/exams/schemas";
import { defineRoute } from "@/lib/http/define-route";
import { inviteCandidate } from "@/lib/invitations/invite-candidate";
import { invitation, inviteBody } from "@/lib/invitations/schemas";

export const POST = defineRoute(
  {
    summary: "Invite a candidate to an exam",
    description:
      "Creates the candidate's account if there is none (or reuses it) and emails a link to set " +
      "a password and land on the exam. Inviting again returns the same invitation (200) and, " +
      "until it is accepted, sends a fresh link.",
    tags: ["Invitations"],
    permission: "exams:invite",
    scopes: ["candidates:write"],
    params: examIdParams,
    body: inviteBody,
    response: invitation,
    status: 201,
    errors: [404, 409],
  },
  async ({ ctx, params, body }) => {
    const { created, invitation: result } = await inviteCandidate({
      ctx,
      input: { examId: params.id, body },
    });
    return created ? result : Response.json(result, { status: 200 });
  },
);

export * from "@/lib/http/unserved-methods";
