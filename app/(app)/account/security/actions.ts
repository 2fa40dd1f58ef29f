"use server";
// Server actions of the account security page. Each checks the caller's own live session first.
import { revalidatePath } from "next/cache";
import type { FormState } from "@/app/(public)/register/actions";
import { changeOwnPassword } from "@/lib/accounts/password/change-own-password";
import { revokeOtherSessions } from "@/lib/accounts/security/revoke-other-sessions";
import { revokeOwnSession } from "@/lib/accounts/security/revoke-own-session";
import { ApiError, NotFound } from "@/lib/errors";
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

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

/** Change one's own password: the current one first; every other session is signed out. */
export const changePasswordAction = withTextRule(async function changePasswordAction(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const { ctx } = await browserSessionContext();
  if (!ctx?.actor.user) return { error: "Your session has ended. Sign in again." };
  const input = {
    current_password: text(form, "current_password"),
    new_password: text(form, "new_password"),
  };
  const errors: Record<string, string[]> = {};
  if (!input.current_password) errors.current_password = ["Enter your current password."];
  if (!input.new_password) errors.new_password = ["Enter a new password."];
  else if (input.new_password !== text(form, "confirm_password"))
    errors.confirm_password = ["The two new passwords are different."];
  if (Object.keys(errors).length > 0) return { errors };
  try {
    await changeOwnPassword({ ctx, input });
  } catch (error) {
    if (error instanceof ApiError && error.status < 500) {
      return { error: "Your password was not changed.", errors: error.errors };
    }
    throw error;
  }
  revalidatePath("/account/security");
  return { done: "Your password was changed. Your other sessions were signed out." };
});
