// An invitation row with its person and derived status, in the API's shape.
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { examInvitations, users } from "@/db/schema";
import type { Context } from "@/lib/context";
import { invitationStatusSql, type InvitationStatus } from "./invitation-status";
import type { invitation } from "./schemas";

export function selectInvitations(ctx: Context) {
  return ctx.db
    .select({
      invitation: examInvitations,
      firstName: users.firstName,
      lastName: users.lastName,
      status: invitationStatusSql(),
    })
    .from(examInvitations)
    .innerJoin(users, eq(users.id, examInvitations.userId))
    .$dynamic();
}

export function invitationShape(row: {
  invitation: typeof examInvitations.$inferSelect;
  firstName: string;
  lastName: string;
  status: InvitationStatus;
}): z.output<typeof invitation> {
  const { invitation: item } = row;
  return {
    id: item.id,
    exam_id: item.examId,
    candidate_id: item.userId,
    email: item.email,
    first_name: row.firstName,
    last_name: row.lastName,
    status: row.status,
    sent_count: item.sentCount,
    last_sent_at: item.lastSentAt.toISOString(),
    accepted_at: item.acceptedAt?.toISOString() ?? null,
    created_at: item.createdAt.toISOString(),
  };
}
