// A person's verification row (undefined before their first upload): read for their status, for
// document links, and for the documents of a full profile.
import { eq } from "drizzle-orm";
import { userVerifications } from "@/db/schema";
import type { Context } from "@/lib/context";

export async function loadVerificationRow(ctx: Context, userId: string) {
  const [row] = await ctx.db
    .select()
    .from(userVerifications)
    .where(eq(userVerifications.userId, userId))
    .limit(1);
  return row;
}
