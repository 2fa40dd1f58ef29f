// POST /broadcasts/ (manager+): the broadcast and its `broadcast/broadcast.created` event in one
// transaction, so the fan-out runs exactly when the broadcast exists. Answers 201 with status
// "pending" and no logs yet.
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { broadcasts } from "@/db/schema";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { publishEvent } from "@/lib/jobs/publish-event";
import { authorOf, broadcastDetailShape, selectWithAuthor } from "./broadcast-shape";
import type { BroadcastBody, broadcastDetail } from "./schemas";

export async function createBroadcast({
  ctx,
  input,
}: {
  ctx: Context;
  input: BroadcastBody;
}): Promise<z.output<typeof broadcastDetail>> {
  requirePermission(ctx, "broadcasts:manage");
  const row = await ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(broadcasts)
      .values({
        subject: input.subject,
        message: input.message,
        mediums: input.mediums,
        targetRoles: {
          ...(input.target_roles.staff?.length ? { staff: input.target_roles.staff } : {}),
          ...(input.target_roles.candidate?.length
            ? { candidate: input.target_roles.candidate }
            : {}),
        },
        createdById: ctx.actor.user!.id,
        createdAt: ctx.clock.now(),
      })
      .returning();
    await publishEvent(tx, {
      name: "broadcast/broadcast.created",
      data: { broadcastId: created!.id },
    });
    return created!;
  });
  const [written] = await selectWithAuthor(ctx).where(eq(broadcasts.id, row.id));
  return broadcastDetailShape(ctx, written!.broadcast, authorOf(written!));
}
