// What every question-bank server action starts and ends with: the signed-in person's domain
// context (checked for questions:manage, as the API routes are) and contract errors as form state.
import { auth } from "@/auth";
import { contextForWebSession } from "@/lib/auth/context-for-session";
import { can } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { ApiError, type FieldErrors } from "@/lib/errors";

/** The context of the browser session, or what to tell the person instead. */
export async function questionBankContext(): Promise<{ ctx: Context } | { error: string }> {
  const session = await auth();
  const ctx = await contextForWebSession({
    userId: session?.user?.id,
    sessionId: session?.sessionId,
  });
  if (!ctx) return { error: "Your session has ended. Sign in again." };
  if (!can(ctx, "questions:manage"))
    return { error: "The question bank is for verified moderators and above." };
  return { ctx };
}

/** A refusal (status < 500) as `{error, errors}`; anything else is rethrown. */
export function refusal(error: unknown): { error: string; errors?: FieldErrors } {
  if (error instanceof ApiError && error.status < 500)
    return { error: error.message, errors: error.errors };
  throw error;
}
