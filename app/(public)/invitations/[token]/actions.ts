"use server";
// Accepting an invitation, then landing on the exam signed in:
// - no password yet: choose one (the registration rules), accept, sign in with it;
// - a password already: sign in with it first (a wrong one leaves the link unspent, to try again or
//   reset the password), then accept.
import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn } from "@/auth";
import { visitorContext, type Context } from "@/lib/context";
import { ApiError, type FieldErrors } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import { withTextRule } from "@/lib/http/with-text-rule";
import {
  acceptInvitation,
  findInvitation,
  invalidInvitationMessage,
} from "@/lib/invitations/accept-invitation";

export type AcceptState = { error?: string; errors?: FieldErrors };

const examPage = (examId: number) => `/exams/${examId}/take`;

async function requestContext(): Promise<Context> {
  const incoming = await headers();
  return visitorContext(
    clientIp(new Request("http://local", { headers: incoming })),
    incoming.get("user-agent"),
  );
}

function signInRefusal(error: AuthError): string {
  return "code" in error && error.code === "throttled"
    ? "Too many sign-in attempts. Wait a minute and try again."
    : "That password is not right. Try again, or reset it with “Forgot your password?”.";
}

export const acceptInvitationAction = withTextRule(async function acceptInvitationAction(
  _previous: AcceptState,
  form: FormData,
): Promise<AcceptState> {
  const ctx = await requestContext();
  const token = String(form.get("token") ?? "");
  const found = await findInvitation(ctx, token);
  if (!found) return { error: invalidInvitationMessage };

  if (!found.needsPassword) {
    const password = String(form.get("password") ?? "");
    if (!password) return { errors: { password: ["Enter your password."] } };
    try {
      await signIn("credentials", { email: found.email, password, redirect: false });
    } catch (error) {
      if (error instanceof AuthError) return { errors: { password: [signInRefusal(error)] } };
      throw error;
    }
    const refused = await accept(ctx, token);
    if (refused) return refused;
    redirect(examPage(found.examId));
  }

  const password = String(form.get("new_password") ?? "");
  if (password !== String(form.get("confirm_password") ?? "")) {
    return { errors: { confirm_password: ["The two passwords do not match."] } };
  }
  const refused = await accept(ctx, token, password);
  if (refused) return refused;
  try {
    await signIn("credentials", {
      email: found.email,
      password,
      redirectTo: examPage(found.examId),
    });
  } catch (error) {
    // The password is set and the invitation accepted; if signing in is refused (throttled),
    // the person signs in by hand.
    if (error instanceof AuthError) {
      redirect(`/sign-in?email=${encodeURIComponent(found.email)}`);
    }
    throw error; // Next's redirect after a successful sign-in
  }
  return {};
});

/** Accept; the form's state when the domain refuses (a weak password, a link spent meanwhile). */
async function accept(ctx: Context, token: string, password?: string) {
  try {
    await acceptInvitation({ ctx, input: { token, password } });
    return null;
  } catch (error) {
    if (error instanceof ApiError && error.status < 500) {
      return { error: error.message, errors: error.errors } satisfies AcceptState;
    }
    throw error;
  }
}
