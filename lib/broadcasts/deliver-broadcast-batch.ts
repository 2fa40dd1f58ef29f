// One batch of a broadcast's fan-out: the next `size` recipients after `after` (by id), and for
// each medium a delivery row per recipient — the primary key (broadcast, recipient, medium) makes
// a repeated batch (a crash after commit, a retry) deliver to nobody twice — then, for the new
// deliveries only, a notification (platform) or an email recorded in the outbox (email), all in
// one transaction. After commit, each new notification is pushed on the person's channel (best
// effort: the bell also reads the list). Returns the last recipient id (null when there were
// none) and the batch's emails still to send — those recorded now and, after a crash, those a
// first run recorded but did not get to send — for the next step (sendBroadcastEmails).
import { and, asc, eq, gt, inArray } from "drizzle-orm";
import { broadcastDeliveries, broadcasts, emailOutbox, notifications, users } from "@/db/schema";
import type { Context } from "@/lib/context";
import { recordEmails } from "@/lib/email/record-emails";
import { pushNotifications } from "@/lib/notifications/notify-people";
import { broadcastEmail } from "./emails";
import { recipientsWhere } from "./recipients";

export async function deliverBroadcastBatch({
  ctx,
  input,
}: {
  ctx: Context;
  input: { broadcastId: number; after: string | null; size: number };
}): Promise<{ last: string | null; delivered: number; emailIds: string[] }> {
  const now = ctx.clock.now();
  const result = await ctx.db.transaction(async (tx) => {
    const [broadcast] = await tx
      .select()
      .from(broadcasts)
      .where(eq(broadcasts.id, input.broadcastId));
    if (!broadcast) return { last: null, delivered: 0, pushed: [], emailIds: [] };
    const people = await tx
      .select({ id: users.id, email: users.email, firstName: users.firstName })
      .from(users)
      .where(
        and(
          recipientsWhere(broadcast.targetRoles),
          input.after ? gt(users.id, input.after) : undefined,
        ),
      )
      .orderBy(asc(users.id))
      .limit(input.size);
    if (people.length === 0) return { last: null, delivered: 0, pushed: [], emailIds: [] };

    let delivered = 0;
    const pushed: (typeof notifications.$inferSelect)[] = [];
    for (const medium of broadcast.mediums) {
      const fresh = await tx
        .insert(broadcastDeliveries)
        .values(
          people.map((person) => ({
            broadcastId: broadcast.id,
            recipientId: person.id,
            medium,
            deliveredAt: now,
            emailId: medium === "email" ? crypto.randomUUID() : null,
          })),
        )
        .onConflictDoNothing()
        .returning({
          recipientId: broadcastDeliveries.recipientId,
          emailId: broadcastDeliveries.emailId,
        });
      delivered += fresh.length;
      const freshIds = fresh.map((row) => row.recipientId);
      if (freshIds.length === 0) continue;
      if (medium === "platform") {
        pushed.push(
          ...(await tx
            .insert(notifications)
            .values(
              freshIds.map((userId) => ({
                userId,
                subject: broadcast.subject,
                message: broadcast.message,
                broadcastId: broadcast.id,
                createdAt: now,
              })),
            )
            .returning()),
        );
      } else {
        const byId = new Map(people.map((person) => [person.id, person]));
        await recordEmails(
          tx,
          fresh.map((row) => ({
            id: row.emailId!,
            ...broadcastEmail(byId.get(row.recipientId)!, broadcast),
          })),
        );
      }
    }
    const emailIds = broadcast.mediums.includes("email")
      ? (
          await tx
            .select({ id: emailOutbox.id })
            .from(broadcastDeliveries)
            .innerJoin(emailOutbox, eq(emailOutbox.id, broadcastDeliveries.emailId))
            .where(
              and(
                eq(broadcastDeliveries.broadcastId, broadcast.id),
                eq(broadcastDeliveries.medium, "email"),
                inArray(
                  broadcastDeliveries.recipientId,
                  people.map((person) => person.id),
                ),
                eq(emailOutbox.status, "queued"),
              ),
            )
            .orderBy(emailOutbox.id)
        ).map((row) => row.id)
      : [];
    return { last: people.at(-1)!.id, delivered, pushed, emailIds };
  });

  await pushNotifications(result.pushed, `broadcast ${input.broadcastId}`);
  return { last: result.last, delivered: result.delivered, emailIds: result.emailIds };
}
