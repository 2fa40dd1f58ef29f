"use server";
// The composer's server actions: how many people a choice of roles reaches (asked as the roles
// change), and sending — the same validation and operation as POST /api/v1/broadcasts/.
import { createBroadcast } from "@/lib/broadcasts/create-broadcast";
import { countRecipients } from "@/lib/broadcasts/count-recipients";
import { broadcastBody } from "@/lib/broadcasts/schemas";
import type { FieldErrors } from "@/lib/errors";
import { parseInput } from "@/lib/http/parse-input";
import { unsafeTextDetail, unsafeTextErrors } from "@/lib/http/unsafe-text";
import { withTextRule } from "@/lib/http/with-text-rule";
import { refusal, staffActionContext } from "../action-context";
import { broadcastRefusal } from "./access";

export const previewRecipientsAction = withTextRule(async function previewRecipientsAction(
  targets: unknown,
): Promise<{ count: number } | { error: string }> {
  const context = await staffActionContext("broadcasts:manage", broadcastRefusal.explanation);
  if ("error" in context) return context;
  try {
    const parsed = parseInput(
      broadcastBody.pick({ target_roles: true }),
      { target_roles: targets },
      "roles",
    );
    return {
      count: await countRecipients({ ctx: context.ctx, input: { targets: parsed.target_roles } }),
    };
  } catch (error) {
    return { error: refusal(error).error };
  }
});

export const sendBroadcastAction = withTextRule(async function sendBroadcastAction(
  input: unknown,
): Promise<{ id: number } | { error: string; errors?: FieldErrors }> {
  const context = await staffActionContext("broadcasts:manage", broadcastRefusal.explanation);
  if ("error" in context) return context;
  // The text rule for the fields inside the object (withTextRule reads forms and strings).
  const unsafe = unsafeTextErrors(input);
  if (unsafe) return { error: unsafeTextDetail, errors: unsafe };
  try {
    const body = parseInput(broadcastBody, input, "request body");
    const created = await createBroadcast({ ctx: context.ctx, input: body });
    return { id: created.id };
  } catch (error) {
    return refusal(error);
  }
});
