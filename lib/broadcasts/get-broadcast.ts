// GET /broadcasts/{id}/ (manager+): status, last attempt and the logs per medium and target role.
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { broadcasts } from "@/db/schema";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { NotFound } from "@/lib/errors";
import { authorOf, broadcastDetailShape, selectWithAuthor } from "./broadcast-shape";
import type { broadcastDetail } from "./schemas";

export async function getBroadcast({
  ctx,
  input,
}: {
  ctx: Context;
  input: { id: number };
}): Promise<z.output<typeof broadcastDetail>> {
  requirePermission(ctx, "broadcasts:manage");
  const [row] = await selectWithAuthor(ctx).where(eq(broadcasts.id, input.id));
  if (!row) throw new NotFound("Broadcast not found.");
  return broadcastDetailShape(ctx, row.broadcast, authorOf(row));
}
