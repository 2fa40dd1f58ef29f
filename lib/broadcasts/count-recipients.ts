// The composer's "N people will receive it": the same rule the fan-out uses (recipients.ts),
// counted before sending (manager+).
import { count } from "drizzle-orm";
import { users, type BroadcastTargets } from "@/db/schema";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { recipientsWhere } from "./recipients";

export async function countRecipients({
  ctx,
  input,
}: {
  ctx: Context;
  input: { targets: BroadcastTargets };
}): Promise<number> {
  requirePermission(ctx, "broadcasts:manage");
  const [row] = await ctx.db
    .select({ n: count() })
    .from(users)
    .where(recipientsWhere(input.targets));
  return row!.n;
}
