"use server";
// Accepting an invitation: set the password (when the account has none), then sign in with it and
// land on the exam. A person who already had a password signs in as usual.
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/auth";
import { systemContext } from "@/lib/context";
import { ApiError } from "@/lib/errors";
import { withTextRule } from "@/lib/http/with-text-rule";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import type { FieldErrors } from "@/lib/errors";

export type AcceptState = { error?: string; errors?: FieldErrors };

export const acceptInvitationAction = withTextRule(async function acceptInvitationAction(
  _previous: AcceptState,
  form: FormData,
): Promise<AcceptState> {
  const token = String(form.get("token") ?? "");
  const password = form.get("new_password");
  const confirm = form.get("confirm_password");
  if (password !== null && password !== confirm) {
    return { errors: { confirm_password: ["The two passwords do not match."] } };
  }
  let accepted: Awaited<ReturnType<typeof acceptInvitation>>;
  try {
    accepted = await acceptInvitation({
      ctx: systemContext(),
      input: { token, password: password === null ? undefined : String(password) },
    });
  } catch (error) {
    if (error instanceof ApiError && error.status < 500) {
      return { error: error.message, errors: error.errors };
    }
    throw error;
  }
  const exam = `/exams/${accepted.examId}/take`;
  if (!accepted.passwordSet) {
    redirect(`/sign-in?email=${encodeURIComponent(accepted.email)}&invited=${accepted.examId}`);
  }
  try {
    await signIn("credentials", {
      email: accepted.email,
      password: String(password),
      redirectTo: exam,
    });
  } catch (error) {
    // The password is set either way; if signing in is refused (throttled), sign in by hand.
    if (error instanceof AuthError)
      redirect(`/sign-in?email=${encodeURIComponent(accepted.email)}`);
    throw error; // Next's redirect after a successful sign-in
  }
  return {};
});
