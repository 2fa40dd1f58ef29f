"use client";
import { useActionState } from "react";
import {
  forgotPasswordAction,
  resetPasswordAction,
  type FormState,
} from "@/app/(public)/register/actions";
import { FormField, FormMessage, submitClass } from "./form-field";
import { NewPasswordFields } from "./new-password-fields";

export function ForgotPasswordForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(forgotPasswordAction, {});
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <FormMessage error={state.error} done={state.done} />
      <FormField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        errors={state.errors?.email}
      />
      <button type="submit" disabled={pending} className={submitClass}>
        {pending ? "Sending…" : "Email me a reset link"}
      </button>
    </form>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(resetPasswordAction, {});
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <FormMessage error={state.error} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields errors={state.errors} />
      <button type="submit" disabled={pending} className={submitClass}>
        {pending ? "Saving…" : "Set new password"}
      </button>
    </form>
  );
}
