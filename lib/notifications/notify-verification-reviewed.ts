// user/verification.reviewed → the person: their identity was verified, or their documents were
// not accepted (with the reviewer's reason and what to do next). A review may be decided again (an
// approval revoked) and the person may send new documents: an event that no longer matches the
// verification's status (late, or redelivered after that) tells nothing — the later one speaks.
import { eq } from "drizzle-orm";
import { users, userVerifications } from "@/db/schema";
import type { Context } from "@/lib/context";
import type { EventData } from "@/lib/events/registry";
import { notifyPeople } from "./notify-people";

export async function notifyVerificationReviewed({
  ctx,
  input,
}: {
  ctx: Context;
  input: EventData<"user/verification.reviewed">;
}): Promise<{ notified: number }> {
  const [row] = await ctx.db
    .select({
      userType: users.userType,
      status: userVerifications.status,
      reason: userVerifications.rejectionReason,
      reviewedAt: userVerifications.reviewedAt,
    })
    .from(userVerifications)
    .innerJoin(users, eq(users.id, userVerifications.userId))
    .where(eq(userVerifications.id, input.verificationId));
  if (!row || row.status !== input.status) return { notified: 0 };
  const approved = input.status === "approved";
  const message = approved
    ? row.userType === "candidate"
      ? "Your identity documents were accepted. You can take the exams of your stage when they open."
      : "Your identity documents were accepted. The staff pages of your role are open to you now."
    : `Your identity documents were not accepted${row.reason ? `: ${row.reason}` : "."}${
        row.reason && !/[.!?]$/.test(row.reason) ? "." : ""
      } You can send new documents on the Verification page.`;
  const fresh = await notifyPeople(
    ctx,
    [
      {
        userId: input.userId,
        subject: approved ? "Your identity is verified" : "Your verification was not accepted",
        message,
        dedupeKey: `verification:${input.verificationId}:${input.status}:${row.reviewedAt?.toISOString() ?? ""}`,
      },
    ],
    "verification notification",
  );
  return { notified: fresh.length };
}
