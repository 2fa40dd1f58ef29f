// GET /broadcasts/{id}/ (manager+): status, last attempt and the logs per medium and target role.
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { broadcasts, users } from "@/db/schema";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { NotFound } from "@/lib/errors";
import { broadcastDetailShape } from "./broadcast-shape";
import type { broadcastDetail } from "./schemas";

export async function getBroadcast({
  ctx,
  input,
}: {
  ctx: Context;
  input: { id: number };
}): Promise<z.output<typeof broadcastDetail>> {
  requirePermission(ctx, "broadcasts:manage");
  const [row] = await ctx.db
    .select({
      broadcast: broadcasts,
      email: users.email,
      firstName: users.firstName,
      lastName: users.lastName,
    })
    .from(broadcasts)
    .leftJoin(users, eq(users.id, broadcasts.createdById))
    .where(eq(broadcasts.id, input.id));
  if (!row) throw new NotFound("Broadcast not found.");
  const { broadcast, email, firstName, lastName } = row;
  return broadcastDetailShape(
    ctx,
    broadcast,
    email === null ? null : { email, firstName: firstName!, lastName: lastName! },
  );
}
