"use client";
// The invitation page's form: choose a password (an account without one) or sign in with the one
// you have, then go to the exam.
import Link from "next/link";
import { useActionState } from "react";
import {
  acceptInvitationAction,
  type AcceptState,
} from "@/app/(public)/invitations/[token]/actions";
import { FormField, FormMessage, submitClass } from "@/components/auth/form-field";
import { NewPasswordFields } from "@/components/auth/new-password-fields";

export function AcceptInvitationForm({
  token,
  email,
  needsPassword,
}: {
  token: string;
  email: string;
  needsPassword: boolean;
}) {
  const [state, action, pending] = useActionState<AcceptState, FormData>(
    acceptInvitationAction,
    {},
  );
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <FormMessage error={state.error} />
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      {needsPassword ? (
        <NewPasswordFields
          errors={state.errors}
          hint="At least 8 characters; not only digits, not a common password, not your email address."
        />
      ) : (
        <FormField
          name="password"
          label="Your password"
          type="password"
          autoComplete="current-password"
          required
          autoFocus
          errors={state.errors?.password}
        />
      )}
      <button type="submit" disabled={pending} className={submitClass}>
        {pending
          ? "Accepting…"
          : needsPassword
            ? "Set my password and go to the exam"
            : "Sign in and go to the exam"}
      </button>
      {needsPassword ? null : (
        <p className="text-sm text-slate-600">
          <Link href="/forgot-password" className="underline">
            Forgot your password?
          </Link>{" "}
          Reset it, then open this invitation link again: it keeps working until it expires.
        </p>
      )}
    </form>
  );
}
