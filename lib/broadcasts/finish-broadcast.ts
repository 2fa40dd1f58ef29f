// The fan-out's last step: a log line per medium and target role with how many people it reached
// (0 is said too: a role with nobody in it is not an error), and the broadcast becomes "sent".
import { count, eq } from "drizzle-orm";
import { broadcastDeliveries, broadcastLogs, broadcasts, users } from "@/db/schema";
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
      })
      .from(broadcastDeliveries)
      .innerJoin(users, eq(users.id, broadcastDeliveries.recipientId))
      .where(eq(broadcastDeliveries.broadcastId, broadcast.id))
      .groupBy(broadcastDeliveries.medium, users.userType, users.role);
    const lines = broadcast.mediums.flatMap((medium) =>
      (["candidate", "staff"] as const).flatMap((roleType) =>
        (broadcast.targetRoles[roleType] ?? []).map((role) => {
          const n =
            reached.find(
              (row) => row.medium === medium && row.userType === roleType && row.role === role,
            )?.n ?? 0;
          return {
            broadcastId: broadcast.id,
            medium,
            targetRole: role,
            roleType,
            status: "sent",
            message:
              n === 0
                ? "No recipients: nobody active has this role."
                : `Successfully sent to ${plural(n, "recipient")}`,
            attemptedAt: now,
          };
        }),
      ),
    );
    await tx.delete(broadcastLogs).where(eq(broadcastLogs.broadcastId, broadcast.id));
    if (lines.length > 0) await tx.insert(broadcastLogs).values(lines);
    await tx
      .update(broadcasts)
      .set({ status: "sent", lastAttemptAt: now })
      .where(eq(broadcasts.id, broadcast.id));
  });
}
