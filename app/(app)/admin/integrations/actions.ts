"use server";
// The Integrations pages' server actions: the same validation and operations as the API routes
// (/api/v1/api-keys/, /api/v1/webhooks/…), for the signed-in manager.
import { revalidatePath } from "next/cache";
import { createApiKey } from "@/lib/auth/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/auth/api-keys/revoke-api-key";
import { createApiKeyInput } from "@/lib/auth/api-keys/schemas";
import type { Context } from "@/lib/context";
import type { FieldErrors } from "@/lib/errors";
import { parseInput } from "@/lib/http/parse-input";
import { unsafeTextDetail, unsafeTextErrors } from "@/lib/http/unsafe-text";
import { withTextRule } from "@/lib/http/with-text-rule";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { deleteWebhook } from "@/lib/webhooks/delete-webhook";
import { replayDelivery } from "@/lib/webhooks/replay-delivery";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-secret";
import { createWebhookBody } from "@/lib/webhooks/schemas";
import { sendTestEvent } from "@/lib/webhooks/send-test-event";
import { toggleWebhook } from "@/lib/webhooks/toggle-webhook";
import { refusal, staffActionContext } from "../action-context";
import { integrationsRefusal } from "./access";

type Failure = { error: string; errors?: FieldErrors };

async function run<T>(
  permission: "api-keys:manage" | "webhooks:manage",
  input: unknown,
  work: (context: { ctx: Context }) => Promise<T>,
): Promise<T | Failure> {
  const context = await staffActionContext(permission, integrationsRefusal.explanation);
  if ("error" in context) return context;
  const unsafe = unsafeTextErrors(input);
  if (unsafe) return { error: unsafeTextDetail, errors: unsafe };
  try {
    return await work(context);
  } catch (error) {
    return refusal(error);
  }
}

export const createApiKeyAction = withTextRule(async function createApiKeyAction(input: unknown) {
  return run("api-keys:manage", input, async ({ ctx }) => {
    const created = await createApiKey({
      ctx,
      input: parseInput(createApiKeyInput, input, "request body"),
    });
    revalidatePath("/admin/integrations");
    return { key: created.key, name: created.name };
  });
});

export const revokeApiKeyAction = withTextRule(async function revokeApiKeyAction(id: string) {
  return run("api-keys:manage", id, async ({ ctx }) => {
    await revokeApiKey({ ctx, input: { id } });
    revalidatePath("/admin/integrations");
    return { done: true as const };
  });
});

export const createWebhookAction = withTextRule(async function createWebhookAction(input: unknown) {
  return run("webhooks:manage", input, async ({ ctx }) => {
    const created = await createWebhook({
      ctx,
      input: parseInput(createWebhookBody, input, "request body"),
    });
    revalidatePath("/admin/integrations/webhooks");
    return { id: created.id, secret: created.secret };
  });
});

export const webhookAction = withTextRule(async function webhookAction(
  id: string,
  action: "test" | "on" | "off" | "rotate" | "delete",
) {
  return run("webhooks:manage", id, async ({ ctx }) => {
    const input = { id };
    let secret: string | null = null;
    if (action === "test") await sendTestEvent({ ctx, input });
    else if (action === "on" || action === "off") {
      await toggleWebhook({ ctx, input: { id, isActive: action === "on" } });
    } else if (action === "rotate") secret = (await rotateWebhookSecret({ ctx, input })).secret;
    else if (action === "delete") await deleteWebhook({ ctx, input });
    revalidatePath(`/admin/integrations/webhooks/${id}`);
    revalidatePath("/admin/integrations/webhooks");
    return { done: true as const, secret };
  });
});

export const replayDeliveryAction = withTextRule(async function replayDeliveryAction(
  id: string,
  deliveryId: string,
) {
  return run("webhooks:manage", deliveryId, async ({ ctx }) => {
    await replayDelivery({ ctx, input: { id, deliveryId } });
    revalidatePath(`/admin/integrations/webhooks/${id}`);
    return { done: true as const };
  });
});
