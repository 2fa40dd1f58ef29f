// A broadcast batch's emails, handed to the email port in bulk (Resend's batch sending when it is
// configured; the dev mailbox otherwise). When the provider refuses, the broadcast's log says so
// per role ("… trying again") and the error is thrown so the step is retried; on the last try the
// emails are marked failed instead and the fan-out goes on — the other batches still go out, and
// the broadcast ends partially_failed (finish-broadcast counts them).
import { count, eq, inArray } from "drizzle-orm";
import { broadcastDeliveries, broadcastLogs, users } from "@/db/schema";
import type { Context } from "@/lib/context";
import { deliverEmailBatch, getEmailSender, type EmailBatchResult } from "@/lib/email";
import { plural } from "@/lib/plural";

export async function sendBroadcastEmails({
  ctx,
  input,
}: {
  ctx: Context;
  input: { broadcastId: number; batch: number; emailIds: string[]; lastTry: boolean };
}): Promise<EmailBatchResult> {
  const port = { db: ctx.db, clock: ctx.clock, sender: getEmailSender() };
  try {
    return await deliverEmailBatch(port, input.emailIds, { failForGood: input.lastTry });
  } catch (error) {
    await logRetry(ctx, input, (error as Error).message);
    throw error;
  }
}

async function logRetry(
  ctx: Context,
  input: { broadcastId: number; batch: number; emailIds: string[] },
  reason: string,
) {
  const groups = await ctx.db
    .select({ userType: users.userType, role: users.role, n: count() })
    .from(broadcastDeliveries)
    .innerJoin(users, eq(users.id, broadcastDeliveries.recipientId))
    .where(inArray(broadcastDeliveries.emailId, input.emailIds))
    .groupBy(users.userType, users.role);
  if (groups.length === 0) return;
  const now = ctx.clock.now();
  await ctx.db.insert(broadcastLogs).values(
    groups.map((group) => ({
      broadcastId: input.broadcastId,
      medium: "email",
      targetRole: group.role,
      roleType: group.userType,
      status: "retried",
      message: `Batch ${input.batch + 1}, ${plural(group.n, "recipient")}: the email provider refused it (${reason}). Trying again.`,
      attemptedAt: now,
    })),
  );
}
