// The fan-out's first step: the broadcast moves to "sending" with the time of this attempt. Null
// when it no longer exists.
import { eq } from "drizzle-orm";
import { broadcasts } from "@/db/schema";
import type { Context } from "@/lib/context";

export async function startBroadcast({ ctx, input }: { ctx: Context; input: { id: number } }) {
  const [row] = await ctx.db
    .update(broadcasts)
    .set({ status: "sending", lastAttemptAt: ctx.clock.now() })
    .where(eq(broadcasts.id, input.id))
    .returning({ id: broadcasts.id });
  return row ?? null;
}
