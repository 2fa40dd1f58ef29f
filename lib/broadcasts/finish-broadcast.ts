// The fan-out's last step: a log line per medium and target role with how many people it reached
// (0 is said too: a role with nobody in it is not an error) and how many emails the provider
// refused for good, with the reason; the broadcast becomes "sent", "partially_failed" (some
// failed) or "failed" (all did). The batches' "retried" lines are kept; the summary is rewritten
// when the step runs again.
import { and, count, eq, max, ne, sql } from "drizzle-orm";
import { broadcastDeliveries, broadcastLogs, broadcasts, emailOutbox, users } from "@/db/schema";
import type { Context } from "@/lib/context";
import { plural } from "@/lib/plural";

export async function finishBroadcast({ ctx, input }: { ctx: Context; input: { id: number } }) {
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const [broadcast] = await tx.select().from(broadcasts).where(eq(broadcasts.id, input.id));
    if (!broadcast) return;
    const reached = await tx
      .select({
        medium: broadcastDeliveries.medium,
        userType: users.userType,
        role: users.role,
        n: count(),
        failed: sql<number>`count(*) filter (where ${emailOutbox.status} = 'failed')`.mapWith(
          Number,
        ),
        reason: max(emailOutbox.lastError),
      })
      .from(broadcastDeliveries)
      .innerJoin(users, eq(users.id, broadcastDeliveries.recipientId))
      .leftJoin(emailOutbox, eq(emailOutbox.id, broadcastDeliveries.emailId))
      .where(eq(broadcastDeliveries.broadcastId, broadcast.id))
      .groupBy(broadcastDeliveries.medium, users.userType, users.role);
    const lines = broadcast.mediums.flatMap((medium) =>
      (["candidate", "staff"] as const).flatMap((roleType) =>
        (broadcast.targetRoles[roleType] ?? []).map((role) => {
          const row = reached.find(
            (each) => each.medium === medium && each.userType === roleType && each.role === role,
          );
          const n = row?.n ?? 0;
          const failed = row?.failed ?? 0;
          const summary =
            n === 0
              ? { status: "sent", message: "No recipients: nobody active has this role." }
              : failed === 0
                ? { status: "sent", message: `Successfully sent to ${plural(n, "recipient")}` }
                : failed === n
                  ? {
                      status: "failed",
                      message: `Failed for all ${plural(n, "recipient")}: ${row?.reason ?? "the provider refused it"}`,
                    }
                  : {
                      status: "partially_failed",
                      message: `Sent to ${n - failed} of ${plural(n, "recipient")}; ${failed} failed: ${row?.reason ?? "the provider refused them"}`,
                    };
          return {
            broadcastId: broadcast.id,
            medium,
            targetRole: role,
            roleType,
            ...summary,
            attemptedAt: now,
          };
        }),
      ),
    );
    const total = reached.reduce((sum, row) => sum + row.n, 0);
    const failed = reached.reduce((sum, row) => sum + row.failed, 0);
    const status = failed === 0 ? "sent" : failed === total ? "failed" : "partially_failed";
    await tx
      .delete(broadcastLogs)
      .where(and(eq(broadcastLogs.broadcastId, broadcast.id), ne(broadcastLogs.status, "retried")));
    if (lines.length > 0) await tx.insert(broadcastLogs).values(lines);
    await tx
      .update(broadcasts)
      .set({ status, lastAttemptAt: now })
      .where(eq(broadcasts.id, broadcast.id));
  });
}
