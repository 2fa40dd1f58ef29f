// GET /notifications/{id}/: one of the signed-in person's notifications (someone else's: 404).
import type { z } from "zod";
import type { Context } from "@/lib/context";
import { notificationShape, ownNotification } from "./notification-rows";
import type { notificationJson } from "./schemas";

export async function getNotification({
  ctx,
  input,
}: {
  ctx: Context;
  input: { id: number };
}): Promise<z.output<typeof notificationJson>> {
  return notificationShape(await ownNotification(ctx, input.id));
}
