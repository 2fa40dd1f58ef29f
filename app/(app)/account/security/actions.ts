"use server";
// Server actions of the account security page. Each checks the caller's own live session first.
import { revalidatePath } from "next/cache";
import { revokeOtherSessions, revokeOwnSession } from "@/lib/accounts/security/sessions";
import { NotFound } from "@/lib/errors";
import { browserSessionContext } from "../../page-context";
import { withTextRule } from "@/lib/http/with-text-rule";

// A session id that breaks the text rule names no session: nothing to revoke.
const refusedSilently = () => undefined;

export const revokeSessionAction = withTextRule(async function revokeSessionAction(
  form: FormData,
): Promise<void> {
  const { ctx } = await browserSessionContext();
  if (!ctx) return;
  try {
    await revokeOwnSession({ ctx, input: { id: String(form.get("sessionId") ?? "") } });
  } catch (error) {
    if (!(error instanceof NotFound)) throw error; // already gone: nothing to do
  }
  revalidatePath("/account/security");
}, refusedSilently);

export async function revokeOtherSessionsAction(): Promise<void> {
  const { ctx } = await browserSessionContext();
  if (!ctx) return;
  await revokeOtherSessions({ ctx });
  revalidatePath("/account/security");
}
