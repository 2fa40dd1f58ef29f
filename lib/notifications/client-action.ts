// The spec's client-to-server messages on the realtime channel (CONTRACT §9, "Sending Messages"):
// `{"action": "mark_as_read", "data": {"notification_id": 123}}`, sent by a browser as the client
// event `client-action` on its own `private-user-{id}` channel and handed here by the realtime
// webhook (app/api/v1/realtime/webhook/route.ts). `userId` is that channel's owner: the realtime
// server relays client events only from sockets subscribed to the channel, only the owner is ever
// granted that subscription (POST /realtime/auth/), and the webhook's signature vouches for the
// relay. A refusal goes back on the same channel as the spec's `{"type": "error", "message"}`; a
// success announces itself as `notification_read` (mark-notification.ts).
import { z } from "zod";
import type { Context } from "@/lib/context";
import { NotFound } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { getRealtime, userRealtimeChannel } from "@/lib/realtime";
import { markUserNotification } from "./mark-notification";

const clientMessage = z.object({ action: z.string(), data: z.unknown().optional() });

const markAsReadData = z.object({
  notification_id: z.number().int().positive().max(2147483647),
});

type Action = (ctx: Context, userId: string, data: unknown) => Promise<string | null>;

const actions: Record<string, Action> = {
  mark_as_read: async (ctx, userId, data) => {
    const input = markAsReadData.safeParse(data);
    if (!input.success) return "Invalid payload: notification_id must be a positive integer.";
    try {
      await markUserNotification({
        ctx,
        userId,
        input: { id: input.data.notification_id, read: true },
      });
      return null;
    } catch (error) {
      if (error instanceof NotFound) return "Notification not found.";
      throw error;
    }
  },
};

/**
 * Carries out one client message (`data`: its JSON text, or already parsed). Returns the error
 * message sent back to the channel, or null when the action was done.
 */
export async function handleClientAction({
  ctx,
  userId,
  data,
}: {
  ctx: Context;
  userId: string;
  data: unknown;
}): Promise<string | null> {
  const refusal = await carryOut(ctx, userId, data);
  if (refusal !== null) await sendError(userId, refusal);
  return refusal;
}

async function carryOut(ctx: Context, userId: string, data: unknown): Promise<string | null> {
  const message = clientMessage.safeParse(typeof data === "string" ? parseJson(data) : data);
  if (!message.success) return 'Invalid payload: expected {"action": string, "data": object}.';
  const { action } = message.data;
  // hasOwn: "toString" or "__proto__" is an unknown action, not an inherited property.
  const run = Object.hasOwn(actions, action) ? actions[action] : undefined;
  // Clipped: the message echoes what the client sent, and must stay far below Pusher's 10 KB.
  if (!run) return `Unknown action: ${action.slice(0, 100)}`;
  return run(ctx, userId, message.data.data);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function sendError(userId: string, message: string): Promise<void> {
  try {
    await getRealtime().publish(userRealtimeChannel(userId), "error", { type: "error", message });
  } catch (error) {
    logger.warn("notifications: realtime error reply failed", { userId, error: String(error) });
  }
}
