"use server";
// Server actions of the account security page. Each checks the caller's own live session first.
import { revalidatePath } from "next/cache";
import { auth } from "@/auth";
import { revokeOtherSessions, revokeOwnSession } from "@/lib/accounts/security/sessions";
import { contextForWebSession } from "@/lib/auth/context-for-session";
import { NotFound } from "@/lib/errors";

async function currentContext() {
  const session = await auth();
  return contextForWebSession({ userId: session?.user?.id, sessionId: session?.sessionId });
}

export async function revokeSessionAction(form: FormData): Promise<void> {
  const ctx = await currentContext();
  if (!ctx) return;
  try {
    await revokeOwnSession({ ctx, input: { id: String(form.get("sessionId") ?? "") } });
  } catch (error) {
    if (!(error instanceof NotFound)) throw error; // already gone: nothing to do
  }
  revalidatePath("/account/security");
}

export async function revokeOtherSessionsAction(): Promise<void> {
  const ctx = await currentContext();
  if (!ctx) return;
  await revokeOtherSessions({ ctx });
  revalidatePath("/account/security");
}
