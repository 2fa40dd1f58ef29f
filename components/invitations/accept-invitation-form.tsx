"use client";
// The invitation page's form: choose a password (when the account has none) and go to the exam.
import { useActionState } from "react";
import {
  acceptInvitationAction,
  type AcceptState,
} from "@/app/(public)/invitations/[token]/actions";
import { FormMessage, submitClass } from "@/components/auth/form-field";
import { NewPasswordFields } from "@/components/auth/new-password-fields";

export function AcceptInvitationForm({
  token,
  needsPassword,
}: {
  token: string;
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
      {needsPassword ? <NewPasswordFields errors={state.errors} /> : null}
      <button type="submit" disabled={pending} className={submitClass}>
        {pending
          ? "Accepting…"
          : needsPassword
            ? "Set my password and go to the exam"
            : "Accept and sign in"}
      </button>
    </form>
  );
}
