"use server";
// The Invitations tab's action: invite one person or a pasted list, each through the same operation
// as POST /api/v1/exams/{id}/invite/, with a result per row.
import { revalidatePath } from "next/cache";
import { parseInput } from "@/lib/http/parse-input";
import { unsafeTextDetail, unsafeTextErrors } from "@/lib/http/unsafe-text";
import { withTextRule } from "@/lib/http/with-text-rule";
import { inviteCandidate } from "@/lib/invitations/invite-candidate";
import { inviteBody } from "@/lib/invitations/schemas";
import { ApiError } from "@/lib/errors";
import { staffActionContext } from "@/app/(app)/admin/action-context";

export type InviteRowResult = {
  email: string;
  outcome: "invited" | "sent-again" | "accepted" | "error";
  message: string;
  /** A refused row's field errors (email, first_name, last_name), for the one-person form. */
  errors?: Record<string, string[]>;
};

const maxInvitesAtOnce = 200;

const fieldLabels: Record<string, string> = {
  email: "Email",
  first_name: "First name",
  last_name: "Last name",
};

export const inviteAction = withTextRule(async function inviteAction(
  examId: number,
  rows: unknown,
): Promise<{ results: InviteRowResult[] } | { error: string }> {
  const context = await staffActionContext("exams:invite");
  if ("error" in context) return context;
  if (!Array.isArray(rows) || rows.length === 0) return { error: "Add at least one person." };
  if (rows.length > maxInvitesAtOnce) {
    return { error: `At most ${maxInvitesAtOnce} people at once: split the list.` };
  }
  if (unsafeTextErrors(rows)) return { error: unsafeTextDetail };
  const results: InviteRowResult[] = [];
  for (const row of rows) {
    const email = String((row as { email?: unknown })?.email ?? "");
    try {
      const body = parseInput(inviteBody, row, "request body");
      const { created, invitation } = await inviteCandidate({
        ctx: context.ctx,
        input: { examId, body },
      });
      results.push(
        created
          ? {
              email: invitation.email,
              outcome: "invited",
              message: "Invited: the link is on its way.",
            }
          : invitation.accepted_at
            ? {
                email: invitation.email,
                outcome: "accepted",
                message: "Already accepted: nothing sent.",
              }
            : {
                email: invitation.email,
                outcome: "sent-again",
                message: "Invited before: a fresh link was sent.",
              },
      );
    } catch (error) {
      if (!(error instanceof ApiError) || error.status >= 500) throw error;
      const fields = Object.entries(error.errors ?? {}).flatMap(([field, messages]) =>
        messages.map((message) =>
          fieldLabels[field] ? `${fieldLabels[field]}: ${message}` : message,
        ),
      );
      results.push({
        email,
        outcome: "error",
        message: fields.length > 0 ? fields.join(" ") : error.message,
        ...(error.errors ? { errors: error.errors } : {}),
      });
    }
  }
  revalidatePath(`/admin/exams/${examId}/invitations`);
  return { results };
});
