// An invitation's state is derived, never stored: "taken" once the person submitted the exam,
// "accepted" once they used the link (set a password), "sent" until then. One SQL expression so
// that lists, the staff page and the public candidates endpoints all say the same.
import { sql, type SQL } from "drizzle-orm";
import { examAttempts, examInvitations } from "@/db/schema";

export const invitationStatuses = ["sent", "accepted", "taken"] as const;
export type InvitationStatus = (typeof invitationStatuses)[number];

/** The status of the invitation row in scope (`exam_invitations`), as a SQL expression. */
export function invitationStatusSql(): SQL<InvitationStatus> {
  return sql<InvitationStatus>`case
    when exists (
      select 1 from ${examAttempts}
      where ${examAttempts.examId} = ${examInvitations.examId}
        and ${examAttempts.candidateId} = ${examInvitations.userId}
        and ${examAttempts.submittedAt} is not null
    ) then 'taken'
    when ${examInvitations.acceptedAt} is not null then 'accepted'
    else 'sent' end`;
}
